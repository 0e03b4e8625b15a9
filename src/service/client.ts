/**
 * The `service` SAT backend: solving on the distributed service, i.e. on `eagersmt worker`
 * processes that share a Redis. This module is the glue between the backend registry of
 * `sat/registry.ts` and `scheduler.ts`, which it loads only when a solve starts, so that BullMQ
 * and ioredis cost nothing to runs that do not use them. `sat/` never imports the service: the
 * engine registers `serviceBackend` (see docs/ARCHITECTURE.md).
 *
 * Options: `url` (required), `mode` (`portfolio` or `cubes`), `jobs`, and the scheduler's
 * tuning knobs (see `ServiceOptions`). Connection trouble — refused, wrong password, TLS — and
 * a CNF over the payload limits are thrown as `BackendError` (the script interpreter reports
 * them and answers `unknown`): they are the user's setup to fix, not the solver's trouble.
 */
import type { Cnf } from '../cnf/cnf.js';
import type { BackendSpec, SatBackend, SatCapabilities, SatLimits, SatOutcome } from '../sat/backend.js';
import { parseServiceOptions, type ServiceOptions } from './options.js';

class ServiceBackend implements SatBackend {
  readonly name = 'service';
  readonly capabilities: SatCapabilities = { assumptions: true, proofs: false };

  constructor(private readonly opts: ServiceOptions) {}

  async solve(cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome> {
    if (limits.signal?.aborted) return { status: 'unknown', reason: 'canceled' };
    if (limits.timeoutMs !== undefined && limits.timeoutMs <= 0) return { status: 'unknown', reason: 'timeout' };
    const { solveOnService } = await import('./scheduler.js');
    return solveOnService(cnf, assumptions, limits, this.opts);
  }
}

/**
 * The `service` backend's registry entry (it writes no proofs).
 * @example registerBackend('service', serviceBackend);
 */
export const serviceBackend: BackendSpec<ServiceOptions> = {
  parse: parseServiceOptions,
  noProofs: () => "SAT backend 'service' writes no proofs",
  create: (options) => new ServiceBackend(options),
  // The workers verify every unsat before they answer or cache it (worker.ts); a worker that
  // trusts its solver marks the answer, and the scheduler reports such an unsat only when the
  // client trusts too.
  trusted: true,
};
