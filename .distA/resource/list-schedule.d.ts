/**
 * A heuristic schedule of the detected operations (detect.ts): serial list scheduling, as the
 * non-delay schedules of Giffler and Thompson ("Algorithms for solving production-scheduling
 * problems", Operations Research 8, 1960). An optimisation starts from it instead of the first
 * model a search happens to find (engine/optimize.ts): on a 10×10 job shop that model's makespan
 * is often twice the optimum, a list schedule's within a few tens of percent.
 *
 * Every variable starts at the least values ≥ 0 that satisfy the facts (a fact `x − y ≤ c`
 * raises y to at least x − c: longest paths, by label-correcting relaxation). Then, while
 * operations are left, the one of least start is fixed, and each pair it has with an operation
 * not yet fixed is ordered with it first (`b ≥ a + k`), the raise propagated through facts and
 * the orders fixed so far. Every constraint added is satisfied at every step, so the end state
 * satisfies all facts and all pairs — if it ever ends: a fact that contradicts an order (a
 * positive cycle) makes the values grow without bound, and the relaxation's budget stops it.
 * The result is a candidate only: the caller evaluates the assertions under it (anything else
 * they say, a deadline the schedule misses, makes it no model).
 */
import type { Detected, PairGraph } from './detect.js';
/**
 * Values of the detected variables (by term id) in a list schedule, or undefined when there is
 * none to give: guarded pairs (machine choices), times out of range, the zero variable forced
 * above 0, or the relaxation's budget spent. Variables without a term are left out.
 * @example const m = listSchedule(det, g); if (m) checkModel(assertions, m);
 */
export declare function listSchedule(det: Detected, g: PairGraph, poll?: () => void): Map<number, bigint> | undefined;
