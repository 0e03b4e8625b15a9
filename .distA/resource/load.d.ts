import type { Term, TermStore } from '../terms/term.js';
import { type Task } from './energetic.js';
/** One operation of a machine clique: its task, machine term and machine domain [lo, hi] relative to the frame. */
export interface MachineOp {
    task: Task;
    machine: Term;
    lo: bigint;
    hi: bigint;
}
export interface LoadLimits {
    /** Windows beyond the horizon, per clique. */
    maxWindows: number;
    /** Largest counter bound (larger ones are scaled down). */
    maxCap: number;
    /** Machine values per clique above which nothing is learned. */
    maxValues: number;
}
/** The option table's defaults (rows loadWindows, loadCap, loadValues of scope `resource`). */
export declare const defaultLoadLimits: LoadLimits;
/** What one clique taught: the constraint terms and their counter registers. */
export interface LoadResult {
    terms: Term[];
    nodes: number;
    windows: number;
}
/**
 * The per-machine load constraints of one machine clique whose machine values are `ref + k`
 * (`ref` undefined: the zero variable). `budget.nodes` counts counter registers left; nothing
 * is built beyond it.
 * @example const r = loadConstraints(store, ops, undefined, defaultLoadLimits, { nodes: 1e5 });
 */
export declare function loadConstraints(store: TermStore, ops: readonly MachineOp[], ref: Term | undefined, limits: LoadLimits, budget: {
    nodes: number;
}): LoadResult;
/**
 * `Σ w_i [x_i] ≤ cap` as a weighted sequential counter over Boolean terms (see the file header).
 * Pre: weights ≥ 1, cap ≥ 0.
 * @example atMost(store, [[a, 2], [b, 2], [c, 1]], 3) // a term true iff 2a + 2b + c ≤ 3
 */
export declare function atMost(store: TermStore, xs: readonly (readonly [Term, number])[], cap: number): Term;
