/**
 * The numbers of a comparison, as SMT-COMP reports them.
 *
 * - *Solved*: every check-sat answered `sat`/`unsat` within the limit, without an error, and
 *   no answer contradicting the benchmark's `:status`. A run whose answer contradicts the
 *   status is *wrong*, never solved.
 * - *PAR-2* (penalised average runtime, factor 2): the sum over benchmarks of the wall time of
 *   a solved run and twice the time limit for any other run (SAT competition scoring).
 * - *Unique solves*: benchmarks that this solver solves and no other compared solver does.
 * - *Disagreements*, per benchmark and check-sat: a definite answer that contradicts the
 *   `:status` of that check, or two solvers answering `sat` and `unsat` to the same check. All
 *   printed answers count here, also those of runs that later crashed or timed out.
 * - *Correct answers* (`checks`), as SMT-COMP's incremental track scores: the definite answers
 *   of a run up to its first wrong one, so a script with several checks counts each check.
 * - A *doubtful status*: when at least two solvers answered a check and all of them contradict
 *   its `:status`, the status is reported once, as the benchmark's (`statusDoubtful`), and no
 *   solver is blamed for it (`doubtfulStatuses` clears it before anything is scored).
 */
import type { Answer, BenchmarkInfo } from './benchmark.js';
import type { RunRecord } from './store.js';
export interface SolverStats {
    solver: string;
    runs: number;
    solved: number;
    sat: number;
    unsat: number;
    /** Answers contradicting the benchmark's status. */
    wrong: number;
    timeout: number;
    memout: number;
    error: number;
    unknown: number;
    /** PAR-2 score in seconds (sum, lower is better). */
    par2: number;
    /** Sum of the wall times of all runs, seconds. */
    totalTime: number;
    /** Sum of the wall times of the solved runs, seconds. */
    solvedTime: number;
    unique: number;
    /** Correct definite answers over all checks, up to each run's first wrong answer. */
    checks: number;
}
export interface Disagreement {
    file: string;
    /** 1-based index of the check-sat in the file. */
    check: number;
    expected?: Answer;
    /** Solvers that answered sat / unsat to this check. */
    sat: string[];
    unsat: string[];
    /** Solvers whose answer contradicts the expected status. */
    wrong: string[];
    /** Every solver that answered contradicts the status (at least two did): the status is doubtful. */
    statusDoubtful?: boolean;
}
export interface Summary {
    stats: SolverStats[];
    disagreements: Disagreement[];
}
/** True if the run contradicts an expected status. */
export declare function isWrong(run: RunRecord, bench: BenchmarkInfo): boolean;
/** True if the run counts as solved (see the file comment). */
export declare function isSolved(run: RunRecord, bench: BenchmarkInfo): boolean;
/**
 * The checks whose `:status` every answering solver (at least two) contradicts: reported once
 * each, and the benchmarks with those statuses cleared, so no solver is blamed for them.
 * @example const { benches: scored, doubtful } = doubtfulStatuses(benches, runs);
 */
export declare function doubtfulStatuses(benches: readonly BenchmarkInfo[], runs: readonly RunRecord[]): {
    benches: BenchmarkInfo[];
    doubtful: Disagreement[];
};
/** Correct definite answers of a run, up to its first wrong one. */
export declare function correctAnswers(run: RunRecord, bench: BenchmarkInfo): number;
/**
 * Computes the per-solver numbers and the disagreements. `runs` holds at most one run per
 * solver and benchmark (by sha256 and solver name); a missing run counts as not solved.
 * @example const { stats, disagreements } = summarize(benches, ['z3', 'cvc5'], runs, 10);
 */
export declare function summarize(given: readonly BenchmarkInfo[], solvers: readonly string[], runs: readonly RunRecord[], timeoutS: number): Summary;
