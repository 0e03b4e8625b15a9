import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, readBenchmark, scanScript } from '../../../src/compare/benchmark.js';
import { tempDir } from './fixtures.js';

describe('scanScript', () => {
  it('finds the header status of a one-check benchmark', () => {
    expect(scanScript('(set-logic QF_IDL)\n(set-info :status unsat)\n(declare-fun x () Int)\n(check-sat)\n(exit)\n')).toMatchObject({ checkSats: 1, expected: ['unsat'], incremental: false });
    expect(scanScript('(set-info :status unknown)(check-sat)')).toMatchObject({ checkSats: 1, expected: ['unknown'], incremental: false });
    expect(scanScript('(check-sat)')).toMatchObject({ checkSats: 1, expected: [undefined], incremental: false });
    expect(scanScript('(push 1)(check-sat)').incremental).toBe(true);
  });

  it('gives each check the status set since the previous check (incremental benchmarks)', () => {
    const text = '(set-info :status sat)(check-sat)(push 1)(set-info :status unsat)(check-sat-assuming (a))(pop 1)(check-sat)';
    expect(scanScript(text)).toMatchObject({ checkSats: 3, expected: ['sat', 'unsat', undefined], incremental: true });
    expect(scanScript('(set-info :status sat)(set-info :status unsat)(check-sat)').expected).toEqual(['unsat']);
  });

  it('applies a status after the last check to that check', () => {
    expect(scanScript('(check-sat)(check-sat)(set-info :status unsat)(exit)').expected).toEqual([undefined, 'unsat']);
  });

  it('ignores commands inside comments, strings, quoted symbols and nested terms', () => {
    const text = [
      '; (check-sat) (set-info :status sat)',
      '(set-info :source |multi-line (check-sat)\n (set-info :status sat)|)',
      '(echo "(check-sat)"" (set-info :status sat)")',
      '(assert (check-sat))',
      '(set-info :notes "x")',
      '(set-info :status unsat)',
      '(check-sat)',
    ].join('\n');
    expect(scanScript(text)).toMatchObject({ checkSats: 1, expected: ['unsat'], incremental: false });
  });

  it('reads the status only from the :status attribute with a valid value', () => {
    expect(scanScript('(set-info :status maybe)(check-sat)').expected).toEqual([undefined]);
    expect(scanScript('(set-info :category "status unsat")(check-sat)').expected).toEqual([undefined]);
  });
});

describe('collectFiles and readBenchmark', () => {
  it('expands folders recursively to .smt2 files in name order, and keeps explicit files', () => {
    const dir = tempDir('collect');
    mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
    for (const f of ['b/z.smt2', 'b/deep/a.smt2', 'a.smt2', 'notes.txt', 'other.smt']) writeFileSync(join(dir, f), '(check-sat)');
    expect(collectFiles([dir])).toEqual([join(dir, 'a.smt2'), join(dir, 'b/deep/a.smt2'), join(dir, 'b/z.smt2')]);
    expect(collectFiles([join(dir, 'other.smt'), dir, join(dir, 'a.smt2')])).toEqual([join(dir, 'other.smt'), join(dir, 'a.smt2'), join(dir, 'b/deep/a.smt2'), join(dir, 'b/z.smt2')]);
    expect(() => collectFiles([join(dir, 'missing')])).toThrow(/cannot read .*missing/);
  });

  it('hashes the content, so equal files have equal keys and edited ones do not', () => {
    const dir = tempDir('hash');
    writeFileSync(join(dir, 'x.smt2'), '(set-info :status sat)(check-sat)');
    writeFileSync(join(dir, 'y.smt2'), '(set-info :status sat)(check-sat)');
    const x = readBenchmark(join(dir, 'x.smt2'));
    expect(x).toMatchObject({ checkSats: 1, expected: ['sat'], bytes: 33 });
    expect(readBenchmark(join(dir, 'y.smt2')).sha256).toBe(x.sha256);
    writeFileSync(join(dir, 'y.smt2'), '(set-info :status sat)(check-sat) ');
    expect(readBenchmark(join(dir, 'y.smt2')).sha256).not.toBe(x.sha256);
  });
});
