import type { UnsatChecker } from '../sat/verify.js';
/** Largest DRAT proof read for a check: 1 GiB (a larger one leaves the unsat unverified). */
export declare const MAX_PROOF_BYTES: number;
/**
 * Where the worker script is: `dist/proof/drat-worker.js`, from compiled code, the bundled
 * program and the TypeScript source alike (`util/dist-url.ts`).
 * @example dratWorkerUrl('file:///repo/src/proof/verify-unsat.ts').href === 'file:///repo/dist/proof/drat-worker.js'
 */
export declare function dratWorkerUrl(moduleUrl?: string): URL;
/**
 * Checks in a worker thread that the DRAT proof in `drat` refutes `cnf` with the assumptions as
 * unit clauses, within `limits`.
 * @example const v = await checkUnsatInWorker(cnf, new Int32Array(0), 'proof.drat', { timeoutMs: 5000 });
 */
export declare const checkUnsatInWorker: UnsatChecker;
/**
 * Makes the engine verify every unsat of an external backend with `checkUnsatInWorker`.
 * Called by the composition roots (src/index.ts, the CLI).
 * @example installUnsatChecker(); await solveSmtLib(text, { backend: 'cadical' });
 */
export declare function installUnsatChecker(): void;
