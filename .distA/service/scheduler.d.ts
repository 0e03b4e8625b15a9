import type { Cnf } from '../cnf/cnf.js';
import type { SatLimits, SatOutcome } from '../sat/backend.js';
import type { ServiceOptions } from './options.js';
/**
 * Solves `cnf` under `assumptions` on the service.
 * Post: a `sat` outcome's model satisfies every clause and assumption.
 * @example const out = await solveOnService(cnf, new Int32Array(0), {}, { url: 'redis://127.0.0.1:6379', mode: 'cubes', jobs: 8 });
 * @throws BackendError when Redis cannot be reached (refused, wrong password, TLS) or the CNF
 *   exceeds the payload limits; solver trouble is `unknown` with a reason, as for any backend.
 */
export declare function solveOnService(cnf: Cnf, assumptions: Int32Array, limits: SatLimits, opts: ServiceOptions): Promise<SatOutcome>;
