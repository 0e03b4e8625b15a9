/** Column headers and cell text of the solver table (shared with the HTML report). */
export function tableRows(stats) {
    const head = ['solver', 'solved', 'sat', 'unsat', 'wrong', 'timeout', 'memout', 'error', 'unknown', 'PAR-2 (s)', 'time (s)', 'unique'];
    const rows = stats.map((s) => [
        s.solver,
        `${s.solved}/${s.runs}`,
        String(s.sat),
        String(s.unsat),
        String(s.wrong),
        String(s.timeout),
        String(s.memout),
        String(s.error),
        String(s.unknown),
        s.par2.toFixed(1),
        s.totalTime.toFixed(1),
        String(s.unique),
    ]);
    return { head, rows };
}
/**
 * The solver table as aligned text (names left, numbers right).
 * @example process.stdout.write(formatTable(summary.stats));
 */
export function formatTable(stats) {
    const { head, rows } = tableRows(stats);
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
/** One disagreement in words. */
export function describeDisagreement(d) {
    const parts = [];
    if (d.expected === 'sat' || d.expected === 'unsat')
        parts.push(`status ${d.expected}`);
    if (d.sat.length > 0)
        parts.push(`sat: ${d.sat.join(', ')}`);
    if (d.unsat.length > 0)
        parts.push(`unsat: ${d.unsat.join(', ')}`);
    const wrong = d.statusDoubtful ? " — the benchmark's :status is doubtful: every solver that answered contradicts it" : d.wrong.length > 0 ? ` — wrong: ${d.wrong.join(', ')}` : '';
    return `${d.file} check-sat #${d.check}: ${parts.join('; ')}${wrong}`;
}
/**
 * The disagreement section: empty text when there are none.
 * @example process.stdout.write(formatDisagreements(summary.disagreements));
 */
export function formatDisagreements(list) {
    if (list.length === 0)
        return '';
    const bar = '!'.repeat(72);
    return [bar, `!! ${list.length} DISAGREEMENT${list.length === 1 ? '' : 'S'}`, ...list.map((d) => `!! ${describeDisagreement(d)}`), bar].join('\n') + '\n';
}
//# sourceMappingURL=table.js.map