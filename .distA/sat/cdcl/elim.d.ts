import { State } from './state.js';
/**
 * Runs subsumption, strengthening and variable elimination to a fixpoint (at most 8 rounds; a
 * round ends early on new units, which the next round propagates first).
 * Pre: decision level 0, `s.ok`. Post: decision level 0, trail propagated, watches rebuilt;
 * `s.ok` is false if the empty clause was derived.
 */
export declare function eliminate(s: State): void;
/**
 * Extends `model` (index = variable, 1 true, 0 false; eliminated variables arbitrary) to the
 * eliminated clauses. Post: every clause on the elimination stack is satisfied by `model`.
 */
export declare function extendModel(s: State, model: Uint8Array): void;
/**
 * Calls `add` with every eliminated clause (internal literals) and forgets the elimination, so
 * the variables can be used again. Pre: decision level 0. The caller adds the clauses back.
 */
export declare function restoreEliminated(s: State, add: (lits: Int32Array) => void): void;
