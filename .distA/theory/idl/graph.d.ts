/**
 * The difference graph of a problem: connected components of the variables linked by atoms,
 * and the bounds implied by unconditional constraints.
 *
 * An edge for `x − y ≤ c` goes from y to x with weight c. A path r ⇝ v of weight w proves
 * `v − r ≤ w`, a path v ⇝ r proves `v − r ≥ −w`, so shortest paths over the constraints that
 * hold in every model (top-level asserted atoms) bound each variable relative to a reference
 * variable r. They are computed with the queue-based Bellman–Ford algorithm; a negative cycle
 * (the unconditional constraints alone are unsatisfiable) yields no bounds at all.
 */
import type { AtomLit } from './normalize.js';
export interface Edge {
    from: number;
    to: number;
    w: bigint;
}
/** Component index of each variable (union–find over the atoms' endpoints). */
export declare function components(numVars: number, xs: readonly number[], ys: readonly number[]): Int32Array;
/** Edges of the unconditional atom literals: `x − y ≤ c`, or its negation `y − x ≤ −c − 1`. */
export declare function unconditionalEdges(facts: readonly AtomLit[], xs: readonly number[], ys: readonly number[], cs: readonly bigint[]): Edge[];
/**
 * Single-source shortest distances from `source` over `edges` (a missing entry means
 * unreachable), or undefined when a negative cycle is reachable. `nodes` is the number of
 * distinct nodes the edges may touch (bounds the passes of Bellman–Ford). With weights small
 * enough for exact doubles, the search runs over arrays built once per edge list.
 */
export declare function shortestFrom(nodes: number, edges: readonly Edge[], source: number): Map<number, bigint> | undefined;
