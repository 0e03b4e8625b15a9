/**
 * The engine's side of the SAT seam (docs/ARCHITECTURE.md): it sits above both `sat/` and
 * `service/`, so it registers the service's client with the backend registry, resolves the
 * user's backend choice once per options object (the library API calls `backendChoice` up front
 * to validate; each check reuses the result), and opens each check's SAT session.
 *
 * Every session's backend is wrapped by `verifiedBackend` (sat/verify.ts): an external solver's
 * `unsat` is reported only with a DRAT proof that the injected checker accepted (the proof
 * checker of `proof/`, which sits above the engine, installed by the composition roots through
 * `setUnsatChecker`), or with `trustBackend`.
 */
import { openIncrementalSession, resolveBackendChoice, type BackendChoice } from '../sat/choice.js';
import { oneShotSession } from '../sat/oneshot-session.js';
import { registerBackend } from '../sat/registry.js';
import type { SatSession } from '../sat/session.js';
import { verifiedBackend, type UnsatChecker } from '../sat/verify.js';
import { ContractError } from '../errors.js';
import { serviceBackend } from '../service/client.js';
import type { EngineOptions } from './options.js';

registerBackend('service', serviceBackend);

/** Choices already resolved, by options object (an options object is not changed once made), without and with proofs. */
const resolved = [new WeakMap<EngineOptions, BackendChoice>(), new WeakMap<EngineOptions, BackendChoice>()];

let unsatChecker: UnsatChecker | undefined;

/**
 * Sets the checker of external solvers' DRAT proofs (proof/verify-unsat.ts installs it).
 * Without one, an external unsat is `unknown` unless `trustBackend`.
 * @example setUnsatChecker(checkUnsatInWorker);
 */
export function setUnsatChecker(checker: UnsatChecker | undefined): void {
  unsatChecker = checker;
}

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
 * The SAT session of one check; with `drat`, the backend writes its DRAT proof there. An
 * untrusted backend's unsat is verified (see the module comment).
 * @example const session = openCheckSession(options); session.addFlat(cnf.flat(), cnf.numVars);
 */
export function openCheckSession(options: EngineOptions, drat?: string): SatSession {
  const choice = backendChoice(options, drat !== undefined || options.proof !== undefined);
  if (drat !== undefined && !choice.proofs) throw new ContractError(`the SAT backend choice '${choice.name}' was not resolved for proofs`);
  const backend = verifiedBackend(choice.spec, choice.options, { checker: unsatChecker, trust: options.trustBackend === true, proof: drat });
  return oneShotSession(backend);
}

/**
 * A live SAT session kept across the checks of an assertion stack, when the backend has one
 * (the built-in core without proofs; see engine/incremental.ts); undefined otherwise. With
 * `oneShot`, a session for one check: its CNF is simplified before the search.
 * @example const live = openLiveSession(withDefaults({})); // the built-in CDCL session
 */
export function openLiveSession(options: EngineOptions, oneShot = false): SatSession | undefined {
  if (options.proof !== undefined) return undefined;
  return openIncrementalSession(backendChoice(options, false), oneShot);
}
