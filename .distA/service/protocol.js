/**
 * The wire protocol of the distributed solving service (docs/ARCHITECTURE.md): the Redis
 * keys, the job a client queues, the result a worker sends back, and the connection to Redis.
 *
 * A query is one `solve(cnf, assumptions)` of a client. Its CNF travels once, as a *blob*: a
 * small header (magic, number of variables, number of literals) and the flat literals
 * (`Cnf.flat()`, clauses ended by 0) as little-endian Int32, compressed with zlib's deflate and
 * stored under its SHA-256 (`cnf:<hash>`), so a portfolio of eight jobs or a thousand cubes
 * share one copy. A job (BullMQ, queue `solve`) names the blob, its own assumptions and a
 * configuration from a fixed whitelist (`config`, `seed`); it never names a program — which
 * solver runs is the worker's own configuration. Workers verify everything they read: the
 * job's shape and sizes, the compressed and the inflated size of the blob (inflation is
 * bounded, so a zip bomb cannot exhaust memory), its hash, and that every literal is in range.
 *
 * Keys, all under a prefix (default `eagersmt`, so one ACL pattern `~eagersmt:*` covers them):
 *
 *     <p>:solve:*            BullMQ's queue
 *     <p>:cnf:<hash>         CNF blobs (expire)
 *     <p>:q:<query>:alive    the client's heartbeat; when it expires the query's jobs are dropped
 *     <p>:q:<query>:done     set when the query is decided; its remaining jobs are cancelled
 *     <p>:q:<query>:results  list of results, pushed by workers, popped by the client
 *     <p>:cache:<key>        result cache: sat (with model) or unsat, by hash of CNF + assumptions
 *     <p>:worker:<id>        a worker's heartbeat (JSON, expires)
 *     <p>:stats              counters (jobs done, sat, unsat, cache hits, ...)
 *     channel <p>:cancel     query ids whose jobs must stop now
 */
import { createHash, randomBytes } from 'node:crypto';
import { endianness } from 'node:os';
import { deflateSync, inflateSync } from 'node:zlib';
import { Cnf } from '../cnf/cnf.js';
import { BackendError, ContractError } from '../errors.js';
import { MAX_SEED } from '../options/table.js';
import { servicePackages } from './packages.js';
import { checkRedisUrl, redact } from './redis-url.js';
/** Version of the job format; workers reject other versions. */
export const PROTOCOL_VERSION = 1;
/** BullMQ queue name (under the prefix). */
export const QUEUE_NAME = 'solve';
export const DEFAULT_PREFIX = 'eagersmt';
/** How long a query's results, its `done` mark and its completed jobs stay in Redis, ms. */
export const RESULT_TTL_MS = 3600 * 1000;
/** Configurations a job may ask for: what each means is up to the worker's backend. */
export const CONFIGS = ['default', 'sat', 'unsat'];
/** Largest seed a job may carry (the built-in solver's `seed` range, from the option table). */
export { MAX_SEED };
export const DEFAULT_LIMITS = {
    maxBlobBytes: 64 << 20,
    maxCnfBytes: 512 << 20,
    maxAssumptions: 1 << 16,
};
/**
 * Names of the Redis keys under `prefix`.
 * @example keys('eagersmt').blob(hash) // 'eagersmt:cnf:<hash>'
 */
export function keys(prefix) {
    return {
        blob: (hash) => `${prefix}:cnf:${hash}`,
        alive: (query) => `${prefix}:q:${query}:alive`,
        done: (query) => `${prefix}:q:${query}:done`,
        results: (query) => `${prefix}:q:${query}:results`,
        cache: (key) => `${prefix}:cache:${key}`,
        worker: (id) => `${prefix}:worker:${id}`,
        workerPattern: `${prefix}:worker:*`,
        stats: `${prefix}:stats`,
        cancel: `${prefix}:cancel`,
    };
}
const MAGIC = 0x31435345; // 'ESC1' little-endian
const HEADER_BYTES = 12;
const LITTLE_ENDIAN = endianness() === 'LE';
/**
 * The inflated blob of a CNF: header and literals.
 * @example sha256(cnfBytes(cnf)) // the CNF's hash, as packCnf computes it
 */
export function cnfBytes(cnf, numVars = cnf.numVars) {
    const lits = cnf.flat();
    const buf = Buffer.allocUnsafe(HEADER_BYTES + 4 * lits.length);
    buf.writeUInt32LE(MAGIC, 0);
    buf.writeUInt32LE(numVars, 4);
    buf.writeUInt32LE(lits.length, 8);
    if (LITTLE_ENDIAN && buf.byteOffset % 4 === 0)
        new Int32Array(buf.buffer, buf.byteOffset + HEADER_BYTES, lits.length).set(lits);
    else
        for (let i = 0; i < lits.length; i++)
            buf.writeInt32LE(lits[i], HEADER_BYTES + 4 * i);
    return buf;
}
/**
 * The compressed blob of `cnf` and its hash (SHA-256 of the inflated bytes, hex).
 * @example const { blob, hash } = packCnf(cnf); await redis.set(keys('eagersmt').blob(hash), blob);
 */
export function packCnf(cnf, numVars = cnf.numVars) {
    const raw = cnfBytes(cnf, numVars);
    return { blob: deflateSync(raw, { level: 1 }), hash: sha256(raw), bytes: raw.length };
}
/**
 * Reads a blob back into a CNF, checking sizes, the hash and every literal.
 * @example const cnf = unpackCnf(blob, hash, DEFAULT_LIMITS);
 * @throws ContractError when the blob is oversize, corrupt or does not match `hash`.
 */
export function unpackCnf(blob, hash, limits) {
    if (blob.length > limits.maxBlobBytes)
        throw new ContractError(`CNF blob of ${blob.length} bytes exceeds the limit of ${limits.maxBlobBytes}`);
    let raw;
    try {
        raw = inflateSync(blob, { maxOutputLength: limits.maxCnfBytes });
    }
    catch (e) {
        const big = e instanceof RangeError || e.code === 'ERR_BUFFER_TOO_LARGE';
        throw new ContractError(big ? `CNF inflates beyond the limit of ${limits.maxCnfBytes} bytes` : 'corrupt CNF blob');
    }
    if (sha256(raw) !== hash)
        throw new ContractError('CNF blob does not match its hash');
    if (raw.length < HEADER_BYTES || raw.readUInt32LE(0) !== MAGIC)
        throw new ContractError('CNF blob has no valid header');
    const numVars = raw.readUInt32LE(4);
    const size = raw.readUInt32LE(8);
    if (raw.length !== HEADER_BYTES + 4 * size)
        throw new ContractError('CNF blob has the wrong length');
    const lits = new Int32Array(size);
    if (LITTLE_ENDIAN)
        new Uint8Array(lits.buffer).set(raw.subarray(HEADER_BYTES));
    else
        for (let i = 0; i < size; i++)
            lits[i] = raw.readInt32LE(HEADER_BYTES + 4 * i);
    for (let i = 0; i < size; i++) {
        const lit = lits[i];
        if (lit > numVars || lit < -numVars)
            throw new ContractError(`CNF blob mentions variable ${Math.abs(lit)} beyond ${numVars}`);
    }
    if (size > 0 && lits[size - 1] !== 0)
        throw new ContractError('the last clause of the CNF blob is not terminated');
    const cnf = new Cnf();
    cnf.lits = lits;
    cnf.size = size;
    cnf.numVars = numVars;
    for (let i = 0; i < size; i++)
        if (lits[i] === 0)
            cnf.numClauses++;
    return cnf;
}
/**
 * SHA-256 of `data`, hex.
 * @example sha256('') // 'e3b0c442...'
 */
export function sha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
/**
 * The result-cache key of a CNF (by its blob hash) under assumptions: the assumptions are a
 * set, so their order and repetitions do not matter.
 * @example cacheKey(hash, [3, -1]) === cacheKey(hash, [-1, 3, 3])
 */
export function cacheKey(cnfHash, assumptions) {
    const set = [...new Set(Array.from(assumptions))].sort((a, b) => a - b);
    return sha256(`${cnfHash}|${set.join(' ')}`);
}
/**
 * A fresh query id (24 hex digits).
 * @example const query = newQueryId();
 */
export function newQueryId() {
    return randomBytes(12).toString('hex');
}
/**
 * Packs a model (index 0 unused, 1 = true) into base64, one bit per variable.
 * @example unpackModel(packModel(Uint8Array.of(0, 1, 0, 1)), 3) // Uint8Array [0, 1, 0, 1]
 */
export function packModel(model) {
    const n = model.length - 1;
    const bits = Buffer.alloc((n + 7) >> 3);
    for (let v = 1; v <= n; v++)
        if (model[v] === 1)
            bits[(v - 1) >> 3] |= 1 << ((v - 1) & 7);
    return bits.toString('base64');
}
/**
 * The model of `packModel`, with `numVars` variables (missing bits are false).
 * @example unpackModel('Cg==', 4) // Uint8Array [0, 0, 1, 0, 1]
 */
export function unpackModel(text, numVars) {
    const bits = Buffer.from(text, 'base64');
    const model = new Uint8Array(numVars + 1);
    for (let v = 1; v <= numVars; v++) {
        const byte = (v - 1) >> 3;
        if (byte < bits.length && (bits[byte] >> ((v - 1) & 7)) & 1)
            model[v] = 1;
    }
    return model;
}
/**
 * Checks a job's data as read from Redis: shape, types, the whitelist, sizes.
 * @example const job = parseJobData(bullJob.data, DEFAULT_LIMITS);
 * @throws ContractError naming what is wrong.
 */
export function parseJobData(data, limits) {
    const bad = (why) => {
        throw new ContractError(`invalid job: ${why}`);
    };
    if (typeof data !== 'object' || data === null)
        bad('not an object');
    const d = data;
    const allowed = new Set(['v', 'query', 'part', 'cnf', 'assumptions', 'config', 'seed', 'timeoutMs']);
    for (const k of Object.keys(d))
        if (!allowed.has(k))
            bad(`unknown field '${k}'`);
    if (d.v !== PROTOCOL_VERSION)
        bad(`protocol version ${String(d.v)}, this worker speaks ${PROTOCOL_VERSION}`);
    if (typeof d.query !== 'string' || !/^[0-9a-f]{8,64}$/.test(d.query))
        bad('bad query id');
    if (!isCount(d.part))
        bad('bad part');
    if (typeof d.cnf !== 'string' || !/^[0-9a-f]{64}$/.test(d.cnf))
        bad('bad CNF hash');
    if (!Array.isArray(d.assumptions))
        bad('assumptions are not a list');
    const assumptions = d.assumptions;
    if (assumptions.length > limits.maxAssumptions)
        bad(`${assumptions.length} assumptions, the limit is ${limits.maxAssumptions}`);
    if (!assumptions.every((l) => Number.isInteger(l) && l !== 0 && Math.abs(l) <= 0x3fffffff))
        bad('an assumption is not a literal');
    if (!CONFIGS.includes(d.config))
        bad(`configuration '${String(d.config)}' is not one of ${CONFIGS.join(', ')}`);
    if (!isCount(d.seed) || d.seed > MAX_SEED)
        bad('bad seed');
    if (!isCount(d.timeoutMs))
        bad('bad time limit');
    return d;
}
function isCount(x) {
    return Number.isInteger(x) && x >= 0;
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
export async function connectRedis(url, options = {}) {
    checkRedisUrl(url);
    const { Redis } = (await servicePackages()).ioredis;
    const redis = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: null,
        connectionName: options.name,
        retryStrategy: (times) => Math.min(50 * times, 1000),
    });
    let lastError;
    const onError = (e) => (lastError = e);
    redis.on('error', onError);
    const timeoutMs = options.connectTimeoutMs ?? 5000;
    let timer;
    try {
        await Promise.race([
            redis.connect(),
            new Promise((_, reject) => (timer = setTimeout(() => reject(lastError ?? new BackendError(`no answer within ${timeoutMs} ms`)), timeoutMs))),
        ]);
        await redis.ping();
    }
    catch (e) {
        redis.disconnect();
        throw new BackendError(`service: cannot connect to ${redact(url)}: ${explain(lastError ?? e)}`);
    }
    finally {
        clearTimeout(timer);
    }
    return redis;
}
/** A Redis or socket error in words a user can act on. */
function explain(e) {
    const msg = e.message;
    if (/WRONGPASS|invalid password|invalid username-password/i.test(msg))
        return 'authentication failed: wrong user name or password';
    if (/NOAUTH/i.test(msg))
        return 'authentication required: give user and password in the URL (redis://user:password@host:port)';
    if (/NOPERM/i.test(msg))
        return `the Redis user lacks a permission (${msg})`;
    if (/ECONNREFUSED/.test(msg))
        return 'connection refused (is redis-server running there?)';
    if (/ENOTFOUND|EAI_AGAIN/.test(msg))
        return 'unknown host';
    if (/ECONNRESET/.test(msg))
        return `${msg} (if the server speaks TLS, use rediss://)`;
    if (/certificate|SSL|TLS|EPROTO|self.signed/i.test(msg))
        return `TLS failure: ${msg}`;
    return msg;
}
/**
 * A BackendError with the message of a failed Redis command in the service's words.
 * @example throw serviceError('at redis://host:6379', e);
 */
export function serviceError(what, e) {
    return new BackendError(`service: ${what}: ${e instanceof Error ? explain(e) : String(e)}`);
}
//# sourceMappingURL=protocol.js.map