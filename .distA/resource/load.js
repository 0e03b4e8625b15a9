/**
 * Per-machine load constraints learned from a parallel-machine resource, for the SAT encoding
 * (docs/ARCHITECTURE.md, "Resources"; issue 10).
 *
 * On a machine clique (every two operations a, b obey `m_a = m_b → a and b do not overlap`),
 * the operations that choose machine value k run one at a time. An operation with start
 * window [est, lst] and duration d must spend at least e(t1, t2) (energetic.ts `mandatory`)
 * inside any time window [t1, t2), so in every model
 *
 *     Σ_i e_i(t1, t2) · [m_i − ref = k] ≤ t2 − t1          for every value k.
 *
 * The constraint is implied by the formulas (the reasoner's durations, windows and machine
 * frame are the ones its refutations rest on), so adding it changes no answer; it only gives
 * CDCL the counting argument that pairwise disjunctions hide. It is built as a Boolean term:
 * a weighted sequential counter (Sinz, "Towards an optimal CNF encoding of Boolean
 * cardinality constraints", CP 2005; weighted as in Hölldobler, Manthey & Steinke, KI 2012):
 * `s[i][j]` = "the first i literals weigh at least j", `s[i][j] = s[i−1][j] ∨ (x_i ∧
 * s[i−1][j − w_i])`, and the constraint is `¬s[n][cap + 1]`. Under the polarity-aware Tseitin
 * transformation (cnf/tseitin.ts) the registers get only the implications `→ s`, which is the
 * usual one-sided counter. The term is exactly the pseudo-Boolean constraint: no fresh
 * constants, nothing for a model to show.
 *
 * Windows: the whole horizon, and up to `maxWindows` more among [est, lct) pairs, those whose
 * mandatory energy comes closest to capacity × length. Only constraints that some assignment
 * violates (Σ e_i > t2 − t1) are built. Large capacities are scaled down by q (weights
 * ⌊e/q⌋, bound ⌊(t2 − t1)/q⌋), which is implied by the exact constraint.
 */
import { optionDefault } from '../options/table.js';
import { mandatory, sorted } from './energetic.js';
/** The option table's defaults (rows loadWindows, loadCap, loadValues of scope `resource`). */
export const defaultLoadLimits = {
    maxWindows: optionDefault('resource', 'loadWindows'),
    maxCap: optionDefault('resource', 'loadCap'),
    maxValues: optionDefault('resource', 'loadValues'),
};
/**
 * The per-machine load constraints of one machine clique whose machine values are `ref + k`
 * (`ref` undefined: the zero variable). `budget.nodes` counts counter registers left; nothing
 * is built beyond it.
 * @example const r = loadConstraints(store, ops, undefined, defaultLoadLimits, { nodes: 1e5 });
 */
export function loadConstraints(store, ops, ref, limits, budget) {
    const out = { terms: [], nodes: 0, windows: 0 };
    const live = ops.filter((o) => o.task.d > 0 && o.lo <= o.hi);
    if (live.length < 2)
        return out;
    let lo = live[0].lo;
    let hi = live[0].hi;
    for (const o of live)
        [lo, hi] = [o.lo < lo ? o.lo : lo, o.hi > hi ? o.hi : hi];
    if (hi - lo + 1n > BigInt(limits.maxValues))
        return out;
    const capacity = Number(hi - lo + 1n);
    // Hash-consed: the same literal term for the same operation and value, across windows.
    const isK = (o, k) => store.mk('=', [ref ? store.mk('-', [o.machine, ref]) : o.machine, store.int(k)]);
    for (const [t1, t2] of windowsOf(live.map((o) => o.task), capacity, limits.maxWindows)) {
        let used = false;
        for (let k = lo; k <= hi; k++) {
            const on = live.filter((o) => o.lo <= k && k <= o.hi);
            const weights = on.map((o) => mandatory(o.task, t1, t2));
            const q = Math.max(1, Math.ceil((t2 - t1 + 1) / limits.maxCap));
            const w = weights.map((e) => Math.floor(e / q));
            const cap = Math.floor((t2 - t1) / q);
            const sum = w.reduce((a, b) => a + b, 0);
            if (sum <= cap)
                continue;
            const size = on.length * (cap + 1);
            if (size > budget.nodes) {
                if (used)
                    out.windows++;
                return out;
            }
            budget.nodes -= size;
            out.nodes += size;
            const xs = on.map((o, i) => [isK(o, k), w[i]]).filter(([, wi]) => wi > 0);
            out.terms.push(atMost(store, xs, cap));
            used = true;
        }
        if (used)
            out.windows++;
    }
    return out;
}
/**
 * The horizon, then up to `max` windows [est, lct) by decreasing ratio of mandatory energy to
 * capacity × length (ties: shorter first). Pre: tasks non-empty.
 */
function windowsOf(tasks, capacity, max) {
    const est = sorted(tasks.map((t) => t.est));
    const lct = sorted(tasks.map((t) => t.lst + t.d));
    const horizon = [est[0], lct[lct.length - 1]];
    const scored = [];
    for (const t1 of est)
        for (const t2 of lct) {
            if (t2 <= t1 || (t1 === horizon[0] && t2 === horizon[1]))
                continue;
            let e = 0;
            for (const t of tasks)
                e += mandatory(t, t1, t2);
            if (e > 0)
                scored.push({ w: [t1, t2], r: e / (capacity * (t2 - t1)) });
        }
    scored.sort((a, b) => b.r - a.r || a.w[1] - a.w[0] - (b.w[1] - b.w[0]));
    return [horizon, ...scored.slice(0, max).map((s) => s.w)];
}
/**
 * `Σ w_i [x_i] ≤ cap` as a weighted sequential counter over Boolean terms (see the file header).
 * Pre: weights ≥ 1, cap ≥ 0.
 * @example atMost(store, [[a, 2], [b, 2], [c, 1]], 3) // a term true iff 2a + 2b + c ≤ 3
 */
export function atMost(store, xs, cap) {
    // s[j] for j = 1..cap+1 over the literals so far (undefined: false); j ≤ 0 is true.
    let s = new Array(cap + 2).fill(undefined);
    for (const [x, w] of xs) {
        const next = s.slice();
        for (let j = 1; j <= cap + 1; j++) {
            const prev = j - w <= 0 ? x : s[j - w] && store.mk('and', [x, s[j - w]]);
            if (!prev)
                continue;
            next[j] = s[j] ? store.mk('or', [s[j], prev]) : prev;
        }
        s = next;
    }
    const over = s[cap + 1];
    return over ? store.mk('not', [over]) : store.true;
}
//# sourceMappingURL=load.js.map