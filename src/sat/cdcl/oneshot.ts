/**
 * One-shot solving of a flat CNF: the job the `builtin` backend runs, in its worker thread or
 * inline. A job is plain data (typed arrays and numbers) so it crosses `postMessage` as is;
 * the reply is a `SatOutcome`. Before a `sat` reply leaves, the model is checked against every
 * clause and assumption — a failure is reported as `unknown`, never as a wrong answer.
 */
import type { SatOutcome } from '../backend.js';
import type { CdclOptions } from './options.js';
import { DratWriter } from '../../proof/drat.js';
import { CdclSolver } from './solver.js';

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
 * Post: `sat` outcomes carry a model (length numVars+1) satisfying every clause and assumption;
 * `unsat` outcomes carry the failed assumptions.
 * @example solveJob({ numVars: 2, lits: Int32Array.of(1, 2, 0, -1, 0), assumptions: new Int32Array(0) });
 */
export function solveJob(job: SolveJob): SatOutcome {
  try {
    return solveOrThrow(job);
  } catch (err) {
    // A typed array that could not be allocated: the solver ran out of memory.
    if (err instanceof RangeError && /allocation failed|invalid (typed )?array length/i.test(err.message)) {
      return { status: 'unknown', reason: 'memout' };
    }
    throw err;
  }
}

function solveOrThrow(job: SolveJob): SatOutcome {
  const solver = new CdclSolver(job.options);
  const proof = job.proof !== undefined ? new DratWriter(job.proof) : undefined;
  solver.setProof(proof);
  const deadline = job.deadline;
  let status: ReturnType<CdclSolver['solve']>;
  try {
    solver.addFlat(job.lits, job.numVars);
    status = solver.solve(job.assumptions, {
      conflictLimit: job.conflictLimit,
      shouldStop: deadline === undefined ? undefined : () => Date.now() >= deadline,
    });
  } finally {
    proof?.close();
  }
  const stats: Record<string, number> = { ...solver.stats };
  switch (status) {
    case 'sat': {
      const model = solver.model();
      const bad = firstFalsified(job.lits, job.assumptions, model);
      if (bad >= 0) return { status: 'unknown', reason: `backend error: model falsifies clause at ${bad}`, stats };
      return { status, model, stats };
    }
    case 'unsat':
      return { status, failed: solver.failed(), stats };
    case 'unknown': {
      const timedOut = deadline !== undefined && Date.now() >= deadline;
      return { status, reason: timedOut ? 'timeout' : 'conflict limit', stats };
    }
  }
}

/**
 * Offset in `lits` of the first clause `model` falsifies, -1 if none (an assumption counts as
 * a unit clause at offset `lits.length + i`).
 */
export function firstFalsified(lits: Int32Array, assumptions: Int32Array, model: Uint8Array): number {
  const holds = (lit: number) => {
    const v = lit < 0 ? -lit : lit;
    const bit = v < model.length ? model[v] : 0;
    return lit > 0 ? bit === 1 : bit === 0;
  };
  let start = 0;
  let sat = false;
  for (let i = 0; i < lits.length; i++) {
    const lit = lits[i];
    if (lit === 0) {
      if (!sat) return start;
      start = i + 1;
      sat = false;
    } else if (!sat && holds(lit)) {
      sat = true;
    }
  }
  for (let i = 0; i < assumptions.length; i++) if (!holds(assumptions[i])) return lits.length + i;
  return -1;
}
