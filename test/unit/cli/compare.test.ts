import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { liar, tempDir, writeSmallSet } from '../compare/fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(ROOT, 'dist/cli/main.js');

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('eagersmt compare (command line)', () => {
  it('exits 3 and lists the disagreement loudly when a solver lies', { timeout: 60_000 }, () => {
    expect(existsSync(MAIN), 'run npm run build first').toBe(true);
    const dir = tempDir('cli-cmp');
    writeSmallSet(join(dir, 'bench'));
    const out = join(dir, 'out');
    const r = cli(['compare', join(dir, 'bench'), '--solvers', 'z3', '--solver', `liar=${liar(dir)} {file}`, '-t', '10', '-j', '2', '-o', out]);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^solver\s+solved/m);
    expect(r.out).toMatch(/^z3\s+8\/8\s/m);
    expect(r.out).toMatch(/!! 4 DISAGREEMENTS/);
    expect(r.out).toMatch(/idl-unsat-4\.smt2 check-sat #1: status unsat; sat: liar; unsat: z3 — wrong: liar/);
    // Not a terminal: one line per finished run on stderr.
    expect(r.err.trimEnd().split('\n').filter((l) => /^\[ *\d+\/16\] (z3|liar) /.test(l))).toHaveLength(16);
    for (const f of ['runs.csv', 'results.json', 'cactus.svg', 'scatter-z3-vs-liar.svg', 'report.html']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('--solver');

    // Same output folder: everything reused, same verdict.
    const again = cli(['compare', join(dir, 'bench'), '--solvers', 'z3', '--solver', `liar=${liar(dir)} {file}`, '-t', '10', '-o', out]);
    expect(again.code).toBe(3);
    expect(again.err).toMatch(/reusing 16 finished runs/);
    expect(again.out).toMatch(/16 runs \(0 run now, 16 reused\)/);
  });

  it('exits 0 when the solvers agree', { timeout: 60_000 }, () => {
    const dir = tempDir('cli-agree');
    writeSmallSet(join(dir, 'bench'));
    const r = cli(['compare', join(dir, 'bench'), '--solvers', 'z3,cvc5', '-t', '10', '-o', join(dir, 'out'), '--no-progress']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(/DISAGREE/);
  });

  it('reports usage errors with exit code 1 and no stack trace', { timeout: 60_000 }, () => {
    const dir = tempDir('cli-usage');
    writeSmallSet(join(dir, 'bench'));
    const cases: [string[], RegExp][] = [
      [['compare', join(dir, 'bench'), '--solvers', 'z3,yices'], /eagersmt compare: unknown solver 'yices'/],
      [['compare', join(dir, 'nope')], /eagersmt compare: cannot read .*nope/],
      [['compare', join(dir, 'bench'), '-j', '0'], /positive integer/],
      [['compare', join(dir, 'bench'), '-t', 'ten'], /positive number of seconds/],
      [['compare', join(dir, 'bench'), '--solver', 'broken'], /expected name=command/],
      [['compare'], /missing required argument/],
    ];
    for (const [args, msg] of cases) {
      const r = cli([...args, '-o', join(dir, 'out')]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(msg);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('documents its options in --help', { timeout: 20_000 }, () => {
    const r = cli(['compare', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--solvers', '--solver <name=command>', '--timeout', '--jobs', '--memory', '--out', '--fresh', '--produce-models']) expect(r.out).toContain(opt);
  });
});

describe('module boundaries', () => {
  it('the compare command never imports the SMT pipeline (smtlib, terms, encode, sat, engine)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    };
    visit(join(ROOT, 'src/cli/compare.ts'));
    const rel = [...seen].map((f) => f.slice(ROOT.length + 1)).sort();
    expect(rel).toContain('src/compare/harness.ts');
    expect(rel.filter((f) => /^src\/(smtlib|terms|encode|sat|engine|cnf|model)\//.test(f))).toEqual([]);
  });
});
