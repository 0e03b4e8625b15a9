import { type Term } from '../terms/term.js';
import type { Pass, Reduction } from './problem.js';
/** What the analysis found: the p-symbols and the terms that lead to them. */
interface Analysis {
    /** The p-constants and p-functions (by symbol id). */
    symbols: Set<number>;
    /** Terms that are p-constants or applications of p-functions, by id. */
    leaves: Map<number, Term>;
    /** The constants and function symbols of the problem, by id. */
    named: Map<number, Term>;
    /** Terms that are p-leaves or `ite`s with a branch that leads to one. */
    leading: Set<number>;
}
/**
 * The p-symbols of `roots` (conjuncts, each occurring positively), or undefined when there are
 * none.
 * @example analyse([store.mk('not', [store.mk('=', [a, b])])]) // a and b are p-constants
 */
export declare function analyse(roots: readonly Term[]): Analysis | undefined;
/**
 * The pass on `assertions` and `assumptions`, or undefined when nothing is a p-symbol or the
 * rewriting would exceed MAX_CASES.
 * @example positiveEquality([store.mk('distinct', [a, b])], [], () => {}) // assertions: [true]
 */
export declare function positiveEquality(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void): Reduction | undefined;
/** The pass: positive equality, on problems with uninterpreted functions or sorts. */
export declare const positiveEqualityPass: Pass;
export {};
