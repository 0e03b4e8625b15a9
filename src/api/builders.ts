/**
 * The free functions that start a term: constants (`Int('x')`, `Bool('p')`, `BitVec('a', 8)`),
 * literals, and the connectives that read better as functions than as methods (`And`, `Or`,
 * `Not`, `Implies`, `Xor`, `If`, `Distinct`). Each name is both a function and, for `Bool`,
 * `BitVec`, the type of the terms it builds (`const p: Bool = Bool('p')`). Why free functions
 * rather than a `Context` object: see expr.ts.
 */
import { Sort } from '../terms/sort.js';
import {
  alike,
  app,
  bitVecSort,
  boolNode,
  bvNode,
  constNode,
  integer,
  intNode,
  toBool,
  type Arith,
  type ArithLike,
  type BitVec as BitVecTerm,
  type BitVecLike,
  type Bool as BoolTerm,
  type BoolLike,
} from './expr.js';

export type Bool = BoolTerm;
export type BitVec<W extends number = number> = BitVecTerm<W>;

/**
 * The Boolean constant named `name`. The same name and sort give the same constant in a solver.
 * @example const p = Bool('p'); solver.add(p.implies(q));
 */
export function Bool(name: string): Bool {
  return constNode(name, Sort.Bool) as unknown as Bool;
}

/**
 * The integer constant named `name`.
 * @example const x = Int('x'); solver.add(x.sub(y).le(3));
 */
export function Int(name: string): Arith {
  return constNode(name, Sort.Int) as unknown as Arith;
}

/**
 * The bit-vector constant named `name` of `width` bits (1 to 2^24); a literal width is kept in
 * the type (`BitVec('a', 8)` is a `BitVec<8>`).
 * @example const a = BitVec('a', 8); solver.add(a.mul(3).eq(1));
 */
export function BitVec<W extends number>(name: string, width: W): BitVec<W> {
  return constNode(name, bitVecSort(width)) as unknown as BitVec<W>;
}

/**
 * The literal `true` or `false` as a term.
 * @example solver.add(BoolVal(true));
 */
export function BoolVal(b: boolean): Bool {
  return boolNode(b) as unknown as Bool;
}

/**
 * An integer literal from a number (an integer) or a bigint; SortError for 2.5 or NaN.
 * @example IntVal(10n ** 20n).gt(x)
 */
export function IntVal(v: number | bigint): Arith {
  return intNode(integer(v)) as unknown as Arith;
}

/**
 * A bit-vector literal of `width` bits; `v` must lie in [−2^(width−1), 2^width) (negative
 * values are two's complement), else SortError.
 * @example BitVecVal(-1, 8) // #xff
 */
export function BitVecVal<W extends number>(v: number | bigint, width: W): BitVec<W> {
  const w = bitVecSort(width).width;
  return bvNode(integer(v), w) as unknown as BitVec<W>;
}

/**
 * Conjunction; `And()` is `true`.
 * @example And(x.ge(0), x.lt(10))
 */
export function And(...xs: BoolLike[]): Bool {
  return app('and', xs.map(toBool)) as unknown as Bool;
}

/**
 * Disjunction; `Or()` is `false`.
 * @example Or(a.sub(b).le(-3), b.sub(a).le(-5))
 */
export function Or(...xs: BoolLike[]): Bool {
  return app('or', xs.map(toBool)) as unknown as Bool;
}

/**
 * Negation.
 * @example Not(p)
 */
export function Not(x: BoolLike): Bool {
  return app('not', [toBool(x)]) as unknown as Bool;
}

/**
 * Implication `a → b`.
 * @example Implies(p, x.ge(1))
 */
export function Implies(a: BoolLike, b: BoolLike): Bool {
  return app('=>', [toBool(a), toBool(b)]) as unknown as Bool;
}

/**
 * Exclusive or.
 * @example Xor(p, q)
 */
export function Xor(a: BoolLike, b: BoolLike): Bool {
  return app('xor', [toBool(a), toBool(b)]) as unknown as Bool;
}

/**
 * If-then-else on terms of one sort; number and boolean literals take the sort of the other branch.
 * @example If(p, x, 0).le(y)
 */
export function If<W extends number>(cond: BoolLike, then: BitVec<W>, otherwise: BitVecLike<W>): BitVec<W>;
export function If<W extends number>(cond: BoolLike, then: number | bigint, otherwise: BitVec<W>): BitVec<W>;
export function If(cond: BoolLike, then: ArithLike, otherwise: ArithLike): Arith;
export function If(cond: BoolLike, then: BoolLike, otherwise: BoolLike): Bool;
export function If(cond: BoolLike, then: unknown, otherwise: unknown): unknown {
  const [t, e] = alike([then, otherwise]);
  return app('ite', [toBool(cond), t!, e!]);
}

/**
 * Pairwise distinct terms of one sort (at least two).
 * @example Distinct(x, y, z)
 */
export function Distinct<W extends number>(...xs: BitVecLike<W>[]): Bool;
export function Distinct(...xs: ArithLike[]): Bool;
export function Distinct(...xs: BoolLike[]): Bool;
export function Distinct(...xs: unknown[]): Bool {
  return app('distinct', alike(xs)) as unknown as Bool;
}
