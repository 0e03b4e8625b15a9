/**
 * Entry point of the worker thread that checks an external solver's DRAT proof before its
 * `unsat` is reported (`verify-unsat.ts`). One message: the CNF's clauses (flat, each ended by
 * 0), the assumptions, the proof file; the reply is the verdict. The thread is terminated by
 * the main thread at the deadline, so the checker needs no cooperative time checks.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { checkDrat, parseDrat } from './drat-check.js';
/**
 * Checks one job (also callable in the main thread, for tests).
 * @example checkDratJob({ flat: Int32Array.of(1, 0, -1, 0), numVars: 1, assumptions: new Int32Array(0), drat: 'p.drat', maxBytes: 1 << 20 })
 */
export function checkDratJob(job) {
    const clauses = [];
    let start = 0;
    for (let i = 0; i < job.flat.length; i++) {
        if (job.flat[i] === 0) {
            clauses.push(job.flat.subarray(start, i));
            start = i + 1;
        }
    }
    for (const a of job.assumptions)
        clauses.push(Int32Array.of(a));
    let maxVar = job.numVars;
    for (const a of job.assumptions)
        maxVar = Math.max(maxVar, Math.abs(a));
    let text;
    try {
        const size = statSync(job.drat).size;
        if (size > job.maxBytes)
            return { ok: false, reason: `the proof has ${size} bytes, more than the ${job.maxBytes} read` };
        text = readFileSync(job.drat, 'latin1');
    }
    catch (e) {
        return { ok: false, reason: `no proof (${e.code ?? e.message})` };
    }
    try {
        const verdict = checkDrat(clauses, parseDrat(text, 'proof', Math.max(1, maxVar)));
        return verdict.ok ? { ok: true } : { ok: false, reason: `proof step ${verdict.step}: ${verdict.message}` };
    }
    catch (e) {
        return { ok: false, reason: `proof: ${e instanceof Error ? e.message : String(e)}` };
    }
}
const port = parentPort;
if (port)
    port.on('message', (job) => port.postMessage(checkDratJob(job)));
//# sourceMappingURL=drat-worker.js.map