/**
 * The machine-readable results of a comparison: `runs.csv` (one row per run, RFC 4180
 * quoting) and `results.json` (the settings, every run, the per-solver numbers and the
 * disagreements).
 */
import type { BenchmarkInfo } from './benchmark.js';
import type { Summary } from './stats.js';
import type { RunRecord } from './store.js';
export declare const CSV_COLUMNS: readonly ["file", "solver", "outcome", "solved", "wrong", "answers", "expected", "time_s", "exit_code", "signal", "peak_mib", "reason", "command"];
/**
 * One CSV row per run, in the order given.
 * @example writeFileSync('runs.csv', runsCsv(runs, benchByFile));
 */
export declare function runsCsv(runs: readonly RunRecord[], benches: ReadonlyMap<string, BenchmarkInfo>): string;
export interface ResultsDocument {
    /** How the comparison ran. */
    settings: {
        solvers: {
            name: string;
            command: string[];
        }[];
        timeoutS: number;
        memoryMiB?: number;
        jobs: number;
        produceModels: boolean;
        date: string;
    };
    benchmarks: {
        file: string;
        checkSats: number;
        expected: (string | null)[];
        sha256: string;
        bytes: number;
    }[];
    runs: RunRecord[];
    summary: Summary;
}
/** The JSON document (pretty-printed). */
export declare function resultsJson(doc: ResultsDocument): string;
