/**
 * A small SVG writer for the comparison plots: elements as strings with escaped attributes,
 * linear and logarithmic scales with readable ticks, the colour palette, and the axis drawing
 * shared by the cactus and scatter plots. The output is self-contained SVG 1.1 (no scripts,
 * no external fonts or style sheets) that parses as XML.
 *
 * Linear ticks use the usual 1-2-5 steps (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems 1990); logarithmic ticks are the powers of ten in range.
 */
/** Escapes text for XML content and attribute values. */
export function esc(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
/** A number with at most two decimals, as SVG coordinates are written. */
export function num(v) {
    return String(Math.round(v * 100) / 100);
}
/**
 * One element: `el('line', { x1: 0, y1: 0, x2: 5, y2: 5, stroke: 'black' })`. Children are
 * already-serialised markup; a string child is taken as text and escaped.
 * @example el('text', { x: 10, y: 20 }, 'a < b') // '<text x="10" y="20">a &lt; b</text>'
 */
export function el(name, attrs, children) {
    const a = Object.entries(attrs)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? num(v) : v)}"`)
        .join('');
    if (children === undefined || (Array.isArray(children) && children.length === 0))
        return `<${name}${a}/>`;
    const body = typeof children === 'string' ? esc(children) : children.join('');
    return `<${name}${a}>${body}</${name}>`;
}
/** Distinct colours (Tableau 10), one per solver in order; dashes tell lines apart in grey print. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
export const DASHES = [undefined, '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
/** Step of about `count` ticks over `span`: 1, 2 or 5 times a power of ten. */
export function niceStep(span, count) {
    if (!(span > 0))
        return 1;
    const raw = span / count;
    const p = 10 ** Math.floor(Math.log10(raw));
    const f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}
/** Formats a tick value without floating-point noise: 0.1, 2, 1000, 2.5. */
function tickLabel(v) {
    return String(Number(v.toPrecision(6)));
}
/**
 * Linear scale from [lo, hi] to pixels [p0, p1], with integer ticks when `integers`.
 * @example const x = linearScale(0, 80, 70, 600, true); x(40) // 335
 */
export function linearScale(lo, hi, p0, p1, integers = false) {
    const span = hi - lo || 1;
    const f = ((v) => p0 + ((v - lo) / span) * (p1 - p0));
    let step = niceStep(span, 6);
    if (integers)
        step = Math.max(1, Math.round(step));
    f.ticks = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * span; t += step)
        f.ticks.push(Number(t.toPrecision(12)));
    f.label = tickLabel;
    return f;
}
/**
 * Logarithmic scale from [lo, hi] (both > 0) to pixels; ticks at the powers of ten in range.
 * @example const y = logScale(0.01, 100, 400, 40); y(1) // 220
 */
export function logScale(lo, hi, p0, p1) {
    const l0 = Math.log10(lo);
    const span = Math.log10(hi) - l0 || 1;
    const f = ((v) => p0 + ((Math.log10(Math.max(v, lo)) - l0) / span) * (p1 - p0));
    f.ticks = [];
    for (let e = Math.ceil(l0 - 1e-9); e <= Math.log10(hi) + 1e-9; e++)
        f.ticks.push(10 ** e);
    f.label = tickLabel;
    return f;
}
/** Largest power of ten not above v (v > 0). */
export function decadeBelow(v) {
    return 10 ** Math.floor(Math.log10(v) + 1e-9);
}
/**
 * Both axes of a plot: frame lines, grid lines, ticks, tick labels and axis titles, each axis a
 * `<g data-axis="x|y">`.
 */
export function axes(frame, x, y, xTitle, yTitle, extra = {}) {
    const { left, right, top, bottom } = frame;
    const xs = [];
    for (const t of x.ticks) {
        const px = x(t);
        xs.push(el('line', { x1: px, y1: top, x2: px, y2: bottom, stroke: '#e5e5e5' }));
        xs.push(el('line', { x1: px, y1: bottom, x2: px, y2: bottom + 5, stroke: '#333' }));
        xs.push(el('text', { x: px, y: bottom + 18, 'text-anchor': 'middle' }, x.label(t)));
    }
    xs.push(el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: '#333' }));
    xs.push(el('text', { x: (left + right) / 2, y: bottom + 40, 'text-anchor': 'middle', 'font-weight': 'bold' }, xTitle));
    const ys = [];
    for (const t of y.ticks) {
        const py = y(t);
        ys.push(el('line', { x1: left, y1: py, x2: right, y2: py, stroke: '#e5e5e5' }));
        ys.push(el('line', { x1: left - 5, y1: py, x2: left, y2: py, stroke: '#333' }));
        ys.push(el('text', { x: left - 8, y: py + 4, 'text-anchor': 'end' }, y.label(t)));
    }
    ys.push(el('line', { x1: left, y1: top, x2: left, y2: bottom, stroke: '#333' }));
    const cy = (top + bottom) / 2;
    ys.push(el('text', { x: left - 52, y: cy, 'text-anchor': 'middle', 'font-weight': 'bold', transform: `rotate(-90 ${num(left - 52)} ${num(cy)})` }, yTitle));
    return el('g', { 'data-axis': 'x', ...extra.xAttrs }, xs) + el('g', { 'data-axis': 'y', ...extra.yAttrs }, ys);
}
/** The document around a plot: size, font, white background, a title. */
export function document(frame, title, body) {
    return (el('svg', {
        xmlns: 'http://www.w3.org/2000/svg',
        width: frame.width,
        height: frame.height,
        viewBox: `0 0 ${frame.width} ${frame.height}`,
        'font-family': 'Helvetica, Arial, sans-serif',
        'font-size': 12,
    }, [el('title', {}, title), el('rect', { x: 0, y: 0, width: frame.width, height: frame.height, fill: 'white' }), el('text', { x: frame.width / 2, y: 22, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold' }, title), ...body]) + '\n');
}
//# sourceMappingURL=svg.js.map