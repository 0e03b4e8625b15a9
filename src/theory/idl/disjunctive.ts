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
  resources: { starts: Term[]; durations: number[] }[];
  edgeFinding?: boolean;
  guard?: number;
}

/** One resource over graph nodes. */
export interface Resource {
  nodes: Int32Array;
  dur: Float64Array;
}

/** Scratch space of the sweeps for resources of at most `k` tasks. */
export class Sweep {
  readonly est: Float64Array;
  readonly lct: Float64Array;
  readonly byEst: Int32Array; //  task indices by decreasing est
  readonly byLct: Int32Array; //  task indices by increasing lct
  readonly omega: Int32Array; //  the tasks of the current task interval
  private readonly cand: Int32Array; //     edge-finding: the tasks of later lct
  private readonly firedE: Float64Array; // per task: est of the largest Ω it must end after (NaN: none)
  private readonly firedLo: Float64Array; // per task: min(est_i, that est)
  size = 0; //                    tasks of the current resource with finite bounds
  omegaSize = 0;

  constructor(k: number) {
    this.est = new Float64Array(k);
    this.lct = new Float64Array(k);
    this.byEst = new Int32Array(k);
    this.byLct = new Int32Array(k);
    this.omega = new Int32Array(k);
    this.cand = new Int32Array(k);
    this.firedE = new Float64Array(k);
    this.firedLo = new Float64Array(k);
  }

  /**
   * Sorts the first `size` tasks (of bounds `est`, `lct`, set by the caller).
   * Pre: size ≤ the capacity given to the constructor.
   */
  prepare(size: number): void {
    this.size = size;
    const { est, lct, byEst, byLct } = this;
    for (let i = 0; i < size; i++) byEst[i] = byLct[i] = i;
    insertionSort(byEst, size, (a, b) => est[b]! - est[a]!);
    insertionSort(byLct, size, (a, b) => lct[a]! - lct[b]!);
  }

  /**
   * An overloaded task interval of the prepared tasks with durations `dur` (indexed like them):
   * true with `omega[0..omegaSize)` set to its tasks, or false if there is none.
   * @example s.prepare(3); if (s.overload(dur)) report(s.omega.subarray(0, s.omegaSize));
   */
  overload(dur: Float64Array): boolean {
    const { est, lct, byEst, byLct, size } = this;
    for (let b = 0; b < size; b++) {
      const L = lct[byLct[b]!]!;
      if (b + 1 < size && lct[byLct[b + 1]!]! === L) continue; // the largest Ω of this lct
      let p = 0;
      for (let a = 0; a < size; a++) {
        const j = byEst[a]!;
        if (lct[j]! > L) continue;
        p += dur[j]!;
        if (est[j]! + p > L) {
          this.collect(L, est[j]!);
          this.shrink(dur);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Edge-finding over the prepared tasks (no overload among them): calls `found(i, E)` with
   * `omega[0..omegaSize)` set to a task interval Ω that task i must end after — for each lct_Ω,
   * the largest such Ω — and E the least earliest start of Ω ∪ {i} (the bound its reason
   * needs). Stops early when `found` answers false.
   */
  edgeFind(dur: Float64Array, found: (i: number, E: number) => boolean): void {
    const { est, lct, byEst, byLct, size, cand, firedE, firedLo } = this;
    for (let b = 0; b < size; b++) {
      const L = lct[byLct[b]!]!;
      if (b + 1 < size && lct[byLct[b + 1]!]! === L) continue;
      // The tasks that may end after Ω: those with a later lct.
      let nc = 0;
      let longest = 0;
      for (let q = b + 1; q < size; q++) {
        const i = byLct[q]!;
        cand[nc++] = i;
        firedE[i] = NaN;
        if (dur[i]! > longest) longest = dur[i]!;
      }
      if (nc === 0) break;
      let p = 0;
      for (let a = 0; a < size; a++) {
        const j = byEst[a]!;
        if (lct[j]! > L) continue;
        p += dur[j]!;
        // Ω: the tasks with est ≥ E (ties later in the order too: more energy, the same rule).
        const E = est[j]!;
        // Both cases of the rule need p_i > slack.
        const slack = L - E - p;
        if (slack >= longest) continue;
        for (let q = 0; q < nc; q++) {
          const i = cand[q]!;
          if (dur[i]! <= slack) continue;
          const lo = est[i]! < E ? est[i]! : E;
          if (lo + p + dur[i]! <= L) continue;
          firedE[i] = E; // Ω grows with a: the last one that fires is the largest
          firedLo[i] = lo;
        }
      }
      for (let q = 0; q < nc; q++) {
        const i = cand[q]!;
        if (Number.isNaN(firedE[i]!)) continue;
        this.collect(L, firedE[i]!);
        if (!found(i, firedLo[i]!)) return;
      }
    }
  }

  /**
   * Drops tasks from the overloaded omega while the rest stays overloaded (shortest first):
   * fewer tasks, fewer bounds in the conflict's reason.
   */
  private shrink(dur: Float64Array): void {
    const { est, lct, omega } = this;
    let n = this.omegaSize;
    insertionSort(omega, n, (a, b) => dur[a]! - dur[b]!);
    for (let q = 0; q < n && n > 2; ) {
      let E = Infinity;
      let L = -Infinity;
      let p = 0;
      for (let r = 0; r < n; r++) {
        if (r === q) continue;
        const j = omega[r]!;
        if (est[j]! < E) E = est[j]!;
        if (lct[j]! > L) L = lct[j]!;
        p += dur[j]!;
      }
      if (E + p > L) {
        omega.copyWithin(q, q + 1, n);
        n--;
      } else q++;
    }
    this.omegaSize = n;
  }

  /** Sets omega to the tasks with est ≥ E and lct ≤ L. */
  private collect(L: number, E: number): void {
    let k = 0;
    for (let j = 0; j < this.size; j++) if (this.lct[j]! <= L && this.est[j]! >= E) this.omega[k++] = j;
    this.omegaSize = k;
  }
}

/** Sorts `xs[0..n)` in place by `cmp` (small n: a resource's tasks). */
function insertionSort(xs: Int32Array, n: number, cmp: (a: number, b: number) => number): void {
  for (let i = 1; i < n; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
}
