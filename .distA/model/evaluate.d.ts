import type { Term } from '../terms/term.js';
import { ArrayValue, FunTable, type Value } from './value.js';
export { ArrayValue, FunTable, type Value };
/** Values of the declared constants, by term id of the `var` term. */
export type Assignment = ReadonlyMap<number, Value>;
/**
 * Evaluates `term` under `assignment`; constants missing from it take the default value of
 * their sort (`false`, `0`, the zero bit-vector). `memo` may be shared between calls on the same assignment.
 * @example evaluate(store.mk('<=', [x, store.int(3n)]), new Map([[x.id, 2n]])) // true
 */
export declare function evaluate(term: Term, assignment: Assignment, memo?: Map<number, Value>): Value;
/**
 * Checks that every assertion evaluates to true; throws InternalError naming the first that
 * does not (a bug in an encoder or a backend, never to be printed as `sat`).
 */
export declare function checkModel(assertions: readonly Term[], assignment: Assignment): void;
