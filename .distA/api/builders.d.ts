import { type Arith, type ArithLike, type BitVec as BitVecTerm, type BitVecLike, type Bool as BoolTerm, type BoolLike } from './expr.js';
export type Bool = BoolTerm;
export type BitVec<W extends number = number> = BitVecTerm<W>;
/**
 * The Boolean constant named `name`. The same name and sort give the same constant in a solver.
 * @example const p = Bool('p'); solver.add(p.implies(q));
 */
export declare function Bool(name: string): Bool;
/**
 * The integer constant named `name`.
 * @example const x = Int('x'); solver.add(x.sub(y).le(3));
 */
export declare function Int(name: string): Arith;
/**
 * The bit-vector constant named `name` of `width` bits (1 to 2^24); a literal width is kept in
 * the type (`BitVec('a', 8)` is a `BitVec<8>`).
 * @example const a = BitVec('a', 8); solver.add(a.mul(3).eq(1));
 */
export declare function BitVec<W extends number>(name: string, width: W): BitVec<W>;
/**
 * The literal `true` or `false` as a term.
 * @example solver.add(BoolVal(true));
 */
export declare function BoolVal(b: boolean): Bool;
/**
 * An integer literal from a number (an integer) or a bigint; SortError for 2.5 or NaN.
 * @example IntVal(10n ** 20n).gt(x)
 */
export declare function IntVal(v: number | bigint): Arith;
/**
 * A bit-vector literal of `width` bits; `v` must lie in [−2^(width−1), 2^width) (negative
 * values are two's complement), else SortError.
 * @example BitVecVal(-1, 8) // #xff
 */
export declare function BitVecVal<W extends number>(v: number | bigint, width: W): BitVec<W>;
/**
 * Conjunction; `And()` is `true`.
 * @example And(x.ge(0), x.lt(10))
 */
export declare function And(...xs: BoolLike[]): Bool;
/**
 * Disjunction; `Or()` is `false`.
 * @example Or(a.sub(b).le(-3), b.sub(a).le(-5))
 */
export declare function Or(...xs: BoolLike[]): Bool;
/**
 * Negation.
 * @example Not(p)
 */
export declare function Not(x: BoolLike): Bool;
/**
 * Implication `a → b`.
 * @example Implies(p, x.ge(1))
 */
export declare function Implies(a: BoolLike, b: BoolLike): Bool;
/**
 * Exclusive or.
 * @example Xor(p, q)
 */
export declare function Xor(a: BoolLike, b: BoolLike): Bool;
/**
 * If-then-else on terms of one sort; number and boolean literals take the sort of the other branch.
 * @example If(p, x, 0).le(y)
 */
export declare function If<W extends number>(cond: BoolLike, then: BitVec<W>, otherwise: BitVecLike<W>): BitVec<W>;
export declare function If<W extends number>(cond: BoolLike, then: number | bigint, otherwise: BitVec<W>): BitVec<W>;
export declare function If(cond: BoolLike, then: ArithLike, otherwise: ArithLike): Arith;
export declare function If(cond: BoolLike, then: BoolLike, otherwise: BoolLike): Bool;
/**
 * Pairwise distinct terms of one sort (at least two).
 * @example Distinct(x, y, z)
 */
export declare function Distinct<W extends number>(...xs: BitVecLike<W>[]): Bool;
export declare function Distinct(...xs: ArithLike[]): Bool;
export declare function Distinct(...xs: BoolLike[]): Bool;
