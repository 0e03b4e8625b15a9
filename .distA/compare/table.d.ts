/**
 * The terminal report of a comparison: one row per solver (solved with sat/unsat, wrong,
 * timeouts, memouts, errors, unknowns, PAR-2, total time, unique solves), then the
 * disagreements, impossible to miss.
 */
import type { Disagreement, SolverStats } from './stats.js';
/** Column headers and cell text of the solver table (shared with the HTML report). */
export declare function tableRows(stats: readonly SolverStats[]): {
    head: string[];
    rows: string[][];
};
/**
 * The solver table as aligned text (names left, numbers right).
 * @example process.stdout.write(formatTable(summary.stats));
 */
export declare function formatTable(stats: readonly SolverStats[]): string;
/** One disagreement in words. */
export declare function describeDisagreement(d: Disagreement): string;
/**
 * The disagreement section: empty text when there are none.
 * @example process.stdout.write(formatDisagreements(summary.disagreements));
 */
export declare function formatDisagreements(list: readonly Disagreement[]): string;
