/**
 * The Int and Real rules of the rewriter (src/rewrite/arith.ts) are equivalences: random terms
 * over +, −, ·, unary minus, numerals (0 and 1 among them) and comparisons, rewritten, keep their
 * value under random assignments; and the rules fire where they should (numerals folded, units
 * dropped, comparisons of numerals decided).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Value } from '../../../src/model/evaluate.js';
import { rewrite } from '../../../src/rewrite/rewrite.js';
import { printTerm } from '../../../src/smtlib/print-term.js';
import { rat, ratEq, isRational } from '../../../src/terms/rational.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { between, rng } from '../../support/rng.js';

/** `t` rewritten as `simplify` does (an assumption: no equality substitution). */
function simplified(t: Term): { r: Term; origin: Map<number, Term> } {
  const { assumptions, origin } = rewrite([], [t]);
  return { r: assumptions[0]!, origin };
}

const same = (a: Value, b: Value): boolean => (isRational(a) && isRational(b) ? ratEq(a, b) : a === b);

describe('arithmetic rewriting', () => {
  for (const kind of ['Int', 'Real'] as const) {
    it(`keeps the value of 3,000 random ${kind} terms under random assignments`, () => {
      const r = rng(kind === 'Int' ? 11 : 12);
      const store = new TermStore();
      const sort = kind === 'Int' ? Sort.Int : Sort.Real;
      const vars = ['x', 'y', 'z'].map((n) => store.var(n, sort));
      const num = (v: bigint): Term => (kind === 'Int' ? store.int(v) : store.real(rat(v, BigInt(between(r, 1, 2)))));
      const arith = (depth: number): Term => {
        const pick = between(r, 0, depth <= 0 ? 1 : 6);
        if (pick === 0) return vars[between(r, 0, 2)]!;
        if (pick === 1) return num(BigInt(between(r, -2, 3)));
        const n = between(r, 1, 3);
        const args = Array.from({ length: n }, () => arith(depth - 1));
        if (pick === 2 || n === 1) return n === 1 ? store.mk('-', args) : store.mk('+', args);
        if (pick === 3) return store.mk('-', args);
        if (pick === 4) return store.mk('*', args.map((a, i) => (i === 0 ? a : num(BigInt(between(r, -1, 2))))));
        return store.mk('+', [args[0]!, num(0n)]);
      };
      const ops = ['<', '<=', '>', '>=', '=', 'distinct'];
      let folded = 0;
      for (let k = 0; k < 3000; k++) {
        const t = k % 2 === 0 ? arith(3) : store.mk(ops[between(r, 0, ops.length - 1)]!, [arith(2), between(r, 0, 3) === 0 ? num(1n) : arith(2)]);
        const { r: s, origin } = simplified(t);
        if (s.op === 'int' || s.op === 'real' || s.op === 'true' || s.op === 'false') folded++;
        for (let m = 0; m < 4; m++) {
          const orig = new Map<number, Value>();
          for (const v of vars) orig.set(v.id, kind === 'Int' ? BigInt(between(r, -5, 5)) : rat(BigInt(between(r, -9, 9)), BigInt(between(r, 1, 3))));
          const copy = new Map<number, Value>();
          for (const [id, o] of origin) copy.set(id, orig.get(o.id)!);
          const [a, b] = [evaluate(t, orig), evaluate(s, copy)];
          if (!same(a, b)) expect.fail(`${printTerm(t)} is ${String(a)}, simplified ${printTerm(s)} is ${String(b)}`);
        }
      }
      expect(folded).toBeGreaterThan(200);
    });
  }

  it('folds numerals, drops units and decides comparisons of numerals', () => {
    const store = new TermStore();
    const x = store.var('x', Sort.Int);
    const r = store.var('r', Sort.Real);
    const i = (v: bigint) => store.int(v);
    const show = (t: Term) => printTerm(simplified(t).r);
    expect(show(store.mk('+', [i(1n), i(2n)]))).toBe('3');
    expect(show(store.mk('-', [i(5n), i(7n)]))).toBe('(- 2)');
    expect(show(store.mk('+', [x, i(1n), i(2n)]))).toBe('(+ 3 x)');
    expect(show(store.mk('+', [x, i(1n), i(-1n)]))).toBe('x');
    expect(show(store.mk('*', [i(2n), x, i(3n)]))).toBe('(* 6 x)');
    expect(show(store.mk('*', [x, i(0n)]))).toBe('0');
    expect(show(store.mk('*', [i(1n), x]))).toBe('x');
    expect(show(store.mk('-', [x, i(0n)]))).toBe('x');
    expect(show(store.mk('-', [store.mk('-', [x])]))).toBe('x');
    expect(show(store.mk('<', [i(1n), i(2n)]))).toBe('true');
    expect(show(store.mk('=', [i(2n), i(3n)]))).toBe('false');
    expect(show(store.mk('distinct', [i(2n), i(3n)]))).toBe('true');
    expect(show(store.mk('>=', [x, x]))).toBe('true');
    expect(show(store.mk('<', [x, x]))).toBe('false');
    expect(show(store.mk('+', [store.real(rat(3n, 2n)), store.real(rat(2n))]))).toBe('(/ 7.0 2.0)');
    expect(show(store.mk('*', [r, store.real(rat(0n))]))).toBe('0.0');
    expect(show(store.mk('<', [x, i(2n)]))).toBe('(< x 2)');
  });
});
