/**
 * Model probing before bit-blasting, the pass after word-level rewriting (bv-rewrite.ts): the
 * rewritten problem (after equality substitution, so that defined constants follow the free
 * ones: the lift of bv-rewrite gives them their values) is evaluated under a few candidate
 * assignments of its free constants — all zero / false, all ones / true, and two pseudo-random
 * ones from a fixed seed. A candidate that satisfies every assertion and assumption is a model,
 * found in the time of a few evaluations: it decides the problem, and the encoding is skipped.
 * These are the starting points of the propagation-based local search of Boolector and
 * Bitwuzla (Niemetz, Preiner, Biere: "Propagation based local search for bit-precise
 * reasoning", FMSD 2017), without the search: it finds models of problems whose constraints
 * are mostly disequalities of wide arithmetic, e.g. `distinct` products of 1024-bit words,
 * whose multiplier circuits would not fit in memory. Only problems over Booleans and
 * bit-vectors are probed.
 */
import { evaluate } from '../model/evaluate.js';
import { someTerm } from '../terms/walk.js';
/** Problems with more terms than this are not probed (each candidate is one evaluation). */
const MAX_TERMS = 1_000_000;
const RANDOM_CANDIDATES = 2;
/** A deterministic generator of 32-bit words (mulberry32). */
function words(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return (t ^ (t >>> 14)) >>> 0;
    };
}
/**
 * A model of `problem` among the candidates (values of the constants it mentions), or
 * undefined. `poll` is called between candidates.
 * @example const m = probeModel({ assertions: [s.mk('distinct', [x, y])], assumptions: [] }, () => {}); // x = 0, y = ~0
 */
export function probeModel(problem, poll) {
    const roots = [...problem.assertions, ...problem.assumptions];
    const free = [];
    let size = 0;
    // Stops (and gives up) at the first constant of another sort, or past MAX_TERMS terms.
    const giveUp = someTerm(roots, (t) => {
        if (++size > MAX_TERMS || (t.op === 'var' && t.sort.kind !== 'Bool' && t.sort.kind !== 'BitVec'))
            return true;
        if (t.op === 'var')
            free.push(t);
        return false;
    });
    if (giveUp)
        return undefined;
    const next = words(0x5eed);
    // Hex digits joined once: linear in w (shifting a growing bigint per word is quadratic).
    const random = (w) => {
        const words = [];
        for (let i = 0; i < w; i += 32) {
            if ((i & 0xfffff) === 0)
                poll();
            words.push(next().toString(16).padStart(8, '0'));
        }
        return BigInt.asUintN(w, BigInt(`0x${words.join('') || '0'}`));
    };
    const candidates = [
        (t) => (t.sort.kind === 'Bool' ? false : 0n),
        (t) => (t.sort.kind === 'Bool' ? true : BigInt.asUintN(t.sort.width, -1n)),
    ];
    for (let i = 0; i < RANDOM_CANDIDATES; i++)
        candidates.push((t) => (t.sort.kind === 'Bool' ? (next() & 1) === 1 : random(t.sort.width)));
    for (const value of candidates) {
        poll();
        const values = new Map();
        for (const v of free)
            values.set(v.id, value(v));
        const memo = new Map();
        if (roots.every((t) => evaluate(t, values, memo) === true))
            return values;
    }
    return undefined;
}
/** The pass: probing, on the output of word-level rewriting only. */
export const probePass = {
    name: 'probe',
    run(p, ctx) {
        if (!ctx.applied.includes('bv-rewrite'))
            return undefined;
        const model = probeModel(p, ctx.poll);
        return model && { model };
    },
};
//# sourceMappingURL=probe.js.map