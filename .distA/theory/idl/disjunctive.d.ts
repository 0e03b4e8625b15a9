/**
 * Disjunctive resources during the search: overload checking and edge-finding over the time
 * bounds that the difference-logic theory knows at each moment (Vilím, "Global constraints in
 * scheduling", PhD thesis, 2007, ch. 2; Baptiste, Le Pape and Nuijten, *Constraint-Based
 * Scheduling*, 2001, § 2.1.3). A resource is a set of tasks, each with a start variable s and
 * a duration p, of which no two may overlap: [s_i, s_i + p_i) ∩ [s_j, s_j + p_j) = ∅.
 *
 * With est_i ≤ s_i and s_i + p_i ≤ lct_i, a set Ω of tasks is *overloaded* when
 * est_Ω + p_Ω > lct_Ω (the least earliest start, the sum of durations, the greatest latest
 * completion): no schedule fits them. *Edge-finding* concludes that a task i ∉ Ω must end after
 * all of Ω (Ω ≪ i) when min(est_Ω, est_i) + p_Ω + p_i > lct_Ω: i cannot come first nor in
 * between, so every j ∈ Ω precedes i. Mirrored (times negated), the same rule puts i before all
 * of Ω. These are what CDCL over difference atoms cannot do by itself: their proof counts.
 *
 * Both sweeps look at the task intervals Ω(a, b) = {j : est_j ≥ est_a, lct_j ≤ lct_b}: for each
 * b (by lct), tasks are added by decreasing est. Overload checking is O(k²) per resource of k
 * tasks; edge-finding looks for an i only where the slack lct_b − est_a − p_Ω is below the
 * longest duration of the tasks of later lct (elsewhere none can be forced), and reports per
 * lct and task only the largest Ω, so it stays near O(k²) in practice.
 *
 * The caller (propagator.ts) reads the bounds from its shortest-path matrix, relative to a
 * reference node: est_i = −d(s_i, ref), lct_i = d(ref, s_i) + p_i; the reasons of its
 * conclusions are the paths behind those bounds.
 */
import type { Term } from '../../terms/term.js';
/**
 * Disjunctive resources over terms: the reference (undefined: the zero variable), tasks per
 * resource; whether edge-finding runs (else overload checking only), and `guard`, a CNF
 * variable that holds whenever the resources' pairs do (an activation literal), added
 * negated to every clause the reasoning derives, which otherwise waits until it is true.
 */
export interface DisjunctiveTerms {
    ref: Term | undefined;
    resources: {
        starts: Term[];
        durations: number[];
    }[];
    edgeFinding?: boolean;
    guard?: number;
}
/** One resource over graph nodes. */
export interface Resource {
    nodes: Int32Array;
    dur: Float64Array;
}
/** Scratch space of the sweeps for resources of at most `k` tasks. */
export declare class Sweep {
    readonly est: Float64Array;
    readonly lct: Float64Array;
    readonly byEst: Int32Array;
    readonly byLct: Int32Array;
    readonly omega: Int32Array;
    private readonly cand;
    private readonly firedE;
    private readonly firedLo;
    size: number;
    omegaSize: number;
    constructor(k: number);
    /**
     * Sorts the first `size` tasks (of bounds `est`, `lct`, set by the caller).
     * Pre: size ≤ the capacity given to the constructor.
     */
    prepare(size: number): void;
    /**
     * An overloaded task interval of the prepared tasks with durations `dur` (indexed like them):
     * true with `omega[0..omegaSize)` set to its tasks, or false if there is none.
     * @example s.prepare(3); if (s.overload(dur)) report(s.omega.subarray(0, s.omegaSize));
     */
    overload(dur: Float64Array): boolean;
    /**
     * Edge-finding over the prepared tasks (no overload among them): calls `found(i, E)` with
     * `omega[0..omegaSize)` set to a task interval Ω that task i must end after — for each lct_Ω,
     * the largest such Ω — and E the least earliest start of Ω ∪ {i} (the bound its reason
     * needs). Stops early when `found` answers false.
     */
    edgeFind(dur: Float64Array, found: (i: number, E: number) => boolean): void;
    /**
     * Drops tasks from the overloaded omega while the rest stays overloaded (shortest first):
     * fewer tasks, fewer bounds in the conflict's reason.
     */
    private shrink;
    /** Sets omega to the tasks with est ≥ E and lct ≤ L. */
    private collect;
}
