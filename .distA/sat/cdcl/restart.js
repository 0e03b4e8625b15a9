/** Whether the search should switch between focused and stable mode now. */
export function modeSwitchDue(s) {
    return s.stats.conflicts >= s.modeLimit;
}
/**
 * Switches between focused and stable mode and schedules the next switch.
 * Pre: decision level 0 (the caller restarts first).
 * Post: the decay, the restart schedule and the target trail belong to the new mode.
 */
export function switchMode(s) {
    const opts = s.opts;
    s.stats.modeSwitches++;
    s.stable = !s.stable;
    s.varDecay = s.stable ? opts.stableVarDecay : opts.varDecay;
    s.targetSize = 0;
    s.lubyIndex = 0;
    restarted(s);
    s.modeLimit = s.stats.conflicts + opts.modeInit * opts.modeGrowth ** (s.stats.modeSwitches >> 1);
}
/** The Luby sequence 1 1 2 1 1 2 4 1 1 2 ... at index `i` (0-based), as in MiniSat. */
export function luby(i) {
    let size = 1;
    let seq = 0;
    while (size < i + 1) {
        seq++;
        size = 2 * size + 1;
    }
    while (size - 1 !== i) {
        size = (size - 1) >> 1;
        seq--;
        i = i % size;
    }
    return 2 ** seq;
}
/**
 * Feeds the LBD of a new learnt clause and the trail size at the conflict to the moving
 * averages. A trail much longer than usual suggests the search is close to a model, so (as in
 * Glucose 2.1) the next restart is postponed by `restartMin` + 50 conflicts.
 * `trailSize` is the size of the trail at the conflict, before backjumping.
 */
export function updateRestartAverages(s, lbd, trailSize) {
    const fast = s.opts.emaFast;
    const slow = s.opts.emaSlow;
    const block = s.opts.restartBlock;
    if (block > 0 && s.opts.restart === 2 && !s.stable) {
        const avg = s.trailAvg / (1 - s.trailAvgExp);
        if (s.stats.conflicts > 10000 && trailSize > block * avg)
            s.conflictsAtRestart = s.stats.conflicts + 50;
        s.trailAvg += (1 / 5000) * (trailSize - s.trailAvg);
        s.trailAvgExp *= 1 - 1 / 5000;
    }
    s.lbdFast += fast * (lbd - s.lbdFast);
    s.lbdFastExp *= 1 - fast;
    s.lbdSlow += slow * (lbd - s.lbdSlow);
    s.lbdSlowExp *= 1 - slow;
}
/** Whether the search should restart now (called between conflicts, before deciding). */
export function restartDue(s) {
    const conflicts = s.stats.conflicts;
    if (s.stable)
        return conflicts >= s.lubyLimit;
    switch (s.opts.restart) {
        case 1:
            return conflicts >= s.lubyLimit;
        case 2: {
            if (conflicts - s.conflictsAtRestart < s.opts.restartMin)
                return false;
            const fast = s.lbdFast / (1 - s.lbdFastExp);
            const slow = s.lbdSlow / (1 - s.lbdSlowExp);
            return fast > s.opts.restartMargin * slow;
        }
        default:
            return false;
    }
}
/** Records a restart and schedules the next Luby one (with the unit of the current mode). */
export function restarted(s) {
    s.stats.restarts++;
    s.conflictsAtRestart = s.stats.conflicts;
    s.lubyLimit = s.stats.conflicts + lubyUnit(s) * luby(s.lubyIndex++);
}
/** Conflicts per Luby unit in the current mode. */
export function lubyUnit(s) {
    return s.stable ? s.opts.stableLubyUnit : s.opts.lubyUnit;
}
/**
 * The decision level a restart backtracks to (`reuseTrail`, see the file header): 0, or the
 * number of leading levels whose decision variables are more active than the unassigned
 * variable of highest activity. Drops assigned variables from the top of the heap on the way
 * (backtracking inserts them again).
 * @example s.cancelUntil(restartLevel(s)); // a restart
 */
export function restartLevel(s) {
    if (s.opts.reuseTrail === 0 || s.decisionLevel === 0)
        return 0;
    const { heap, vals, eliminated, activity, trail, trailLim } = s;
    while (heap.size > 0) {
        const v = heap.heap[0];
        if (vals[2 * v] === 0 && eliminated[v] === 0)
            break;
        heap.removeMax();
    }
    if (heap.size === 0)
        return 0;
    const next = activity[heap.heap[0]];
    let level = 0;
    while (level < s.decisionLevel && activity[trail[trailLim[level]] >> 1] > next)
        level++;
    return level;
}
//# sourceMappingURL=restart.js.map