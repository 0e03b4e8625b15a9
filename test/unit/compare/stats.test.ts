import { describe, expect, it } from 'vitest';
import type { Answer, BenchmarkInfo } from '../../../src/compare/benchmark.js';
import { runsCsv } from '../../../src/compare/results.js';
import type { Outcome } from '../../../src/compare/runner.js';
import { summarize } from '../../../src/compare/stats.js';
import type { RunRecord } from '../../../src/compare/store.js';
import { formatDisagreements, formatTable } from '../../../src/compare/table.js';

const bench = (file: string, expected: (Answer | undefined)[]): BenchmarkInfo => ({ file, checkSats: expected.length, expected, incremental: expected.length > 1, sha256: file, bytes: 1 });
const run = (solver: string, file: string, outcome: Outcome, timeS: number, answers: Answer[] = outcome === 'sat' || outcome === 'unsat' ? [outcome] : []): RunRecord => ({
  key: `${solver}/${file}`,
  solver,
  file,
  sha256: file,
  outcome,
  answers,
  timeS,
  exitCode: 0,
  signal: null,
  argv: [solver, file],
  timeoutS: 10,
  finishedAt: '2026-01-01T00:00:00.000Z',
});

describe('summarize', () => {
  const benches = [bench('a', ['sat']), bench('b', ['unsat']), bench('c', [undefined]), bench('d', ['sat'])];
  const runs = [
    run('x', 'a', 'sat', 1),
    run('y', 'a', 'sat', 2),
    run('x', 'b', 'unsat', 3),
    run('y', 'b', 'timeout', 10.5),
    run('x', 'c', 'error', 0.1, ['sat']),
    run('y', 'c', 'unsat', 4),
    run('x', 'd', 'memout', 2),
    run('y', 'd', 'unsat', 0.5),
  ];
  const { stats, disagreements } = summarize(benches, ['x', 'y'], runs, 10);
  const [x, y] = stats;

  it('counts solved, sat/unsat, timeouts, memouts, errors and wrong answers per solver', () => {
    expect(x).toMatchObject({ runs: 4, solved: 2, sat: 1, unsat: 1, wrong: 0, timeout: 0, memout: 1, error: 1, unknown: 0, unique: 1 });
    // y's unsat on d contradicts the status sat: wrong, not solved.
    expect(y).toMatchObject({ runs: 4, solved: 2, sat: 1, unsat: 1, wrong: 1, timeout: 1, memout: 0, error: 0, unique: 1 });
  });

  it('computes PAR-2 with twice the limit for every unsolved run, and the total time', () => {
    expect(x!.par2).toBeCloseTo(1 + 3 + 20 + 20);
    expect(y!.par2).toBeCloseTo(2 + 20 + 4 + 20);
    expect(x!.totalTime).toBeCloseTo(6.1);
    expect(y!.totalTime).toBeCloseTo(17);
  });

  it('lists disagreements against the status and between solvers, with the answers of crashed runs', () => {
    expect(disagreements).toEqual([
      { file: 'c', check: 1, expected: undefined, sat: ['x'], unsat: ['y'], wrong: [] },
      { file: 'd', check: 1, expected: 'sat', sat: [], unsat: ['y'], wrong: ['y'] },
    ]);
    const text = formatDisagreements(disagreements);
    expect(text).toMatch(/!! 2 DISAGREEMENTS/);
    expect(text).toContain('!! d check-sat #1: status sat; unsat: y — wrong: y');
    expect(formatDisagreements([])).toBe('');
  });

  it('compares every check-sat of a file in order', () => {
    const inc = [bench('i', ['unsat', 'sat'])];
    const r = summarize(inc, ['p', 'q'], [run('p', 'i', 'sat', 1, ['unsat', 'sat']), run('q', 'i', 'unsat', 1, ['unsat', 'unsat'])], 10);
    expect(r.disagreements).toEqual([{ file: 'i', check: 2, expected: 'sat', sat: ['p'], unsat: ['q'], wrong: ['q'] }]);
    expect(r.stats.map((s) => s.solved)).toEqual([1, 0]);
  });

  it('counts a missing run as unsolved', () => {
    const r = summarize([bench('a', ['sat'])], ['x', 'y'], [run('x', 'a', 'sat', 1)], 10);
    expect(r.stats[1]).toMatchObject({ runs: 0, solved: 0, par2: 20 });
    expect(r.stats[0]).toMatchObject({ unique: 1 });
  });
});

describe('table and CSV', () => {
  it('prints one aligned row per solver', () => {
    const { stats } = summarize([bench('a', ['sat'])], ['z3', 'eagersmt'], [run('z3', 'a', 'sat', 1.25), run('eagersmt', 'a', 'timeout', 11)], 10);
    const lines = formatTable(stats).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^solver\s+solved\s+sat\s+unsat\s+wrong\s+timeout\s+memout\s+error\s+unknown\s+PAR-2 \(s\)\s+time \(s\)\s+unique$/);
    expect(lines[2]!.split(/\s+/)).toEqual(['z3', '1/1', '1', '0', '0', '0', '0', '0', '0', '1.3', '1.3', '1']);
    expect(lines[3]!.split(/\s+/)).toEqual(['eagersmt', '0/1', '0', '0', '0', '1', '0', '0', '0', '20.0', '11.0', '0']);
    expect(new Set(lines.map((l) => l.length)).size).toBeLessThanOrEqual(2);
  });

  it('writes one CSV row per run and quotes fields with commas and quotes', () => {
    const b = bench('dir,x/a "q".smt2', ['sat']);
    const r = { ...run('z3', b.file, 'error', 0.5, ['sat']), reason: '(error "bad, very")' };
    const csv = runsCsv([r], new Map([[b.file, b]]));
    const [head, row] = csv.trimEnd().split('\n');
    expect(head).toBe('file,solver,outcome,solved,wrong,answers,expected,time_s,exit_code,signal,peak_mib,reason,command');
    expect(row).toBe(`"dir,x/a ""q"".smt2",z3,error,0,0,sat,sat,0.500,0,,,"(error ""bad, very"")","z3 dir,x/a ""q"".smt2"`);
  });
});

describe('doubtful statuses and per-check scoring', () => {
  const bench = (file: string, expected: ('sat' | 'unsat' | undefined)[]) => ({ file, checkSats: expected.length, expected, incremental: expected.length > 1, models: false, sha256: file, bytes: 1 });
  const run = (file: string, solver: string, answers: string[]) =>
    ({ file, solver, outcome: answers.every((a) => a === 'sat' || a === 'unsat') ? answers[answers.length - 1] : 'unknown', answers, timeS: 1, exitCode: 0, signal: null, reason: '', argv: [], sha256: file }) as never;

  it('a :status every answering solver contradicts is reported once, as the benchmark\'s, and blames no solver', async () => {
    const { summarize } = await import('../../../src/compare/stats.js');
    const b = bench('f.smt2', ['sat']);
    const s = summarize([b], ['z3', 'cvc5', 'eagersmt'], [run('f.smt2', 'z3', ['unsat']), run('f.smt2', 'cvc5', ['unsat']), run('f.smt2', 'eagersmt', ['unsat'])], 10);
    expect(s.disagreements).toEqual([{ file: 'f.smt2', check: 1, expected: 'sat', sat: [], unsat: ['z3', 'cvc5', 'eagersmt'], wrong: [], statusDoubtful: true }]);
    expect(s.stats.map((x) => x.wrong)).toEqual([0, 0, 0]);
    // One solver against the status while another agrees with it: that one is wrong.
    const t = summarize([b], ['z3', 'cvc5'], [run('f.smt2', 'z3', ['sat']), run('f.smt2', 'cvc5', ['unsat'])], 10);
    expect(t.stats.map((x) => x.wrong)).toEqual([0, 1]);
  });

  it('a script with several checks scores each correct answer, up to the first wrong one', async () => {
    const { summarize } = await import('../../../src/compare/stats.js');
    const b = bench('inc.smt2', ['sat', 'unsat', 'sat']);
    const s = summarize([b], ['a', 'b', 'c'], [run('inc.smt2', 'a', ['sat', 'unsat', 'unknown']), run('inc.smt2', 'b', ['sat', 'sat', 'sat']), run('inc.smt2', 'c', ['sat', 'unsat', 'sat'])], 10);
    expect(s.stats.map((x) => x.checks)).toEqual([2, 1, 3]);
    expect(s.stats.map((x) => x.solved)).toEqual([0, 0, 1]);
  });
});
