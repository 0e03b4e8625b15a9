import type { BvOp } from './kinds.js';
/** The all-ones value of width `w`: 2^w − 1. */
export declare function ones(w: number): bigint;
/** The value reduced modulo 2^w. */
export declare function trunc(x: bigint, w: number): bigint;
/** The two's complement reading of a w-bit value. */
export declare function signed(x: bigint, w: number): bigint;
/** Whether the sign (most significant) bit of a w-bit value is set. */
export declare function msb(x: bigint, w: number): boolean;
/** The most negative w-bit value, 1 followed by w − 1 zeros (unsigned). */
export declare function minSigned(w: number): bigint;
/** `bvudiv`: ⌊a / b⌋, all ones when b = 0. */
export declare function udiv(a: bigint, b: bigint, w: number): bigint;
/** `bvurem`: a mod b, `a` when b = 0. */
export declare function urem(a: bigint, b: bigint): bigint;
/** `bvsdiv` per SMT-LIB 2.6: unsigned division of the absolute values, negated when the signs differ. */
export declare function sdiv(s: bigint, t: bigint, w: number): bigint;
/** `bvsrem` per SMT-LIB 2.6: the remainder takes the sign of the dividend. */
export declare function srem(s: bigint, t: bigint, w: number): bigint;
/** `bvsmod` per SMT-LIB 2.6: the remainder takes the sign of the divisor. */
export declare function smod(s: bigint, t: bigint, w: number): bigint;
/** `bvshl`: shift left by b, 0 when b ≥ w. */
export declare function shl(a: bigint, b: bigint, w: number): bigint;
/** `bvlshr`: logical shift right by b, 0 when b ≥ w. */
export declare function lshr(a: bigint, b: bigint, w: number): bigint;
/** `bvashr`: arithmetic shift right by b; all sign bits when b ≥ w. */
export declare function ashr(a: bigint, b: bigint, w: number): bigint;
/** `rotate_left` by k (any k ≥ 0). */
export declare function rotl(a: bigint, k: number, w: number): bigint;
/**
 * `k` copies of the `n`-bit value `a`, by doubling: O(log k) shifts, linear in the result's
 * size (one shift per copy would be quadratic: `(_ repeat 1000000)` took seconds).
 * @example repeatBits(0b10n, 2, 3) // 0b101010n
 */
export declare function repeatBits(a: bigint, n: number, k: number): bigint;
/**
 * The value of `op` applied to argument values `v` of widths `widths`, with `indices` for the
 * indexed operators; `w` is the result width (for predicates, the arguments' width).
 * Pre: the application is well sorted.
 * @example bvApply('bvudiv', [], [5n, 0n], [4, 4], 4) // 15n
 */
export declare function bvApply(op: BvOp, indices: readonly number[], v: readonly bigint[], widths: readonly number[], w: number): bigint | boolean;
