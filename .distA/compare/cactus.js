/**
 * The cactus plot of a comparison (as in SMT-COMP and the SAT competition): for each solver,
 * its solved runs sorted by time; the n-th point is (n, time of the n-th fastest solve). A line
 * further right solves more, a lower line solves faster. Time is on a log scale (solve times
 * span decades), the count on a linear one up to the number of benchmarks.
 *
 * Each solver is one `<g class="series" data-solver="...">` holding its line and markers, and
 * one legend entry with its solved count.
 */
import { axes, decadeBelow, DASHES, document, el, linearScale, logScale, PALETTE } from './svg.js';
/**
 * The cactus plot as SVG text.
 * @example writeFileSync('cactus.svg', cactusSvg(series, { benchmarks: 82, timeoutS: 20 }));
 */
export function cactusSvg(series, opts) {
    const frame = { width: 760, height: 480, left: 80, right: 580, top: 40, bottom: 420 };
    const all = series.flatMap((s) => s.times);
    const lo = Math.min(decadeBelow(Math.max(1e-3, Math.min(...all, opts.timeoutS))), decadeBelow(opts.timeoutS) / 10);
    const hi = Math.max(opts.timeoutS, ...all);
    const x = linearScale(0, Math.max(1, opts.benchmarks), frame.left, frame.right, true);
    const y = logScale(lo, hi, frame.bottom, frame.top);
    const body = [axes(frame, x, y, 'instances solved', 'wall time (s), log scale')];
    // The time limit.
    body.push(el('line', { x1: frame.left, y1: y(opts.timeoutS), x2: frame.right, y2: y(opts.timeoutS), stroke: '#999', 'stroke-dasharray': '4 4' }));
    body.push(el('text', { x: frame.right - 4, y: y(opts.timeoutS) - 5, 'text-anchor': 'end', fill: '#666' }, `time limit ${opts.timeoutS} s`));
    const legend = [];
    series.forEach((s, i) => {
        const color = PALETTE[i % PALETTE.length];
        const dash = DASHES[i % DASHES.length];
        const times = [...s.times].sort((a, b) => a - b);
        const pts = times.map((t, k) => [x(k + 1), y(t)]);
        const parts = [];
        if (pts.length > 0) {
            const d = pts.map(([px, py], k) => `${k === 0 ? 'M' : 'L'}${Math.round(px * 10) / 10} ${Math.round(py * 10) / 10}`).join(' ');
            parts.push(el('path', { d, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash }));
            if (pts.length <= 300)
                for (const [px, py] of pts)
                    parts.push(el('circle', { cx: px, cy: py, r: 2.5, fill: color }));
        }
        body.push(el('g', { class: 'series', 'data-solver': s.solver, 'data-solved': times.length }, parts));
        const ly = frame.top + 10 + i * 22;
        legend.push(el('g', { 'data-legend': s.solver }, [
            el('line', { x1: frame.right + 20, y1: ly, x2: frame.right + 50, y2: ly, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash }),
            el('text', { x: frame.right + 56, y: ly + 4 }, `${s.solver} (${times.length})`),
        ]));
    });
    body.push(el('g', { class: 'legend' }, legend));
    return document(frame, opts.title ?? `Cactus plot: ${opts.benchmarks} benchmarks, ${opts.timeoutS} s limit`, body);
}
//# sourceMappingURL=cactus.js.map