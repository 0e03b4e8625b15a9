/**
 * Comparators over words (LSB first): equality as a conjunction of bit equivalences, and
 * unsigned less-than by a scan from the least significant bit, where the highest differing
 * bit decides (`lt_i = a_i ≠ b_i ? b_i : lt_{i−1}`), one XOR and one multiplexer per bit.
 * Signed comparison is unsigned comparison with both sign bits flipped.
 */
import { type Gates, type Lit } from '../../cnf/gates.js';
/** `a = b`. */
export declare function eqWord(g: Gates, a: readonly Lit[], b: readonly Lit[]): Lit;
/** Unsigned `a < b`. */
export declare function ultWord(g: Gates, a: readonly Lit[], b: readonly Lit[]): Lit;
/** Signed (two's complement) `a < b`. */
export declare function sltWord(g: Gates, a: readonly Lit[], b: readonly Lit[]): Lit;
