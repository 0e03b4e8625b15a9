/**
 * The operators eagersmt knows, one table: SMT-LIB name, arity, and the sort rule that
 * type-checks an application. The elaborator consults only this table, so adding an operator
 * (a later theory) is one row here plus its reduction.
 *
 * Bit-vector operators follow SMT-LIB 2.6's FixedSizeBitVectors theory and the QF_BV logic, plus
 * Z3's `bvredor`/`bvredand` and SMT-LIB 2.7's overflow predicates
 * (`bvand`, `bvor`, `bvxor`, `bvadd`, `bvmul`, `bvsub` and `concat` accept more than two
 * arguments, left-associatively, as Z3 does).
 *
 * Arity is `[min, max]` (max = Infinity for n-ary). Chainable (`=`, `<=`, ...) and associative
 * forms are turned into binary ones by the term store, per SMT-LIB 2.6 §3.6 attributes
 * `:chainable`, `:left-assoc`, `:right-assoc`.
 */
import { Sort } from './sort.js';
const allBool = (args) => args.every((s) => s === Sort.Bool) ? Sort.Bool : 'arguments must be Bool';
/** All Int or all Real (the elaborator inserts `to_real` where Z3 would); the result is that sort. */
const arith = (args) => args.every((s) => s === Sort.Int) || args.every((s) => s === Sort.Real) ? args[0] : 'arguments must all be Int or all Real';
const arithCompare = (args, ix) => (arith(args, ix) instanceof Sort ? Sort.Bool : arith(args, ix));
const sameSort = (args) => args.every((s) => s === args[0]) ? Sort.Bool : 'arguments must have the same sort';
const isBv = (s) => s.kind === 'BitVec';
/** All arguments of one bit-vector sort; the result is that sort. */
const sameBv = (args) => isBv(args[0]) && args.every((s) => s === args[0]) ? args[0] : 'arguments must be bit-vectors of the same width';
/** Two bit-vectors of one sort; the result is Bool. */
const bvCompare = (args) => isBv(args[0]) && args.every((s) => s === args[0]) ? Sort.Bool : 'arguments must be bit-vectors of the same width';
/** One bit-vector; the result has width `f(width, indices)` (a message when the indices are wrong). */
const reshape = (f) => (args, ix) => {
    if (!isBv(args[0]))
        return 'the argument must be a bit-vector';
    const w = f(args[0].width, ix);
    if (typeof w === 'string')
        return w;
    if (w < 1 || w > MAX_WIDTH)
        return `the result width ${w} is out of range`;
    return Sort.bitVec(w);
};
/** Widest bit-vector sort accepted (2^24 bits). */
export const MAX_WIDTH = 1 << 24;
const bvTable = [
    {
        op: 'concat',
        arity: [2, Infinity],
        assoc: 'left',
        sort: (args) => {
            if (!args.every(isBv))
                return 'arguments must be bit-vectors';
            const w = args.reduce((n, s) => n + s.width, 0);
            return w > MAX_WIDTH ? `the result width ${w} is out of range` : Sort.bitVec(w);
        },
    },
    {
        op: 'extract',
        arity: [1, 1],
        indices: 2,
        sort: reshape((w, [i, j]) => (i < w && j <= i ? i - j + 1 : `needs ${w} > i >= j >= 0, got i = ${i}, j = ${j}`)),
    },
    {
        op: 'repeat',
        arity: [1, 1],
        indices: 1,
        checkIndices: ([i]) => (i >= 1 ? undefined : `the count of 'repeat' must be at least 1, got ${i}`),
        sort: reshape((w, [i]) => w * i),
    },
    { op: 'zero_extend', arity: [1, 1], indices: 1, sort: reshape((w, [i]) => w + i) },
    { op: 'sign_extend', arity: [1, 1], indices: 1, sort: reshape((w, [i]) => w + i) },
    { op: 'rotate_left', arity: [1, 1], indices: 1, sort: reshape((w) => w) },
    { op: 'rotate_right', arity: [1, 1], indices: 1, sort: reshape((w) => w) },
    { op: 'bvnot', arity: [1, 1], sort: sameBv },
    { op: 'bvneg', arity: [1, 1], sort: sameBv },
    { op: 'bvand', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    { op: 'bvor', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    { op: 'bvxor', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    { op: 'bvnand', arity: [2, 2], sort: sameBv },
    { op: 'bvnor', arity: [2, 2], sort: sameBv },
    { op: 'bvxnor', arity: [2, 2], sort: sameBv },
    { op: 'bvcomp', arity: [2, 2], sort: (args, ix) => (sameBv(args, ix) instanceof Sort ? Sort.bitVec(1) : sameBv(args, ix)) },
    { op: 'bvadd', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    { op: 'bvsub', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    { op: 'bvmul', arity: [2, Infinity], sort: sameBv, assoc: 'left' },
    ...['bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod', 'bvshl', 'bvlshr', 'bvashr'].map((op) => ({ op, arity: [2, 2], sort: sameBv })),
    ...['bvult', 'bvule', 'bvugt', 'bvuge', 'bvslt', 'bvsle', 'bvsgt', 'bvsge'].map((op) => ({ op, arity: [2, 2], sort: bvCompare })),
    ...['bvredor', 'bvredand'].map((op) => ({ op, arity: [1, 1], sort: (args) => (isBv(args[0]) ? Sort.bitVec(1) : 'the argument must be a bit-vector') })),
    { op: 'bvnego', arity: [1, 1], sort: bvCompare },
    ...['bvuaddo', 'bvsaddo', 'bvumulo', 'bvsmulo', 'bvusubo', 'bvssubo', 'bvsdivo'].map((op) => ({ op, arity: [2, 2], sort: bvCompare })),
];
const table = [
    { op: 'not', arity: [1, 1], sort: allBool },
    { op: 'and', arity: [0, Infinity], sort: allBool },
    { op: 'or', arity: [0, Infinity], sort: allBool },
    { op: 'xor', arity: [2, Infinity], sort: allBool, assoc: 'left' },
    { op: '=>', arity: [2, Infinity], sort: allBool, assoc: 'right' },
    { op: '=', arity: [2, Infinity], sort: sameSort, assoc: 'chainable' },
    { op: 'distinct', arity: [2, Infinity], sort: sameSort },
    {
        op: 'ite',
        arity: [3, 3],
        sort: ([c, t, e]) => c !== Sort.Bool ? 'the condition must be Bool' : t !== e ? 'both branches must have the same sort' : t,
    },
    { op: '+', arity: [1, Infinity], sort: arith },
    { op: '-', arity: [2, Infinity], sort: arith, assoc: 'left' },
    { op: 'neg', arity: [1, 1], sort: arith },
    { op: '*', arity: [1, Infinity], sort: arith },
    { op: '<=', arity: [2, Infinity], sort: arithCompare, assoc: 'chainable' },
    { op: '<', arity: [2, Infinity], sort: arithCompare, assoc: 'chainable' },
    { op: '>=', arity: [2, Infinity], sort: arithCompare, assoc: 'chainable' },
    { op: '>', arity: [2, Infinity], sort: arithCompare, assoc: 'chainable' },
    { op: '/', arity: [2, Infinity], sort: (args) => (args.every((s) => s === Sort.Real) ? Sort.Real : 'arguments must be Real'), assoc: 'left' },
    { op: 'to_real', arity: [1, 1], sort: ([s]) => (s === Sort.Int ? Sort.Real : 'the argument must be Int') },
    ...bvTable,
    {
        op: 'select',
        arity: [2, 2],
        sort: ([a, i]) => (a.kind !== 'Array' ? 'the first argument must be an array' : i !== a.index ? `the index must have sort ${a.index.name}` : a.element),
    },
    {
        op: 'store',
        arity: [3, 3],
        sort: ([a, i, e]) => a.kind !== 'Array'
            ? 'the first argument must be an array'
            : i !== a.index
                ? `the index must have sort ${a.index.name}`
                : e !== a.element
                    ? `the element must have sort ${a.element.name}`
                    : a,
    },
];
/** Internal operator names that are not SMT-LIB function symbols. */
const LEAVES = new Set(['neg', 'var', 'int', 'bv', 'real', 'fun', 'apply', 'const']);
const byName = new Map(table.map((info) => [info.op, info]));
/**
 * The operator named `name` in SMT-LIB (`-` with one argument is `neg`), or undefined.
 * @example opInfo('<=', 2)?.assoc // 'chainable'
 */
export function opInfo(name, argc) {
    if (name === '-' && argc === 1)
        return byName.get('neg');
    if (LEAVES.has(name))
        return undefined;
    return byName.get(name);
}
//# sourceMappingURL=kinds.js.map