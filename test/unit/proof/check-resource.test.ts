/**
 * `check-proof` accepts the certificates resource reasoning writes and rejects any certificate
 * whose justification is gone: a cited assertion removed, a constant, duration, window or pair
 * tampered with. The CLI path (`--proof`, `eagersmt check-proof`) is run on the built program.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { checkResourceCertificate } from '../../../src/proof/check-resource.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-proof-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A 2-machine problem in separate assertions: jobs of two operations (2 and 3 time units, in
 * order), every two operations of different jobs kept apart on a shared machine, all within
 * [0, h). Four jobs fit in h = 10 (two per machine); five need 25 > 2 · 10.
 */
function parallel(jobs: number, h: number): string {
  const lines: string[] = ['(set-logic QF_IDL)'];
  const ops: [string, string, number][] = [];
  for (let j = 1; j <= jobs; j++) {
    ops.push([`s${j}_1`, `m${j}_1`, 2], [`s${j}_2`, `m${j}_2`, 3]);
  }
  for (const [s, m] of ops) lines.push(`(declare-fun ${s} () Int)`, `(declare-fun ${m} () Int)`);
  for (const [s, m, d] of ops) lines.push(`(assert (>= ${s} 0))`, `(assert (<= (+ ${s} ${d}) ${h}))`, `(assert (and (>= ${m} 0) (<= ${m} 1)))`);
  for (let j = 1; j <= jobs; j++) lines.push(`(assert (>= (- s${j}_2 s${j}_1) 2))`);
  for (let i = 0; i < ops.length; i++)
    for (let k = i + 1; k < ops.length; k++) {
      const [a, ma, da] = ops[i]!;
      const [b, mb, db] = ops[k]!;
      if (a.split('_')[0] === b.split('_')[0]) continue;
      lines.push(`(assert (or (not (= ${ma} ${mb})) (>= (- ${b} ${a}) ${da}) (>= (- ${a} ${b}) ${db})))`);
    }
  return lines.join('\n') + '\n(check-sat)\n';
}

async function certify(text: string, name: string): Promise<{ problem: string; cert: string }> {
  const file = join(work, `${name}.cert`);
  expect((await solveSmtLib(text, { proof: file })).text).toBe('unsat\n');
  return { problem: text, cert: readFileSync(file, 'utf8') };
}

const cited = (cert: string) => [...new Set([...cert.matchAll(/\(assertion (\d+)\)/g)].map((m) => Number(m[1])))];

/** The script with its n-th assert (1-based) replaced by `replacement`. */
function replaceAssert(text: string, n: number, replacement: string): string {
  let seen = 0;
  return text
    .split('\n')
    .map((l) => (l.startsWith('(assert ') && ++seen === n ? replacement : l))
    .join('\n');
}

describe('check-proof', () => {
  it('accepts the certificate of a parallel-machine overload', async () => {
    const { problem, cert } = await certify(parallel(5, 10), 'par');
    expect(checkResourceCertificate(problem, 'p.smt2', cert, 'p.cert')).toEqual({ valid: true, message: 'valid' });
    expect(cert).toMatch(/\(overload /);
  });

  it('rejects the certificate when any one cited assertion is neutralised, naming the step', async () => {
    const { problem, cert } = await certify(parallel(5, 10), 'par2');
    const ns = cited(cert);
    expect(ns.length).toBeGreaterThan(10);
    for (const n of ns) {
      const v = checkResourceCertificate(replaceAssert(problem, n, '(assert true)'), 'p.smt2', cert, 'p.cert');
      expect(v.valid, `assertion ${n}`).toBe(false);
      const first = cert.split('\n').find((l) => l.includes(`(assertion ${n})`))!;
      const step = /^\s*\((step \d+|pair \S+ \S+)/.exec(first)![1]!;
      expect(v.message.startsWith(`${step}:`), `${v.message} should name ${step}`).toBe(true);
    }
  }, 60_000);

  it('rejects the certificate when a cited assertion is deleted', async () => {
    const { problem, cert } = await certify(parallel(5, 10), 'par3');
    const n = cited(cert)[0]!;
    const v = checkResourceCertificate(replaceAssert(problem, n, ''), 'p.smt2', cert, 'p.cert');
    expect(v.valid).toBe(false);
    expect(v.message).toMatch(/^(step \d+|pair \S+ \S+): /);
  });

  it('rejects tampered certificates', async () => {
    const { problem, cert } = await certify(parallel(5, 10), 'par4');
    const bad = (c: string) => checkResourceCertificate(problem, 'p.smt2', c, 'p.cert');
    // a longer duration than the pairs demand
    expect(bad(cert.replace(/\(op (\S+) 2 /, '(op $1 3 ')).message).toMatch(/^pair /);
    // a wider window (the energy no longer exceeds the capacity)
    expect(bad(cert.replace(/\(overload ([^ )]+) ([^ )]+)\)/, '(overload $1 100)')).message).toMatch(/^overload: energy/);
    // a pair left out
    expect(bad(cert.replace(/\n\s*\(pair [^\n]*\n/, '\n')).message).toMatch(/^overload: operations .* form no pair/);
    // a stronger constant than the assertion gives
    expect(bad(cert.replace(/\(step 1 \(<= \(- (\S+) (\S+)\) (\S+)\)/, '(step 1 (<= (- $1 $2) (- 7))')).message).toMatch(/^step 1: /);
    // a step that is not a sum
    const sum = /\(step (\d+) \(<= \(- (\S+) (\S+)\) ([^)]+)\) \(sum/.exec(cert);
    if (sum) expect(bad(cert.replace(sum[0], `(step ${sum[1]} (<= (- ${sum[2]} ${sum[3]}) (- 50)) (sum`)).message).toMatch(new RegExp(`^step ${sum[1]}: not the sum`));
    // a second origin for some operations
    expect(bad(cert.replace(/(\(op [^\n]*\n)/, '$1  (reference 0)\n')).message).toMatch(/^reference: set twice or after an op/);
    // another check, an unknown item, no conclusion
    expect(bad(cert.replace('(check 1)', '(check 2)')).message).toMatch(/no check number 2/);
    expect(bad(cert.replace(/\(overload [^)]*\)/, '')).message).toMatch(/no conclusion/);
    expect(bad('(certificate (check 1) (frobnicate))').message).toMatch(/unknown item 'frobnicate'/);
    expect(bad('(not a certificate)').valid).toBe(false);
  });

  it('certifies the right check of a script with push/pop and check-sat-assuming', async () => {
    const base = parallel(5, 10).replace('(check-sat)\n', '');
    const bounds = '(assert (<= (+ s1_1 2) 10))\n(assert (<= (+ s1_2 3) 10))';
    const free = base.replace('(assert (<= (+ s1_1 2) 10))', '').replace('(assert (<= (+ s1_2 3) 10))', '(declare-const g Bool)');
    const text = `${free}\n(check-sat)\n(push 1)\n${bounds}\n(check-sat)\n(pop 1)\n(check-sat-assuming (g (<= (+ s1_1 2) 10) (<= (+ s1_2 3) 10)))\n`;
    const file = join(work, 'multi.cert');
    const out = (await solveSmtLib(text, { proof: file })).text;
    expect(out).toBe('sat\nunsat\nunsat\n');
    expect(checkResourceCertificate(text, 'p.smt2', readFileSync(`${file}.2`, 'utf8'), 'c').message).toBe('valid');
    const third = readFileSync(`${file}.3`, 'utf8');
    expect(checkResourceCertificate(text, 'p.smt2', third, 'c').message).toBe('valid');
    // The third check's certificate does not hold for the first check (no such assumption there).
    expect(checkResourceCertificate(text, 'p.smt2', third.replace('(check 3)', '(check 1)'), 'c').valid).toBe(false);
  });

  it('certifies a negative cycle of unconditional constraints', async () => {
    const text = `(declare-const a Int)(declare-const b Int)(declare-const c Int)
(assert (or (<= (+ a 1) b) (<= (+ b 1) a)))
(assert (< a b))(assert (<= (- b c) (- 2)))(assert (<= c (+ a 1)))
(check-sat)\n`;
    const { cert } = await certify(text, 'cycle');
    expect(cert).toMatch(/\(contradiction \d+\)/);
    expect(checkResourceCertificate(text, 'p.smt2', cert, 'c').message).toBe('valid');
    expect(checkResourceCertificate(text.replace('(assert (< a b))', '(assert (<= a b))'), 'p.smt2', cert, 'c').valid).toBe(false);
  });

  it('runs from the command line: --stats reports the refutation, --proof writes, check-proof answers valid (exit 0) or names the step (exit 1)', () => {
    const problem = join(work, 'cli.smt2');
    const cert = join(work, 'cli.cert');
    const text = parallel(5, 10);
    writeFileSync(problem, text);
    const solve = spawnSync(process.execPath, [cli, '--stats', '--proof', cert, problem], { encoding: 'utf8' });
    expect(solve.stdout).toBe('unsat\n');
    expect(solve.stderr).toMatch(/c {3}resources: 10 operations, \d+ constrained pairs, \d+ cliques, \d+ windows tried, [\d.]+ s\n/);
    expect(solve.stderr).toMatch(/c {3}resources: unsat by overload of \[0, 10\) on 10 operations: energy 25 > capacity 2 × 10\n/);
    const ok = spawnSync(process.execPath, [cli, 'check-proof', problem, cert], { encoding: 'utf8' });
    expect([ok.status, ok.stdout]).toEqual([0, 'valid\n']);
    const n = cited(readFileSync(cert, 'utf8'))[0]!;
    writeFileSync(problem, replaceAssert(text, n, '(assert true)'));
    const bad = spawnSync(process.execPath, [cli, 'check-proof', problem, cert], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^invalid: (step \d+|pair \S+ \S+): /);
    const missing = spawnSync(process.execPath, [cli, 'check-proof', problem, join(work, 'nope')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*no such file/);
  }, 60_000);
});
