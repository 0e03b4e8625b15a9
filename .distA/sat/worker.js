/**
 * Entry point of the `builtin` backend's worker threads (see `builtin.ts`). Each message is
 * a `SolveJob`; the reply is its `SatOutcome`, with the model's buffer transferred. A worker
 * serves jobs one after another and is terminated by the main thread at a deadline or on
 * cancellation, so the solver needs no cooperative time checks here.
 */
import { parentPort } from 'node:worker_threads';
import { solveJob } from './job.js';
const port = parentPort;
if (port) {
    port.on('message', (job) => {
        let reply;
        try {
            reply = solveJob(job);
        }
        catch (err) {
            reply = { status: 'unknown', reason: `backend error: ${err instanceof Error ? err.message : String(err)}` };
        }
        port.postMessage(reply, reply.model ? [reply.model.buffer] : []);
    });
}
//# sourceMappingURL=worker.js.map