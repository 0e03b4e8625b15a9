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
// ---------------------------------------------------------------------------------------------
// Implementation: one node class; the public interfaces are views of it.
/** Pre: a node of a well-sorted expression. Leaves are `var` (name), `int`/`bv` (value), `true`/`false`. */
export class ExprNode {
    op;
    sortOf;
    args;
    indices;
    value;
    name;
    constructor(
    /** SMT-LIB operator name (`-` with one argument is negation), or a leaf kind. */
    op, sortOf, args, indices = [], value, name) {
        this.op = op;
        this.sortOf = sortOf;
        this.args = args;
        this.indices = indices;
        this.value = value;
        this.name = name;
    }
    get kind() {
        return this.sortOf.kind;
    }
    get sort() {
        return this.sortOf.name;
    }
    get width() {
        return this.sortOf.width;
    }
    toString() {
        return printExpr(this);
    }
    // Shared by the three families; each is typed in its interface above.
    not() {
        return this.kind === 'Bool' ? app('not', [this]) : app('bvnot', [this]);
    }
    and(...others) {
        return this.kind === 'Bool' ? app('and', [this, ...others.map(toBool)]) : this.bin('bvand', others);
    }
    or(...others) {
        return this.kind === 'Bool' ? app('or', [this, ...others.map(toBool)]) : this.bin('bvor', others);
    }
    xor(other) {
        return this.kind === 'Bool' ? app('xor', [this, toBool(other)]) : this.bin('bvxor', [other]);
    }
    implies(other) {
        return app('=>', [this, toBool(other)]);
    }
    eq(other) {
        return app('=', [this, like(this, other)]);
    }
    neq(other) {
        return app('distinct', [this, like(this, other)]);
    }
    add(...others) {
        return this.kind === 'Int' ? app('+', [this, ...others.map(toInt)]) : this.bin('bvadd', others);
    }
    sub(...others) {
        return this.kind === 'Int' ? app('-', [this, ...others.map(toInt)]) : this.bin('bvsub', others);
    }
    mul(...others) {
        return this.kind === 'Int' ? app('*', [this, ...others.map(toInt)]) : this.bin('bvmul', others);
    }
    neg() {
        return this.kind === 'Int' ? app('-', [this]) : app('bvneg', [this]);
    }
    le(other) {
        return app('<=', [this, toInt(other)]);
    }
    lt(other) {
        return app('<', [this, toInt(other)]);
    }
    ge(other) {
        return app('>=', [this, toInt(other)]);
    }
    gt(other) {
        return app('>', [this, toInt(other)]);
    }
    udiv(o) { return this.bin('bvudiv', [o]); } // prettier-ignore
    urem(o) { return this.bin('bvurem', [o]); } // prettier-ignore
    sdiv(o) { return this.bin('bvsdiv', [o]); } // prettier-ignore
    srem(o) { return this.bin('bvsrem', [o]); } // prettier-ignore
    smod(o) { return this.bin('bvsmod', [o]); } // prettier-ignore
    nand(o) { return this.bin('bvnand', [o]); } // prettier-ignore
    nor(o) { return this.bin('bvnor', [o]); } // prettier-ignore
    xnor(o) { return this.bin('bvxnor', [o]); } // prettier-ignore
    shl(o) { return this.bin('bvshl', [o]); } // prettier-ignore
    lshr(o) { return this.bin('bvlshr', [o]); } // prettier-ignore
    ashr(o) { return this.bin('bvashr', [o]); } // prettier-ignore
    comp(o) { return this.bin('bvcomp', [o]); } // prettier-ignore
    ult(o) { return this.bin('bvult', [o]); } // prettier-ignore
    ule(o) { return this.bin('bvule', [o]); } // prettier-ignore
    ugt(o) { return this.bin('bvugt', [o]); } // prettier-ignore
    uge(o) { return this.bin('bvuge', [o]); } // prettier-ignore
    slt(o) { return this.bin('bvslt', [o]); } // prettier-ignore
    sle(o) { return this.bin('bvsle', [o]); } // prettier-ignore
    sgt(o) { return this.bin('bvsgt', [o]); } // prettier-ignore
    sge(o) { return this.bin('bvsge', [o]); } // prettier-ignore
    concat(...others) {
        return app('concat', [this, ...others.map((o) => toNode(o, 'concat'))]);
    }
    extract(hi, lo) {
        return app('extract', [this], [index(hi), index(lo)]);
    }
    zeroExtend(n) {
        return app('zero_extend', [this], [index(n)]);
    }
    signExtend(n) {
        return app('sign_extend', [this], [index(n)]);
    }
    repeat(n) {
        return app('repeat', [this], [index(n)]);
    }
    rotateLeft(n) {
        return app('rotate_left', [this], [index(n)]);
    }
    rotateRight(n) {
        return app('rotate_right', [this], [index(n)]);
    }
    /** A bit-vector operator applied to `this` and `others`, literals taking this width. */
    bin(op, others) {
        if (this.kind !== 'BitVec')
            throw new SortError(`'${op}' applies to bit-vectors, not to ${this.sort}`);
        return app(op, [this, ...others.map((o) => like(this, o))]);
    }
}
/**
 * The application of the SMT-LIB operator `op`, type-checked by the operator table.
 * @example app('<=', [x, y]) // (<= x y)
 */
export function app(op, args, indices = []) {
    const { sort } = sortOfApp(op, args.map((a) => a.sortOf), indices);
    return new ExprNode(op, sort, args, indices);
}
/**
 * The node behind a public expression; a SortError for anything else.
 * @example toNode(Int('x'), 'add').op // 'var'
 */
export function toNode(x, where) {
    if (x instanceof ExprNode)
        return x;
    throw new SortError(`${where}: expected a term, got ${describe(x)}`);
}
function describe(x) {
    return typeof x === 'object' ? (x === null ? 'null' : (x.constructor?.name ?? 'an object')) : `${typeof x} ${String(x)}`;
}
function index(n) {
    if (!Number.isSafeInteger(n) || n < 0)
        throw new SortError(`an index must be a natural number, got ${n}`);
    return n;
}
/**
 * A Boolean term from a term or a boolean.
 * @example toBool(true) // true
 */
export function toBool(x) {
    if (typeof x === 'boolean')
        return boolNode(x);
    const n = toNode(x, 'Bool');
    if (n.kind !== 'Bool')
        throw new SortError(`expected a Bool term, got ${n.sort}`);
    return n;
}
/**
 * An Int term from a term, a number (which must be an integer) or a bigint.
 * @example toInt(3) // 3
 */
function toInt(x) {
    if (typeof x === 'number' || typeof x === 'bigint')
        return intNode(integer(x));
    const n = toNode(x, 'Int');
    if (n.kind !== 'Int')
        throw new SortError(`expected an Int term, got ${n.sort}`);
    return n;
}
/** A term of `model`'s sort from `x`: literals are converted to that sort, terms are kept (the operator checks them). */
function like(model, x) {
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
export function alike(xs) {
    const model = xs.find((x) => x instanceof ExprNode);
    if (model)
        return xs.map((x) => like(model, x));
    return xs.map((x) => (typeof x === 'boolean' ? boolNode(x) : toInt(x)));
}
/**
 * The bigint of a number (which must be a safe integer) or bigint; SortError otherwise.
 * @example integer(3) // 3n
 */
export function integer(x) {
    if (typeof x === 'bigint')
        return x;
    if (!Number.isSafeInteger(x))
        throw new SortError(`${x} is not an integer (use a bigint beyond 2^53)`);
    return BigInt(x);
}
/**
 * The Boolean constant `b`.
 * @example boolNode(true).toString() // 'true'
 */
export function boolNode(b) {
    return b ? TRUE : FALSE;
}
const TRUE = new ExprNode('true', Sort.Bool, []);
const FALSE = new ExprNode('false', Sort.Bool, []);
/**
 * The Int literal `v`.
 * @example intNode(-3n).toString() // '(- 3)'
 */
export function intNode(v) {
    return new ExprNode('int', Sort.Int, [], [], v);
}
/**
 * The `w`-bit literal of `v`, which must lie in [−2^(w−1), 2^w) (negative values are two's complement).
 * @example bvNode(-1n, 4).toString() // '#xf'
 */
export function bvNode(v, w) {
    const lo = -(1n << BigInt(w - 1));
    const hi = 1n << BigInt(w);
    if (v < lo || v >= hi)
        throw new SortError(`${v} does not fit in ${w} bits`);
    return new ExprNode('bv', Sort.bitVec(w), [], [], BigInt.asUintN(w, v));
}
/**
 * A declared constant.
 * @example constNode('x', Sort.Int).toString() // 'x'
 */
export function constNode(name, sort) {
    if (typeof name !== 'string' || name.length === 0)
        throw new SortError('a constant needs a non-empty name');
    return new ExprNode('var', sort, [], [], undefined, name);
}
/**
 * The sort `(_ BitVec w)`, for 1 ≤ w ≤ 2^24; SortError otherwise.
 * @example bitVecSort(8).name // '(_ BitVec 8)'
 */
export function bitVecSort(w) {
    if (!Number.isSafeInteger(w) || w < 1 || w > MAX_WIDTH)
        throw new SortError(`a bit-vector width must be an integer from 1 to ${MAX_WIDTH}, got ${w}`);
    return Sort.bitVec(w);
}
/**
 * Folds `root` bottom-up with an explicit stack (depth never reaches the call stack), each
 * node once; `memo` may carry results across calls.
 * @example foldExpr(t, new Map(), { constant: (n) => 1, literal: () => 1, app: (_, xs) => xs.reduce((a, b) => a + b, 1) })
 */
export function foldExpr(root, memo, f) {
    postOrder([root], (n) => memo.has(n), (n) => n.args, (n) => {
        const leaf = n.op === 'var' ? f.constant(n.name, n.sortOf, n) : n.args.length === 0 ? f.literal(n) : undefined;
        memo.set(n, leaf !== undefined ? leaf : f.app(n, n.args.map((a) => memo.get(a))));
    });
    return memo.get(root);
}
/**
 * SMT-LIB text of an expression, written left to right with an explicit stack (as
 * `printSExpr`), so that the text of a deep term costs its length, not its depth times its length.
 */
function printExpr(root) {
    const out = [];
    const stack = [root];
    while (stack.length > 0) {
        const n = stack.pop();
        if (typeof n === 'string') {
            out.push(n);
            continue;
        }
        if (n.op === 'var')
            out.push(printSymbol(n.name));
        else if (n.args.length === 0)
            out.push(n.op === 'true' || n.op === 'false' ? n.op : printValue(n.value, n.sortOf));
        else {
            out.push(n.indices.length > 0 ? `((_ ${n.op} ${n.indices.join(' ')})` : `(${n.op}`);
            stack.push(')');
            for (let i = n.args.length - 1; i >= 0; i--)
                stack.push(n.args[i], ' ');
        }
    }
    return out.join('');
}
//# sourceMappingURL=expr.js.map