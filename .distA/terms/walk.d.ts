/**
 * Post-order traversal of the term DAG with an explicit stack, so that input depth never
 * reaches the call stack. Every pass that computes something per term bottom-up (evaluation,
 * substitution, encoding, normalisation) uses it with its own memo.
 */
import type { Term } from './term.js';
/**
 * Calls `visit(t)` once for every term (or any other DAG node `T`) reachable from `roots` through `children` that is not
 * yet `done`, children before parents. `visit` must make `done(t)` true.
 * @example postOrder([t], (u) => memo.has(u.id), (u) => u.args, (u) => memo.set(u.id, f(u)));
 */
export declare function postOrder<T = Term>(roots: readonly T[], done: (t: T) => boolean, children: (t: T) => readonly T[], visit: (t: T) => void): void;
/**
 * Calls `visit(t)` once for every term reachable from `roots` (through arguments), children
 * before parents.
 * @example forEachTerm(assertions, (t) => { if (t.op === 'var') vars.push(t); });
 */
export declare function forEachTerm(roots: readonly Term[], visit: (t: Term) => void): void;
/**
 * Whether some term reachable from `roots` (through arguments) satisfies `p`; stops at the first.
 * @example someTerm(assertions, (t) => t.sort.kind === 'BitVec')
 */
export declare function someTerm(roots: readonly Term[], p: (t: Term) => boolean): boolean;
