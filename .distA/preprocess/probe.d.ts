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
import { type Value } from '../model/evaluate.js';
import type { Pass, Problem } from './problem.js';
/**
 * A model of `problem` among the candidates (values of the constants it mentions), or
 * undefined. `poll` is called between candidates.
 * @example const m = probeModel({ assertions: [s.mk('distinct', [x, y])], assumptions: [] }, () => {}); // x = 0, y = ~0
 */
export declare function probeModel(problem: Problem, poll: () => void): Map<number, Value> | undefined;
/** The pass: probing, on the output of word-level rewriting only. */
export declare const probePass: Pass;
