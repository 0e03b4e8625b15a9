/**
 * The service's result cache: definite answers (`sat` with its model, `unsat`) stored in Redis
 * under the hash of the CNF and the set of assumptions (`protocol.ts`, `cacheKey`), so that a
 * repeated query — the same problem solved again, by any client, or a cube that another query
 * already decided — is answered without solving. `unknown` is never cached. Entries expire
 * (default one week) and are read defensively: anything malformed is a miss. A cached model is
 * checked against the CNF by whoever uses it, as every model is, so a stale or forged `sat`
 * entry cannot produce a wrong answer. An `unsat` entry says how it was established (`check`):
 * `verified` (a DRAT proof checked by the worker, or the project's own solver or lookahead) or
 * `trusted` (a worker run with `--trust-backend` took its solver's word); an `unsat` entry
 * without it is a miss, and a `trusted` one is a hit only for a reader that trusts too. Beyond
 * that an entry is trusted as far as the Redis server and its users are (see the README's
 * notes on ACLs).
 */
import type { Redis } from 'ioredis';
/** A cached answer. */
export interface CachedAnswer {
    status: 'sat' | 'unsat';
    /** For `sat`: the model as `packModel` writes it. */
    model?: string;
    /** For `unsat`: how it was established (see the module comment). */
    check?: UnsatCheck;
}
/** How a cached `unsat` was established. */
export type UnsatCheck = 'verified' | 'trusted';
export declare const DEFAULT_CACHE_TTL_MS: number;
/**
 * The cached answer under `key`, if any.
 * @example const hit = await cacheGet(redis, 'eagersmt', cacheKey(hash, assumptions));
 */
export declare function cacheGet(redis: Redis, prefix: string, key: string, acceptTrusted?: boolean): Promise<CachedAnswer | undefined>;
/**
 * Stores a definite answer under `key` for `ttlMs`.
 * @example await cachePut(redis, 'eagersmt', key, { status: 'unsat', check: 'verified' });
 */
export declare function cachePut(redis: Redis, prefix: string, key: string, answer: CachedAnswer, ttlMs?: number): Promise<void>;
