import { type UnsatChecker } from '../sat/verify.js';
import { type PayloadLimits } from './protocol.js';
/** Options of `startWorker`. */
export interface WorkerOptions {
    /** Redis URL. */
    url: string;
    /** SAT backend by registry name: builtin, kissat, cadical, minisat. */
    backend: string;
    /** Options of the backend beyond the job's tuning (e.g. `{ binary: '/opt/bin/kissat' }`). */
    backendOptions?: Record<string, unknown>;
    /** Jobs solved at the same time. Default 1. */
    concurrency?: number;
    prefix?: string;
    /** BullMQ lock of an active job, ms: a dead worker's job is retried this long after. Default 30000. */
    lockDurationMs?: number;
    /** How often stalled jobs are looked for, ms. Default 15000. */
    stalledIntervalMs?: number;
    limits?: PayloadLimits;
    /** Longest solve, ms (0: only the job's own limit). Default 0. */
    maxJobMs?: number;
    /** Heartbeat and cancellation polling period, ms. Default 1000. */
    heartbeatMs?: number;
    cacheTtlMs?: number;
    /** Progress lines (one per job). */
    log?: (line: string) => void;
    /**
     * Checks the DRAT proof of an external solver's unsat (the CLI passes the project's checker);
     * without one, such an unsat is `unknown` unless `trustBackend`.
     */
    unsatChecker?: UnsatChecker;
    /** Take the solver's unsat without a checked proof (`--trust-backend`); marked in results and the cache. */
    trustBackend?: boolean;
}
/** Counters of one worker. */
export interface WorkerCounters {
    done: number;
    sat: number;
    unsat: number;
    unknown: number;
    canceled: number;
    expired: number;
    cacheHits: number;
}
/** A running worker. */
export interface ServiceWorker {
    readonly id: string;
    readonly counters: WorkerCounters;
    /** Stops taking jobs, puts active ones back in the queue, disconnects. */
    close(): Promise<void>;
}
/**
 * Starts a worker; it runs until `close()`.
 * @example const w = await startWorker({ url: 'redis://127.0.0.1:6379', backend: 'cadical', concurrency: 2 });
 * @throws BackendError when Redis cannot be reached; ContractError for a backend that cannot be tuned.
 */
export declare function startWorker(opts: WorkerOptions): Promise<ServiceWorker>;
