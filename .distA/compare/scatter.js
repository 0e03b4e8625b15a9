/**
 * The pairwise scatter plot of a comparison: one point per benchmark at (time of solver A,
 * time of solver B), both axes logarithmic. A point below the diagonal is a benchmark where B
 * is faster. A run that did not solve (timeout, memout, error, unknown, wrong) is drawn on the
 * border beyond the dashed time-limit line, so that "solved by one only" is visible at a glance.
 *
 * Points are grouped by the benchmark's answer: `<g data-series="sat|unsat|unsolved">`; the axes
 * carry the solver they show (`data-solver`).
 */
import { axes, decadeBelow, document, el, logScale } from './svg.js';
const STYLE = {
    sat: { color: '#1f77b4', label: 'sat' },
    unsat: { color: '#d62728', label: 'unsat' },
    unsolved: { color: '#999999', label: 'neither solved' },
};
/**
 * The scatter plot of solver `a` (x axis) against solver `b` (y axis) as SVG text.
 * @example writeFileSync('scatter-z3-vs-cvc5.svg', scatterSvg('z3', 'cvc5', points, 20));
 */
export function scatterSvg(a, b, points, timeoutS) {
    const frame = { width: 680, height: 560, left: 80, right: 500, top: 40, bottom: 480 };
    const times = points.flatMap((p) => [p.a, p.b]).filter((t) => t !== undefined);
    const lo = Math.min(decadeBelow(Math.max(1e-3, Math.min(...times, timeoutS))), decadeBelow(timeoutS) / 10);
    const hiT = Math.max(timeoutS, ...times);
    // The border: a band past the time limit, 8% of the log range wide.
    const border = 10 ** (Math.log10(hiT) + 0.08 * (Math.log10(hiT) - Math.log10(lo)));
    const x = logScale(lo, border, frame.left, frame.right);
    const y = logScale(lo, border, frame.bottom, frame.top);
    const body = [axes(frame, x, y, `${a}: wall time (s)`, `${b}: wall time (s)`, { xAttrs: { 'data-solver': a }, yAttrs: { 'data-solver': b } })];
    body.push(el('line', { x1: x(lo), y1: y(lo), x2: x(border), y2: y(border), stroke: '#666', 'stroke-width': 1 }));
    body.push(el('line', { x1: x(timeoutS), y1: frame.top, x2: x(timeoutS), y2: frame.bottom, stroke: '#999', 'stroke-dasharray': '4 4' }));
    body.push(el('line', { x1: frame.left, y1: y(timeoutS), x2: frame.right, y2: y(timeoutS), stroke: '#999', 'stroke-dasharray': '4 4' }));
    body.push(el('text', { x: x(border), y: frame.bottom + 18, 'text-anchor': 'middle', fill: '#666' }, 'TO'));
    body.push(el('text', { x: frame.left - 8, y: y(border) + 4, 'text-anchor': 'end', fill: '#666' }, 'TO'));
    const groups = { sat: [], unsat: [], unsolved: [] };
    for (const p of points) {
        const px = x(p.a ?? border);
        const py = y(p.b ?? border);
        const kind = p.answer ?? 'unsolved';
        const title = el('title', {}, `${p.file}: ${a} ${p.a === undefined ? 'unsolved' : p.a.toFixed(2) + ' s'}, ${b} ${p.b === undefined ? 'unsolved' : p.b.toFixed(2) + ' s'}`);
        const color = STYLE[kind].color;
        groups[kind].push(kind === 'unsat'
            ? el('rect', { x: px - 3, y: py - 3, width: 6, height: 6, fill: 'none', stroke: color, 'stroke-width': 1.5 }, [title])
            : el('circle', { cx: px, cy: py, r: 3.5, fill: 'none', stroke: color, 'stroke-width': 1.5 }, [title]));
    }
    const legend = [];
    Object.keys(STYLE).forEach((kind, i) => {
        body.push(el('g', { class: 'series', 'data-series': kind, 'data-points': groups[kind].length }, groups[kind]));
        const ly = frame.top + 12 + i * 20;
        const lx = frame.right + 14;
        const color = STYLE[kind].color;
        legend.push(el('g', { 'data-legend': kind }, [
            kind === 'unsat'
                ? el('rect', { x: lx - 3, y: ly - 3, width: 6, height: 6, fill: 'none', stroke: color, 'stroke-width': 1.5 })
                : el('circle', { cx: lx, cy: ly, r: 3.5, fill: 'none', stroke: color, 'stroke-width': 1.5 }),
            el('text', { x: lx + 10, y: ly + 4 }, `${STYLE[kind].label} (${groups[kind].length})`),
        ]));
    });
    body.push(el('g', { class: 'legend' }, legend));
    return document(frame, `${a} vs ${b} (${points.length} benchmarks, ${timeoutS} s limit)`, body);
}
//# sourceMappingURL=scatter.js.map