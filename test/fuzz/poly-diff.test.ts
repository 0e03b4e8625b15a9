/**
 * Differential test of the polynomial normal form (src/rewrite/poly.ts) on generated
 * identities and near-identities of bit-vector arithmetic (`poly-gen.ts`):
 * 1. rewriting `(= lhs rhs)` keeps its value under random and edge assignments (evaluation);
 * 2. every identity built by ring laws is rewritten to `true`, every nonzero constant offset to
 *    `false` (the rule fires where it should);
 * 3. eagersmt's answer on `(assert (distinct lhs rhs))` equals Z3's (unsat exactly for the
 *    identities, whether built as one or hit by a perturbation), for all pairs but the
 *    near-identities wider than 16 bits; its `sat` models are checked against the assertions
 *    before they are printed.
 *
 * Environment: `POLY_FUZZ_COUNT` (default 300) pairs from seed `POLY_FUZZ_SEED` (default 1).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { evaluate, type Value } from '../../src/model/evaluate.js';
import { rewrite } from '../../src/rewrite/rewrite.js';
import { Sort } from '../../src/terms/sort.js';
import { TermStore, type Term } from '../../src/terms/term.js';
import { Rng } from './idl-gen.js';
import { generatePolyPair, smtOf, type PolyExpr, type PolyPair } from './poly-gen.js';
import { ReferencePool } from './reference.js';

const COUNT = Number(process.env.POLY_FUZZ_COUNT ?? 300);
const FIRST_SEED = Number(process.env.POLY_FUZZ_SEED ?? 1);
const ASSIGNMENTS = 24;

const pairs: PolyPair[] = Array.from({ length: COUNT }, (_, i) => generatePolyPair(FIRST_SEED + i));
const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 10_000 });
afterAll(() => z3.close());

function termOf(s: TermStore, e: PolyExpr, w: number): Term {
  switch (e.op) {
    case 'var':
      return s.var(e.name, Sort.bitVec(w));
    case 'lit':
      return s.bv(e.value, w);
    case 'bvshl':
      return s.mk('bvshl', [termOf(s, e.args[0], w), s.bv(BigInt(e.shift), w)]);
    case 'shl':
      return s.mk('bvshl', [termOf(s, e.args[0], w), termOf(s, e.args[1], w)]);
    default:
      return s.mk(e.op, e.args.map((a) => termOf(s, a, w)));
  }
}

const where = (p: PolyPair) => `seed ${p.seed} (${p.kind}, width ${p.width}): ${smtOf(p.lhs, p.width)} vs ${smtOf(p.rhs, p.width)}`;

describe('polynomial normal form of bit-vector arithmetic', () => {
  test('rewriting keeps the value of (= lhs rhs), proves the identities and refutes constant offsets', () => {
    const tally = { identity: 0, constant: 0, perturbed: 0, decided: 0 };
    for (const p of pairs) {
      const s = new TermStore();
      const eq = s.mk('=', [termOf(s, p.lhs, p.width), termOf(s, p.rhs, p.width)]);
      const vars = p.vars.map((n) => s.var(n, Sort.bitVec(p.width)));
      // As an assumption: rewritten by the rules, without equality substitution.
      const { assumptions, origin } = rewrite([], [eq]);
      const r = assumptions[0]!;
      tally[p.kind]++;
      if (r.op === 'true' || r.op === 'false') tally.decided++;
      if (p.kind === 'identity' && r.op !== 'true') expect.fail(`identity not proven: ${where(p)}`);
      if (p.kind === 'constant' && r.op !== 'false') expect.fail(`constant offset not refuted: ${where(p)}`);
      const rnd = new Rng(p.seed);
      const mask = (1n << BigInt(p.width)) - 1n;
      const edge = [0n, 1n, mask, 1n << BigInt(p.width - 1)];
      for (let k = 0; k < ASSIGNMENTS; k++) {
        const orig = new Map<number, Value>();
        for (const v of vars) orig.set(v.id, k < 4 ? edge[k]! : rnd.chance(0.3) ? rnd.pick(edge) : (BigInt(rnd.next()) * BigInt(rnd.next() + 1)) & mask);
        const copy = new Map<number, Value>();
        for (const [id, o] of origin) copy.set(id, orig.get(o.id)!);
        const [a, b] = [evaluate(eq, orig), evaluate(r, copy)];
        if (a !== b) expect.fail(`value changed (${a} → ${b}) at assignment ${k}: ${where(p)}`);
      }
    }
    console.log(`poly-diff: ${JSON.stringify(tally)}`);
  });

  test('eagersmt answers (distinct lhs rhs) as Z3 does', { timeout: 600_000 }, async () => {
    // Wide near-identities are nonlinear problems that take Z3 and eagersmt seconds each; the
    // evaluation test above covers them.
    const compared = pairs.filter((p) => p.width <= 16 || p.kind !== 'perturbed');
    const texts = compared.map((p) => {
      const decls = p.vars.map((v) => `(declare-const ${v} (_ BitVec ${p.width}))`).join('');
      return `(set-logic QF_BV)${decls}(assert (distinct ${smtOf(p.lhs, p.width)} ${smtOf(p.rhs, p.width)}))(check-sat)`;
    });
    const zOuts = await Promise.all(texts.map((t) => z3.run(t).catch(() => 'timeout')));
    const tally = { sat: 0, unsat: 0, skipped: 0, perturbedIdentities: 0 };
    for (let i = 0; i < compared.length; i++) {
      const p = compared[i]!;
      const z = zOuts[i]!.trim();
      if (z !== 'sat' && z !== 'unsat') {
        tally.skipped++;
        continue;
      }
      if (p.kind === 'identity' && z !== 'unsat') expect.fail(`harness: Z3 says ${z} for a constructed identity: ${where(p)}`);
      const e = (await solveSmtLib(texts[i]!, { timeout: 30 })).text.trim();
      if (e !== z) expect.fail(`eagersmt '${e}', Z3 '${z}': ${where(p)}`);
      tally[z]++;
      if (p.kind === 'perturbed' && z === 'unsat') tally.perturbedIdentities++;
    }
    console.log(`poly-diff vs Z3: ${JSON.stringify(tally)}`);
    expect(tally.skipped).toBeLessThan(compared.length / 20);
  });
});
