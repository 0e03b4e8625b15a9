/**
 * Learnt-clause database reduction and arena garbage collection. Learnt clauses are ranked by
 * LBD (Audemard and Simon, "Predicting learnt clauses quality in modern SAT solvers", IJCAI
 * 2009) in three tiers as in CaDiCaL and Kissat: core clauses (LBD <= coreLbd) are kept
 * forever, tier-2 clauses (LBD <= tier2Lbd) survive while they keep being used in conflicts,
 * and of the rest the worse half (by LBD, then by activity) is deleted at every reduction.
 * Reductions are scheduled Glucose-style, after reduceFirst + k * reduceInc conflicts.
 *
 * Reduction happens at decision level 0 (the search restarts first), which keeps it simple:
 * no clause is the reason of an assignment, so the arena can be compacted in place and every
 * watch list rebuilt from scratch, and clauses satisfied at level 0 are dropped and false
 * literals removed at the same time (MiniSat's `simplify`).
 */
import { ACTIVITY, attachAll, clauseDimacs, DELETED, HEADER, LBD_SHIFT, LEARNT, POS, REASON, USED } from './clauses.js';
import { assert } from '../../errors.js';
import { vivifyLearnts } from './vivify.js';
/** Whether a reduction is scheduled now. */
export function reduceDue(s) {
    return s.stats.conflicts >= s.nextReduce;
}
/**
 * Deletes the less useful learnt clauses and collects the arena.
 * Pre: decision level 0, trail propagated without conflict. Post: watches rebuilt.
 */
export function reduceLearnts(s) {
    const arena = s.arena;
    const act = s.activityView;
    const core = s.opts.coreLbd;
    const tier2 = s.opts.tier2Lbd;
    const candidates = [];
    for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) {
        const flags = arena[c + 1];
        if ((flags & LEARNT) === 0 || (flags & DELETED) !== 0)
            continue;
        if (flags & REASON) {
            arena[c + 1] = flags | DELETED; // a theory's explanation, no longer a reason at level 0
            continue;
        }
        const lbd = flags >>> LBD_SHIFT;
        arena[c + 1] = flags & ~USED;
        if (lbd <= core || arena[c] === 2)
            continue;
        if (lbd <= tier2 && (flags & USED) !== 0)
            continue;
        candidates.push(c);
    }
    candidates.sort((a, b) => {
        const la = arena[a + 1] >>> LBD_SHIFT;
        const lb = arena[b + 1] >>> LBD_SHIFT;
        return la !== lb ? lb - la : act[a + ACTIVITY] - act[b + ACTIVITY];
    });
    const remove = candidates.length >> 1;
    for (let i = 0; i < remove; i++)
        arena[candidates[i] + 1] |= DELETED;
    s.stats.reductions++;
    s.stats.deleted += remove;
    s.reduceInterval += s.opts.reduceInc;
    s.nextReduce = s.stats.conflicts + s.reduceInterval;
    vivifyLearnts(s);
    if (s.ok)
        collect(s);
}
/**
 * Compacts the arena, dropping clauses marked DELETED or REASON and — if level-0 assignments appeared
 * since the last call — clauses satisfied at level 0 and false literals, then re-attaches every
 * clause. Pre: decision level 0, trail propagated without conflict, no reasons refer to the
 * arena (level-0 assignments keep none). Post: `arenaSize` counts live clauses only.
 */
export function collect(s) {
    const arena = s.arena;
    const vals = s.vals;
    const proof = s.proof;
    const simplify = s.trailSize !== s.fixedAtSimplify;
    const end = s.arenaSize;
    let w = 0;
    let numOriginal = 0;
    let numLearnt = 0;
    for (let d = 0; d < end;) {
        const size = arena[d];
        const flags = arena[d + 1];
        const next = d + HEADER + size;
        let keep = (flags & (DELETED | REASON)) === 0;
        let newSize = size;
        if (keep && simplify) {
            let falseLits = 0;
            for (let k = d + HEADER; k < next; k++) {
                const val = vals[arena[k]];
                if (val === 1)
                    keep = false;
                else if (val === -1)
                    falseLits++;
            }
            if (keep && falseLits > 0) {
                // At a level-0 fixpoint an unsatisfied clause keeps two unassigned literals.
                newSize = size - falseLits;
                assert(newSize >= 2, 'clause unit or empty at a level-0 fixpoint');
                const old = proof ? clauseDimacs(s, d) : undefined;
                let j = d + HEADER;
                for (let k = d + HEADER; k < next; k++)
                    if (vals[arena[k]] === 0)
                        arena[j++] = arena[k];
                arena[d] = newSize;
                if (proof && old) {
                    proof.add(clauseDimacs(s, d));
                    proof.delete(old);
                }
            }
        }
        if (!keep) {
            if (proof)
                proof.delete(clauseDimacs(s, d));
            d = next;
            continue;
        }
        // Move the clause down to w (w <= d, so a forward copy is safe).
        if (w !== d)
            arena.copyWithin(w, d, d + HEADER + newSize);
        arena[w] = newSize;
        if (newSize !== size)
            arena[w + POS] = 2;
        if (flags & LEARNT)
            numLearnt++;
        else
            numOriginal++;
        w += HEADER + newSize;
        d = next;
    }
    s.arenaSize = w;
    s.numOriginal = numOriginal;
    s.numLearnt = numLearnt;
    if (simplify)
        s.fixedAtSimplify = s.trailSize;
    s.stats.fixed = s.trailSize;
    attachAll(s);
}
//# sourceMappingURL=reduce.js.map