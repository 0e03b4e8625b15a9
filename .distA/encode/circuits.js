/**
 * Arithmetic circuits over the gate interface, shared by the difference-logic and bit-vector
 * encoders: ripple-carry addition and comparison of an unsigned word with a constant.
 * Words are arrays of gate literals, least significant bit first. Constant inputs fold away
 * in the gate layer, so adding a constant or comparing against one costs only what it must.
 */
import { FALSE, TRUE } from '../cnf/gates.js';
/**
 * Unsigned sum of two words, one bit wider than the wider operand.
 * @example add(g, [a0, a1], [b0]) // [s0, s1, s2]
 */
export function add(g, a, b) {
    const w = Math.max(a.length, b.length);
    const out = [];
    let carry = FALSE;
    for (let i = 0; i < w; i++) {
        const x = a[i] ?? FALSE;
        const y = b[i] ?? FALSE;
        const t = g.xor(x, y);
        out.push(g.xor(t, carry));
        carry = g.or(g.and(x, y), g.and(carry, t));
    }
    out.push(carry);
    return out;
}
/**
 * The literal of `word ≤ k` for an unsigned word and a constant k (any bigint).
 * Scans from the least significant bit: below the current bit the word is ≤ k's low part
 * exactly when `r` holds; a 1 in k lets a 0 in the word win, a 0 in k needs a 0 in the word.
 * @example leConst(g, bits, 5n)
 */
export function leConst(g, word, k) {
    if (k < 0n)
        return FALSE;
    if (k >= 1n << BigInt(word.length))
        return TRUE;
    let r = TRUE;
    for (let i = 0; i < word.length; i++) {
        const s = word[i];
        r = (k >> BigInt(i)) & 1n ? g.or(s ^ 1, r) : g.and(s ^ 1, r);
    }
    return r;
}
/** Value of a word under an assignment of its bits (LSB first). */
export function wordValue(bits, value) {
    let v = 0n;
    for (let i = bits.length - 1; i >= 0; i--)
        v = (v << 1n) | (value(bits[i]) ? 1n : 0n);
    return v;
}
/** Number of bits needed for the values 0..n (0 for n = 0). */
export function bitsFor(n) {
    return n <= 0n ? 0 : n.toString(2).length;
}
//# sourceMappingURL=circuits.js.map