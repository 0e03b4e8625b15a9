/**
 * The package's `bin` is the bundle built by scripts/bundle.mjs (`dist/bin/eagersmt.cjs`, the
 * launcher of src/cli/launcher.cjs): it answers exactly as the unbundled CLI, the worker threads
 * it starts (the built-in SAT solver's, the DRAT checker's) are found from the bundle's folder,
 * and its code cache is used when valid and rewritten when missing or corrupt.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pigeonholeSmt } from '../../support/pigeonhole-smt.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const bin = join(root, pkg.bin.eagersmt);
const main = join(root, 'dist/cli/main.js');
const run = (cli: string, args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });

/** A random 3-SAT problem over Booleans, satisfiable, with more literals than the inline attempt takes. */
function random3Sat(vars: number, clauses: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const lines = ['(set-logic QF_UF)'];
  for (let i = 0; i < vars; i++) lines.push(`(declare-const b${i} Bool)`);
  for (let c = 0; c < clauses; c++) {
    const lits = [0, 1, 2].map(() => {
      const v = `b${next() % vars}`;
      return next() % 2 ? v : `(not ${v})`;
    });
    lines.push(`(assert (or ${lits.join(' ')}))`);
  }
  lines.push('(check-sat)');
  return lines.join('\n') + '\n';
}

describe('the bundled eagersmt program', () => {
  it('is the package bin: an executable with a node shebang', () => {
    expect(pkg.bin.eagersmt).toBe('dist/bin/eagersmt.cjs');
    accessSync(bin, constants.X_OK);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('answers as the unbundled CLI on scripts, errors and subcommands', { timeout: 120_000 }, () => {
    const cases: [string[], string?][] = [
      [['examples/simple.smt2']],
      [['examples/jobshop-4x3.smt2']],
      [['test/regress/get-value.smt2']],
      [['-'], '(declare-const x Int)\n(assert (> x))\n(check-sat)\n'],
      [['sat', '-'], 'p cnf 2 3\n1 2 0\n-1 0\n-2 0\n'],
      [['--version']],
      [['--no-such-flag', 'x.smt2']],
    ];
    for (const [args, input] of cases) {
      const a = run(bin, args.map((x) => (x.includes('/') ? join(root, x) : x)), input);
      const b = run(main, args.map((x) => (x.includes('/') ? join(root, x) : x)), input);
      expect({ args, out: a.stdout, err: a.stderr, status: a.status }).toEqual({ args, out: b.stdout, err: b.stderr, status: b.status });
    }
  });

  it('loads neither worker_threads nor child_process for a check on the main thread', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'eagersmt-bin-'));
    try {
      // A preload that reports, at exit, which of those built-in modules the process loaded.
      const probe = join(tmp, 'probe.cjs');
      writeFileSync(
        probe,
        "process.on('exit', () => process.stderr.write(JSON.stringify(['worker_threads', 'child_process'].filter((m) => process.moduleLoadList.includes(`NativeModule ${m}`)))));\n",
      );
      const out = spawnSync(process.execPath, ['-r', probe, bin, '-'], { encoding: 'utf8', input: '(declare-const x Int)\n(assert (> x 2))\n(check-sat)\n' });
      expect(out.stdout).toBe('sat\n');
      expect(out.stderr).toBe('[]');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("starts the built-in solver's worker thread", { timeout: 120_000 }, () => {
    const out = run(bin, ['-'], random3Sat(2500, 8000, 7));
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('sat\n');
  });

  it("verifies an external solver's unsat with the DRAT checker's worker thread", { timeout: 120_000 }, () => {
    const out = run(bin, ['--backend', 'cadical', '--no-resources', '--no-symmetry', '-'], pigeonholeSmt(5, 4) + '\n(check-sat)\n');
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('unsat\n'); // unknown (unverified unsat) if the checker could not start
  });

  it('writes its code cache when missing, keeps a valid one, and replaces a corrupt one', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'eagersmt-bin-'));
    try {
      const copy = join(tmp, 'dist/bin');
      cpSync(join(root, 'dist/bin'), copy, { recursive: true });
      const cacheDir = join(copy, 'code-cache');
      rmSync(cacheDir, { recursive: true, force: true });
      const script = '(declare-const x Int)\n(declare-const y Int)\n(assert (< x y))\n(assert (< y 0))\n(check-sat)\n';
      const solve = () => run(join(copy, 'eagersmt.cjs'), ['-'], script);
      const cacheOf = (chunk: string) => readdirSync(cacheDir).find((f) => f.startsWith(`${chunk}.`) && f.endsWith('.bin'));
      const inode = (f: string) => statSync(join(cacheDir, f)).ino;

      expect(solve()).toMatchObject({ stdout: 'sat\n', stderr: '', status: 0 });
      const main = cacheOf('main.cjs');
      const executor = readdirSync(cacheDir).find((f) => f.startsWith('executor-'));
      expect(main).toBeDefined();
      expect(executor).toBeDefined();
      expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const before = inode(main!);

      expect(solve()).toMatchObject({ stdout: 'sat\n', stderr: '', status: 0 });
      expect(inode(main!)).toBe(before); // accepted, not rewritten

      writeFileSync(join(cacheDir, executor!), Buffer.alloc(4096, 7));
      expect(solve()).toMatchObject({ stdout: 'sat\n', stderr: '', status: 0 });
      expect(readFileSync(join(cacheDir, executor!)).equals(Buffer.alloc(4096, 7))).toBe(false); // rejected, rewritten
      expect(inode(main!)).toBe(before);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
