/**
 * Terms built in code: the typed expressions of the library API (`Int('x').sub(y).le(3)`).
 *
 * Why free functions and no `Context` object (as z3-solver has): z3-solver needs a context
 * because every term lives in a native Z3 context. Here an expression is a small immutable
 * value that belongs to no solver — a tree of SMT-LIB operator applications, type-checked as it
 * is built — and each `Solver` interns it into its own hash-consed term store when it is added
 * (solver.ts). So there is no global state to share or to guard, one expression can be added to
 * many solvers, and those solvers can run at once; a context would only add a parameter to
 * every call.
 *
 * Sorts are checked twice over. At compile time, the three term families are distinct types —
 * `Bool`, `Arith` (Int) and `BitVec<W>` — and a bit-vector's width is a type parameter when it
 * is a literal (`BitVec('x', 8)` is a `BitVec<8>`), so `x8.add(y16)` does not compile. Widths
 * the types cannot follow (`concat`, `extract`, a width held in a variable) are `BitVec<number>`,
 * which combines with any width at compile time; at run time every application is checked by
 * the operator table (terms/kinds.ts) and a mismatch throws `SortError`. Number and bigint
 * literals stand for constants of the other operand's sort; an Int literal must be an integer,
 * a bit-vector literal must fit the width (from −2^(w−1) to 2^w − 1; negative ones are two's
 * complement), else `SortError`.
 *
 * Each expression keeps its operator's SMT-LIB name, so `toString()` is SMT-LIB text and
 * interning is `TermStore.mk` of the same name.
 */
import { SortError } from '../errors.js';
import { printSymbol, printValue } from '../smtlib/printer.js';
import { MAX_WIDTH } from '../terms/kinds.js';
import { Sort } from '../terms/sort.js';
import { sortOfApp } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';

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
export type AnyBitVec = BitVec<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

// ---------------------------------------------------------------------------------------------
// Implementation: one node class; the public interfaces are views of it.

/** Pre: a node of a well-sorted expression. Leaves are `var` (name), `int`/`bv` (value), `true`/`false`. */
export class ExprNode {
  constructor(
    /** SMT-LIB operator name (`-` with one argument is negation), or a leaf kind. */
    readonly op: string,
    readonly sortOf: Sort,
    readonly args: readonly ExprNode[],
    readonly indices: readonly number[] = [],
    readonly value?: bigint,
    readonly name?: string,
  ) {}

  get kind(): 'Bool' | 'Int' | 'BitVec' {
    return this.sortOf.kind as 'Bool' | 'Int' | 'BitVec';
  }

  get sort(): string {
    return this.sortOf.name;
  }

  get width(): number {
    return this.sortOf.width;
  }

  toString(): string {
    return printExpr(this);
  }

  // Shared by the three families; each is typed in its interface above.
  not(): ExprNode {
    return this.kind === 'Bool' ? app('not', [this]) : app('bvnot', [this]);
  }
  and(...others: unknown[]): ExprNode {
    return this.kind === 'Bool' ? app('and', [this, ...others.map(toBool)]) : this.bin('bvand', others);
  }
  or(...others: unknown[]): ExprNode {
    return this.kind === 'Bool' ? app('or', [this, ...others.map(toBool)]) : this.bin('bvor', others);
  }
  xor(other: unknown): ExprNode {
    return this.kind === 'Bool' ? app('xor', [this, toBool(other)]) : this.bin('bvxor', [other]);
  }
  implies(other: unknown): ExprNode {
    return app('=>', [this, toBool(other)]);
  }
  eq(other: unknown): ExprNode {
    return app('=', [this, like(this, other)]);
  }
  neq(other: unknown): ExprNode {
    return app('distinct', [this, like(this, other)]);
  }
  add(...others: unknown[]): ExprNode {
    return this.kind === 'Int' ? app('+', [this, ...others.map(toInt)]) : this.bin('bvadd', others);
  }
  sub(...others: unknown[]): ExprNode {
    return this.kind === 'Int' ? app('-', [this, ...others.map(toInt)]) : this.bin('bvsub', others);
  }
  mul(...others: unknown[]): ExprNode {
    return this.kind === 'Int' ? app('*', [this, ...others.map(toInt)]) : this.bin('bvmul', others);
  }
  neg(): ExprNode {
    return this.kind === 'Int' ? app('-', [this]) : app('bvneg', [this]);
  }
  le(other: unknown): ExprNode {
    return app('<=', [this, toInt(other)]);
  }
  lt(other: unknown): ExprNode {
    return app('<', [this, toInt(other)]);
  }
  ge(other: unknown): ExprNode {
    return app('>=', [this, toInt(other)]);
  }
  gt(other: unknown): ExprNode {
    return app('>', [this, toInt(other)]);
  }
  udiv(o: unknown): ExprNode { return this.bin('bvudiv', [o]); } // prettier-ignore
  urem(o: unknown): ExprNode { return this.bin('bvurem', [o]); } // prettier-ignore
  sdiv(o: unknown): ExprNode { return this.bin('bvsdiv', [o]); } // prettier-ignore
  srem(o: unknown): ExprNode { return this.bin('bvsrem', [o]); } // prettier-ignore
  smod(o: unknown): ExprNode { return this.bin('bvsmod', [o]); } // prettier-ignore
  nand(o: unknown): ExprNode { return this.bin('bvnand', [o]); } // prettier-ignore
  nor(o: unknown): ExprNode { return this.bin('bvnor', [o]); } // prettier-ignore
  xnor(o: unknown): ExprNode { return this.bin('bvxnor', [o]); } // prettier-ignore
  shl(o: unknown): ExprNode { return this.bin('bvshl', [o]); } // prettier-ignore
  lshr(o: unknown): ExprNode { return this.bin('bvlshr', [o]); } // prettier-ignore
  ashr(o: unknown): ExprNode { return this.bin('bvashr', [o]); } // prettier-ignore
  comp(o: unknown): ExprNode { return this.bin('bvcomp', [o]); } // prettier-ignore
  ult(o: unknown): ExprNode { return this.bin('bvult', [o]); } // prettier-ignore
  ule(o: unknown): ExprNode { return this.bin('bvule', [o]); } // prettier-ignore
  ugt(o: unknown): ExprNode { return this.bin('bvugt', [o]); } // prettier-ignore
  uge(o: unknown): ExprNode { return this.bin('bvuge', [o]); } // prettier-ignore
  slt(o: unknown): ExprNode { return this.bin('bvslt', [o]); } // prettier-ignore
  sle(o: unknown): ExprNode { return this.bin('bvsle', [o]); } // prettier-ignore
  sgt(o: unknown): ExprNode { return this.bin('bvsgt', [o]); } // prettier-ignore
  sge(o: unknown): ExprNode { return this.bin('bvsge', [o]); } // prettier-ignore
  concat(...others: unknown[]): ExprNode {
    return app('concat', [this, ...others.map((o) => toNode(o, 'concat'))]);
  }
  extract(hi: number, lo: number): ExprNode {
    return app('extract', [this], [index(hi), index(lo)]);
  }
  zeroExtend(n: number): ExprNode {
    return app('zero_extend', [this], [index(n)]);
  }
  signExtend(n: number): ExprNode {
    return app('sign_extend', [this], [index(n)]);
  }
  repeat(n: number): ExprNode {
    return app('repeat', [this], [index(n)]);
  }
  rotateLeft(n: number): ExprNode {
    return app('rotate_left', [this], [index(n)]);
  }
  rotateRight(n: number): ExprNode {
    return app('rotate_right', [this], [index(n)]);
  }

  /** A bit-vector operator applied to `this` and `others`, literals taking this width. */
  private bin(op: string, others: readonly unknown[]): ExprNode {
    if (this.kind !== 'BitVec') throw new SortError(`'${op}' applies to bit-vectors, not to ${this.sort}`);
    return app(op, [this, ...others.map((o) => like(this, o))]);
  }
}

/**
 * The application of the SMT-LIB operator `op`, type-checked by the operator table.
 * @example app('<=', [x, y]) // (<= x y)
 */
export function app(op: string, args: readonly ExprNode[], indices: readonly number[] = []): ExprNode {
  const { sort } = sortOfApp(op, args.map((a) => a.sortOf), indices);
  return new ExprNode(op, sort, args, indices);
}

/**
 * The node behind a public expression; a SortError for anything else.
 * @example toNode(Int('x'), 'add').op // 'var'
 */
export function toNode(x: unknown, where: string): ExprNode {
  if (x instanceof ExprNode) return x;
  throw new SortError(`${where}: expected a term, got ${describe(x)}`);
}

function describe(x: unknown): string {
  return typeof x === 'object' ? (x === null ? 'null' : (x.constructor?.name ?? 'an object')) : `${typeof x} ${String(x)}`;
}

function index(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new SortError(`an index must be a natural number, got ${n}`);
  return n;
}

/**
 * A Boolean term from a term or a boolean.
 * @example toBool(true) // true
 */
export function toBool(x: unknown): ExprNode {
  if (typeof x === 'boolean') return boolNode(x);
  const n = toNode(x, 'Bool');
  if (n.kind !== 'Bool') throw new SortError(`expected a Bool term, got ${n.sort}`);
  return n;
}

/**
 * An Int term from a term, a number (which must be an integer) or a bigint.
 * @example toInt(3) // 3
 */
function toInt(x: unknown): ExprNode {
  if (typeof x === 'number' || typeof x === 'bigint') return intNode(integer(x));
  const n = toNode(x, 'Int');
  if (n.kind !== 'Int') throw new SortError(`expected an Int term, got ${n.sort}`);
  return n;
}

/** A term of `model`'s sort from `x`: literals are converted to that sort, terms are kept (the operator checks them). */
function like(model: ExprNode, x: unknown): ExprNode {
  switch (model.kind) {
    case 'Bool':
      return typeof x === 'boolean' ? boolNode(x) : toNode(x, 'Bool');
    case 'Int':
      return typeof x === 'number' || typeof x === 'bigint' ? intNode(integer(x)) : toNode(x, 'Int');
    case 'BitVec':
      return typeof x === 'number' || typeof x === 'bigint' ? bvNode(integer(x), model.width) : toNode(x, model.sort);
  }
}

/**
 * Literals (booleans, numbers, bigints) converted to the sort of the first term among `xs`
 * (Int if there is none), for `Distinct` and `If`.
 * @example alike([x8, 3]) // [x8, #x03]
 */
export function alike(xs: readonly unknown[]): ExprNode[] {
  const model = xs.find((x): x is ExprNode => x instanceof ExprNode);
  if (model) return xs.map((x) => like(model, x));
  return xs.map((x) => (typeof x === 'boolean' ? boolNode(x) : toInt(x)));
}

/**
 * The bigint of a number (which must be a safe integer) or bigint; SortError otherwise.
 * @example integer(3) // 3n
 */
export function integer(x: number | bigint): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new SortError(`${x} is not an integer (use a bigint beyond 2^53)`);
  return BigInt(x);
}

/**
 * The Boolean constant `b`.
 * @example boolNode(true).toString() // 'true'
 */
export function boolNode(b: boolean): ExprNode {
  return b ? TRUE : FALSE;
}
const TRUE = new ExprNode('true', Sort.Bool, []);
const FALSE = new ExprNode('false', Sort.Bool, []);

/**
 * The Int literal `v`.
 * @example intNode(-3n).toString() // '(- 3)'
 */
export function intNode(v: bigint): ExprNode {
  return new ExprNode('int', Sort.Int, [], [], v);
}

/**
 * The `w`-bit literal of `v`, which must lie in [−2^(w−1), 2^w) (negative values are two's complement).
 * @example bvNode(-1n, 4).toString() // '#xf'
 */
export function bvNode(v: bigint, w: number): ExprNode {
  const lo = -(1n << BigInt(w - 1));
  const hi = 1n << BigInt(w);
  if (v < lo || v >= hi) throw new SortError(`${v} does not fit in ${w} bits`);
  return new ExprNode('bv', Sort.bitVec(w), [], [], BigInt.asUintN(w, v));
}

/**
 * A declared constant.
 * @example constNode('x', Sort.Int).toString() // 'x'
 */
export function constNode(name: string, sort: Sort): ExprNode {
  if (typeof name !== 'string' || name.length === 0) throw new SortError('a constant needs a non-empty name');
  return new ExprNode('var', sort, [], [], undefined, name);
}

/**
 * The sort `(_ BitVec w)`, for 1 ≤ w ≤ 2^24; SortError otherwise.
 * @example bitVecSort(8).name // '(_ BitVec 8)'
 */
export function bitVecSort(w: number): Sort {
  if (!Number.isSafeInteger(w) || w < 1 || w > MAX_WIDTH) throw new SortError(`a bit-vector width must be an integer from 1 to ${MAX_WIDTH}, got ${w}`);
  return Sort.bitVec(w);
}

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
export function foldExpr<T>(root: ExprNode, memo: Map<ExprNode, T> | WeakMap<ExprNode, T>, f: ExprFold<T>): T {
  postOrder<ExprNode>(
    [root],
    (n) => memo.has(n),
    (n) => n.args,
    (n) => {
      const leaf = n.op === 'var' ? f.constant(n.name!, n.sortOf, n) : n.args.length === 0 ? f.literal(n) : undefined;
      memo.set(n, leaf !== undefined ? leaf : f.app(n, n.args.map((a) => memo.get(a)!)));
    },
  );
  return memo.get(root)!;
}

/**
 * SMT-LIB text of an expression, written left to right with an explicit stack (as
 * `printSExpr`), so that the text of a deep term costs its length, not its depth times its length.
 */
function printExpr(root: ExprNode): string {
  const out: string[] = [];
  const stack: (ExprNode | string)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (n.op === 'var') out.push(printSymbol(n.name!));
    else if (n.args.length === 0) out.push(n.op === 'true' || n.op === 'false' ? n.op : printValue(n.value!, n.sortOf));
    else {
      out.push(n.indices.length > 0 ? `((_ ${n.op} ${n.indices.join(' ')})` : `(${n.op}`);
      stack.push(')');
      for (let i = n.args.length - 1; i >= 0; i--) stack.push(n.args[i]!, ' ');
    }
  }
  return out.join('');
}
