import type { UnsatVerdict } from '../sat/verify.js';
/** A proof check asked of the worker. */
export interface DratJob {
    /** The clauses, each ended by 0. */
    flat: Int32Array;
    numVars: number;
    assumptions: Int32Array;
    drat: string;
    /** Largest proof file read, bytes. */
    maxBytes: number;
}
/**
 * Checks one job (also callable in the main thread, for tests).
 * @example checkDratJob({ flat: Int32Array.of(1, 0, -1, 0), numVars: 1, assumptions: new Int32Array(0), drat: 'p.drat', maxBytes: 1 << 20 })
 */
export declare function checkDratJob(job: DratJob): UnsatVerdict;
