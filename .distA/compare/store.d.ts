import type { Answer } from './benchmark.js';
import type { Outcome } from './runner.js';
/** One finished run, as stored and as written to runs.json / runs.csv. */
export interface RunRecord {
    key: string;
    solver: string;
    /** The benchmark path when the run was made (updated when a stored run is reused). */
    file: string;
    sha256: string;
    outcome: Outcome;
    /** Why the run is a timeout, memout, error or unknown. */
    reason?: string;
    /** The check-sat answers printed, in order. */
    answers: Answer[];
    timeS: number;
    exitCode: number | null;
    signal: string | null;
    peakMiB?: number;
    argv: string[];
    timeoutS: number;
    memoryMiB?: number;
    /** ISO time at which the run ended. */
    finishedAt: string;
}
/**
 * The key of a run (hex).
 * @example runKey('z3', solverSignature(spec, settings), 10, undefined, info.sha256)
 */
export declare function runKey(solver: string, signature: string, timeoutS: number, memoryMiB: number | undefined, sha256: string): string;
export declare const STORE_FILE = "runs.jsonl";
/** Finished runs by key, backed by an append-only JSON-lines file. */
export declare class RunStore {
    readonly path: string;
    private readonly runs;
    /** Opens (creating) the store in `dir`; with `fresh`, forgets every stored run. */
    constructor(dir: string, fresh: boolean);
    get size(): number;
    get(key: string): RunRecord | undefined;
    /** Records a finished run (appends it to the file at once). */
    put(rec: RunRecord): void;
}
