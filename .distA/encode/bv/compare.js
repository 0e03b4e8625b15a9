/**
 * Comparators over words (LSB first): equality as a conjunction of bit equivalences, and
 * unsigned less-than by a scan from the least significant bit, where the highest differing
 * bit decides (`lt_i = a_i ≠ b_i ? b_i : lt_{i−1}`), one XOR and one multiplexer per bit.
 * Signed comparison is unsigned comparison with both sign bits flipped.
 */
import { FALSE } from '../../cnf/gates.js';
/** `a = b`. */
export function eqWord(g, a, b) {
    return g.andN(a.map((x, i) => g.iff(x, b[i])));
}
/** Unsigned `a < b`. */
export function ultWord(g, a, b) {
    let lt = FALSE;
    for (let i = 0; i < a.length; i++)
        lt = g.ite(g.xor(a[i], b[i]), b[i], lt);
    return lt;
}
/** Signed (two's complement) `a < b`. */
export function sltWord(g, a, b) {
    const n = a.length;
    const flip = (w) => [...w.slice(0, n - 1), w[n - 1] ^ 1];
    return ultWord(g, flip(a), flip(b));
}
//# sourceMappingURL=compare.js.map