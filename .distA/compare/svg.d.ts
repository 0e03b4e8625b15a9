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
export declare function esc(text: string): string;
/** A number with at most two decimals, as SVG coordinates are written. */
export declare function num(v: number): string;
type AttrValue = string | number | undefined;
/**
 * One element: `el('line', { x1: 0, y1: 0, x2: 5, y2: 5, stroke: 'black' })`. Children are
 * already-serialised markup; a string child is taken as text and escaped.
 * @example el('text', { x: 10, y: 20 }, 'a < b') // '<text x="10" y="20">a &lt; b</text>'
 */
export declare function el(name: string, attrs: Record<string, AttrValue>, children?: string | string[]): string;
/** Distinct colours (Tableau 10), one per solver in order; dashes tell lines apart in grey print. */
export declare const PALETTE: string[];
export declare const DASHES: (string | undefined)[];
/** A map from data values to pixels along one axis. */
export interface Scale {
    (v: number): number;
    ticks: number[];
    /** Label of a tick value. */
    label: (v: number) => string;
}
/** Step of about `count` ticks over `span`: 1, 2 or 5 times a power of ten. */
export declare function niceStep(span: number, count: number): number;
/**
 * Linear scale from [lo, hi] to pixels [p0, p1], with integer ticks when `integers`.
 * @example const x = linearScale(0, 80, 70, 600, true); x(40) // 335
 */
export declare function linearScale(lo: number, hi: number, p0: number, p1: number, integers?: boolean): Scale;
/**
 * Logarithmic scale from [lo, hi] (both > 0) to pixels; ticks at the powers of ten in range.
 * @example const y = logScale(0.01, 100, 400, 40); y(1) // 220
 */
export declare function logScale(lo: number, hi: number, p0: number, p1: number): Scale;
/** Largest power of ten not above v (v > 0). */
export declare function decadeBelow(v: number): number;
/** The plot area of a figure, in pixels. */
export interface Frame {
    width: number;
    height: number;
    left: number;
    right: number;
    top: number;
    bottom: number;
}
/**
 * Both axes of a plot: frame lines, grid lines, ticks, tick labels and axis titles, each axis a
 * `<g data-axis="x|y">`.
 */
export declare function axes(frame: Frame, x: Scale, y: Scale, xTitle: string, yTitle: string, extra?: {
    xAttrs?: Record<string, AttrValue>;
    yAttrs?: Record<string, AttrValue>;
}): string;
/** The document around a plot: size, font, white background, a title. */
export declare function document(frame: Frame, title: string, body: string[]): string;
export {};
