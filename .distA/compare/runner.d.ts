import type { Answer } from './benchmark.js';
import type { MemoryWatch } from './memory.js';
/** How a run ended, as the comparison counts it. */
export type Outcome = 'sat' | 'unsat' | 'unknown' | 'timeout' | 'memout' | 'error';
export interface ProcessResult {
    argv: string[];
    /** The check-sat answers printed, in order. */
    answers: Answer[];
    /** The first `(error ...)` line printed on stdout. */
    errorLine?: string;
    /** The solver printed `timeout` (Z3 when `-T` runs out) or said on stderr that it was interrupted by its limit. */
    saidTimeout: boolean;
    /** The last 4 KB of stderr. */
    stderrTail: string;
    /** Wall-clock seconds from spawn to exit. */
    timeS: number;
    exitCode: number | null;
    signal: string | null;
    /** Set when the harness killed the run. */
    killed?: 'time' | 'memory' | 'interrupt';
    /** Peak resident memory of the process group in MiB (only when a memory limit was watched). */
    peakMiB?: number;
    /** The program could not be started. */
    spawnError?: string;
}
export interface ProcessLimits {
    /** The run's time limit in seconds. */
    timeoutS: number;
    /** Seconds past the limit before the harness kills the process group. */
    graceS: number;
    /** Memory limit in MiB, enforced through `memory`. */
    memoryMiB?: number;
    memory?: MemoryWatch;
    /** Aborts the run (the user interrupted the harness). */
    abort?: AbortSignal;
}
/**
 * Runs `argv` under the limits and collects its answers.
 * @example const r = await runProcess(['z3', '-smt2', '-T:5', 'f.smt2'], { timeoutS: 5, graceS: 2 });
 */
export declare function runProcess(argv: readonly string[], limits: ProcessLimits): Promise<ProcessResult>;
/**
 * Classifies a finished run, in this order: killed for memory → `memout`; killed for time,
 * or longer than the limit, or stopped by its own limit without all answers → `timeout`;
 * not started, an `(error ...)` line, or a non-zero exit or signal → `error`; every check-sat
 * answered sat/unsat → the last answer; otherwise `unknown`. Answers are kept in every case:
 * a wrong `sat` printed before a crash is still a wrong `sat`.
 * @example classify(run, 1, 10) // { outcome: 'unsat' }
 */
export declare function classify(p: ProcessResult, checkSats: number, timeoutS: number): {
    outcome: Outcome;
    reason?: string;
};
