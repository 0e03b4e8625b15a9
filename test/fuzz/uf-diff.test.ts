/**
 * Differential test of eagersmt against Z3 on generated QF_UF scripts over an uninterpreted
 * sort, of the shapes that the equality-logic preprocessing acts on: a top-level `distinct`
 * whose constants Ackermann pins to numerals, disjunctions of equalities to those constants
 * (which bound other terms and make constants interchangeable, so that symmetry breaking
 * orders them), applications of a unary and a binary function and of a predicate, and
 * random Boolean structure around equalities.
 *
 * Every script runs with symmetry breaking on and off; both answers must equal Z3's. A `sat`
 * answer is printed only after eagersmt has evaluated its model against the assertions, and
 * `(get-model)` must then print a model without an error.
 *
 * Environment: `UF_FUZZ_COUNT` scripts (default 150) from seed `UF_FUZZ_SEED` (default 1).
 * Failing scripts are written to `tmp/fuzz-failures/uf-seed-<n>.smt2`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';

const COUNT = Number(process.env.UF_FUZZ_COUNT ?? 150);
const FIRST_SEED = Number(process.env.UF_FUZZ_SEED ?? 1);

/** A small deterministic generator: `next(n)` in [0, n). */
function rng(seed: number): (n: number) => number {
  let state = (seed * 0x9e3779b1) >>> 0;
  return (n) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
}

/** One QF_UF script with a single `(check-sat)`. */
export function ufFuzzScript(seed: number): string {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)]!;
  const nDomain = 2 + next(4);
  const nOther = 1 + next(4);
  const domain = Array.from({ length: nDomain }, (_, i) => `e${i}`);
  const others = Array.from({ length: nOther }, (_, i) => `x${i}`);
  const consts = [...domain, ...others];
  const term = (depth: number): string => {
    const r = next(6);
    if (depth <= 0 || r < 3) return pick(consts);
    if (r < 5) return `(f ${term(depth - 1)})`;
    return `(g ${term(depth - 1)} ${term(depth - 1)})`;
  };
  const atom = (): string => {
    const r = next(8);
    if (r < 4) return `(= ${term(2)} ${term(2)})`;
    if (r < 6) return `(p ${term(1)})`;
    if (r < 7) return `(distinct ${term(1)} ${term(1)} ${term(1)})`;
    return `(= ${pick(others)} ${pick(domain)})`;
  };
  const formula = (depth: number): string => {
    const r = next(7);
    if (depth <= 0 || r < 2) return next(4) === 0 ? `(not ${atom()})` : atom();
    const k = 2 + next(2);
    const args = Array.from({ length: k }, () => formula(depth - 1)).join(' ');
    if (r < 4) return `(or ${args})`;
    if (r < 5) return `(and ${args})`;
    if (r < 6) return `(=> ${formula(depth - 1)} ${formula(depth - 1)})`;
    return `(ite ${formula(depth - 1)} ${formula(depth - 1)} ${formula(depth - 1)})`;
  };
  const lines = ['(set-logic QF_UF)', '(declare-sort U 0)'];
  for (const c of consts) lines.push(`(declare-fun ${c} () U)`);
  lines.push('(declare-fun f (U) U)', '(declare-fun g (U U) U)', '(declare-fun p (U) Bool)');
  if (nDomain > 1) lines.push(`(assert (distinct ${domain.join(' ')}))`);
  // Interchangeable constants: each "other" constant is one of the domain constants, or not.
  for (const x of others) if (next(3) > 0) lines.push(`(assert (or ${domain.map((e) => `(= ${x} ${e})`).join(' ')}))`);
  const nAsserts = 1 + next(5);
  for (let i = 0; i < nAsserts; i++) lines.push(`(assert ${formula(2)})`);
  lines.push('(check-sat)');
  return lines.join('\n') + '\n';
}

function z3Answer(text: string): string {
  const r = spawnSync('z3', ['-in', '-smt2', '-T:30'], { input: text, encoding: 'utf8' });
  return (r.stdout ?? '').trim().split('\n')[0] ?? '';
}

const hasZ3 = spawnSync('z3', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasZ3)('QF_UF against Z3 (uninterpreted sort, distinct, function applications)', () => {
  test(
    `${COUNT} scripts from seed ${FIRST_SEED}, symmetry breaking on and off`,
    async () => {
      const failures: string[] = [];
      const counts = { sat: 0, unsat: 0 };
      for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
        const text = ufFuzzScript(seed);
        const expected = z3Answer(text);
        if (expected !== 'sat' && expected !== 'unsat') continue;
        counts[expected]++;
        for (const symmetry of [true, false]) {
          const out = (await solveSmtLib(text + '(get-model)\n', { file: `uf-${seed}.smt2`, symmetry })).text;
          const first = out.split('\n')[0];
          const modelError = expected === 'sat' && out.includes('(error');
          if (first !== expected || modelError) {
            failures.push(`seed ${seed} symmetry ${symmetry}: eagersmt ${first}, z3 ${expected}${modelError ? ' (model error)' : ''}`);
            mkdirSync('tmp/fuzz-failures', { recursive: true });
            writeFileSync(`tmp/fuzz-failures/uf-seed-${seed}.smt2`, text);
          }
        }
      }
      expect(failures).toEqual([]);
      // Both answers occur, so the comparison is not vacuous.
      expect(counts.sat).toBeGreaterThan(COUNT / 10);
      expect(counts.unsat).toBeGreaterThan(COUNT / 10);
    },
    300_000,
  );
});
