/**
 * Decisions: the VSIDS heuristic of Chaff (Moskewicz et al., DAC 2001) in MiniSat's
 * exponential form, EVSIDS (Eén and Sörensson, SAT 2003): every variable seen in a conflict
 * analysis is bumped by `varInc`, and `varInc` grows by 1/varDecay after each conflict, which
 * decays all other activities without touching them (the decay depends on the search mode, see
 * `restart.ts`). The polarity is the saved phase (Pipatsrisawat and Darwiche, "A lightweight
 * component caching scheme for satisfiability solvers", SAT 2007): a variable is retried with
 * the value it last had — or, where target phases are on, its target phase (Biere and Fleury,
 * "Chasing target phases", POS 2020): the value it had in the largest conflict-free trail seen
 * since the last mode switch, which steers the search back towards that near-model.
 *
 * Rephasing (Biere and Fleury, POS 2020, as in CaDiCaL and Kissat) resets the saved phases
 * now and then, at growing intervals, in the cycle best, original, best, inverted: "best" is
 * the largest conflict-free trail since the previous rephase, "original" the initial phase and
 * "inverted" its opposite. It moves a search stuck near a wrong near-model somewhere else.
 */
import { NO_TARGET } from './state.js';
/** Bumps the activity of `v`, rescaling all activities when they grow too large. */
export function bumpVar(s, v) {
    const act = s.activity;
    if ((act[v] += s.varInc) > 1e100) {
        for (let u = 1; u <= s.numVars; u++)
            act[u] *= 1e-100;
        s.varInc *= 1e-100;
    }
    s.heap.increased(v);
}
/** After a conflict: decays every activity by raising the bump. */
export function decayVars(s) {
    s.varInc /= s.varDecay;
}
/** Whether decisions take target phases in the current mode. */
function targetActive(s) {
    return s.opts.target === 2 || (s.opts.target === 1 && s.stable);
}
/**
 * Records `trail[0..size)` as the target assignment if it is larger than the current one.
 * Pre: `trail[0..size)` is conflict-free (closed under propagation, or the levels below a
 * conflicting one). Called before every backjump and restart.
 */
export function updateTarget(s, size) {
    if (size <= s.targetSize)
        return;
    const trail = s.trail;
    copySigns(trail, size, s.target);
    s.targetSize = size;
    if (size > s.bestSize) {
        copySigns(trail, size, s.best);
        s.bestSize = size;
    }
}
function copySigns(trail, size, to) {
    for (let i = 0; i < size; i++) {
        const lit = trail[i];
        to[lit >> 1] = lit & 1;
    }
}
/** Whether a rephase is due (checked at restarts). */
export function rephaseDue(s) {
    return s.stats.conflicts >= s.rephaseLimit;
}
/**
 * Resets the saved phases (best, original, best, inverted, ...) and forgets the target and
 * best phases, so the new saved phases lead. Pre: decision level 0.
 */
export function rephase(s) {
    const kind = s.rephaseCount % 4; // 0, 2: best; 1: original; 3: inverted
    const phase = s.phase;
    const best = s.best;
    const target = s.target;
    const original = s.opts.phase ? 0 : 1;
    for (let v = 1; v <= s.numVars; v++) {
        if (kind === 1)
            phase[v] = original;
        else if (kind === 3)
            phase[v] = original ^ 1;
        else if (best[v] !== NO_TARGET)
            phase[v] = best[v];
        best[v] = NO_TARGET;
        target[v] = NO_TARGET;
    }
    s.bestSize = 0;
    s.targetSize = 0;
    s.rephaseCount++;
    s.stats.rephased++;
    s.rephaseLimit = s.stats.conflicts + s.opts.rephase * (s.rephaseCount + 1);
}
/**
 * Picks the next decision literal: the unassigned, not eliminated variable of highest activity, with the
 * phase its theory proposes (if any), else its target phase (when active and set) or saved phase.
 * Returns -1 when every variable is assigned.
 */
export function pickBranchLit(s) {
    const heap = s.heap;
    const vals = s.vals;
    const eliminated = s.eliminated;
    const target = targetActive(s) ? s.target : undefined;
    while (heap.size > 0) {
        const v = heap.removeMax();
        if (vals[2 * v] !== 0 || eliminated[v] !== 0)
            continue;
        const theory = s.theory?.phase?.(v);
        if (theory !== undefined)
            return 2 * v + (theory ? 0 : 1);
        const t = target === undefined ? NO_TARGET : target[v];
        return 2 * v + (t === NO_TARGET ? s.phase[v] : t);
    }
    return -1;
}
//# sourceMappingURL=decide.js.map