/**
 * Conflict analysis: first-UIP clause learning (Marques-Silva and Sakallah, "GRASP", IEEE TC
 * 1999; Zhang, Madigan, Moskewicz, Malik, ICCAD 2001) with recursive clause minimisation
 * (Sörensson and Biere, "Minimizing learned clauses", SAT 2009), following MiniSat's
 * `Solver::analyze` and `litRedundant`. The LBD ("glue") of learnt clauses is computed as in
 * Glucose (Audemard and Simon, "Predicting learnt clauses quality in modern SAT solvers",
 * IJCAI 2009) and refreshed when a learnt clause takes part in a later analysis. `analyzeFinal`
 * is MiniSat's: it explains a falsified assumption by the assumptions it depends on.
 *
 * All scratch space (`seen`, `learnt`, `stack`, `toClear`, `levelStamp`) is preallocated in
 * the state; nothing here allocates.
 */
import { ACTIVITY, HEADER, LBD_SHIFT, LEARNT, REASON, USED } from './clauses.js';
import { bumpVar } from './decide.js';
import { NO_REF } from './state.js';
/**
 * Derives the first-UIP clause of conflict `confl` into `s.learnt[0..learntSize)`, asserting
 * literal first and a literal of the backjump level second, and sets `s.learntLbd`.
 * Pre: decisionLevel > 0, `confl` is falsified by the trail, `seen` is all zero.
 * Post: returns the backjump level; `seen` is all zero again; activities are bumped.
 */
export function analyze(s, confl) {
    const arena = s.arena;
    const seen = s.seen;
    const level = s.level;
    const reason = s.reason;
    const trail = s.trail;
    const learnt = s.learnt;
    const dl = s.decisionLevel;
    let n = 1; // learnt[0] is reserved for the asserting literal
    let pathC = 0;
    let p = -1;
    let index = s.trailSize - 1;
    for (;;) {
        if ((arena[confl + 1] & (LEARNT | REASON)) === LEARNT)
            bumpClause(s, confl);
        const end = confl + HEADER + arena[confl];
        for (let k = confl + HEADER; k < end; k++) {
            const q = arena[k];
            if (q === p)
                continue; // the literal this reason implied
            const v = q >> 1;
            if (seen[v] === 0 && level[v] > 0) {
                bumpVar(s, v);
                seen[v] = 1;
                if (level[v] >= dl)
                    pathC++;
                else
                    learnt[n++] = q;
            }
        }
        // Next literal of the current level on the trail that took part in the conflict.
        while (seen[trail[index] >> 1] === 0)
            index--;
        p = trail[index--];
        const v = p >> 1;
        seen[v] = 0;
        if (--pathC === 0)
            break;
        confl = reason[v];
    }
    learnt[0] = p ^ 1;
    // Minimise: drop literals implied by the others (their seen marks are still set).
    let toClear = 0;
    const toClearArr = s.toClear;
    for (let i = 1; i < n; i++)
        toClearArr[toClear++] = learnt[i] >> 1;
    s.toClearSize = toClear;
    if (s.opts.minimize) {
        let abstract = 0;
        for (let i = 1; i < n; i++)
            abstract |= 1 << (level[learnt[i] >> 1] & 31);
        let j = 1;
        for (let i = 1; i < n; i++) {
            const lit = learnt[i];
            if (reason[lit >> 1] === NO_REF || !litRedundant(s, lit, abstract))
                learnt[j++] = lit;
        }
        s.stats.minimizedLits += n - j;
        n = j;
    }
    const clearCount = s.toClearSize;
    for (let i = 0; i < clearCount; i++)
        seen[toClearArr[i]] = 0;
    s.toClearSize = 0;
    // Backjump level: the highest level below the current one, its literal moved to position 1.
    let bt = 0;
    if (n > 1) {
        let maxI = 1;
        for (let i = 2; i < n; i++)
            if (level[learnt[i] >> 1] > level[learnt[maxI] >> 1])
                maxI = i;
        const tmp = learnt[maxI];
        learnt[maxI] = learnt[1];
        learnt[1] = tmp;
        bt = level[tmp >> 1];
    }
    s.learntSize = n;
    s.learntLbd = computeLbd(s, learnt, 0, n);
    s.stats.learntLits += n;
    return bt;
}
/**
 * Whether `lit` (false, with a reason) is implied by literals of the learnt clause, by a
 * depth-first walk over reasons restricted to levels in `abstract`.
 * Post: on success the walked variables stay marked `seen` (and are queued in `toClear`) so
 * later queries reuse them; on failure the marks made by this call are undone.
 */
function litRedundant(s, lit, abstract) {
    const arena = s.arena;
    const seen = s.seen;
    const level = s.level;
    const reason = s.reason;
    const stack = s.stack;
    const toClear = s.toClear;
    const top = s.toClearSize;
    let toClearSize = top;
    let sp = 0;
    stack[sp++] = lit ^ 1; // the stack holds true literals whose reasons are still to expand
    while (sp > 0) {
        const p = stack[--sp];
        const c = reason[p >> 1];
        const end = c + HEADER + arena[c];
        for (let k = c + HEADER; k < end; k++) {
            const q = arena[k];
            const v = q >> 1;
            if (q === p || seen[v] !== 0 || level[v] === 0)
                continue;
            if (reason[v] !== NO_REF && (abstract & (1 << (level[v] & 31))) !== 0) {
                seen[v] = 1;
                stack[sp++] = q ^ 1;
                toClear[toClearSize++] = v;
            }
            else {
                for (let i = top; i < toClearSize; i++)
                    seen[toClear[i]] = 0;
                s.toClearSize = top;
                return false;
            }
        }
    }
    s.toClearSize = toClearSize;
    return true;
}
/**
 * Number of distinct non-zero decision levels among `lits[from..from+n)` (the LBD).
 * Uses the `levelStamp` array; allocates nothing.
 */
function computeLbd(s, lits, from, n) {
    const stamp = ++s.stamp;
    const levelStamp = s.levelStamp;
    const level = s.level;
    let lbd = 0;
    for (let i = from; i < from + n; i++) {
        const l = level[lits[i] >> 1];
        if (levelStamp[l] !== stamp) {
            levelStamp[l] = stamp;
            lbd++;
        }
    }
    return lbd;
}
/** A learnt clause took part in a conflict: bump its activity, mark it used, refresh its LBD. */
function bumpClause(s, c) {
    const act = s.activityView;
    const a = (act[c + ACTIVITY] += s.claInc);
    if (a > 1e20) {
        // Rescale every learnt clause's activity (the arena is walked clause by clause).
        const arena = s.arena;
        for (let d = 0; d < s.arenaSize; d += HEADER + arena[d]) {
            if (arena[d + 1] & LEARNT)
                act[d + ACTIVITY] *= 1e-20;
        }
        s.claInc *= 1e-20;
    }
    const flags = s.arena[c + 1];
    const lbd = flags >>> LBD_SHIFT;
    if (lbd > s.opts.coreLbd) {
        const fresh = computeLbd(s, s.arena, c + HEADER, s.arena[c]);
        if (fresh < lbd) {
            s.arena[c + 1] = (flags & ((1 << LBD_SHIFT) - 1)) | USED | (fresh << LBD_SHIFT);
            return;
        }
    }
    s.arena[c + 1] = flags | USED;
}
/**
 * Explains why assumption `a` is false (MiniSat's `analyzeFinal`): collects into
 * `finalConflict` the assumptions, as they were assumed, that imply `~a` — `a` itself first.
 * Pre: `a` is false and decisionLevel <= number of assumptions. Post: `seen` is all zero.
 */
export function analyzeFinal(s, a) {
    const out = s.finalConflict;
    let n = 0;
    out[n++] = a;
    if (s.decisionLevel > 0) {
        const seen = s.seen;
        const arena = s.arena;
        const level = s.level;
        const reason = s.reason;
        const trail = s.trail;
        seen[a >> 1] = 1;
        for (let i = s.trailSize - 1; i >= s.trailLim[0]; i--) {
            const lit = trail[i];
            const v = lit >> 1;
            if (seen[v] === 0)
                continue;
            const c = reason[v];
            if (c === NO_REF) {
                out[n++] = lit; // an assumption decision (e.g. ~a itself when both were assumed)
            }
            else {
                const end = c + HEADER + arena[c];
                for (let k = c + HEADER; k < end; k++) {
                    const q = arena[k];
                    if (q !== lit && level[q >> 1] > 0)
                        seen[q >> 1] = 1;
                }
            }
            seen[v] = 0;
        }
        seen[a >> 1] = 0;
    }
    s.finalConflictSize = n;
}
//# sourceMappingURL=analyze.js.map