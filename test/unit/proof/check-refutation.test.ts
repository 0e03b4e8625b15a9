import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions, type EngineOptions } from '../../../src/engine/options.js';
import { certificateKind } from '../../../src/proof/check.js';
import { checkRefutation } from '../../../src/proof/check-refutation.js';
import { installFileSink } from '../../../src/proof/files.js';
import { Executor } from '../../../src/script/executor.js';
import { generateIdlScript } from '../../fuzz/idl-gen.js';

installFileSink();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-refutation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `text` with `--proof <dir>/cert` (resource reasoning off: SAT decides); the answers. */
async function solveWithProof(text: string, dir: string, extra: Partial<EngineOptions> = {}): Promise<string[]> {
  let out = '';
  const options: EngineOptions = { ...defaultOptions, resources: false, proof: join(dir, 'cert'), ...extra };
  await new Executor(options, { out: (s) => (out += s + '\n') }, 'p.smt2').run(text);
  return out.split('\n').filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
}

/** The certificate file of the n-th check. */
const certOf = (dir: string, n: number) => join(dir, n === 1 ? 'cert' : `cert.${n}`);

describe('SAT refutation certificates (--proof, check-proof)', () => {
  it('every unsat of generated scripts has a certificate that checks, and no sat leaves files behind', { timeout: 300_000 }, async () => {
    let unsat = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const script = generateIdlScript(seed);
      const dir = mkdtempSync(join(work, `s${seed}-`));
      const answers = await solveWithProof(script.text, dir, { idlEncoding: (['auto', 'sd', 'order', 'eij'] as const)[seed % 4]! });
      answers.forEach((a, i) => {
        const cert = certOf(dir, i + 1);
        expect(existsSync(cert), `seed ${seed} check ${i + 1}: ${a}`).toBe(a === 'unsat');
        if (a !== 'unsat') return;
        unsat++;
        const text = readFileSync(cert, 'utf8');
        expect(certificateKind(text)).toBe('refutation');
        const verdict = checkRefutation(script.text, 'p.smt2', text, cert);
        expect(verdict.message, `seed ${seed} check ${i + 1}`).toBe('valid');
      });
      // Only certificates and their CNF and DRAT files remain.
      for (const f of readdirSync(dir)) expect(existsSync(join(dir, f.replace(/\.(cnf|drat)$/, '')))).toBe(true);
    }
    expect(unsat).toBeGreaterThan(15);
  });

  it('rejects a truncated proof, another problem, another check and missing files', async () => {
    const problem = [
      '(declare-const a Int)(declare-const b Int)(declare-const c Int)(declare-const p Bool)',
      '(assert (or (< (- a b) 0) (< (- b a) 0)))',
      '(assert (or p (< (- b c) (- 2))))',
      '(assert (=> (< a b) (< (- c b) 0)))',
      '(check-sat)',
      '(assert (< (- c b) 1))',
      '(assert (< (- b a) 1))',
      '(assert (> (- c a) 3))',
      '(check-sat)',
    ].join('\n');
    const dir = mkdtempSync(join(work, 'tamper-'));
    expect(await solveWithProof(problem, dir)).toEqual(['sat', 'unsat']);
    const cert = certOf(dir, 2);
    const text = readFileSync(cert, 'utf8');
    expect(checkRefutation(problem, 'p.smt2', text, cert).valid).toBe(true);
    // A different problem: one assertion less.
    const weaker = problem.replace('(assert (> (- c a) 3))', '');
    expect(checkRefutation(weaker, 'p.smt2', text, cert).message).toMatch(/is not the encoding of check 2/);
    // Another check of the same problem.
    expect(checkRefutation(problem, 'p.smt2', text.replace('(check 2)', '(check 1)'), cert).message).toMatch(/not the encoding of check 1/);
    expect(checkRefutation(problem, 'p.smt2', text.replace('(check 2)', '(check 3)'), cert).message).toMatch(/no check number 3/);
    // A proof without its last lemmas derives no empty clause.
    const drat = `${cert}.drat`;
    const lines = readFileSync(drat, 'latin1').trimEnd().split('\n');
    writeFileSync(drat, lines.slice(0, Math.max(0, lines.length - 2)).join('\n') + '\n');
    expect(checkRefutation(problem, 'p.smt2', text, cert).valid).toBe(false);
    rmSync(drat);
    expect(checkRefutation(problem, 'p.smt2', text, cert).message).toMatch(/cannot read/);
  });

  it('records operation-symmetry breaking, and a certificate with the other setting does not check', { timeout: 60_000 }, async () => {
    // Three identical one-operation jobs of duration 2 on one machine, all before time 5: unsat,
    // and the encoding orders their starts.
    const problem = [
      '(declare-const a Int)(declare-const b Int)(declare-const c Int)',
      ...['a', 'b', 'c'].map((x) => `(assert (and (<= 0 ${x}) (<= ${x} 3)))`),
      ...[['a', 'b'], ['a', 'c'], ['b', 'c']].map(([x, y]) => `(assert (or (>= (- ${x} ${y}) 2) (>= (- ${y} ${x}) 2)))`),
      '(check-sat)',
    ].join('\n');
    for (const opSymmetry of [true, false]) {
      const dir = mkdtempSync(join(work, `op-${opSymmetry}-`));
      expect(await solveWithProof(problem, dir, { opSymmetry })).toEqual(['unsat']);
      const cert = certOf(dir, 1);
      const text = readFileSync(cert, 'utf8');
      expect(text).toContain(`(op-symmetry ${opSymmetry})`);
      expect(checkRefutation(problem, 'p.smt2', text, cert).message).toBe('valid');
      const other = text.replace(`(op-symmetry ${opSymmetry})`, `(op-symmetry ${!opSymmetry})`);
      expect(checkRefutation(problem, 'p.smt2', other, cert).message).toMatch(/is not the encoding of check 1/);
      expect(checkRefutation(problem, 'p.smt2', text.replace(/ \(op-symmetry \w+\)/, ''), cert).message).toMatch(/op-symmetry true\|false\) missing/);
    }
  });

  it('check-proof on the command line: valid with exit 0 for CaDiCaL proofs, exit 1 when a cited assertion is gone', { timeout: 60_000 }, () => {
    const problem = join(work, 'cadical.smt2');
    writeFileSync(problem, '(declare-const x Int)(declare-const y Int)(assert (or (< x y) (< y x)))(assert (<= (- x y) 0))(assert (<= (- y x) 0))(check-sat)\n');
    const cert = join(work, 'cadical.cert');
    const solve = spawnSync(process.execPath, [cli, '--no-resources', '--backend', 'cadical', '--proof', cert, problem], { encoding: 'utf8' });
    expect(solve.stdout.trim()).toBe('unsat');
    const ok = spawnSync(process.execPath, [cli, 'check-proof', problem, cert], { encoding: 'utf8' });
    expect([ok.status, ok.stdout.trim()]).toEqual([0, 'valid']);
    writeFileSync(problem, '(declare-const x Int)(declare-const y Int)(assert (or (< x y) (< y x)))(assert (<= (- x y) 0))(check-sat)\n');
    const bad = spawnSync(process.execPath, [cli, 'check-proof', problem, cert], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^invalid: /);
  });
});
