import { describe, expect, it } from 'vitest';
import { cactusSvg } from '../../../src/compare/cactus.js';
import { scatterSvg } from '../../../src/compare/scatter.js';
import { el, linearScale, logScale, niceStep } from '../../../src/compare/svg.js';
import { findAll, parseXml, textOf, type XmlElement } from '../../support/xml-check.js';

const attr = (name: string) => (e: XmlElement) => e.attrs[name] !== undefined;

describe('XML checker (the tests below rely on it)', () => {
  it('accepts well-formed XML and rejects the usual mistakes', () => {
    expect(parseXml('<?xml version="1.0"?><a x="1" y=\'2\'><b/>t &amp; &#60;<!-- c --></a>\n').children).toHaveLength(2);
    for (const bad of ['<a><b></a>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>AT&T</a>', '<a x="<"/>', '<a/><b/>', '<a>', '<!DOCTYPE a><a/>', '<a><!-- x -- y --></a>', 'text'])
      expect(() => parseXml(bad), bad).toThrow(/XML offset/);
  });
});

describe('scales', () => {
  it('uses 1-2-5 steps and powers of ten', () => {
    expect(niceStep(82, 6)).toBe(20);
    expect(niceStep(7, 6)).toBe(2);
    expect(linearScale(0, 82, 0, 100, true).ticks).toEqual([0, 20, 40, 60, 80]);
    expect(linearScale(0, 3, 0, 100, true).ticks).toEqual([0, 1, 2, 3]);
    const y = logScale(0.01, 100, 400, 0);
    expect(y.ticks).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(y(1)).toBeCloseTo(200);
    expect(y.ticks.map(y.label)).toEqual(['0.01', '0.1', '1', '10', '100']);
  });

  it('escapes text and attributes', () => {
    expect(el('text', { 'data-x': 'a"<&>' }, "b's <c>")).toBe(`<text data-x="a&quot;&lt;&amp;&gt;">b&apos;s &lt;c&gt;</text>`);
  });
});

describe('cactus plot', () => {
  const series = [
    { solver: 'eagersmt', times: [0.5, 2.5, 0.7] },
    { solver: 'z3', times: [0.05, 0.1, 0.2, 7] },
    { solver: 'cvc5', times: [] },
  ];
  const root = parseXml(cactusSvg(series, { benchmarks: 5, timeoutS: 10 }));

  it('is self-contained SVG with one series per solver, in order, with its solved runs', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const groups = findAll(root, attr('data-solver'));
    expect(groups.map((g) => g.attrs['data-solver'])).toEqual(['eagersmt', 'z3', 'cvc5']);
    expect(groups.map((g) => findAll(g, (e) => e.name === 'circle').length)).toEqual([3, 4, 0]);
    const path = findAll(groups[1]!, (e) => e.name === 'path')[0]!;
    expect(path.attrs.d!.match(/[ML]/g)).toHaveLength(4);
    expect(findAll(root, (e) => /image|script|use|foreignObject/.test(e.name))).toEqual([]);
  });

  it('draws the fastest solves first: the line rises to the right', () => {
    const d = findAll(findAll(root, attr('data-solver'))[0]!, (e) => e.name === 'path')[0]!.attrs.d!;
    const pts = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (let k = 1; k < pts.length; k++) {
      expect(pts[k]![0]).toBeGreaterThan(pts[k - 1]![0]!);
      expect(pts[k]![1]).toBeLessThan(pts[k - 1]![1]!); // SVG y grows downwards
    }
  });

  it('has axes with ticks and titles, and a legend with solved counts', () => {
    const [x, y] = findAll(root, attr('data-axis'));
    expect(textOf(x!)).toContain('instances solved');
    expect(findAll(x!, (e) => e.name === 'text').map(textOf)).toEqual(expect.arrayContaining(['0', '1', '5']));
    expect(findAll(y!, (e) => e.name === 'text').map(textOf)).toEqual(expect.arrayContaining(['0.01', '0.1', '1', '10']));
    expect(findAll(root, attr('data-legend')).map(textOf)).toEqual(['eagersmt (3)', 'z3 (4)', 'cvc5 (0)']);
  });
});

describe('scatter plot', () => {
  const points = [
    { file: 'a & b.smt2', a: 0.1, b: 1, answer: 'sat' as const },
    { file: 'c.smt2', a: 5, b: undefined, answer: 'unsat' as const },
    { file: 'd.smt2', a: undefined, b: undefined },
  ];
  const svg = scatterSvg('eagersmt', 'z3', points, 10);
  const root = parseXml(svg);

  it('holds one point per benchmark, grouped by answer, and names the solver of each axis', () => {
    const groups = findAll(root, attr('data-series'));
    expect(groups.map((g) => [g.attrs['data-series'], g.children.length])).toEqual([
      ['sat', 1],
      ['unsat', 1],
      ['unsolved', 1],
    ]);
    expect(findAll(root, attr('data-axis')).map((a) => a.attrs['data-solver'])).toEqual(['eagersmt', 'z3']);
    expect(textOf(root)).toContain('a & b.smt2');
  });

  it('puts unsolved runs on the border, beyond the time limit', () => {
    const [sat, unsat, unsolved] = findAll(root, attr('data-series'));
    const circle = (g: XmlElement) => g.children[0] as XmlElement;
    const rect = unsat!.children[0] as XmlElement;
    const border = Number(circle(unsolved!).attrs.cx);
    expect(Number(circle(unsolved!).attrs.cy)).toBeLessThan(Number(circle(sat!).attrs.cy));
    expect(Number(rect.attrs.y) + 3).toBeCloseTo(Number(circle(unsolved!).attrs.cy), 1); // c: z3 unsolved → top border
    expect(Number(rect.attrs.x) + 3).toBeLessThan(border);
    expect(border).toBeGreaterThan(Number(circle(sat!).attrs.cx));
  });
});
