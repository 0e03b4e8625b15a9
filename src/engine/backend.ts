/**
 * The engine's side of the SAT seam (docs/ARCHITECTURE.md): it sits above both `sat/` and
 * `service/`, so it registers the service's client with the backend registry, resolves the
 * user's backend choice once per options object (the library API calls `backendChoice` up front
 * to validate; each check reuses the result), and opens each check's SAT session.
 */
import { openIncrementalSession, openSession, resolveBackendChoice, type BackendChoice } from '../sat/choice.js';
import { registerBackend } from '../sat/registry.js';
import type { SatSession } from '../sat/session.js';
import { serviceBackend } from '../service/client.js';
import type { EngineOptions } from './options.js';

registerBackend('service', serviceBackend);

/** Choices already resolved, by options object (an options object is not changed once made), without and with proofs. */
const resolved = [new WeakMap<EngineOptions, BackendChoice>(), new WeakMap<EngineOptions, BackendChoice>()];

/**
 * The validated backend choice of `options`; `proofs`: the backend must write DRAT proofs
 * (by default when `options.proof` is set; a check whose sink certifies asks for them too).
 * @example backendChoice(withDefaults({ backend: 'cadical' })).name // 'cadical'
 * @throws ContractError for contradictory or bad backend options, or a backend without proofs when they are wanted.
 */
export function backendChoice(options: EngineOptions, proofs = options.proof !== undefined): BackendChoice {
  const cache = resolved[proofs ? 1 : 0]!;
  let choice = cache.get(options);
  if (!choice) {
    choice = resolveBackendChoice(options, proofs);
    cache.set(options, choice);
  }
  return choice;
}

/**
 * The SAT session of one check; with `drat`, the backend writes its DRAT proof there.
 * @example const session = openCheckSession(options); session.addFlat(cnf.flat(), cnf.numVars);
 */
export function openCheckSession(options: EngineOptions, drat?: string): SatSession {
  return openSession(backendChoice(options, drat !== undefined || options.proof !== undefined), drat);
}

/**
 * A live SAT session kept across the checks of an assertion stack, when the backend has one
 * (the built-in core without proofs; see engine/incremental.ts); undefined otherwise.
 * @example const live = openLiveSession(withDefaults({})); // the built-in CDCL session
 */
export function openLiveSession(options: EngineOptions): SatSession | undefined {
  if (options.proof !== undefined) return undefined;
  return openIncrementalSession(backendChoice(options, false));
}
