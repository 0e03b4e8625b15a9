/**
 * The word-level rewriter, a library that the bv-rewrite pass (preprocess/bv-rewrite.ts) and
 * `simplify` call: copies the assertions' DAG into a fresh term store, simplifying every
 * application on the way (bottom-up, so each rule sees simplified arguments; rules: bv.ts).
 * A fresh store keeps the caller's DAG intact: the model check evaluates the original
 * assertions, and the encoder works on the copy. Declared constants are copied one to one
 * (`origin` maps each copy back), so a model of the copy is a model of the original; a
 * constant that rewriting removed may take any value.
 *
 * Then equality substitution (docs/ARCHITECTURE.md "Rewriting"): a top-level conjunct
 * `(= v t)` with a bit-vector constant `v` that does not occur in `t` (through earlier
 * definitions either) defines `v`; every definition is substituted into the assertions,
 * which are simplified again, so that
 * `(= v (bvmul a b))` with `(distinct v (bvmul b a))` meets the rules as one term. `defined`
 * keeps the definitions: `complete` gives a defined constant the value of its term.
 */
import { type Value } from '../model/evaluate.js';
import { type Term } from '../terms/term.js';
export interface Rewritten {
    assertions: Term[];
    assumptions: Term[];
    /** The original declared constant of each constant of the copy, by the copy's term id. */
    origin: Map<number, Term>;
    /** Constants of the copy eliminated by substitution, with their (substituted) definitions. */
    defined: Map<number, Term>;
}
/**
 * Adds to `values` (a model of the rewritten problem, by the copy's term ids) the values of the
 * constants that substitution eliminated.
 */
export declare function complete(rw: Rewritten, values: Map<number, Value>): void;
/**
 * Rewrites `assertions` and `assumptions` into a fresh store. `poll` is called now and then
 * (it may throw LimitReached).
 * @example const { assertions, origin } = rewrite([store.mk('=', [x, x])], []); // [true]
 */
export declare function rewrite(assertions: readonly Term[], assumptions: readonly Term[], poll?: () => void): Rewritten;
