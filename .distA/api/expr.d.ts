import { Sort } from '../terms/sort.js';
/** Type-level only: makes `BitVec<W>` invariant in `W`, so `BitVec<8>` and `BitVec<16>` do not mix. */
declare const widthBrand: unique symbol;
/** What every term has. */
export interface Expr {
    /** The sort of the term: `'Bool'`, `'Int'` or `'BitVec'`. */
    readonly kind: 'Bool' | 'Int' | 'BitVec';
    /** The SMT-LIB name of the sort: `Bool`, `Int`, `(_ BitVec 8)`. */
    readonly sort: string;
    /** The term in SMT-LIB syntax, e.g. `(<= (- x y) 3)`. */
    toString(): string;
}
/** A Boolean term, or a JavaScript boolean where a term is expected. */
export type BoolLike = Bool | boolean;
/** An Int term, or a number (an integer) or bigint where a term is expected. */
export type ArithLike = Arith | number | bigint;
/**
 * What a `BitVec<W>` operator accepts as its other operand: a bit-vector of the same width, one
 * whose width the types do not know (`BitVec<number>`, checked at run time), or a number/bigint.
 */
export type BitVecLike<W extends number> = BitVec<W> | number | bigint | (number extends W ? AnyBitVec : BitVec<number>);
/** A bit-vector of any width, known to the types or not. */
export type AnyBitVec = BitVec<any>;
/** A Boolean term. */
export interface Bool extends Expr {
    readonly kind: 'Bool';
    /** @example Bool('p').not() // (not p) */
    not(): Bool;
    /** @example Bool('p').and(q, r) // (and p q r) */
    and(...others: BoolLike[]): Bool;
    /** @example Bool('p').or(q) // (or p q) */
    or(...others: BoolLike[]): Bool;
    /** @example Bool('p').xor(q) // (xor p q) */
    xor(other: BoolLike): Bool;
    /** @example Bool('p').implies(q) // (=> p q) */
    implies(other: BoolLike): Bool;
    /** @example Bool('p').eq(q) // (= p q) */
    eq(other: BoolLike): Bool;
    /** @example Bool('p').neq(q) // (distinct p q) */
    neq(other: BoolLike): Bool;
}
/** An integer term (sort Int). */
export interface Arith extends Expr {
    readonly kind: 'Int';
    /** @example Int('x').add(y, 1) // (+ x y 1) */
    add(...others: ArithLike[]): Arith;
    /** @example Int('x').sub(y) // (- x y) */
    sub(...others: ArithLike[]): Arith;
    /** @example Int('x').mul(2) // (* x 2) */
    mul(...others: ArithLike[]): Arith;
    /** @example Int('x').neg() // (- x) */
    neg(): Arith;
    /** @example Int('x').sub(y).le(3) // (<= (- x y) 3) */
    le(other: ArithLike): Bool;
    /** @example Int('x').lt(y) // (< x y) */
    lt(other: ArithLike): Bool;
    /** @example Int('x').ge(0) // (>= x 0) */
    ge(other: ArithLike): Bool;
    /** @example Int('x').gt(y) // (> x y) */
    gt(other: ArithLike): Bool;
    /** @example Int('x').eq(y) // (= x y) */
    eq(other: ArithLike): Bool;
    /** @example Int('x').neq(y) // (distinct x y) */
    neq(other: ArithLike): Bool;
}
/**
 * A bit-vector term of width `W` (SMT-LIB `(_ BitVec W)`); arithmetic is modulo 2^W, and the
 * `s`/`u` prefixes choose the signed (two's complement) or unsigned reading.
 */
export interface BitVec<W extends number = number> extends Expr {
    readonly kind: 'BitVec';
    readonly width: W;
    readonly [widthBrand]?: (w: W) => W;
    /** @example BitVec('a', 8).add(1) // (bvadd a #x01) */
    add(other: BitVecLike<W>): BitVec<W>;
    /** @example BitVec('a', 8).sub(b) // (bvsub a b) */
    sub(other: BitVecLike<W>): BitVec<W>;
    /** @example BitVec('a', 8).mul(3) // (bvmul a #x03) */
    mul(other: BitVecLike<W>): BitVec<W>;
    /** Unsigned division; `x / 0` is all ones. @example a.udiv(b) // (bvudiv a b) */
    udiv(other: BitVecLike<W>): BitVec<W>;
    /** Unsigned remainder; `x % 0` is x. @example a.urem(b) // (bvurem a b) */
    urem(other: BitVecLike<W>): BitVec<W>;
    /** @example a.sdiv(b) // (bvsdiv a b) */
    sdiv(other: BitVecLike<W>): BitVec<W>;
    /** Remainder with the sign of the dividend. @example a.srem(b) // (bvsrem a b) */
    srem(other: BitVecLike<W>): BitVec<W>;
    /** Remainder with the sign of the divisor. @example a.smod(b) // (bvsmod a b) */
    smod(other: BitVecLike<W>): BitVec<W>;
    /** @example a.and(0x0f) // (bvand a #x0f) */
    and(other: BitVecLike<W>): BitVec<W>;
    /** @example a.or(b) // (bvor a b) */
    or(other: BitVecLike<W>): BitVec<W>;
    /** @example a.xor(b) // (bvxor a b) */
    xor(other: BitVecLike<W>): BitVec<W>;
    /** @example a.nand(b) // (bvnand a b) */
    nand(other: BitVecLike<W>): BitVec<W>;
    /** @example a.nor(b) // (bvnor a b) */
    nor(other: BitVecLike<W>): BitVec<W>;
    /** @example a.xnor(b) // (bvxnor a b) */
    xnor(other: BitVecLike<W>): BitVec<W>;
    /** @example a.shl(1) // (bvshl a #x01) */
    shl(other: BitVecLike<W>): BitVec<W>;
    /** @example a.lshr(1) // (bvlshr a #x01) */
    lshr(other: BitVecLike<W>): BitVec<W>;
    /** @example a.ashr(1) // (bvashr a #x01) */
    ashr(other: BitVecLike<W>): BitVec<W>;
    /** @example a.not() // (bvnot a) */
    not(): BitVec<W>;
    /** @example a.neg() // (bvneg a) */
    neg(): BitVec<W>;
    /** The 1-bit vector `#b1` when equal, else `#b0`. @example a.comp(b) // (bvcomp a b) */
    comp(other: BitVecLike<W>): BitVec<1>;
    /** @example a.ult(b) // (bvult a b) */
    ult(other: BitVecLike<W>): Bool;
    /** @example a.ule(b) // (bvule a b) */
    ule(other: BitVecLike<W>): Bool;
    /** @example a.ugt(b) // (bvugt a b) */
    ugt(other: BitVecLike<W>): Bool;
    /** @example a.uge(b) // (bvuge a b) */
    uge(other: BitVecLike<W>): Bool;
    /** @example a.slt(0) // (bvslt a #x00) */
    slt(other: BitVecLike<W>): Bool;
    /** @example a.sle(b) // (bvsle a b) */
    sle(other: BitVecLike<W>): Bool;
    /** @example a.sgt(b) // (bvsgt a b) */
    sgt(other: BitVecLike<W>): Bool;
    /** @example a.sge(b) // (bvsge a b) */
    sge(other: BitVecLike<W>): Bool;
    /** @example a.eq(b) // (= a b) */
    eq(other: BitVecLike<W>): Bool;
    /** @example a.neq(b) // (distinct a b) */
    neq(other: BitVecLike<W>): Bool;
    /** `this` as the high bits, then each of `others`. @example a.concat(b) // (concat a b) */
    concat(...others: AnyBitVec[]): BitVec<number>;
    /** Bits `hi` down to `lo` (width hi − lo + 1). @example a.extract(7, 4) // ((_ extract 7 4) a) */
    extract(hi: number, lo: number): BitVec<number>;
    /** `n` more zero bits on top. @example a.zeroExtend(8) // ((_ zero_extend 8) a) */
    zeroExtend(n: number): BitVec<number>;
    /** `n` more copies of the sign bit on top. @example a.signExtend(8) // ((_ sign_extend 8) a) */
    signExtend(n: number): BitVec<number>;
    /** `n` copies side by side. @example a.repeat(2) // ((_ repeat 2) a) */
    repeat(n: number): BitVec<number>;
    /** @example a.rotateLeft(3) // ((_ rotate_left 3) a) */
    rotateLeft(n: number): BitVec<W>;
    /** @example a.rotateRight(3) // ((_ rotate_right 3) a) */
    rotateRight(n: number): BitVec<W>;
}
/** Any term. */
export type AnyExpr = Bool | Arith | BitVec<number>;
/** Pre: a node of a well-sorted expression. Leaves are `var` (name), `int`/`bv` (value), `true`/`false`. */
export declare class ExprNode {
    /** SMT-LIB operator name (`-` with one argument is negation), or a leaf kind. */
    readonly op: string;
    readonly sortOf: Sort;
    readonly args: readonly ExprNode[];
    readonly indices: readonly number[];
    readonly value?: bigint | undefined;
    readonly name?: string | undefined;
    constructor(
    /** SMT-LIB operator name (`-` with one argument is negation), or a leaf kind. */
    op: string, sortOf: Sort, args: readonly ExprNode[], indices?: readonly number[], value?: bigint | undefined, name?: string | undefined);
    get kind(): 'Bool' | 'Int' | 'BitVec';
    get sort(): string;
    get width(): number;
    toString(): string;
    not(): ExprNode;
    and(...others: unknown[]): ExprNode;
    or(...others: unknown[]): ExprNode;
    xor(other: unknown): ExprNode;
    implies(other: unknown): ExprNode;
    eq(other: unknown): ExprNode;
    neq(other: unknown): ExprNode;
    add(...others: unknown[]): ExprNode;
    sub(...others: unknown[]): ExprNode;
    mul(...others: unknown[]): ExprNode;
    neg(): ExprNode;
    le(other: unknown): ExprNode;
    lt(other: unknown): ExprNode;
    ge(other: unknown): ExprNode;
    gt(other: unknown): ExprNode;
    udiv(o: unknown): ExprNode;
    urem(o: unknown): ExprNode;
    sdiv(o: unknown): ExprNode;
    srem(o: unknown): ExprNode;
    smod(o: unknown): ExprNode;
    nand(o: unknown): ExprNode;
    nor(o: unknown): ExprNode;
    xnor(o: unknown): ExprNode;
    shl(o: unknown): ExprNode;
    lshr(o: unknown): ExprNode;
    ashr(o: unknown): ExprNode;
    comp(o: unknown): ExprNode;
    ult(o: unknown): ExprNode;
    ule(o: unknown): ExprNode;
    ugt(o: unknown): ExprNode;
    uge(o: unknown): ExprNode;
    slt(o: unknown): ExprNode;
    sle(o: unknown): ExprNode;
    sgt(o: unknown): ExprNode;
    sge(o: unknown): ExprNode;
    concat(...others: unknown[]): ExprNode;
    extract(hi: number, lo: number): ExprNode;
    zeroExtend(n: number): ExprNode;
    signExtend(n: number): ExprNode;
    repeat(n: number): ExprNode;
    rotateLeft(n: number): ExprNode;
    rotateRight(n: number): ExprNode;
    /** A bit-vector operator applied to `this` and `others`, literals taking this width. */
    private bin;
}
/**
 * The application of the SMT-LIB operator `op`, type-checked by the operator table.
 * @example app('<=', [x, y]) // (<= x y)
 */
export declare function app(op: string, args: readonly ExprNode[], indices?: readonly number[]): ExprNode;
/**
 * The node behind a public expression; a SortError for anything else.
 * @example toNode(Int('x'), 'add').op // 'var'
 */
export declare function toNode(x: unknown, where: string): ExprNode;
/**
 * A Boolean term from a term or a boolean.
 * @example toBool(true) // true
 */
export declare function toBool(x: unknown): ExprNode;
/**
 * Literals (booleans, numbers, bigints) converted to the sort of the first term among `xs`
 * (Int if there is none), for `Distinct` and `If`.
 * @example alike([x8, 3]) // [x8, #x03]
 */
export declare function alike(xs: readonly unknown[]): ExprNode[];
/**
 * The bigint of a number (which must be a safe integer) or bigint; SortError otherwise.
 * @example integer(3) // 3n
 */
export declare function integer(x: number | bigint): bigint;
/**
 * The Boolean constant `b`.
 * @example boolNode(true).toString() // 'true'
 */
export declare function boolNode(b: boolean): ExprNode;
/**
 * The Int literal `v`.
 * @example intNode(-3n).toString() // '(- 3)'
 */
export declare function intNode(v: bigint): ExprNode;
/**
 * The `w`-bit literal of `v`, which must lie in [−2^(w−1), 2^w) (negative values are two's complement).
 * @example bvNode(-1n, 4).toString() // '#xf'
 */
export declare function bvNode(v: bigint, w: number): ExprNode;
/**
 * A declared constant.
 * @example constNode('x', Sort.Int).toString() // 'x'
 */
export declare function constNode(name: string, sort: Sort): ExprNode;
/**
 * The sort `(_ BitVec w)`, for 1 ≤ w ≤ 2^24; SortError otherwise.
 * @example bitVecSort(8).name // '(_ BitVec 8)'
 */
export declare function bitVecSort(w: number): Sort;
/** What a bottom-up pass over an expression does at each kind of node. */
export interface ExprFold<T> {
    /** `n` is the constant's node (the first one met for this name and sort, per memo). */
    constant(name: string, sort: Sort, n: ExprNode): T;
    literal(n: ExprNode): T;
    app(n: ExprNode, args: T[]): T;
}
/**
 * Folds `root` bottom-up with an explicit stack (depth never reaches the call stack), each
 * node once; `memo` may carry results across calls.
 * @example foldExpr(t, new Map(), { constant: (n) => 1, literal: () => 1, app: (_, xs) => xs.reduce((a, b) => a + b, 1) })
 */
export declare function foldExpr<T>(root: ExprNode, memo: Map<ExprNode, T> | WeakMap<ExprNode, T>, f: ExprFold<T>): T;
export {};
