/**
 * A `SatSession` over any one-shot backend (the built-in solver in a worker thread, an external
 * program, the distributed service): the session collects the clauses, and each `solve` sends
 * the whole CNF and that solve's assumptions to the backend. Every `sat` model is checked here,
 * exactly once, with the CNF model check of `cnf/check.ts`: a model that falsifies a clause or
 * an assumption is `unknown` with a reason `backend error: <backend>: ...`, never `sat`.
 *
 * Nothing is kept across solves but the clauses (capability `incremental` is false); the
 * built-in solver's own session (`cdcl/session.ts`) is the incremental one.
 */
import { Cnf } from '../cnf/cnf.js';
import type { SatBackend, SatLimits, SatOutcome } from './backend.js';
import { type SatSession } from './session.js';
/**
 * Solves `cnf` under `assumptions` on `backend` and checks a `sat` model against every clause
 * and assumption.
 * Post: a `sat` outcome's model satisfies `cnf` and `assumptions`; otherwise it is `unknown`
 * with a reason `backend error: ...`.
 * @example const out = await solveChecked(createBackend('cadical')!, cnf, new Int32Array(0), { timeoutMs: 1000 });
 */
export declare function solveChecked(backend: SatBackend, cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome>;
/**
 * A session over the one-shot `backend`.
 * @example const s = oneShotSession(createBackend('minisat')!); s.add([1, 2]); await s.solve();
 */
export declare function oneShotSession(backend: SatBackend): SatSession;
