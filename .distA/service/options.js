/**
 * The options of the service's client (`--backend service`): kept apart from the scheduler so
 * that choosing the backend, and validating its options, loads neither BullMQ nor ioredis.
 */
import { ContractError } from '../errors.js';
import { optionDefault } from '../options/table.js';
import { validateOptions } from '../options/validate.js';
import { checkRedisUrl } from './redis-url.js';
const MAX_JOBS = 1024;
/**
 * Validates the `service` backend's options record.
 * @example parseServiceOptions({ url: 'redis://127.0.0.1:6379', mode: 'cubes', jobs: '8' }).jobs // 8
 * @throws ContractError naming the bad option.
 */
export function parseServiceOptions(options) {
    validateOptions(['service'], options, "SAT backend 'service'");
    if (typeof options.url !== 'string')
        throw new ContractError("SAT backend 'service' needs a Redis URL (--redis)");
    checkRedisUrl(options.url);
    const mode = options.mode ?? optionDefault('service', 'mode');
    if (mode !== 'portfolio' && mode !== 'cubes')
        throw new ContractError(`--service-mode must be portfolio or cubes, got '${String(mode)}'`);
    const jobs = options.jobs === undefined ? optionDefault('service', 'jobs') : Number(options.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
        throw new ContractError(`--service-jobs must be an integer in [1, ${MAX_JOBS}], got '${String(options.jobs)}'`);
    if (options.prefix !== undefined && (typeof options.prefix !== 'string' || !/^[\w.-]+$/.test(options.prefix)))
        throw new ContractError('the service prefix must be a word');
    return { ...options, mode, jobs };
}
//# sourceMappingURL=options.js.map