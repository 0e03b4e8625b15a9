/**
 * Consistency of a set of difference literals: negative cycles or a feasible potential.
 *
 * A set of literals over atoms `x − y ≤ c` is satisfiable over the integers exactly when its
 * constraint graph has no negative cycle (an atom gives the edge y → x of weight c, its negation
 * `y − x ≤ −c − 1` the edge x → y of weight −c − 1); otherwise the literals of one negative
 * cycle are an infeasible subset, and the clause of their negations is a theory lemma — one
 * transitivity constraint of the per-constraint encoding (Strichman, Seshia and Bryant,
 * "Deciding separation formulas with SAT", CAV 2002), instantiated only when a SAT model needs
 * it. The search is the queue-based Bellman–Ford algorithm from a virtual source at distance 0
 * of every node, with the walk-to-root test of the parent graph every n relaxations: a cycle of
 * the parent graph is always negative (Cherkassky and Goldberg, "Negative-cycle detection
 * algorithms", Math. Programming 85, 1999), and finding it early avoids the n passes of the
 * textbook test. Without a negative cycle, the distances are a potential: x := d(x) satisfies
 * every edge.
 *
 * Weights are doubles: callers keep |c| · n below 2^52 so every sum is exact.
 */
import type { AtomLit } from './normalize.js';
/** The outcome of `checkDifferences`. */
export type Consistency = {
    consistent: true; /** d(v) of each node (0 for a node on no edge). */
    potential: Float64Array;
} | {
    consistent: false; /** Infeasible subsets: the positions in `literals` of disjoint negative cycles. */
    cycles: number[][];
};
/**
 * Decides the conjunction of `literals` over the atoms `x[a] − y[a] ≤ c[a]` on nodes
 * 0..numNodes−1.
 * @example checkDifferences(2, [0], [1], [-1], [{ atom: 0, pos: true }]) // consistent: x0 − x1 ≤ −1
 * @example checkDifferences(2, [0], [1], [-1], [{ atom: 0, pos: true }, { atom: 1, pos: false }]) // with x0 − x1 ≤ −2 false: consistent too
 */
export declare function checkDifferences(numNodes: number, x: readonly number[], y: readonly number[], c: readonly number[], literals: readonly AtomLit[]): Consistency;
