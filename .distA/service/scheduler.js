import { falsifiedBy } from '../cnf/check.js';
import { BackendError, ContractError } from '../errors.js';
import { cacheGet, cachePut, DEFAULT_CACHE_TTL_MS } from './cache.js';
import { makeCubes } from './lookahead.js';
import { servicePackages } from './packages.js';
import { cacheKey, CONFIGS, connectRedis, DEFAULT_LIMITS, DEFAULT_PREFIX, keys, newQueryId, packCnf, packModel, PROTOCOL_VERSION, QUEUE_NAME, RESULT_TTL_MS, serviceError, unpackModel, } from './protocol.js';
import { redact } from './redis-url.js';
/** How often a part is queued again after its job expired. */
const MAX_RETRIES = 3;
/**
 * Solves `cnf` under `assumptions` on the service.
 * Post: a `sat` outcome's model satisfies every clause and assumption.
 * @example const out = await solveOnService(cnf, new Int32Array(0), {}, { url: 'redis://127.0.0.1:6379', mode: 'cubes', jobs: 8 });
 * @throws BackendError when Redis cannot be reached (refused, wrong password, TLS) or the CNF
 *   exceeds the payload limits; solver trouble is `unknown` with a reason, as for any backend.
 */
export async function solveOnService(cnf, assumptions, limits, opts) {
    const t0 = Date.now();
    const deadline = limits.timeoutMs === undefined ? undefined : t0 + limits.timeoutMs;
    const payload = opts.limits ?? DEFAULT_LIMITS;
    const prefix = opts.prefix ?? DEFAULT_PREFIX;
    let numVars = cnf.numVars;
    for (const a of assumptions)
        numVars = Math.max(numVars, Math.abs(a));
    const { blob, hash, bytes } = packCnf(cnf, numVars);
    if (bytes > payload.maxCnfBytes || blob.length > payload.maxBlobBytes) {
        throw new BackendError(`service: the CNF is ${mib(bytes)} (${mib(blob.length)} compressed), over the service's limits of ${mib(payload.maxCnfBytes)} (${mib(payload.maxBlobBytes)} compressed); solve it with a local backend`);
    }
    const base = Array.from(assumptions);
    const checkModel = (model) => falsifiedBy(cnf.flat(), assumptions, model) === undefined;
    const stats = { serviceJobs: 0, cubesRefuted: 0, cacheHit: 0 };
    const done = (out) => ({ ...out, stats: { ...stats, serviceMs: Date.now() - t0 } });
    const { Queue } = (await servicePackages()).bullmq;
    const redis = await connectRedis(opts.url, { name: 'eagersmt-client' });
    let query;
    try {
        const topKey = cacheKey(hash, base);
        const hit = await cacheGet(redis, prefix, topKey);
        const fromCache = hit && answerOf(hit, numVars, checkModel);
        if (fromCache) {
            stats.cacheHit = 1;
            return done(fromCache);
        }
        let parts;
        if (opts.mode === 'cubes') {
            const tl = Date.now();
            const split = makeCubes(cnf, assumptions, { cubes: opts.jobs ?? 4, budgetMs: opts.lookaheadMs });
            stats.lookaheadMs = Date.now() - tl;
            stats.cubesRefuted = split.refuted;
            if (split.cubes.length === 0) {
                await cachePut(redis, prefix, topKey, { status: 'unsat', check: 'verified' }, opts.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
                return done(unsatOutcome(assumptions));
            }
            parts = split.cubes.map((c) => ({ assumptions: [...base, ...c], config: 'default', seed: 0 }));
        }
        else {
            parts = Array.from({ length: opts.jobs ?? 4 }, (_, i) => ({ assumptions: base, config: CONFIGS[i % CONFIGS.length], seed: i }));
        }
        if (parts.some((p) => p.assumptions.length > payload.maxAssumptions))
            throw new BackendError(`service: more than ${payload.maxAssumptions} assumptions in a job`);
        stats.serviceJobs = parts.length;
        query = new Query(new Queue(QUEUE_NAME, { connection: redis, prefix }), redis, opts, prefix, hash, blob, parts, deadline);
        const out = await query.run(limits.signal, numVars, checkModel, opts.mode === 'cubes');
        if (out.status === 'sat' && out.model) {
            await cachePut(redis, prefix, topKey, { status: 'sat', model: packModel(out.model) }, opts.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
        }
        else if (out.status === 'unsat') {
            await cachePut(redis, prefix, topKey, { status: 'unsat', check: query.trusted ? 'trusted' : 'verified' }, opts.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
        }
        stats.duplicateResults = query.duplicates;
        stats.requeued = query.requeued;
        stats.cachedJobs = query.cachedJobs;
        return done(out);
    }
    catch (e) {
        if (e instanceof BackendError || e instanceof ContractError)
            throw e;
        throw serviceError(`at ${redact(opts.url)}`, e);
    }
    finally {
        await query?.finish().catch(() => { });
        redis.disconnect();
    }
}
function mib(bytes) {
    return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}
function unsatOutcome(assumptions) {
    return assumptions.length === 0 ? { status: 'unsat', failed: new Int32Array(0) } : { status: 'unsat' };
}
/** The outcome of a cached answer, or undefined if its model does not check. */
function answerOf(hit, numVars, check) {
    if (hit.status === 'unsat')
        return { status: 'unsat' }; // failed assumptions are not cached
    const model = unpackModel(hit.model, numVars);
    return check(model) ? { status: 'sat', model } : undefined;
}
/** One query in flight: its jobs, the results so far, and the clean-up. */
class Query {
    redis;
    opts;
    hash;
    blob;
    parts;
    deadline;
    id = newQueryId();
    k;
    queue;
    blocking;
    heartbeat;
    /** Result per part, undefined while pending. */
    results;
    /** Whether some worker's unsat in the results was taken on trust (`--trust-backend`). */
    get trusted() {
        return this.results.some((r) => r?.status === 'unsat' && r.trusted === true);
    }
    duplicates = 0;
    requeued = 0;
    /** Results workers took from the cache. */
    cachedJobs = 0;
    aliveTtl;
    constructor(queue, redis, opts, prefix, hash, blob, parts, deadline) {
        this.redis = redis;
        this.opts = opts;
        this.hash = hash;
        this.blob = blob;
        this.parts = parts;
        this.deadline = deadline;
        this.k = keys(prefix);
        this.queue = queue;
        this.queue.on('error', () => { }); // the connection reconnects; commands wait
        this.results = parts.map(() => undefined);
        this.retries = parts.map(() => 0);
        this.aliveTtl = opts.aliveTtlMs ?? 15000;
    }
    /** Times each part was queued again after its job expired. */
    retries;
    jobId(part) {
        const r = this.retries[part];
        return r === 0 ? `${this.id}-${part}` : `${this.id}-${part}-r${r}`;
    }
    blobTtl() {
        return Math.max(4 * this.aliveTtl, 600_000);
    }
    async keepAlive() {
        await this.redis.multi().set(this.k.alive(this.id), '1', 'PX', this.aliveTtl).pexpire(this.k.blob(this.hash), this.blobTtl()).exec();
    }
    jobOf(i) {
        const p = this.parts[i];
        const data = {
            v: PROTOCOL_VERSION,
            query: this.id,
            part: i,
            cnf: this.hash,
            assumptions: p.assumptions,
            config: p.config,
            seed: p.seed,
            timeoutMs: this.deadline === undefined ? 0 : Math.max(1, this.deadline - Date.now()),
        };
        return {
            name: 'cnf',
            data,
            opts: {
                jobId: this.jobId(i),
                attempts: 3,
                backoff: { type: 'fixed', delay: 500 },
                removeOnComplete: { age: RESULT_TTL_MS / 1000, count: 10000 },
                removeOnFail: { age: 24 * 3600, count: 10000 },
            },
        };
    }
    /** Queues the jobs and waits for the answer. */
    async run(signal, numVars, check, cubes) {
        await this.redis.set(this.k.blob(this.hash), this.blob, 'PX', this.blobTtl());
        await this.keepAlive();
        this.heartbeat = setInterval(() => void this.keepAlive().catch(() => { }), Math.max(100, this.aliveTtl / 3));
        await this.queue.addBulk(this.parts.map((_, i) => this.jobOf(i)));
        this.blocking = this.redis.duplicate();
        this.blocking.on('error', () => { });
        let nextReconcile = Date.now() + (this.opts.reconcileMs ?? 2000);
        const reasons = new Set();
        for (;;) {
            if (signal?.aborted)
                return { status: 'unknown', reason: 'canceled' };
            const now = Date.now();
            if (this.deadline !== undefined && now >= this.deadline)
                return { status: 'unknown', reason: 'timeout' };
            const waitS = Math.max(0.05, Math.min(0.5, this.deadline === undefined ? 0.5 : (this.deadline - now) / 1000));
            const fresh = [];
            const popped = await this.blocking.blpop(this.k.results(this.id), waitS);
            if (popped)
                fresh.push(...parseResults([popped[1]]));
            if (Date.now() >= nextReconcile) {
                fresh.push(...(await this.reconcile()));
                nextReconcile = Date.now() + (this.opts.reconcileMs ?? 2000);
            }
            for (const r of fresh) {
                if (!Number.isInteger(r.part) || r.part < 0 || r.part >= this.parts.length)
                    continue;
                if (this.results[r.part] !== undefined) {
                    this.duplicates++;
                    continue;
                }
                if (r.cached)
                    this.cachedJobs++;
                if (r.status === 'sat') {
                    const model = r.model === undefined ? undefined : unpackModel(r.model, numVars);
                    if (model && check(model)) {
                        this.results[r.part] = r;
                        return { status: 'sat', model };
                    }
                    r.status = 'unknown';
                    r.reason = `backend error: worker ${r.worker} sent a model that fails the CNF`;
                }
                this.results[r.part] = r;
                if (r.status === 'unsat' && !cubes)
                    return { status: 'unsat' };
                if (r.status === 'unknown')
                    reasons.add(r.reason ?? 'incomplete');
            }
            if (this.results.every((r) => r !== undefined)) {
                if (this.results.every((r) => r.status === 'unsat'))
                    return { status: 'unsat' };
                return { status: 'unknown', reason: [...reasons].join('; ') || 'incomplete' };
            }
        }
    }
    /**
     * Reads finished jobs whose result did not arrive, and re-queues jobs that vanished or that
     * workers dropped as expired (this client was cut off from Redis longer than its heartbeat
     * lives, e.g. by a long Redis restart, but is alive).
     */
    async reconcile() {
        const found = [];
        const lost = [];
        const pending = this.parts.map((_, i) => i).filter((i) => this.results[i] === undefined);
        const states = await Promise.all(pending.map((i) => this.queue.getJobState(this.jobId(i))));
        await Promise.all(pending.map(async (i, at) => {
            const state = states[at];
            if (state === 'completed') {
                const job = await this.queue.getJob(this.jobId(i));
                const rv = job?.returnvalue;
                if (rv && typeof rv === 'object' && rv.reason === 'expired' && this.retries[i] < MAX_RETRIES) {
                    this.retries[i]++;
                    lost.push(i);
                }
                else if (rv && typeof rv === 'object')
                    found.push({ ...rv, part: i });
            }
            else if (state === 'failed') {
                const job = await this.queue.getJob(this.jobId(i));
                found.push({ part: i, status: 'unknown', reason: `backend error: service job failed: ${job?.failedReason ?? 'no reason'}`, worker: '?', ms: 0 });
            }
            else if (state === 'unknown') {
                lost.push(i);
            }
        }));
        if (lost.length > 0) {
            await this.keepAlive();
            if (!(await this.redis.exists(this.k.blob(this.hash))))
                await this.redis.set(this.k.blob(this.hash), this.blob, 'PX', this.blobTtl());
            await this.queue.addBulk(lost.map((i) => this.jobOf(i)));
            this.requeued += lost.length;
        }
        return found;
    }
    /** Marks the query done, cancels running jobs, removes waiting ones, closes connections. */
    async finish() {
        clearInterval(this.heartbeat);
        try {
            await this.redis.multi().set(this.k.done(this.id), '1', 'PX', RESULT_TTL_MS).publish(this.k.cancel, this.id).del(this.k.alive(this.id)).exec();
            for (let i = 0; i < this.parts.length; i++) {
                if (this.results[i] === undefined)
                    await this.queue.remove(this.jobId(i)).catch(() => 0);
            }
            await this.redis.del(this.k.results(this.id));
        }
        finally {
            this.blocking?.disconnect();
            await this.queue.close().catch(() => { });
        }
    }
}
function parseResults(texts) {
    const out = [];
    for (const t of texts) {
        try {
            const r = JSON.parse(t);
            if (r && typeof r === 'object' && (r.status === 'sat' || r.status === 'unsat' || r.status === 'unknown'))
                out.push(r);
        }
        catch {
            // not a result
        }
    }
    return out;
}
//# sourceMappingURL=scheduler.js.map