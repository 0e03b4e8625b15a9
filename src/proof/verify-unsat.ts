/**
 * The `UnsatChecker` of sat/verify.ts over the project's DRUP checker (`drat-check.ts`), run in
 * a worker thread (`drat-worker.ts`) so that a long check neither blocks the event loop nor
 * outlives its time limit: at the deadline or on cancellation the thread is terminated and the
 * verdict is `timeout` / `canceled`. The composition roots (the CLI, the package entry point)
 * install it into the engine's backend wiring (`installUnsatChecker`), and the service's
 * workers receive it from the CLI. See docs/ARCHITECTURE.md, "Proofs".
 */
import type { Cnf } from '../cnf/cnf.js';
import { setUnsatChecker } from '../engine/backend.js';
import type { SatLimits } from '../sat/backend.js';
import type { UnsatChecker, UnsatVerdict } from '../sat/verify.js';
import type { DratJob } from './drat-worker.js';
import { workerThreads } from '../util/builtins.js';
import { distUrl } from '../util/dist-url.js';

/** Largest DRAT proof read for a check: 1 GiB (a larger one leaves the unsat unverified). */
export const MAX_PROOF_BYTES = 1 << 30;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 0x7fffffff;

/**
 * Where the worker script is: `dist/proof/drat-worker.js`, from compiled code, the bundled
 * program and the TypeScript source alike (`util/dist-url.ts`).
 * @example dratWorkerUrl('file:///repo/src/proof/verify-unsat.ts').href === 'file:///repo/dist/proof/drat-worker.js'
 */
export function dratWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return distUrl(moduleUrl, 'proof/drat-worker.js');
}

/**
 * Checks in a worker thread that the DRAT proof in `drat` refutes `cnf` with the assumptions as
 * unit clauses, within `limits`.
 * @example const v = await checkUnsatInWorker(cnf, new Int32Array(0), 'proof.drat', { timeoutMs: 5000 });
 */
export const checkUnsatInWorker: UnsatChecker = (cnf: Cnf, assumptions: Int32Array, drat: string, limits: SatLimits): Promise<UnsatVerdict> => {
  if (limits.signal?.aborted) return Promise.resolve({ ok: false, reason: 'canceled' });
  // No time left: no check (a timer of 0 ms could lose the race against a fast worker).
  if (limits.timeoutMs !== undefined && limits.timeoutMs <= 0) return Promise.resolve({ ok: false, reason: 'timeout' });
  return new Promise<UnsatVerdict>((resolve) => {
    const worker = new (workerThreads().Worker)(dratWorkerUrl());
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (v: UnsatVerdict) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(v);
    };
    const onAbort = () => finish({ ok: false, reason: 'canceled' });
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    if (limits.timeoutMs !== undefined && limits.timeoutMs <= MAX_TIMER_MS) timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), Math.max(0, limits.timeoutMs));
    worker.once('message', (v: UnsatVerdict) => finish(v));
    worker.once('error', (e) => finish({ ok: false, reason: `proof check failed: ${e.message}` }));
    const job: DratJob = { flat: cnf.flat(), numVars: cnf.numVars, assumptions, drat, maxBytes: MAX_PROOF_BYTES };
    worker.postMessage(job);
  });
};

/**
 * Makes the engine verify every unsat of an external backend with `checkUnsatInWorker`.
 * Called by the composition roots (src/index.ts, the CLI).
 * @example installUnsatChecker(); await solveSmtLib(text, { backend: 'cadical' });
 */
export function installUnsatChecker(): void {
  setUnsatChecker(checkUnsatInWorker);
}
