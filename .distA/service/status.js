/**
 * The state of a service, for `eagersmt service status`: the workers alive (their heartbeat
 * keys, which expire a few seconds after a worker stops), the depths of the job queue by
 * BullMQ state, and the counters the workers keep (jobs done, answers, cancellations, cache
 * hits).
 */
import { servicePackages } from './packages.js';
import { connectRedis, DEFAULT_PREFIX, keys, QUEUE_NAME } from './protocol.js';
/**
 * Reads the service's state.
 * @example const s = await serviceStatus('redis://127.0.0.1:6379'); console.log(s.workers.length);
 * @throws BackendError when Redis cannot be reached.
 */
export async function serviceStatus(url, prefix = DEFAULT_PREFIX) {
    const { Queue } = (await servicePackages()).bullmq;
    const redis = await connectRedis(url, { name: 'eagersmt-status' });
    const k = keys(prefix);
    const queue = new Queue(QUEUE_NAME, { connection: redis, prefix });
    try {
        const names = [];
        let cursor = '0';
        do {
            const [next, batch] = await redis.scan(cursor, 'MATCH', k.workerPattern, 'COUNT', 1000);
            names.push(...batch);
            cursor = next;
        } while (cursor !== '0');
        const infos = names.length === 0 ? [] : await redis.mget(...names);
        const workers = [];
        for (const text of infos) {
            if (text === null)
                continue;
            try {
                workers.push(JSON.parse(text));
            }
            catch {
                // not a heartbeat
            }
        }
        workers.sort((a, b) => a.id.localeCompare(b.id));
        const queueCounts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
        const raw = await redis.hgetall(k.stats);
        const counters = {};
        for (const name of ['done', 'sat', 'unsat', 'unknown', 'canceled', 'expired', 'cacheHits'])
            counters[name] = Number(raw[name] ?? 0);
        return { workers, queue: queueCounts, counters };
    }
    finally {
        await queue.close().catch(() => { });
        redis.disconnect();
    }
}
/**
 * The status as a few lines of text.
 * @example process.stdout.write(formatStatus(await serviceStatus(url)));
 */
export function formatStatus(s, now = Date.now()) {
    const lines = [];
    const slots = s.workers.reduce((n, w) => n + w.concurrency, 0);
    lines.push(`workers: ${s.workers.length} alive, ${slots} job slots`);
    for (const w of s.workers) {
        const up = Math.round((now - w.started) / 1000);
        lines.push(`  ${w.id}  ${w.backend} x${w.concurrency}  active ${w.active}  done ${w.done}  up ${up} s`);
    }
    lines.push(`queue: ${Object.entries(s.queue).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    lines.push(`jobs: ${Object.entries(s.counters).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=status.js.map