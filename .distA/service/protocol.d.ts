import type { Redis } from 'ioredis';
import { Cnf } from '../cnf/cnf.js';
import { BackendError } from '../errors.js';
import { MAX_SEED } from '../options/table.js';
/** Version of the job format; workers reject other versions. */
export declare const PROTOCOL_VERSION = 1;
/** BullMQ queue name (under the prefix). */
export declare const QUEUE_NAME = "solve";
export declare const DEFAULT_PREFIX = "eagersmt";
/** How long a query's results, its `done` mark and its completed jobs stay in Redis, ms. */
export declare const RESULT_TTL_MS: number;
/** Configurations a job may ask for: what each means is up to the worker's backend. */
export declare const CONFIGS: readonly ["default", "sat", "unsat"];
export type ServiceConfig = (typeof CONFIGS)[number];
/** Largest seed a job may carry (the built-in solver's `seed` range, from the option table). */
export { MAX_SEED };
/** Size bounds, checked by clients before sending and by workers before reading. */
export interface PayloadLimits {
    /** Compressed CNF blob, bytes. */
    maxBlobBytes: number;
    /** Inflated CNF blob, bytes. */
    maxCnfBytes: number;
    /** Assumption literals per job. */
    maxAssumptions: number;
}
export declare const DEFAULT_LIMITS: PayloadLimits;
/** The data of one job. */
export interface JobData {
    v: number;
    /** Query id (hex). */
    query: string;
    /** Index of the job in its query. */
    part: number;
    /** SHA-256 (hex) of the inflated blob. */
    cnf: string;
    /** Literals that must hold (base assumptions plus the cube, for cube-and-conquer). */
    assumptions: number[];
    config: ServiceConfig;
    seed: number;
    /** Wall-clock limit for the solve, ms; 0 means the worker's own limit. */
    timeoutMs: number;
}
/** What a worker reports for one job. */
export interface JobResult {
    part: number;
    status: 'sat' | 'unsat' | 'unknown';
    /** For `sat`: the model, one bit per variable 1..numVars (bit v-1), base64. */
    model?: string;
    reason?: string;
    /** Worker id. */
    worker: string;
    /** Solve time on the worker, ms. */
    ms: number;
    /** True when the worker answered from the result cache. */
    cached?: boolean;
    /** For `unsat`: the worker took its solver's word (`--trust-backend`) instead of checking a proof. */
    trusted?: boolean;
}
/**
 * Names of the Redis keys under `prefix`.
 * @example keys('eagersmt').blob(hash) // 'eagersmt:cnf:<hash>'
 */
export declare function keys(prefix: string): {
    blob: (hash: string) => string;
    alive: (query: string) => string;
    done: (query: string) => string;
    results: (query: string) => string;
    cache: (key: string) => string;
    worker: (id: string) => string;
    workerPattern: string;
    stats: string;
    cancel: string;
};
/**
 * The inflated blob of a CNF: header and literals.
 * @example sha256(cnfBytes(cnf)) // the CNF's hash, as packCnf computes it
 */
export declare function cnfBytes(cnf: Cnf, numVars?: number): Buffer;
/**
 * The compressed blob of `cnf` and its hash (SHA-256 of the inflated bytes, hex).
 * @example const { blob, hash } = packCnf(cnf); await redis.set(keys('eagersmt').blob(hash), blob);
 */
export declare function packCnf(cnf: Cnf, numVars?: number): {
    blob: Buffer;
    hash: string;
    bytes: number;
};
/**
 * Reads a blob back into a CNF, checking sizes, the hash and every literal.
 * @example const cnf = unpackCnf(blob, hash, DEFAULT_LIMITS);
 * @throws ContractError when the blob is oversize, corrupt or does not match `hash`.
 */
export declare function unpackCnf(blob: Buffer, hash: string, limits: PayloadLimits): Cnf;
/**
 * SHA-256 of `data`, hex.
 * @example sha256('') // 'e3b0c442...'
 */
export declare function sha256(data: Buffer | string): string;
/**
 * The result-cache key of a CNF (by its blob hash) under assumptions: the assumptions are a
 * set, so their order and repetitions do not matter.
 * @example cacheKey(hash, [3, -1]) === cacheKey(hash, [-1, 3, 3])
 */
export declare function cacheKey(cnfHash: string, assumptions: ArrayLike<number>): string;
/**
 * A fresh query id (24 hex digits).
 * @example const query = newQueryId();
 */
export declare function newQueryId(): string;
/**
 * Packs a model (index 0 unused, 1 = true) into base64, one bit per variable.
 * @example unpackModel(packModel(Uint8Array.of(0, 1, 0, 1)), 3) // Uint8Array [0, 1, 0, 1]
 */
export declare function packModel(model: Uint8Array): string;
/**
 * The model of `packModel`, with `numVars` variables (missing bits are false).
 * @example unpackModel('Cg==', 4) // Uint8Array [0, 0, 1, 0, 1]
 */
export declare function unpackModel(text: string, numVars: number): Uint8Array;
/**
 * Checks a job's data as read from Redis: shape, types, the whitelist, sizes.
 * @example const job = parseJobData(bullJob.data, DEFAULT_LIMITS);
 * @throws ContractError naming what is wrong.
 */
export declare function parseJobData(data: unknown, limits: PayloadLimits): JobData;
/** Options of `connectRedis`. */
export interface ConnectOptions {
    /** Client name shown by CLIENT LIST. */
    name?: string;
    /** How long the first connection may take, ms. Default 5000. */
    connectTimeoutMs?: number;
}
/**
 * Opens a connection to the Redis at `url` — `redis://[user:password@]host:port[/db]`, or
 * `rediss://` for TLS (certificates are checked; `NODE_EXTRA_CA_CERTS` adds a private CA) —
 * and waits until it is ready. Once connected it reconnects for ever after a drop, with
 * commands queued meanwhile (`maxRetriesPerRequest: null`, as BullMQ requires), so a Redis
 * restart only delays the callers.
 * @example const redis = await connectRedis('redis://127.0.0.1:6379'); await redis.ping();
 * @throws BackendError with a clear message when the first connection fails: refused,
 *   wrong password, TLS failure, time-out.
 */
export declare function connectRedis(url: string, options?: ConnectOptions): Promise<Redis>;
/**
 * A BackendError with the message of a failed Redis command in the service's words.
 * @example throw serviceError('at redis://host:6379', e);
 */
export declare function serviceError(what: string, e: unknown): BackendError;
