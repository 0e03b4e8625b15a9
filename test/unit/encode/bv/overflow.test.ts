/**
 * The reductions `bvredor`/`bvredand` and the overflow predicates of SMT-LIB 2.7, on every width
 * from 1 to 8:
 * 1. their meaning (terms/bitvec.ts) agrees on every argument (pair) with the definitions in
 *    exact integer arithmetic;
 * 2. Z3 (reductions) and cvc5 (overflow predicates; `bvnego` is known to neither, so only its
 *    meaning is checked, by 1) prove each operator equal to its SMT-LIB 2.7 definition written as
 *    a plain QF_BV formula (unsat of the disequality, i.e. on all inputs);
 *    and Z3 folds the reductions of every value exactly as we evaluate them;
 * 3. eagersmt (the bit-blaster) proves the same disequalities unsat, so its circuits agree
 *    with the definitions on all inputs too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../../src/index.js';
import { bvApply } from '../../../../src/terms/bitvec.js';
import type { BvOp } from '../../../../src/terms/kinds.js';
import { ReferencePool } from '../../../fuzz/reference.js';

const WIDTHS = [1, 2, 3, 4, 5, 6, 7, 8];
const z3 = new ReferencePool('z3', { size: 1, timeoutMs: 20_000 });
const cvc5 = new ReferencePool('cvc5', { size: 1, timeoutMs: 20_000 });
afterAll(() => Promise.all([z3.close(), cvc5.close()]));

const s = (x: bigint, w: number) => BigInt.asIntN(w, x);
const fitsU = (v: bigint, w: number) => v >= 0n && v < 1n << BigInt(w);
const fitsS = (v: bigint, w: number) => v >= -(1n << BigInt(w - 1)) && v < 1n << BigInt(w - 1);

/** Exact integer meaning of each predicate. */
const exact: Record<string, (a: bigint, b: bigint, w: number) => boolean> = {
  bvnego: (a, _b, w) => !fitsS(-s(a, w), w),
  bvuaddo: (a, b, w) => !fitsU(a + b, w),
  bvsaddo: (a, b, w) => !fitsS(s(a, w) + s(b, w), w),
  bvumulo: (a, b, w) => !fitsU(a * b, w),
  bvsmulo: (a, b, w) => !fitsS(s(a, w) * s(b, w), w),
  bvusubo: (a, b, w) => !fitsU(a - b, w),
  bvssubo: (a, b, w) => !fitsS(s(a, w) - s(b, w), w),
  bvsdivo: (a, b, w) => b !== 0n && !fitsS(s(a, w) / s(b, w), w),
};

/** The SMT-LIB 2.7 definition of each operator on x (and y) of width m, as a QF_BV term. */
function definition(op: string, m: number): string {
  const min = `(concat #b1 (_ bv0 ${m}))`.replace(` (_ bv0 ${m})`, m > 1 ? ` (_ bv0 ${m - 1})` : '');
  const minV = m > 1 ? min : '#b1';
  const bit = (t: string, i: number) => `((_ extract ${i} ${i}) ${t})`;
  switch (op) {
    case 'bvredor':
      return `(bvnot (bvcomp x (_ bv0 ${m})))`;
    case 'bvredand':
      return `(bvcomp x (bvnot (_ bv0 ${m})))`;
    case 'bvnego':
      return `(= x ${minV})`;
    case 'bvuaddo':
      return `(= ${bit('(bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y))', m)} #b1)`;
    case 'bvsaddo':
    case 'bvssubo': {
      const r = `(${op === 'bvsaddo' ? 'bvadd' : 'bvsub'} ((_ sign_extend 1) x) ((_ sign_extend 1) y))`;
      return `(distinct ${bit(r, m)} ${bit(r, m - 1)})`;
    }
    case 'bvusubo':
      return '(bvult x y)';
    case 'bvumulo':
      return `(distinct ((_ extract ${2 * m - 1} ${m}) (bvmul ((_ zero_extend ${m}) x) ((_ zero_extend ${m}) y))) (_ bv0 ${m}))`;
    case 'bvsmulo': {
      const top = `((_ extract ${2 * m - 1} ${m - 1}) (bvmul ((_ sign_extend ${m}) x) ((_ sign_extend ${m}) y)))`;
      return `(not (or (= ${top} (_ bv0 ${m + 1})) (= ${top} (bvnot (_ bv0 ${m + 1})))))`;
    }
    case 'bvsdivo':
      return `(and (= x ${minV}) (= y (bvnot (_ bv0 ${m}))))`;
    default:
      throw new Error(op);
  }
}

const UNARY = new Set(['bvredor', 'bvredand', 'bvnego']);
const app = (op: string) => (UNARY.has(op) ? `(${op} x)` : `(${op} x y)`);
/** Whether `op` differs from its definition somewhere (a solver answers unsat when never). */
const differs = (op: string, m: number) =>
  `(set-logic QF_BV)(declare-const x (_ BitVec ${m}))(declare-const y (_ BitVec ${m}))(assert (distinct ${app(op)} ${definition(op, m)}))(check-sat)`;

describe('bvredor, bvredand and the overflow predicates', () => {
  it('mean what exact integer arithmetic says, on every argument pair of widths 1..8', () => {
    for (const w of WIDTHS) {
      const n = 1n << BigInt(w);
      for (let a = 0n; a < n; a++) {
        expect(bvApply('bvredor', [], [a], [w], 1)).toBe(a !== 0n ? 1n : 0n);
        expect(bvApply('bvredand', [], [a], [w], 1)).toBe(a === n - 1n ? 1n : 0n);
        for (let b = 0n; b < n; b++)
          for (const [op, f] of Object.entries(exact))
            if (bvApply(op as BvOp, [], [a, b], [w, w], w) !== f(a, b, w)) throw new Error(`${op} ${a} ${b} width ${w}`);
      }
    }
  });

  it('Z3 folds bvredor and bvredand of every value of widths 1..8 as we evaluate them', async () => {
    const cmds: string[] = [];
    const want: string[] = [];
    for (const w of WIDTHS)
      for (let a = 0n; a < 1n << BigInt(w); a++)
        for (const op of ['bvredor', 'bvredand'] as const) {
          cmds.push(`(simplify (${op} (_ bv${a} ${w})))`);
          want.push(bvApply(op, [], [a], [w], 1) === 1n ? '#b1' : '#b0');
        }
    const out = await z3.run(cmds.join('\n'));
    expect(out.trim().split(/\s+/)).toEqual(want);
  });

  const ops = ['bvredor', 'bvredand', ...Object.keys(exact)];
  it.each(ops)('%s equals its SMT-LIB 2.7 definition for widths 1..8: the reference solver and eagersmt agree', async (op) => {
    for (const m of WIDTHS) {
      const ref = op === 'bvnego' ? undefined : op.startsWith('bvred') ? z3 : cvc5;
      if (ref) expect((await ref.run(differs(op, m))).trim(), `${op} width ${m} (reference)`).toBe('unsat');
      const ours = await solveSmtLib(differs(op, m));
      expect(ours.text.trim(), `${op} width ${m} (eagersmt)`).toBe('unsat');
    }
  }, 60_000);
});
