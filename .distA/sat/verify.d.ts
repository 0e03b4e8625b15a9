import type { Cnf } from '../cnf/cnf.js';
import type { BackendSpec, SatBackend, SatLimits } from './backend.js';
/** The verdict of an unsat check: accepted, or why not. */
export type UnsatVerdict = {
    ok: true;
} | {
    ok: false;
    reason: string;
};
/**
 * Checks that the DRAT proof in `dratFile` refutes `cnf` with `assumptions` as unit clauses,
 * within `limits` (a check that runs out is `{ ok: false, reason: 'timeout' }`). Never throws.
 */
export type UnsatChecker = (cnf: Cnf, assumptions: Int32Array, dratFile: string, limits: SatLimits) => Promise<UnsatVerdict>;
/** How unsat answers of an untrusted backend are treated. */
export interface UnsatPolicy {
    /** The proof checker; without one, no unsat of an untrusted backend can be verified. */
    checker?: UnsatChecker;
    /** Report an unverified unsat anyway (`--trust-backend`): the guarantee is given up. */
    trust?: boolean;
    /** Where a proof the user asked for goes (`--proof`); otherwise a temporary file per solve. */
    proof?: string;
    /** Folder of the temporary proof files; default the system's. */
    tmpDir?: string;
}
/**
 * The backend of `spec` with `options`, under `policy`: a trusted spec's backend as it is; an
 * untrusted one whose unsat answers are verified as the module comment says.
 * Post: an `unsat` outcome came from a trusted backend, a checked DRAT proof, or `policy.trust`.
 * @example const b = verifiedBackend(presetBackends.cadical!, {}, { checker }); await b.solve(cnf, new Int32Array(0), {});
 */
export declare function verifiedBackend<O>(spec: BackendSpec<O>, options: O, policy: UnsatPolicy): SatBackend;
