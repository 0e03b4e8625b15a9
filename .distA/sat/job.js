import { CdclSolver } from './cdcl/solver.js';
import { DratWriter } from './drat.js';
/**
 * Solves `job` synchronously.
 * Post: `sat` outcomes carry the solver's model (length numVars+1); `unsat` outcomes carry the
 * failed assumptions; a typed array that could not be allocated is `unknown` (`memout`).
 * @example solveJob({ numVars: 2, lits: Int32Array.of(1, 2, 0, -1, 0), assumptions: new Int32Array(0) });
 */
export function solveJob(job) {
    try {
        return solveOrThrow(job);
    }
    catch (err) {
        if (allocationFailed(err))
            return { status: 'unknown', reason: 'memout' };
        throw err;
    }
}
/** Whether `err` is a typed array that could not be allocated: the solver ran out of memory. */
export function allocationFailed(err) {
    return err instanceof RangeError && /allocation failed|invalid (typed )?array length/i.test(err.message);
}
/**
 * The outcome of a decided solve of `solver` (`sat`: its model; `unsat`: the failed
 * assumptions), with its statistics.
 */
export function decidedOutcome(solver, status) {
    const stats = { ...solver.stats };
    return status === 'sat' ? { status, model: solver.model(), stats } : { status, failed: solver.failed(), stats };
}
function solveOrThrow(job) {
    const solver = new CdclSolver(job.options);
    const proof = job.proof !== undefined ? new DratWriter(job.proof) : undefined;
    solver.setProof(proof);
    const deadline = job.deadline;
    let status;
    try {
        solver.addFlat(job.lits, job.numVars);
        status = solver.solve(job.assumptions, {
            conflictLimit: job.conflictLimit,
            shouldStop: deadline === undefined ? undefined : () => Date.now() >= deadline,
        });
    }
    finally {
        proof?.close();
    }
    if (status !== 'unknown')
        return decidedOutcome(solver, status);
    const timedOut = deadline !== undefined && Date.now() >= deadline;
    return { status, reason: timedOut ? 'timeout' : 'conflict limit', stats: { ...solver.stats } };
}
//# sourceMappingURL=job.js.map