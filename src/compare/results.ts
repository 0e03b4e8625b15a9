/**
 * The machine-readable results of a comparison: `runs.csv` (one row per run, RFC 4180
 * quoting) and `results.json` (the settings, every run, the per-solver numbers and the
 * disagreements).
 */
import type { BenchmarkInfo } from './benchmark.js';
import type { Summary } from './stats.js';
import { isSolved, isWrong } from './stats.js';
import type { RunRecord } from './store.js';

/** Quotes a CSV field when it holds a comma, a quote or a line break. */
function csvField(v: string | number | undefined | null): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const CSV_COLUMNS = ['file', 'solver', 'outcome', 'solved', 'wrong', 'answers', 'expected', 'time_s', 'exit_code', 'signal', 'peak_mib', 'reason', 'command'] as const;

/**
 * One CSV row per run, in the order given.
 * @example writeFileSync('runs.csv', runsCsv(runs, benchByFile));
 */
export function runsCsv(runs: readonly RunRecord[], benches: ReadonlyMap<string, BenchmarkInfo>): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of runs) {
    const b = benches.get(r.file);
    const row = [
      r.file,
      r.solver,
      r.outcome,
      b && isSolved(r, b) ? 1 : 0,
      b && isWrong(r, b) ? 1 : 0,
      r.answers.join(' '),
      b ? b.expected.map((e) => e ?? '-').join(' ') : '',
      r.timeS.toFixed(3),
      r.exitCode,
      r.signal,
      r.peakMiB === undefined ? '' : r.peakMiB.toFixed(1),
      r.reason,
      r.argv.join(' '),
    ];
    lines.push(row.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

export interface ResultsDocument {
  /** How the comparison ran. */
  settings: { solvers: { name: string; command: string[] }[]; timeoutS: number; memoryMiB?: number; jobs: number; produceModels: boolean; date: string };
  benchmarks: { file: string; checkSats: number; expected: (string | null)[]; sha256: string; bytes: number }[];
  runs: RunRecord[];
  summary: Summary;
}

/** The JSON document (pretty-printed). */
export function resultsJson(doc: ResultsDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
