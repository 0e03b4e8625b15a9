import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runComparison, type CompareSettings } from '../../../src/compare/harness.js';
import { EAGERSMT_MAIN, parseSolvers } from '../../../src/compare/solvers.js';
import { findAll, parseXml } from '../../support/xml-check.js';
import { counter, liar, script, tempDir, writeSmallSet } from './fixtures.js';

const quiet = (over: Partial<CompareSettings> & Pick<CompareSettings, 'inputs' | 'solvers' | 'outDir'>): CompareSettings & { log: string[] } => {
  const log: string[] = [];
  return { timeoutS: 20, jobs: 2, out: (s) => log.push(s), err: (s) => log.push(s), log, ...over };
};
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').length : 0);

describe('eagersmt compare with real Z3, cvc5 and eagersmt', () => {
  it('solves a small QF_IDL/QF_LIA set, catches a lying solver and writes every output', { timeout: 60_000 }, async () => {
    expect(existsSync(EAGERSMT_MAIN), 'run npm run build first').toBe(true);
    const dir = tempDir('cmp-real');
    const files = writeSmallSet(join(dir, 'bench'));
    const out = join(dir, 'out');
    const settings = quiet({
      inputs: [join(dir, 'bench')],
      solvers: parseSolvers('eagersmt,z3,cvc5', [`liar=${liar(dir)} {file}`]),
      outDir: out,
      progress: 'lines',
    });
    const r = await runComparison(settings);
    expect(r.benches.map((b) => b.file)).toEqual(files);
    expect(r.runs).toHaveLength(files.length * 4);
    const stat = Object.fromEntries(r.summary.stats.map((s) => [s.solver, s]));
    // Z3 and cvc5 decide everything, eagersmt every difference-logic file (and at most reports LIA as unsupported).
    expect(stat.z3).toMatchObject({ solved: 8, wrong: 0 });
    expect(stat.cvc5).toMatchObject({ solved: 8, wrong: 0 });
    expect(stat.eagersmt!.solved).toBeGreaterThanOrEqual(6);
    expect(stat.eagersmt!.wrong).toBe(0);
    // The liar answers sat everywhere: wrong on the 3 unsat files and on the first check of the incremental one.
    expect(stat.liar).toMatchObject({ wrong: 4, solved: 4 });
    const wrongFiles = r.summary.disagreements.filter((d) => d.wrong.includes('liar')).map((d) => `${d.file.split('/').pop()}#${d.check}`);
    expect(wrongFiles.sort()).toEqual(['idl-unsat-4.smt2#1', 'idl-unsat-9.smt2#1', 'incremental.smt2#1', 'lia-unsat.smt2#1']);
    for (const d of r.summary.disagreements) expect(d.wrong).toEqual(['liar']);
    const text = settings.log.join('');
    expect(text).toMatch(/!! 4 DISAGREEMENTS/);
    expect(text).toMatch(/\[ *1\/32\] /);

    // CSV and JSON of every run.
    expect(lines(join(out, 'runs.csv'))).toBe(33);
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.runs).toHaveLength(32);
    expect(json.summary.disagreements).toHaveLength(4);
    expect(json.settings.solvers.map((s: { name: string }) => s.name)).toEqual(['eagersmt', 'z3', 'cvc5', 'liar']);
    // Plots: the cactus has one series per solver; 6 pairwise scatter plots of 8 points each.
    const cactus = parseXml(readFileSync(join(out, 'cactus.svg'), 'utf8'));
    const series = findAll(cactus, (e) => e.attrs['data-solver'] !== undefined);
    expect(series.map((g) => [g.attrs['data-solver'], Number(g.attrs['data-solved'])])).toEqual([
      ['eagersmt', stat.eagersmt!.solved],
      ['z3', 8],
      ['cvc5', 8],
      ['liar', 4],
    ]);
    for (const pair of ['eagersmt-vs-z3', 'eagersmt-vs-cvc5', 'eagersmt-vs-liar', 'z3-vs-cvc5', 'z3-vs-liar', 'cvc5-vs-liar']) {
      const svg = parseXml(readFileSync(join(out, `scatter-${pair}.svg`), 'utf8'));
      const n = findAll(svg, (e) => e.attrs['data-series'] !== undefined).reduce((k, g) => k + g.children.length, 0);
      expect(n, pair).toBe(8);
    }
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('4 disagreements');
    expect(html.match(/<svg /g)).toHaveLength(7);
    for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g)!) parseXml(svg);
    expect(html).toMatch(/<th>liar<\/th><td>4\/8<\/td>/);
  });

  it('compares real solvers without a disagreement when all are right', { timeout: 60_000 }, async () => {
    const dir = tempDir('cmp-agree');
    writeSmallSet(join(dir, 'bench'));
    const r = await runComparison(quiet({ inputs: [join(dir, 'bench')], solvers: parseSolvers('z3,cvc5', []), outDir: join(dir, 'out'), timeoutS: 10 }));
    expect(r.summary.disagreements).toEqual([]);
    expect(r.summary.stats.map((s) => s.unique)).toEqual([0, 0]);
  });
});

describe('resume', () => {
  it('reuses finished runs, reruns edited files and changed limits, and reruns all with fresh', { timeout: 30_000 }, async () => {
    const dir = tempDir('cmp-resume');
    const files = writeSmallSet(join(dir, 'bench'));
    const count = join(dir, 'count');
    const solvers = parseSolvers(undefined, [`counter=${counter(dir, count)} {file}`]);
    const base = { inputs: [join(dir, 'bench')], solvers, outDir: join(dir, 'out') };
    const first = await runComparison(quiet(base));
    expect(first).toMatchObject({ ran: 8, reused: 0 });
    expect(first.summary.stats[0]).toMatchObject({ solved: 8, wrong: 0 });
    expect(lines(count)).toBe(8);

    const again = quiet({ ...base, progress: 'lines' });
    const second = await runComparison(again);
    expect(second).toMatchObject({ ran: 0, reused: 8 });
    expect(lines(count)).toBe(8);
    expect(second.runs).toEqual(first.runs);
    expect(again.log.join('')).toMatch(/reusing 8 finished runs/);

    writeFileSync(files[0]!, readFileSync(files[0]!, 'utf8') + '; edited\n');
    expect(await runComparison(quiet(base))).toMatchObject({ ran: 1, reused: 7 });
    expect(lines(count)).toBe(9);

    expect(await runComparison(quiet({ ...base, timeoutS: 30 }))).toMatchObject({ ran: 8, reused: 0 });
    expect(lines(count)).toBe(17);

    expect(await runComparison(quiet({ ...base, fresh: true }))).toMatchObject({ ran: 8, reused: 0 });
    expect(lines(count)).toBe(25);
    expect(lines(join(dir, 'out', 'runs.jsonl'))).toBe(8);
  });

  it('keeps the runs finished before an interruption and resumes from them', { timeout: 30_000 }, async () => {
    const dir = tempDir('cmp-abort');
    writeSmallSet(join(dir, 'bench'));
    const count = join(dir, 'count');
    const slow = script(dir, 'slow.sh', `echo run >> '${count}'\nsleep 0.4\necho sat`);
    const ctl = new AbortController();
    const base = { inputs: [join(dir, 'bench')], solvers: parseSolvers(undefined, [`slow=${slow} {file}`]), outDir: join(dir, 'out'), jobs: 1 };
    setTimeout(() => ctl.abort(), 1000);
    const cut = await runComparison(quiet({ ...base, abort: ctl.signal }));
    expect(cut.interrupted).toBe(true);
    expect(cut.ran).toBeGreaterThanOrEqual(1);
    expect(cut.ran).toBeLessThan(8);
    expect(existsSync(join(dir, 'out', 'runs.csv'))).toBe(false);
    const rest = await runComparison(quiet(base));
    expect(rest).toMatchObject({ reused: cut.ran, ran: 8 - cut.ran, interrupted: false });
    expect(existsSync(join(dir, 'out', 'runs.csv'))).toBe(true);
  });
});

describe('memory limit', () => {
  it('counts a solver killed at the memory limit as memout, and records its peak', { timeout: 30_000 }, async () => {
    const dir = tempDir('cmp-mem');
    const bench = join(dir, 'one.smt2');
    writeFileSync(bench, '(set-info :status sat)(check-sat)\n');
    const hog = join(dir, 'hog.mjs');
    writeFileSync(hog, 'const a = []; setInterval(() => a.push(Buffer.alloc(8 << 20, 1)), 10);\n');
    const r = await runComparison(quiet({ inputs: [bench], solvers: parseSolvers('z3', [`hog=${process.execPath} ${hog} {file}`]), outDir: join(dir, 'out'), memoryMiB: 150 }));
    expect(r.summary.stats.map((s) => [s.solver, s.solved, s.memout])).toEqual([
      ['z3', 1, 0],
      ['hog', 0, 1],
    ]);
    expect(r.runs[1]!.peakMiB).toBeGreaterThan(150);
    expect(r.runs[0]!.peakMiB).toBeLessThan(150);
  });
});

describe('bad settings', () => {
  it('reports missing inputs, empty folders and solvers that cannot start', async () => {
    const dir = tempDir('cmp-bad');
    const solvers = parseSolvers('z3', []);
    await expect(runComparison(quiet({ inputs: [join(dir, 'nothing')], solvers, outDir: join(dir, 'o') }))).rejects.toThrow(/cannot read/);
    await expect(runComparison(quiet({ inputs: [dir], solvers, outDir: join(dir, 'o') }))).rejects.toThrow(/no \.smt2 files/);
    await expect(runComparison(quiet({ inputs: [dir], solvers: parseSolvers(undefined, ['x=no-such-solver-xyz']), outDir: join(dir, 'o') }))).rejects.toThrow(/not on PATH/);
    await expect(runComparison(quiet({ inputs: [dir], solvers, outDir: join(dir, 'o'), timeoutS: 0 }))).rejects.toThrow(/time limit must be positive/);
  });
});
