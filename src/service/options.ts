/**
 * The options of the service's client (`--backend service`): kept apart from the scheduler so
 * that choosing the backend, and validating its options, loads neither BullMQ nor ioredis.
 */
import { ContractError } from '../errors.js';
import { optionDefault } from '../options/table.js';
import { validateOptions } from '../options/validate.js';
import type { PayloadLimits } from './protocol.js';
import { checkRedisUrl } from './redis-url.js';

export type ServiceMode = 'portfolio' | 'cubes';

/** Options of `solveOnService` (the `service` backend's options). */
export interface ServiceOptions {
  /** Redis URL. */
  url: string;
  mode?: ServiceMode;
  /** Portfolio members or cubes. Default 4. */
  jobs?: number;
  prefix?: string;
  limits?: PayloadLimits;
  /** Lifetime of the client's heartbeat, ms: jobs of a client silent this long expire. Default 15000. */
  aliveTtlMs?: number;
  /** Period of reconciliation with the queue, ms. Default 2000. */
  reconcileMs?: number;
  cacheTtlMs?: number;
  /** Lookahead budget for cubes, ms. Default 2000. */
  lookaheadMs?: number;
}

const MAX_JOBS = 1024;

/**
 * Validates the `service` backend's options record.
 * @example parseServiceOptions({ url: 'redis://127.0.0.1:6379', mode: 'cubes', jobs: '8' }).jobs // 8
 * @throws ContractError naming the bad option.
 */
export function parseServiceOptions(options: Readonly<Record<string, unknown>>): ServiceOptions {
  validateOptions(['service'], options, "SAT backend 'service'");
  if (typeof options.url !== 'string') throw new ContractError("SAT backend 'service' needs a Redis URL (--redis)");
  checkRedisUrl(options.url);
  const mode = options.mode ?? optionDefault('service', 'mode');
  if (mode !== 'portfolio' && mode !== 'cubes') throw new ContractError(`--service-mode must be portfolio or cubes, got '${String(mode)}'`);
  const jobs = options.jobs === undefined ? optionDefault('service', 'jobs') : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new ContractError(`--service-jobs must be an integer in [1, ${MAX_JOBS}], got '${String(options.jobs)}'`);
  if (options.prefix !== undefined && (typeof options.prefix !== 'string' || !/^[\w.-]+$/.test(options.prefix))) throw new ContractError('the service prefix must be a word');
  return { ...(options as unknown as ServiceOptions), mode, jobs };
}
