import { type BenchmarkInfo } from './benchmark.js';
import { type ProgressMode } from './progress.js';
import { type SolverSpec } from './solvers.js';
import { type Summary } from './stats.js';
import { type RunRecord } from './store.js';
export interface CompareSettings {
    /** Benchmark files and folders. */
    inputs: string[];
    solvers: SolverSpec[];
    /** Wall-clock limit per run, seconds. */
    timeoutS: number;
    /** Memory limit per run (resident memory of the process group), MiB. */
    memoryMiB?: number;
    /** Runs at a time (default: the number of cores). */
    jobs?: number;
    /** Output folder. */
    outDir: string;
    /** Forget stored runs and run everything again. */
    fresh?: boolean;
    /** Ask the solvers to produce models (cvc5 `--produce-models`, Z3 `model=true`). */
    produceModels?: boolean;
    /** Seconds past the limit before a run is killed (default 2). */
    graceS?: number;
    progress?: ProgressMode;
    /** Standard output (table) and standard error (progress, notes). */
    out: (s: string) => void;
    err: (s: string) => void;
    /** The command line, shown in the report for reproduction. */
    command?: string;
    abort?: AbortSignal;
}
export interface CompareResult {
    benches: BenchmarkInfo[];
    runs: RunRecord[];
    summary: Summary;
    /** Runs taken from the store / run now. */
    reused: number;
    ran: number;
    interrupted: boolean;
    /** Files written. */
    written: string[];
}
/**
 * Runs a comparison. Throws ContractError for bad settings (no files, a solver that cannot be
 * started, a memory limit where it cannot be enforced).
 * @example
 * const r = await runComparison({ inputs: ['bench/'], solvers: parseSolvers('z3,cvc5', []), timeoutS: 10,
 *   outDir: 'out', out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
 * process.exitCode = r.summary.disagreements.length > 0 ? 3 : 0;
 */
export declare function runComparison(s: CompareSettings): Promise<CompareResult>;
