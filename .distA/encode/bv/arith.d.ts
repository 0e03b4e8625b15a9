/**
 * Word-level arithmetic circuits for bit-blasting, over the gate interface only (docs/ARCHITECTURE.md "Encoding").
 * A word is an array of gate literals, least significant bit first; all results are truncated
 * to the operands' width, as bit-vector arithmetic is modulo 2^n. Constant bits fold away in
 * the gate layer, so a multiplication by a constant costs only the additions its 1-bits need
 * (the shift-add decomposition comes for free) and a constant divisor shrinks the divider.
 *
 * - addition: ripple-carry full adders whose sum and carry share the XOR of the operands;
 * - multiplication: the shift-add array multiplier, with the partial sums truncated to n bits
 *   (n(n−1)/2 full adders);
 * The quadratic circuits call `poll` once per row, so that a time limit interrupts even one
 * huge multiplier or divider (it may throw LimitReached).
 *
 * - division: the restoring divider (one trial subtraction per quotient bit), which yields
 *   SMT-LIB's division by zero by itself: with b = 0 every trial succeeds, so the quotient is
 *   all ones and the remainder is the dividend.
 */
import { type Gates, type Lit } from '../../cnf/gates.js';
export type Word = Lit[];
/** The constant word of `w` bits with value `v` (modulo 2^w). */
export declare function constWord(v: bigint, w: number): Word;
/** Bitwise negation. */
export declare function notWord(a: readonly Lit[]): Word;
/** `a + b` modulo 2^n. */
export declare function addWord(g: Gates, a: readonly Lit[], b: readonly Lit[]): Word;
/** `a − b` modulo 2^n. */
export declare function subWord(g: Gates, a: readonly Lit[], b: readonly Lit[]): Word;
/** `−a` modulo 2^n (two's complement: ¬a + 1). */
export declare function negWord(g: Gates, a: readonly Lit[]): Word;
/** Bitwise `c ? t : e`. */
export declare function muxWord(g: Gates, c: Lit, t: readonly Lit[], e: readonly Lit[]): Word;
/**
 * `a · b` modulo 2^n: row i adds `a · b_i`, shifted by i, into the top n − i bits of the
 * accumulator. Rows of a 0 bit of a constant `b` vanish in the gate layer.
 */
export declare function mulWord(g: Gates, a: readonly Lit[], b: readonly Lit[], poll?: () => void): Word;
/**
 * Unsigned quotient and remainder by restoring division, with SMT-LIB's semantics for a zero
 * divisor (q = all ones, r = a). Step i (from the top bit down) forms r' = 2r + a_i on n + 1
 * bits, tries r' − b, and keeps the difference when there is no borrow (then q_i = 1).
 * Post: a = q·b + r with r < b when b ≠ 0.
 */
export declare function udivremWord(g: Gates, a: readonly Lit[], b: readonly Lit[], poll?: () => void): {
    q: Word;
    r: Word;
};
