/**
 * The meaning of every bit-vector operator on values: a bit-vector of width n is its unsigned
 * value, a bigint in [0, 2^n). This is the reference semantics (SMT-LIB 2.6, theory
 * FixedSizeBitVectors and logic QF_BV), used by the model check (model/evaluate.ts) and by
 * constant folding in the rewriter, and tested against Z3.
 *
 * Division by zero is total, as SMT-LIB 2.6 and Z3 define it: `bvudiv x 0` is all ones,
 * `bvurem x 0` is `x`; the signed operators are the unsigned ones applied to absolute values
 * with the sign cases of the standard's definitions, so `bvsdiv x 0` is all ones for x ≥ 0
 * and 1 for x < 0, `bvsrem x 0` and `bvsmod x 0` are `x`.
 *
 * `bvredor`/`bvredand` (Z3) are the one-bit or/and of all bits. The overflow predicates of
 * SMT-LIB 2.7 say whether the exact integer result leaves the range of the width: `bvuaddo`,
 * `bvumulo` unsigned, `bvusubo` a borrow (a < b), `bvsaddo`, `bvssubo`, `bvsmulo` signed, `bvnego`
 * the negation of the most negative value, `bvsdivo` that value divided by −1.
 */
import { assertExhaustive } from '../errors.js';
/** The all-ones value of width `w`: 2^w − 1. */
export function ones(w) {
    return (1n << BigInt(w)) - 1n;
}
/** The value reduced modulo 2^w. */
export function trunc(x, w) {
    return BigInt.asUintN(w, x);
}
/** The two's complement reading of a w-bit value. */
export function signed(x, w) {
    return BigInt.asIntN(w, x);
}
/** Whether the sign (most significant) bit of a w-bit value is set. */
export function msb(x, w) {
    return ((x >> BigInt(w - 1)) & 1n) === 1n;
}
/** The most negative w-bit value, 1 followed by w − 1 zeros (unsigned). */
export function minSigned(w) {
    return 1n << BigInt(w - 1);
}
/** Whether the integer x is representable in w-bit two's complement. */
function fitsSigned(x, w) {
    return x >= -minSigned(w) && x < minSigned(w);
}
/** `bvudiv`: ⌊a / b⌋, all ones when b = 0. */
export function udiv(a, b, w) {
    return b === 0n ? ones(w) : a / b;
}
/** `bvurem`: a mod b, `a` when b = 0. */
export function urem(a, b) {
    return b === 0n ? a : a % b;
}
const neg = (x, w) => trunc(-x, w);
/** `bvsdiv` per SMT-LIB 2.6: unsigned division of the absolute values, negated when the signs differ. */
export function sdiv(s, t, w) {
    const [ms, mt] = [msb(s, w), msb(t, w)];
    const q = udiv(ms ? neg(s, w) : s, mt ? neg(t, w) : t, w);
    return ms !== mt ? neg(q, w) : q;
}
/** `bvsrem` per SMT-LIB 2.6: the remainder takes the sign of the dividend. */
export function srem(s, t, w) {
    const [ms, mt] = [msb(s, w), msb(t, w)];
    const r = urem(ms ? neg(s, w) : s, mt ? neg(t, w) : t);
    return ms ? neg(r, w) : r;
}
/** `bvsmod` per SMT-LIB 2.6: the remainder takes the sign of the divisor. */
export function smod(s, t, w) {
    const [ms, mt] = [msb(s, w), msb(t, w)];
    const u = urem(ms ? neg(s, w) : s, mt ? neg(t, w) : t);
    if (u === 0n || ms === mt)
        return ms ? neg(u, w) : u;
    return ms ? trunc(t - u, w) : trunc(u + t, w);
}
/** `bvshl`: shift left by b, 0 when b ≥ w. */
export function shl(a, b, w) {
    return b >= BigInt(w) ? 0n : trunc(a << b, w);
}
/** `bvlshr`: logical shift right by b, 0 when b ≥ w. */
export function lshr(a, b, w) {
    return b >= BigInt(w) ? 0n : a >> b;
}
/** `bvashr`: arithmetic shift right by b; all sign bits when b ≥ w. */
export function ashr(a, b, w) {
    const k = b >= BigInt(w) ? BigInt(w - 1) : b;
    return trunc(signed(a, w) >> k, w);
}
/** `rotate_left` by k (any k ≥ 0). */
export function rotl(a, k, w) {
    const r = BigInt(k % w);
    return r === 0n ? a : trunc((a << r) | (a >> (BigInt(w) - r)), w);
}
/**
 * `k` copies of the `n`-bit value `a`, by doubling: O(log k) shifts, linear in the result's
 * size (one shift per copy would be quadratic: `(_ repeat 1000000)` took seconds).
 * @example repeatBits(0b10n, 2, 3) // 0b101010n
 */
export function repeatBits(a, n, k) {
    let out = 0n;
    let outCopies = 0;
    let block = a; // `blockCopies` copies of a
    let blockCopies = 1;
    for (let rest = k; rest > 0; rest >>= 1) {
        if (rest & 1) {
            out = (out << BigInt(blockCopies * n)) | block;
            outCopies += blockCopies;
        }
        if (rest > 1) {
            block = (block << BigInt(blockCopies * n)) | block;
            blockCopies *= 2;
        }
    }
    return out;
}
/**
 * The value of `op` applied to argument values `v` of widths `widths`, with `indices` for the
 * indexed operators; `w` is the result width (for predicates, the arguments' width).
 * Pre: the application is well sorted.
 * @example bvApply('bvudiv', [], [5n, 0n], [4, 4], 4) // 15n
 */
export function bvApply(op, indices, v, widths, w) {
    const a = v[0];
    const b = v[1];
    const n = widths[0];
    switch (op) {
        case 'concat':
            return v.reduce((acc, x, i) => (acc << BigInt(widths[i])) | x, 0n);
        case 'extract':
            return trunc(a >> BigInt(indices[1]), w);
        case 'repeat':
            return repeatBits(a, n, indices[0]);
        case 'zero_extend':
            return a;
        case 'sign_extend':
            return trunc(signed(a, n), w);
        case 'rotate_left':
            return rotl(a, indices[0], n);
        case 'rotate_right':
            return rotl(a, n - (indices[0] % n), n);
        case 'bvnot':
            return a ^ ones(n);
        case 'bvand':
            return a & b;
        case 'bvor':
            return a | b;
        case 'bvxor':
            return a ^ b;
        case 'bvnand':
            return (a & b) ^ ones(n);
        case 'bvnor':
            return (a | b) ^ ones(n);
        case 'bvxnor':
            return a ^ b ^ ones(n);
        case 'bvcomp':
            return a === b ? 1n : 0n;
        case 'bvneg':
            return neg(a, n);
        case 'bvadd':
            return trunc(a + b, n);
        case 'bvsub':
            return trunc(a - b, n);
        case 'bvmul':
            return trunc(a * b, n);
        case 'bvudiv':
            return udiv(a, b, n);
        case 'bvurem':
            return urem(a, b);
        case 'bvsdiv':
            return sdiv(a, b, n);
        case 'bvsrem':
            return srem(a, b, n);
        case 'bvsmod':
            return smod(a, b, n);
        case 'bvshl':
            return shl(a, b, n);
        case 'bvlshr':
            return lshr(a, b, n);
        case 'bvashr':
            return ashr(a, b, n);
        case 'bvult':
            return a < b;
        case 'bvule':
            return a <= b;
        case 'bvugt':
            return a > b;
        case 'bvuge':
            return a >= b;
        case 'bvslt':
            return signed(a, n) < signed(b, n);
        case 'bvsle':
            return signed(a, n) <= signed(b, n);
        case 'bvsgt':
            return signed(a, n) > signed(b, n);
        case 'bvsge':
            return signed(a, n) >= signed(b, n);
        case 'bvredor':
            return a !== 0n ? 1n : 0n;
        case 'bvredand':
            return a === ones(n) ? 1n : 0n;
        case 'bvnego':
            return a === minSigned(n);
        case 'bvuaddo':
            return a + b > ones(n);
        case 'bvsaddo':
            return !fitsSigned(signed(a, n) + signed(b, n), n);
        case 'bvusubo':
            return a < b;
        case 'bvssubo':
            return !fitsSigned(signed(a, n) - signed(b, n), n);
        case 'bvumulo':
            return a * b > ones(n);
        case 'bvsmulo':
            return !fitsSigned(signed(a, n) * signed(b, n), n);
        case 'bvsdivo':
            return a === minSigned(n) && b === ones(n);
        default:
            return assertExhaustive(op, 'bit-vector operator');
    }
}
//# sourceMappingURL=bitvec.js.map