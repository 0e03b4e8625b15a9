/**
 * Redis URLs: the check that a URL names a Redis (`redis://`, or `rediss://` for TLS), and
 * the redaction of its password for messages. Shared by the client's options and the wire
 * protocol's connection, below both.
 */
import { ContractError } from '../errors.js';
/**
 * A Redis URL with its password replaced by `***`, for messages.
 * @example redact('redis://eager:secret@host:6379') // 'redis://eager:***@host:6379'
 */
export function redact(url) {
    return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}
/**
 * Checks that `url` is a Redis URL (`redis://` or `rediss://` for TLS).
 * @example checkRedisUrl('rediss://eager:pw@redis.example.org:6380');
 * @throws ContractError otherwise.
 */
export function checkRedisUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new ContractError(`'${redact(url)}' is not a URL (expected redis://[user:password@]host:port or rediss://... for TLS)`);
    }
    if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
        throw new ContractError(`'${redact(url)}' is not a Redis URL (expected redis:// or rediss://)`);
    }
}
//# sourceMappingURL=redis-url.js.map