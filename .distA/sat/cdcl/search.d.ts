import { State } from './state.js';
export type SearchResult = 'sat' | 'unsat' | 'unknown';
/** Budgets of one `solve` call; all optional. */
export interface SearchLimits {
    /** Polled every `checkInterval` conflicts (and 16 times as many decisions); true stops. */
    shouldStop?: () => boolean;
    /** Maximum number of conflicts in this call. */
    conflictLimit?: number;
    /** Maximum number of propagated literals in this call (checked at conflicts). */
    propagationLimit?: number;
}
/**
 * Searches for a model of the clauses extending `s.assumptions`.
 * Pre: decision level 0, `s.ok`, `finalConflict` has room for every assumption plus one.
 * Post: 'sat' leaves the full model on the trail; 'unsat' with `s.ok` still true means the
 * assumptions failed (`finalConflict` holds them), with `s.ok` false that the clauses are
 * unsatisfiable; 'unknown' means a limit was hit, at decision level 0.
 */
export declare function search(s: State, limits: SearchLimits): SearchResult;
