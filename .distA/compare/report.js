import { isSolved, isWrong } from './stats.js';
import { esc } from './svg.js';
import { describeDisagreement, tableRows } from './table.js';
/**
 * The report page as HTML text.
 * @example writeFileSync('report.html', reportHtml(input));
 */
export function reportHtml(r) {
    const { head, rows } = tableRows(r.summary.stats);
    const table = '<table class="stats"><thead><tr>' +
        head.map((h) => `<th>${esc(h)}</th>`).join('') +
        '</tr></thead><tbody>' +
        rows.map((row) => '<tr>' + row.map((c, i) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('') + '</tr>').join('') +
        '</tbody></table>';
    const dis = r.summary.disagreements.length === 0
        ? '<p class="ok">No disagreements: no answer contradicts another solver or a benchmark status.</p>'
        : `<div class="alarm"><h2>${r.summary.disagreements.length} disagreement${r.summary.disagreements.length === 1 ? '' : 's'}</h2><ul>` +
            r.summary.disagreements.map((d) => `<li>${esc(describeDisagreement(d))}</li>`).join('') +
            '</ul></div>';
    const byKey = new Map(r.runs.map((run) => [`${run.file}\u0000${run.solver}`, run]));
    const perFile = '<table class="runs"><thead><tr><th>benchmark</th><th>status</th>' +
        r.solvers.map((s) => `<th>${esc(s)}</th>`).join('') +
        '</tr></thead><tbody>' +
        r.benches
            .map((b) => {
            const cells = r.solvers.map((s) => {
                const run = byKey.get(`${b.file}\u0000${s}`);
                if (!run)
                    return '<td class="missing">—</td>';
                const cls = isWrong(run, b) ? 'wrong' : isSolved(run, b) ? 'solved' : 'unsolved';
                const tip = run.reason ? ` title="${esc(run.reason)}"` : '';
                return `<td class="${cls}"${tip}>${esc(run.outcome)} ${run.timeS.toFixed(2)}</td>`;
            });
            return `<tr><td class="file">${esc(b.file)}</td><td>${esc(b.expected.map((e) => e ?? '-').join(' '))}</td>${cells.join('')}</tr>`;
        })
            .join('') +
        '</tbody></table>';
    const scatters = r.scatters.map((s) => `<figure>${s.svg.trim()}<figcaption>${esc(s.a)} (x) against ${esc(s.b)} (y)</figcaption></figure>`).join('');
    const limits = `time limit ${r.timeoutS} s` + (r.memoryMiB !== undefined ? `, memory limit ${r.memoryMiB} MiB` : '');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(r.title)}</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
th { background: #f3f3f3; }
td.file { text-align: left; font-family: monospace; }
td.solved { background: #eaf6ea; }
td.unsolved { color: #888; }
td.wrong { background: #f8d0d0; font-weight: bold; }
.alarm { border: 3px solid #c00; background: #fff0f0; padding: 0.5em 1em; }
.alarm h2 { color: #c00; margin-top: 0.2em; }
.ok { color: #070; }
code { background: #f3f3f3; padding: 2px 4px; }
figure { display: inline-block; margin: 0.5em; }
</style>
</head>
<body>
<h1>${esc(r.title)}</h1>
<p>${r.benches.length} benchmarks, solvers ${r.solvers.map((s) => `<b>${esc(s)}</b>`).join(', ')}; ${esc(limits)}; ${esc(r.date)}.</p>
<p>Reproduce: <code>${esc(r.command)}</code></p>
<p>Solved: every check-sat answered sat/unsat within the limit, without error, and not against the benchmark status. PAR-2: time of a solved run, twice the limit otherwise, summed. Unique: solved by this solver alone.</p>
${table}
${dis}
<h2>Cactus plot</h2>
<figure>${r.cactus.trim()}</figure>
${r.scatters.length > 0 ? `<h2>Scatter plots</h2>\n${scatters}` : ''}
<h2>Runs</h2>
${perFile}
</body>
</html>
`;
}
//# sourceMappingURL=report.js.map