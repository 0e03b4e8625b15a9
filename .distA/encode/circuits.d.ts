/**
 * Arithmetic circuits over the gate interface, shared by the difference-logic and bit-vector
 * encoders: ripple-carry addition and comparison of an unsigned word with a constant.
 * Words are arrays of gate literals, least significant bit first. Constant inputs fold away
 * in the gate layer, so adding a constant or comparing against one costs only what it must.
 */
import { type Gates, type Lit } from '../cnf/gates.js';
/**
 * Unsigned sum of two words, one bit wider than the wider operand.
 * @example add(g, [a0, a1], [b0]) // [s0, s1, s2]
 */
export declare function add(g: Gates, a: readonly Lit[], b: readonly Lit[]): Lit[];
/**
 * The literal of `word ≤ k` for an unsigned word and a constant k (any bigint).
 * Scans from the least significant bit: below the current bit the word is ≤ k's low part
 * exactly when `r` holds; a 1 in k lets a 0 in the word win, a 0 in k needs a 0 in the word.
 * @example leConst(g, bits, 5n)
 */
export declare function leConst(g: Gates, word: readonly Lit[], k: bigint): Lit;
/** Value of a word under an assignment of its bits (LSB first). */
export declare function wordValue(bits: readonly Lit[], value: (l: Lit) => boolean): bigint;
/** Number of bits needed for the values 0..n (0 for n = 0). */
export declare function bitsFor(n: bigint): number;
