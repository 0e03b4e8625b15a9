/**
 * The HTML report of a comparison: one self-contained page (inline CSS and inline SVG, no
 * scripts, nothing fetched) with the settings, the solver table, the disagreements, the cactus
 * plot, the scatter plots, and a per-benchmark table of outcomes and times.
 */
import type { BenchmarkInfo } from './benchmark.js';
import type { Summary } from './stats.js';
import type { RunRecord } from './store.js';
export interface ReportInput {
    title: string;
    /** The command line that produced the results, shown for reproduction. */
    command: string;
    timeoutS: number;
    memoryMiB?: number;
    date: string;
    solvers: string[];
    benches: readonly BenchmarkInfo[];
    runs: readonly RunRecord[];
    summary: Summary;
    cactus: string;
    scatters: {
        a: string;
        b: string;
        svg: string;
    }[];
}
/**
 * The report page as HTML text.
 * @example writeFileSync('report.html', reportHtml(input));
 */
export declare function reportHtml(r: ReportInput): string;
