import { type SatSession } from '../session.js';
import type { CdclOptions } from './options.js';
import { type ProofTracer } from './solver.js';
/** Options of a CDCL session. */
export interface CdclSessionOptions {
    /** Solver options (see `options.ts`). */
    cdcl?: Partial<CdclOptions>;
    /** Receives every learnt and deleted clause (e.g. a `DratWriter`). */
    proof?: ProofTracer;
}
/**
 * A session on a fresh built-in CDCL solver, kept alive across solves.
 * @example
 * const s = cdclSession();
 * s.add([1, 2]); await s.solve();          // 'sat'
 * s.add([-1]); s.assume([-2]); await s.solve(); // 'unsat', s.failed(-2) === true
 */
export declare function cdclSession(options?: CdclSessionOptions): SatSession;
