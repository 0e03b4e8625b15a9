/**
 * A Redis URL with its password replaced by `***`, for messages.
 * @example redact('redis://eager:secret@host:6379') // 'redis://eager:***@host:6379'
 */
export declare function redact(url: string): string;
/**
 * Checks that `url` is a Redis URL (`redis://` or `rediss://` for TLS).
 * @example checkRedisUrl('rediss://eager:pw@redis.example.org:6380');
 * @throws ContractError otherwise.
 */
export declare function checkRedisUrl(url: string): void;
