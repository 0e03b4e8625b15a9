/**
 * Vivification of learnt clauses (Piette, Hamadi and Saïs, "Vivifying propositional clausal
 * formulae", ECAI 2008; for learnt clauses Luo, Li, Xiao, Manyà and Lü, "An effective learnt
 * clause minimization approach for CDCL SAT solvers", IJCAI 2017, as done in CaDiCaL and
 * Kissat). For a clause C = (l1 ∨ … ∨ ln) the negations ¬l1, ¬l2, … are decided one level at
 * a time and propagated:
 *  - a conflict after ¬l1 … ¬lk means (l1 ∨ … ∨ lk) is implied;
 *  - a later li already true means (the decided literals ∨ li) is implied;
 *  - a later li already false can be left out.
 * The shorter clause follows by unit propagation (it is RUP, logged to the proof before C is
 * deleted) and replaces C. Each learnt clause of the kept tiers is tried once, best LBD first,
 * within a budget of propagation ticks proportional to the search's since the last call.
 *
 * It runs inside a reduction, at decision level 0, after the reduction has marked the clauses
 * to delete and before the arena is collected (which logs the deletions and rebuilds the
 * watches). Decisions made here do not touch saved or target phases.
 */
import { allocClause, attachClause, DELETED, HEADER, LBD_SHIFT, LEARNT, VIVIFIED } from './clauses.js';
import { propagate } from './propagate.js';
import { NO_REF, toDimacs } from './state.js';
/**
 * Vivifies learnt clauses with LBD at most `tier2Lbd` that were not tried before.
 * Pre: decision level 0, trail propagated without conflict. Post: decision level 0; a unit
 * found here is on the trail, propagated (or `s.ok` is false).
 */
export function vivifyLearnts(s) {
    const effort = s.opts.vivify;
    const budget = effort * (s.stats.ticks - s.ticksAtVivify);
    if (effort === 0 || budget <= 0)
        return;
    const arena = s.arena;
    const tier2 = s.opts.tier2Lbd;
    const candidates = [];
    for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) {
        const flags = arena[c + 1];
        if ((flags & (LEARNT | DELETED | VIVIFIED)) !== LEARNT || arena[c] <= 2)
            continue;
        if (flags >>> LBD_SHIFT <= tier2)
            candidates.push(c);
    }
    candidates.sort((a, b) => (arena[a + 1] >>> LBD_SHIFT) - (arena[b + 1] >>> LBD_SHIFT) || arena[a] - arena[b]);
    const stop = s.stats.ticks + budget;
    for (const c of candidates) {
        if (s.stats.ticks > stop || !s.ok)
            break;
        s.arena[c + 1] |= VIVIFIED;
        vivifyClause(s, c);
    }
    s.ticksAtVivify = s.stats.ticks;
}
/** Tries to shorten learnt clause `c`; replaces it when that works. */
function vivifyClause(s, c) {
    const n = s.arena[c];
    // Propagation reorders the clause's own literals (it watches them): work on a copy. A clause
    // satisfied at level 0 (by a unit learnt since the last collection) is simply deleted.
    const lits = s.stack; // scratch of numVars + 1 entries, unused outside analysis
    for (let i = 0; i < n; i++) {
        const lit = s.arena[c + HEADER + i];
        if (s.vals[lit] === 1) {
            s.arena[c + 1] |= DELETED;
            return;
        }
        lits[i] = lit;
    }
    const out = s.learnt;
    let k = 0;
    for (let i = 0; i < n; i++) {
        const lit = lits[i];
        const val = s.vals[lit];
        if (val === -1)
            continue; // implied false by the decided ones: redundant
        out[k++] = lit;
        if (val === 1)
            break; // implied true: the decided ones and lit suffice
        s.newDecisionLevel();
        s.assign(lit ^ 1, NO_REF);
        if (propagate(s) !== NO_REF)
            break; // the decided ones alone suffice
    }
    backtrackQuietly(s);
    if (k === n)
        return;
    s.stats.vivified++;
    s.stats.vivifiedLits += n - k;
    if (s.proof) {
        const dimacs = new Int32Array(k);
        for (let i = 0; i < k; i++)
            dimacs[i] = toDimacs(out[i]);
        s.proof.add(dimacs);
    }
    s.arena[c + 1] |= DELETED; // `collect` logs the deletion, after the addition above
    if (k === 1) {
        s.assign(out[0], NO_REF);
        if (propagate(s) !== NO_REF)
            s.refuted();
        return;
    }
    const lbd = Math.min(k, s.arena[c + 1] >>> LBD_SHIFT);
    const d = allocClause(s, out, k, true, lbd);
    s.arena[d + 1] |= VIVIFIED;
    attachClause(s, d);
}
/** Undoes every decision level without saving phases (vivification's decisions are not the search's). */
function backtrackQuietly(s) {
    if (s.decisionLevel === 0)
        return;
    const start = s.trailLim[0];
    for (let i = s.trailSize - 1; i >= start; i--) {
        const lit = s.trail[i];
        s.vals[lit] = 0;
        s.vals[lit ^ 1] = 0;
        s.heap.insert(lit >> 1);
    }
    s.trailSize = start;
    s.qhead = start;
    s.decisionLevel = 0;
}
//# sourceMappingURL=vivify.js.map