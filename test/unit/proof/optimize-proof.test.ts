/**
 * Certificates of optimisation (`--proof` with `minimize`/`maximize`): the searching checks
 * write none; the answer gets one, named by the script's check — for an optimum, that the
 * assertions with `(or (< t1 v1) (and (= t1 v1) (< t2 v2)) ...)` added are unsat, which
 * `check-proof` verifies by replaying the script and adding that term. Checks after an
 * optimisation keep the script's numbering.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions, type EngineOptions } from '../../../src/engine/options.js';
import { certificateKind, checkCertificate } from '../../../src/proof/check.js';
import { installFileSink } from '../../../src/proof/files.js';
import { Executor } from '../../../src/script/executor.js';
import { generateOptScript } from '../../fuzz/optimize-gen.js';
import { jobshopScript, taillardInstance } from '../../../scripts/jobshop-gen.mjs';

installFileSink();

const work = mkdtempSync(join(tmpdir(), 'eagersmt-opt-proof-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `text` with `--proof <dir>/cert`; its output lines. */
async function solveWithProof(text: string, dir: string, extra: Partial<EngineOptions> = {}): Promise<string[]> {
  let out = '';
  const options: EngineOptions = { ...defaultOptions, proof: join(dir, 'cert'), ...extra };
  await new Executor(options, { out: (s) => (out += s + '\n') }, 'p.smt2').run(text);
  return out.split('\n');
}

const answersOf = (lines: string[]) => lines.filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
const certOf = (dir: string, n: number) => join(dir, n === 1 ? 'cert' : `cert.${n}`);
const verdictOf = (problem: string, cert: string) => checkCertificate(problem, 'p.smt2', readFileSync(cert, 'utf8'), cert).message;

describe('certificates of optimisation', () => {
  it('an optimum of each kind, and a check after it, have certificates that check', async () => {
    const text = [
      '(declare-const x Int)(declare-const y Int)(declare-const b (_ BitVec 6))',
      '(assert (<= (- x y) (- 3)))(assert (<= y (- 7)))(assert (bvult b #b100001))',
      '(push 1)(maximize x)(maximize b)(check-sat)(get-objectives)(pop 1)',
      '(push 1)(minimize (- x))(check-sat)(pop 1)',
      '(assert (> x 0))(check-sat)',
    ].join('\n');
    const dir = mkdtempSync(join(work, 'kinds-'));
    const lines = await solveWithProof(text, dir);
    expect(answersOf(lines)).toEqual(['sat', 'sat', 'unsat']);
    expect(lines).toContain(' (x (- 10))');
    expect(lines).toContain(' (b 32)');
    const first = readFileSync(certOf(dir, 1), 'utf8');
    expect(first).toContain('(check 1) (assert (or (> x (- 10)) (and (= x (- 10)) (bvugt b #b100000))))');
    expect(readFileSync(certOf(dir, 2), 'utf8')).toContain('(check 2) (assert (< (- x) 10))');
    expect(readFileSync(certOf(dir, 3), 'utf8')).toMatch(/\(check 3\) \(idl-encoding/);
    for (const n of [1, 2, 3]) expect(verdictOf(text, certOf(dir, n)), `check ${n}`).toBe('valid');
    // Only the three certificates and their CNF and DRAT files: the searching checks wrote nothing.
    expect(readdirSync(dir).filter((f) => !/\.(cnf|drat)$/.test(f)).sort()).toEqual(['cert', 'cert.2', 'cert.3']);
  });

  it('rejects a certificate whose bound is changed, and one of a check that has none', async () => {
    const text = '(declare-const x Int)(declare-const y Int)(assert (>= (- x y) 3))(assert (>= y 2))(minimize x)(check-sat)';
    const dir = mkdtempSync(join(work, 'tamper-'));
    expect(answersOf(await solveWithProof(text, dir))).toEqual(['sat']);
    const cert = certOf(dir, 1);
    const good = readFileSync(cert, 'utf8');
    expect(good).toContain('(assert (< x 5))');
    expect(verdictOf(text, cert)).toBe('valid');
    for (const [from, to] of [
      ['(assert (< x 5))', '(assert (< x 6))'],
      ['(assert (< x 5))', ''],
      ['(assert (< x 5))', '(assert (< x 5)) (assert (< x 5))'],
      ['(assert (< x 5))', '(assert x)'],
      ['(check 1)', '(check 2)'],
    ]) {
      const bad = join(dir, 'bad');
      writeFileSync(bad, good.replace(from!, to!));
      expect(verdictOf(text, bad), `${from} -> ${to}`).not.toBe('valid');
    }
  });

  it('an optimum proven by resource reasoning comes as a resource certificate', { timeout: 120_000 }, async () => {
    // A classic 10x5 job shop whose optimum is its machine-load bound (Taillard's generator).
    const instance = taillardInstance({ jobs: 10, machines: 5, timeSeed: 2, machineSeed: 3 });
    const text = jobshopScript(instance, { makespan: 0, status: 'sat', zero: true, getModel: false, source: 'test', minimize: true });
    const dir = mkdtempSync(join(work, 'resource-'));
    const lines = await solveWithProof(text, dir);
    expect(answersOf(lines)).toEqual(['sat']);
    const cert = readFileSync(certOf(dir, 1), 'utf8');
    expect(certificateKind(cert)).toBe('certificate'); // resource reasoning's, not a SAT refutation
    const value = /\(\(- makespan zero\) (\d+)\)/.exec(lines.join('\n'))![1];
    expect(cert).toContain(`(assert (< (- makespan zero) ${value}))`);
    expect(verdictOf(text, certOf(dir, 1))).toBe('valid');
    writeFileSync(join(dir, 'bad'), cert.replace(`(< (- makespan zero) ${value})`, `(< (- makespan zero) ${Number(value) + 1})`));
    expect(verdictOf(text, join(dir, 'bad'))).not.toBe('valid');
  });

  it('every certificate of 60 generated optimisation scripts checks; every unsat has one', { timeout: 300_000 }, async () => {
    let optima = 0;
    let unsat = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const script = generateOptScript(seed);
      const dir = mkdtempSync(join(work, `g${seed}-`));
      const answers = answersOf(await solveWithProof(script.text, dir, { timeout: 20 }));
      answers.forEach((a, i) => {
        const cert = certOf(dir, i + 1);
        if (a === 'unsat') {
          expect(existsSync(cert), `seed ${seed} check ${i + 1}: unsat without certificate`).toBe(true);
          unsat++;
        }
        if (!existsSync(cert)) return;
        expect(a, `seed ${seed} check ${i + 1}: a certificate for ${a}`).not.toBe('unknown');
        if (readFileSync(cert, 'utf8').includes('(assert ')) optima++;
        expect(verdictOf(script.text, cert), `seed ${seed} check ${i + 1}`).toBe('valid');
      });
    }
    expect(optima).toBeGreaterThan(20);
    expect(unsat).toBeGreaterThan(3);
  });
});
