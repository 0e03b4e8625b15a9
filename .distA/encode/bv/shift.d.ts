/**
 * Barrel shifters (logarithmic shifters) for `bvshl`, `bvlshr` and `bvashr` by a variable
 * amount. Stage j shifts by 2^j when bit j of the amount is set; only the stages with
 * 2^j < n are built, and any set bit above them means an over-shift (amount ≥ n) whose
 * result SMT-LIB fixes: zeros, or copies of the sign bit for `bvashr`. Shifts by amounts in
 * [n, 2^stages) fall out of the stages themselves, as the fill reaches every bit.
 */
import { type Gates, type Lit } from '../../cnf/gates.js';
import type { Word } from './arith.js';
export type ShiftKind = 'shl' | 'lshr' | 'ashr';
/**
 * `a` shifted by the unsigned amount `s` (pre: |s| = |a|).
 * @example shiftWord(g, a, s, 'ashr')
 */
export declare function shiftWord(g: Gates, a: readonly Lit[], s: readonly Lit[], kind: ShiftKind): Word;
/** `a` rotated left by the constant `k` (any k ≥ 0): bit i moves to i + k mod n. */
export declare function rotateLeft(a: readonly Lit[], k: number): Word;
