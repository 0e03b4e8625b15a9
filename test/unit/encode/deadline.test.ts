/**
 * Encoding obeys `-t`: word-level evaluation (probing), bit-blasting of very wide words and
 * quadratic circuits poll the deadline, so `(_ repeat 3000000)` or a `bvmul` at width
 * 16,777,216 answers within a few seconds of the limit instead of running on. Bounds are
 * generous (the machine is shared); the unpolled code took over a minute on both.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repeatBits } from '../../../src/terms/bitvec.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-deadline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases: [string, string, string][] = [
  ['(_ repeat 3000000) of a bit and of its negation', '(declare-const x (_ BitVec 1))(assert (= ((_ repeat 3000000) x) ((_ repeat 3000000) (bvnot x))))', 'unsat'],
  ['bvmul at width 16777216', '(declare-const x (_ BitVec 16777216))(declare-const y (_ BitVec 16777216))(assert (= (bvmul x y) (bvadd x ((_ zero_extend 16777215) #b1))))', 'sat'],
  ['repeat to width 16777216 against a product', '(declare-const x (_ BitVec 2))(declare-const y (_ BitVec 16777216))(assert (distinct ((_ repeat 8388608) x) (bvmul y (bvadd y #x' + '0'.repeat(4194303) + '3))))', 'sat'],
];

describe('encoding polls the deadline', () => {
  for (const [what, body, truth] of cases) {
    it(`${what}: answers within -t 3 plus slack`, { timeout: 120_000 }, () => {
      const file = join(work, `${what.replace(/\W+/g, '-')}.smt2`);
      writeFileSync(file, `(set-logic QF_BV)${body}(check-sat)\n`);
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [cli, '-t', '3', file], { encoding: 'utf8', timeout: 100_000 });
      const seconds = (Date.now() - t0) / 1000;
      expect(['unknown', truth]).toContain(r.stdout.trim());
      expect(seconds).toBeLessThan(20);
    });
  }

  it('repeatBits builds k copies by doubling', () => {
    expect(repeatBits(0b10n, 2, 3)).toBe(0b101010n);
    expect(repeatBits(1n, 1, 0)).toBe(0n);
    expect(repeatBits(0b101n, 3, 5)).toBe(0b101101101101101n);
    expect(repeatBits(1n, 1, 1_000_000)).toBe((1n << 1_000_000n) - 1n);
  });
});
