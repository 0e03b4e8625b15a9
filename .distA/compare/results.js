import { isSolved, isWrong } from './stats.js';
/** Quotes a CSV field when it holds a comma, a quote or a line break. */
function csvField(v) {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export const CSV_COLUMNS = ['file', 'solver', 'outcome', 'solved', 'wrong', 'answers', 'expected', 'time_s', 'exit_code', 'signal', 'peak_mib', 'reason', 'command'];
/**
 * One CSV row per run, in the order given.
 * @example writeFileSync('runs.csv', runsCsv(runs, benchByFile));
 */
export function runsCsv(runs, benches) {
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
/** The JSON document (pretty-printed). */
export function resultsJson(doc) {
    return JSON.stringify(doc, null, 2) + '\n';
}
//# sourceMappingURL=results.js.map