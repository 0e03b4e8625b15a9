/**
 * The engine's side of the SAT seam (docs/ARCHITECTURE.md): it sits above both `sat/` and
 * `service/`, so it registers the service's client with the backend registry, resolves the
 * user's backend choice once per options object (the library API calls `backendChoice` up front
 * to validate; each check reuses the result), and opens each check's SAT session.
 */
import { openSession, resolveBackendChoice, type BackendChoice } from '../sat/choice.js';
import { registerBackend } from '../sat/registry.js';
import type { SatSession } from '../sat/session.js';
import { serviceBackend } from '../service/client.js';
import type { EngineOptions } from './options.js';

registerBackend('service', serviceBackend);

/** Choices already resolved, by options object (an options object is not changed once made). */
const resolved = new WeakMap<EngineOptions, BackendChoice>();

/**
 * The validated backend choice of `options` (DRAT proofs wanted when `options.proof` is set).
 * @example backendChoice(withDefaults({ backend: 'cadical' })).name // 'cadical'
 * @throws ContractError for contradictory or bad backend options, or a backend without proofs under --proof.
 */
export function backendChoice(options: EngineOptions): BackendChoice {
  let choice = resolved.get(options);
  if (!choice) {
    choice = resolveBackendChoice(options, options.proof !== undefined);
    resolved.set(options, choice);
  }
  return choice;
}

/**
 * The SAT session of one check; with `drat`, the backend writes its DRAT proof there.
 * @example const session = openCheckSession(options); session.addFlat(cnf.flat(), cnf.numVars);
 */
export function openCheckSession(options: EngineOptions, drat?: string): SatSession {
  return openSession(backendChoice(options), drat);
}
