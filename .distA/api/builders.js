/**
 * The free functions that start a term: constants (`Int('x')`, `Bool('p')`, `BitVec('a', 8)`),
 * literals, and the connectives that read better as functions than as methods (`And`, `Or`,
 * `Not`, `Implies`, `Xor`, `If`, `Distinct`). Each name is both a function and, for `Bool`,
 * `BitVec`, the type of the terms it builds (`const p: Bool = Bool('p')`). Why free functions
 * rather than a `Context` object: see expr.ts.
 */
import { Sort } from '../terms/sort.js';
import { alike, app, bitVecSort, boolNode, bvNode, constNode, integer, intNode, toBool, } from './expr.js';
/**
 * The Boolean constant named `name`. The same name and sort give the same constant in a solver.
 * @example const p = Bool('p'); solver.add(p.implies(q));
 */
export function Bool(name) {
    return constNode(name, Sort.Bool);
}
/**
 * The integer constant named `name`.
 * @example const x = Int('x'); solver.add(x.sub(y).le(3));
 */
export function Int(name) {
    return constNode(name, Sort.Int);
}
/**
 * The bit-vector constant named `name` of `width` bits (1 to 2^24); a literal width is kept in
 * the type (`BitVec('a', 8)` is a `BitVec<8>`).
 * @example const a = BitVec('a', 8); solver.add(a.mul(3).eq(1));
 */
export function BitVec(name, width) {
    return constNode(name, bitVecSort(width));
}
/**
 * The literal `true` or `false` as a term.
 * @example solver.add(BoolVal(true));
 */
export function BoolVal(b) {
    return boolNode(b);
}
/**
 * An integer literal from a number (an integer) or a bigint; SortError for 2.5 or NaN.
 * @example IntVal(10n ** 20n).gt(x)
 */
export function IntVal(v) {
    return intNode(integer(v));
}
/**
 * A bit-vector literal of `width` bits; `v` must lie in [−2^(width−1), 2^width) (negative
 * values are two's complement), else SortError.
 * @example BitVecVal(-1, 8) // #xff
 */
export function BitVecVal(v, width) {
    const w = bitVecSort(width).width;
    return bvNode(integer(v), w);
}
/**
 * Conjunction; `And()` is `true`.
 * @example And(x.ge(0), x.lt(10))
 */
export function And(...xs) {
    return app('and', xs.map(toBool));
}
/**
 * Disjunction; `Or()` is `false`.
 * @example Or(a.sub(b).le(-3), b.sub(a).le(-5))
 */
export function Or(...xs) {
    return app('or', xs.map(toBool));
}
/**
 * Negation.
 * @example Not(p)
 */
export function Not(x) {
    return app('not', [toBool(x)]);
}
/**
 * Implication `a → b`.
 * @example Implies(p, x.ge(1))
 */
export function Implies(a, b) {
    return app('=>', [toBool(a), toBool(b)]);
}
/**
 * Exclusive or.
 * @example Xor(p, q)
 */
export function Xor(a, b) {
    return app('xor', [toBool(a), toBool(b)]);
}
export function If(cond, then, otherwise) {
    const [t, e] = alike([then, otherwise]);
    return app('ite', [toBool(cond), t, e]);
}
export function Distinct(...xs) {
    return app('distinct', alike(xs));
}
//# sourceMappingURL=builders.js.map