import type { Cnf } from '../cnf/cnf.js';
import type { BackendSpec, SatOutcome } from './backend.js';
import { type CdclOptions } from './cdcl/options.js';
/** Options of the `builtin` backend (the `options` record of `createBackend('builtin', ...)`). */
export interface BuiltinOptions {
    /** Solver options (see `cdcl/options.ts`). */
    cdcl?: Partial<CdclOptions>;
    /** CNFs with at most this many literals are solved inline, in slices; 0 disables. Default: the option table's. */
    inlineMaxLits?: number;
    /** Conflicts after which an inline solve that shares the thread goes to a worker. Default: the option table's. */
    inlineConflicts?: number;
    /**
     * Time in ms after which an inline solve that shares the thread goes to a worker. Default 500 (the option
     * table's): starting a worker (a fresh isolate that loads the solver) costs about 0.3 s of CPU, more on a
     * loaded machine.
     */
    inlineMs?: number;
    /** Inline solving: conflicts between two turns of the event loop. Default: the option table's. */
    sliceConflicts?: number;
    /** Worker entry script, for tests; default `workerScriptUrl()`. */
    workerScript?: URL;
}
/**
 * Where the worker entry script is: `dist/sat/worker.js`, from compiled code, from the bundled
 * program (`dist/bin/`) and from the TypeScript source under vitest alike (`util/dist-url.ts`;
 * the test script builds `dist/` first).
 * @example workerScriptUrl('file:///repo/src/sat/builtin.ts').href === 'file:///repo/dist/sat/worker.js'
 */
export declare function workerScriptUrl(moduleUrl?: string): URL;
/**
 * Solves `cnf` synchronously in this thread (no worker): for tests and tiny problems. The time
 * limit is cooperative (polled every few thousand conflicts); there is no cancellation.
 * @example solveInline(cnf, Int32Array.of(-3), { timeoutMs: 1000 }).status
 */
export declare function solveInline(cnf: Cnf, assumptions?: Int32Array, limits?: {
    timeoutMs?: number;
    conflictLimit?: number;
    options?: Partial<CdclOptions>;
}): SatOutcome;
/** The `builtin` backend's registry entry: it writes DRAT proofs. */
export declare const builtinBackend: BackendSpec<BuiltinOptions>;
