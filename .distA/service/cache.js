import { keys } from './protocol.js';
export const DEFAULT_CACHE_TTL_MS = 7 * 24 * 3600 * 1000;
/**
 * The cached answer under `key`, if any.
 * @example const hit = await cacheGet(redis, 'eagersmt', cacheKey(hash, assumptions));
 */
export async function cacheGet(redis, prefix, key, acceptTrusted = false) {
    const text = await redis.get(keys(prefix).cache(key));
    if (text === null)
        return undefined;
    try {
        const entry = JSON.parse(text);
        if (entry.status === 'unsat' && (entry.check === 'verified' || (entry.check === 'trusted' && acceptTrusted)))
            return { status: 'unsat', check: entry.check };
        if (entry.status === 'sat' && typeof entry.model === 'string')
            return { status: 'sat', model: entry.model };
    }
    catch {
        // a malformed entry is a miss
    }
    return undefined;
}
/**
 * Stores a definite answer under `key` for `ttlMs`.
 * @example await cachePut(redis, 'eagersmt', key, { status: 'unsat', check: 'verified' });
 */
export async function cachePut(redis, prefix, key, answer, ttlMs = DEFAULT_CACHE_TTL_MS) {
    await redis.set(keys(prefix).cache(key), JSON.stringify(answer), 'PX', ttlMs);
}
//# sourceMappingURL=cache.js.map