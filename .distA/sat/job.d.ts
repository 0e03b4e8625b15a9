/**
 * One-shot solving of a flat CNF: the job the `builtin` backend runs, in its worker thread
 * (`worker.ts`) or inline. A job is plain data (typed arrays and numbers) so it crosses
 * `postMessage` as is; the reply is a `SatOutcome`. The model of a `sat` reply is not checked
 * here: the one-shot session (`oneshot-session.ts`) checks every model once, with the CNF
 * model check of `cnf/check.ts`. With `proof`, a DRAT writer (`drat.ts`) is injected into the
 * CDCL core as its proof tracer.
 */
import type { SatOutcome } from './backend.js';
import type { CdclOptions } from './cdcl/options.js';
import { CdclSolver } from './cdcl/solver.js';
/** One solve: the CNF as `Cnf.flat()` literals, assumptions, budgets. */
export interface SolveJob {
    numVars: number;
    /** Clauses as DIMACS literals, each terminated by 0. */
    lits: Int32Array;
    assumptions: Int32Array;
    options?: Partial<CdclOptions>;
    /** Maximum number of conflicts; `unknown` (reason `conflict limit`) when reached. */
    conflictLimit?: number;
    /** Wall-clock deadline (`Date.now()` scale), polled cooperatively. */
    deadline?: number;
    /** Write a DRAT proof to this file (complete when the solve returns). */
    proof?: string;
}
/**
 * Solves `job` synchronously.
 * Post: `sat` outcomes carry the solver's model (length numVars+1); `unsat` outcomes carry the
 * failed assumptions; a typed array that could not be allocated is `unknown` (`memout`).
 * @example solveJob({ numVars: 2, lits: Int32Array.of(1, 2, 0, -1, 0), assumptions: new Int32Array(0) });
 */
export declare function solveJob(job: SolveJob): SatOutcome;
/** Whether `err` is a typed array that could not be allocated: the solver ran out of memory. */
export declare function allocationFailed(err: unknown): boolean;
/**
 * The outcome of a decided solve of `solver` (`sat`: its model; `unsat`: the failed
 * assumptions), with its statistics.
 */
export declare function decidedOutcome(solver: CdclSolver, status: 'sat' | 'unsat'): SatOutcome;
