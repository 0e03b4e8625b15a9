/**
 * Type-level tests of the public API, compiled by `tsc` (types.test.ts runs it): each line
 * marked `@ts-expect-error` must fail to compile — tsc reports an unused marker as an error —
 * and every other line must compile. The package is imported by its own name, so this checks
 * the published declarations (dist/index.d.ts) as a user sees them.
 */
import { And, BitVec, BitVecVal, Bool, Distinct, If, Implies, Int, IntVal, Not, Or, Solver, type Arith, type BitVecValue } from 'eagersmt';

const x = Int('x');
const y = Int('y');
const p = Bool('p');
const a = BitVec('a', 8);
const b = BitVec('b', 8);
const w = BitVec('w', 16);

// Well-sorted terms compile, with literals from numbers, bigints and booleans.
const f1: Bool = x.sub(y).le(3);
const f2: Bool = And(p, x.add(1n).gt(y), Or(Not(p), false), Implies(p, true));
const f3: Bool = a.add(b).mul(3).ult(0xf0).and(a.slt(-1));
const f4: Bool = If(p, x, 0).ge(If(p, 1, y));
const f5: Bool = If(p, a, 255).eq(b);
const f6: Bool = Distinct(x, y, 3);
const wide: BitVec<number> = a.concat(b);
const f7: Bool = wide.eq(w); // a width the types do not know combines with any width (checked at run time)
const f8: Bool = w.eq(wide);
const f9: Bool = a.extract(3, 0).eq(BitVecVal(5, 4));
const eight: BitVec<8> = a.rotateLeft(3);
const one: BitVec<1> = a.comp(b);
void [f1, f2, f3, f4, f5, f6, f7, f8, f9, eight, one];

// @ts-expect-error Int and Bool do not mix
x.le(p);
// @ts-expect-error Bool and Int do not mix
p.and(x);
// @ts-expect-error an Int is not a bit-vector
a.add(x);
// @ts-expect-error bit-vectors of different known widths do not mix
a.add(w);
// @ts-expect-error nor compare
a.eq(w);
// @ts-expect-error a bit-vector is not an Int
x.add(a);
// @ts-expect-error Int terms have no bit-vector operators
x.ult(y);
// @ts-expect-error bit-vectors have no Int comparisons
a.le(b);
// @ts-expect-error an Int is not a formula
And(p, x);
// @ts-expect-error a string is not a term
x.add('1');
// @ts-expect-error If needs a Bool condition
If(x, y, 1);
// @ts-expect-error a rotation keeps the width
const sixteen: BitVec<16> = a.rotateLeft(1);
void sixteen;

// Solver and model values are typed by the sort of the term.
async function use(s: Solver): Promise<void> {
  s.add(f1, f3, true);
  // @ts-expect-error only formulas can be asserted
  s.add(x);
  const status: 'sat' | 'unsat' | 'unknown' = await s.checkAssuming([p, Not(p)], { signal: AbortSignal.timeout(100), timeout: 1 });
  if (status !== 'sat') return;
  const m = s.model();
  const xv: bigint = m.get(x);
  const pv: boolean = m.get(p);
  const av: BitVecValue<8> = m.get(a);
  const ev: bigint = m.eval(x.sub(y));
  const sv: bigint = av.signed();
  // @ts-expect-error an Int's value is a bigint, not a number
  const bad: number = m.get(x);
  // @ts-expect-error a bit-vector's value is an object
  const bad2: bigint = m.get(a);
  void [xv, pv, av, ev, sv, bad, bad2];
}
void use;

const arith: Arith = IntVal(10n ** 20n);
void arith;
// @ts-expect-error unknown solver options are rejected
new Solver({ backnd: 'builtin' });
new Solver({ backend: 'builtin', idlEncoding: 'order', timeout: 5 });
// @ts-expect-error idlEncoding is one of the table's choices
new Solver({ idlEncoding: 'eij2' });
