/**
 * The one CNF model check: does an assignment satisfy every clause of a flat CNF (the
 * `Cnf.flat()` format, clauses ended by 0) and every assumption? Every `sat` answer of a SAT
 * backend passes through it once before anything above the SAT layer sees the model (the
 * one-shot session of `sat/oneshot-session.ts`, the service's scheduler and workers), so a
 * wrong model is reported as trouble, never as a satisfying assignment.
 *
 * A linear scan: each clause is satisfied by its first true literal; a variable beyond the end
 * of the model counts as false.
 */
/**
 * What `model` falsifies: `clause #k` (1-based, in the order of `lits`) or `assumption L`, or
 * undefined when it satisfies every clause and assumption.
 * Pre: `model` is indexed by variable (index 0 unused), 1 = true, anything else false.
 * @example falsifiedBy(Int32Array.of(1, 2, 0, -1, 0), new Int32Array(0), Uint8Array.of(0, 1, 0)) // 'clause #2'
 */
export declare function falsifiedBy(lits: Int32Array, assumptions: ArrayLike<number>, model: Uint8Array): string | undefined;
