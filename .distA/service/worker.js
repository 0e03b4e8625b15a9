/**
 * A worker of the distributed solving service: takes jobs from the BullMQ queue and solves
 * them with its own SAT backend (`eagersmt worker --backend kissat --concurrency 4`). The job
 * only chooses a seed and a configuration name from a fixed whitelist (`protocol.ts`); the
 * program that runs, and its path, are the worker's.
 *
 * One job: check the job's data; drop it if its query is decided (`done`) or its client gone
 * (heartbeat expired); answer from the result cache if it can; otherwise fetch and verify the
 * CNF blob (kept for the next job of the same query), solve under the job's assumptions (a
 * model is checked against the CNF, `solveChecked` of sat/oneshot-session.ts),
 * cache a definite answer, push the result to the query's result list, and return it (BullMQ
 * stores it with the completed job, where the client also looks).
 *
 * Cancellation: the client publishes the query id on the `cancel` channel when it has its
 * answer; the worker aborts the solves of that query at once (the built-in solver's thread is
 * terminated, an external solver's process group killed). Pub/sub messages are lost while a
 * connection is down, so every heartbeat also polls the `done` and `alive` keys of the
 * queries being solved.
 *
 * Faults: BullMQ holds a lock on every active job and renews it while the worker lives; the
 * job of a worker that died (kill -9, a lost machine) is found stalled after `lockDuration`
 * and handed to another worker. A worker that is shut down (SIGTERM) aborts its solves and
 * puts their jobs back in the queue, so nothing waits for a lock to expire.
 */
import { hostname } from 'node:os';
import { ContractError } from '../errors.js';
import { solveChecked } from '../sat/oneshot-session.js';
import { tunedOptions } from '../sat/presets.js';
import { backendSpec, createBackend } from '../sat/registry.js';
import { verifiedBackend } from '../sat/verify.js';
import { cacheGet, cachePut, DEFAULT_CACHE_TTL_MS } from './cache.js';
import { servicePackages } from './packages.js';
import { cacheKey, connectRedis, DEFAULT_LIMITS, DEFAULT_PREFIX, keys, newQueryId, packModel, parseJobData, QUEUE_NAME, RESULT_TTL_MS, unpackCnf, } from './protocol.js';
/**
 * Starts a worker; it runs until `close()`.
 * @example const w = await startWorker({ url: 'redis://127.0.0.1:6379', backend: 'cadical', concurrency: 2 });
 * @throws BackendError when Redis cannot be reached; ContractError for a backend that cannot be tuned.
 */
export async function startWorker(opts) {
    tunedOptions(opts.backend, 'default', 0); // a backend the worker cannot run is an error now
    if (!createBackend(opts.backend, tunedOptions(opts.backend, 'default', 0, opts.backendOptions)))
        throw new ContractError(`unknown SAT backend '${opts.backend}'`);
    const prefix = opts.prefix ?? DEFAULT_PREFIX;
    const k = keys(prefix);
    const limits = opts.limits ?? DEFAULT_LIMITS;
    const concurrency = opts.concurrency ?? 1;
    const heartbeatMs = opts.heartbeatMs ?? 1000;
    const { UnrecoverableError, WaitingError, Worker } = (await servicePackages()).bullmq;
    const id = `${hostname()}-${process.pid}-${newQueryId().slice(0, 6)}`;
    const redis = await connectRedis(opts.url, { name: `eagersmt-worker-${id}` });
    const subscriber = redis.duplicate();
    const counters = { done: 0, sat: 0, unsat: 0, unknown: 0, canceled: 0, expired: 0, cacheHits: 0 };
    const active = new Map();
    const started = Date.now();
    let closing = false;
    /** The CNFs of the last few queries, by hash. */
    const cnfs = new Map();
    const stop = (why, query) => {
        for (const a of active.values()) {
            if (query !== undefined && a.query !== query)
                continue;
            a.why ??= why;
            a.abort.abort();
        }
    };
    subscriber.on('message', (_channel, query) => stop('canceled', query));
    subscriber.on('error', () => { }); // reconnects; the poll below covers missed messages
    redis.on('error', () => { });
    await subscriber.subscribe(k.cancel);
    const beat = async () => {
        const info = { id, host: hostname(), pid: process.pid, backend: opts.backend, concurrency, active: active.size, done: counters.done, started };
        await redis.set(k.worker(id), JSON.stringify(info), 'PX', Math.max(3 * heartbeatMs, 5000));
        const queries = [...new Set([...active.values()].map((a) => a.query))];
        if (queries.length === 0)
            return;
        const marks = await redis.mget(...queries.flatMap((q) => [k.done(q), k.alive(q)]));
        queries.forEach((q, i) => {
            if (marks[2 * i] !== null)
                stop('canceled', q);
            else if (marks[2 * i + 1] === null)
                stop('expired', q);
        });
    };
    const timer = setInterval(() => void beat().catch(() => { }), heartbeatMs);
    await beat();
    const loadCnf = async (hash) => {
        const have = cnfs.get(hash);
        if (have)
            return have;
        const blob = await redis.getBuffer(k.blob(hash));
        if (blob === null)
            return undefined;
        const cnf = unpackCnf(blob, hash, limits);
        if (cnfs.size >= 2 * concurrency)
            cnfs.delete(cnfs.keys().next().value);
        cnfs.set(hash, cnf);
        return cnf;
    };
    const report = async (job, result, notify) => {
        counters.done++;
        const counter = result.cached ? 'cacheHits' : result.reason === 'canceled' ? 'canceled' : result.reason === 'expired' ? 'expired' : result.status;
        counters[counter]++;
        const tx = redis.multi().hincrby(k.stats, 'done', 1).hincrby(k.stats, counter, 1);
        if (notify)
            tx.rpush(k.results(job.query), JSON.stringify(result)).pexpire(k.results(job.query), RESULT_TTL_MS);
        await tx.exec();
        opts.log?.(`${job.query}-${job.part}: ${result.status}${result.reason ? ` (${result.reason})` : ''}${result.cached ? ' (cached)' : ''} in ${result.ms} ms`);
        return result;
    };
    const processJob = async (bull, token, signal) => {
        let job;
        try {
            job = parseJobData(bull.data, limits);
        }
        catch (e) {
            throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
        }
        const t0 = Date.now();
        const result = (status, extra = {}) => ({ part: job.part, status, worker: id, ms: Date.now() - t0, ...extra });
        const [done, alive] = await redis.mget(k.done(job.query), k.alive(job.query));
        if (done !== null)
            return report(job, result('unknown', { reason: 'canceled' }), false);
        if (alive === null)
            return report(job, result('unknown', { reason: 'expired' }), false);
        const key = cacheKey(job.cnf, job.assumptions);
        const hit = await cacheGet(redis, prefix, key, opts.trustBackend === true);
        if (hit)
            return report(job, result(hit.status, { model: hit.model, cached: true, ...(hit.check === 'trusted' ? { trusted: true } : {}) }), true);
        let cnf;
        try {
            cnf = await loadCnf(job.cnf);
        }
        catch (e) {
            throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
        }
        if (!cnf)
            return report(job, result('unknown', { reason: 'backend error: service: the CNF blob has expired' }), true);
        const cnfVars = cnf.numVars;
        if (job.assumptions.some((l) => Math.abs(l) > cnfVars))
            throw new UnrecoverableError(`invalid job: an assumption exceeds the ${cnfVars} variables of the CNF`);
        const entry = { query: job.query, abort: new AbortController() };
        const jobKey = bull.id ?? `${job.query}-${job.part}`;
        active.set(jobKey, entry);
        const onAbort = () => stop('canceled', job.query);
        signal?.addEventListener('abort', onAbort, { once: true });
        if (closing)
            stop('shutdown');
        let out;
        let trusted = false;
        try {
            // An external solver's unsat is verified (sat/verify.ts) before it is answered or cached.
            const spec = backendSpec(opts.backend);
            const backend = verifiedBackend(spec, spec.parse(tunedOptions(opts.backend, job.config, job.seed, opts.backendOptions)), { checker: opts.unsatChecker, trust: opts.trustBackend });
            trusted = opts.trustBackend === true && !spec.trusted;
            const caps = [job.timeoutMs, opts.maxJobMs ?? 0].filter((ms) => ms > 0);
            out = await solveChecked(backend, cnf, Int32Array.from(job.assumptions), { timeoutMs: caps.length ? Math.min(...caps) : undefined, signal: entry.abort.signal });
        }
        finally {
            active.delete(jobKey);
            signal?.removeEventListener('abort', onAbort);
        }
        // An abort that came after the solver's answer changes nothing: the answer is kept.
        if (entry.why === 'shutdown' && out.status === 'unknown' && token !== undefined) {
            await bull.moveToWait(token); // another worker takes it
            throw new WaitingError();
        }
        if (entry.why !== undefined && out.status === 'unknown')
            return report(job, result('unknown', { reason: entry.why }), false);
        if (out.status === 'sat' && out.model) {
            await cachePut(redis, prefix, key, { status: 'sat', model: packModel(out.model) }, opts.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
            return report(job, result('sat', { model: packModel(out.model) }), true);
        }
        if (out.status === 'unsat') {
            await cachePut(redis, prefix, key, { status: 'unsat', check: trusted ? 'trusted' : 'verified' }, opts.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
            return report(job, result('unsat', trusted ? { trusted: true } : {}), true);
        }
        return report(job, result('unknown', { reason: out.reason ?? 'incomplete' }), true);
    };
    const worker = new Worker(QUEUE_NAME, processJob, {
        connection: redis,
        prefix,
        concurrency,
        lockDuration: opts.lockDurationMs ?? 30000,
        stalledInterval: opts.stalledIntervalMs ?? 15000,
        maxStalledCount: 3,
        autorun: true,
    });
    worker.on('error', (e) => opts.log?.(`queue error: ${e.message}`));
    return {
        id,
        counters,
        async close() {
            if (closing)
                return;
            closing = true;
            stop('shutdown');
            clearInterval(timer);
            await worker.close();
            await redis.del(k.worker(id)).catch(() => { });
            subscriber.disconnect();
            redis.disconnect();
        },
    };
}
//# sourceMappingURL=worker.js.map