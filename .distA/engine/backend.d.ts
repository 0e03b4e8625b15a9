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
import { type BackendChoice } from '../sat/choice.js';
import type { SatSession } from '../sat/session.js';
import { type UnsatChecker } from '../sat/verify.js';
import type { EngineOptions } from './options.js';
/**
 * Sets the checker of external solvers' DRAT proofs (proof/verify-unsat.ts installs it).
 * Without one, an external unsat is `unknown` unless `trustBackend`.
 * @example setUnsatChecker(checkUnsatInWorker);
 */
export declare function setUnsatChecker(checker: UnsatChecker | undefined): void;
/**
 * The validated backend choice of `options`; `proofs`: the backend must write DRAT proofs
 * (by default when `options.proof` is set; a check whose sink certifies asks for them too).
 * @example backendChoice(withDefaults({ backend: 'cadical' })).name // 'cadical'
 * @throws ContractError for contradictory or bad backend options, or a backend without proofs when they are wanted.
 */
export declare function backendChoice(options: EngineOptions, proofs?: boolean): BackendChoice;
/**
 * The SAT session of one check; with `drat`, the backend writes its DRAT proof there. An
 * untrusted backend's unsat is verified (see the module comment).
 * @example const session = openCheckSession(options); session.addFlat(cnf.flat(), cnf.numVars);
 */
export declare function openCheckSession(options: EngineOptions, drat?: string): SatSession;
/**
 * A live SAT session kept across the checks of an assertion stack, when the backend has one
 * (the built-in core without proofs; see engine/incremental.ts); undefined otherwise.
 * @example const live = openLiveSession(withDefaults({})); // the built-in CDCL session
 */
export declare function openLiveSession(options: EngineOptions): SatSession | undefined;
