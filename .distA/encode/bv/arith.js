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
import { FALSE, TRUE } from '../../cnf/gates.js';
/** The constant word of `w` bits with value `v` (modulo 2^w). */
export function constWord(v, w) {
    const out = [];
    for (let i = 0; i < w; i++)
        out.push((v >> BigInt(i)) & 1n ? TRUE : FALSE);
    return out;
}
/** Bitwise negation. */
export function notWord(a) {
    return a.map((l) => l ^ 1);
}
/**
 * `a + b + cin` truncated to the width of `a` (pre: |a| = |b|), and the carry out.
 * @example addCarry(g, a, notWord(b), TRUE) // a − b; carry = (a ≥ b)
 */
function addCarry(g, a, b, cin) {
    const sum = [];
    let carry = cin;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        const t = g.xor(x, y);
        sum.push(g.xor(t, carry));
        carry = g.or(g.and(x, y), g.and(carry, t));
    }
    return { sum, carry };
}
/** `a + b` modulo 2^n. */
export function addWord(g, a, b) {
    return addCarry(g, a, b, FALSE).sum;
}
/** `a − b` modulo 2^n. */
export function subWord(g, a, b) {
    return addCarry(g, a, notWord(b), TRUE).sum;
}
/** `−a` modulo 2^n (two's complement: ¬a + 1). */
export function negWord(g, a) {
    return addCarry(g, notWord(a), constWord(0n, a.length), TRUE).sum;
}
/** Bitwise `c ? t : e`. */
export function muxWord(g, c, t, e) {
    return t.map((x, i) => g.ite(c, x, e[i]));
}
/**
 * `a · b` modulo 2^n: row i adds `a · b_i`, shifted by i, into the top n − i bits of the
 * accumulator. Rows of a 0 bit of a constant `b` vanish in the gate layer.
 */
export function mulWord(g, a, b, poll = () => { }) {
    const n = a.length;
    // Put the operand with more constant bits in the multiplier's seat: its rows fold away.
    const constants = (w) => w.filter((l) => l === TRUE || l === FALSE).length;
    if (constants(a) > constants(b))
        [a, b] = [b, a];
    const acc = a.map((x) => g.and(x, b[0]));
    for (let i = 1; i < n; i++) {
        const bi = b[i];
        if (bi === FALSE)
            continue;
        poll();
        const row = [];
        for (let k = 0; k < n - i; k++)
            row.push(g.and(a[k], bi));
        const top = addWord(g, acc.slice(i), row);
        for (let k = 0; k < n - i; k++)
            acc[i + k] = top[k];
    }
    return acc;
}
/**
 * Unsigned quotient and remainder by restoring division, with SMT-LIB's semantics for a zero
 * divisor (q = all ones, r = a). Step i (from the top bit down) forms r' = 2r + a_i on n + 1
 * bits, tries r' − b, and keeps the difference when there is no borrow (then q_i = 1).
 * Post: a = q·b + r with r < b when b ≠ 0.
 */
export function udivremWord(g, a, b, poll = () => { }) {
    const n = a.length;
    const nb = [...notWord(b), TRUE]; // ¬(0b), one bit wider
    const q = new Array(n).fill(FALSE);
    let r = constWord(0n, n);
    for (let i = n - 1; i >= 0; i--) {
        poll();
        const rp = [a[i], ...r]; // n + 1 bits
        const { sum: diff, carry: fits } = addCarry(g, rp, nb, TRUE);
        q[i] = fits;
        // When the trial fails, r' < b < 2^n, so its top bit is 0; when it succeeds, r' − b < b.
        r = muxWord(g, fits, diff.slice(0, n), rp.slice(0, n));
    }
    return { q, r };
}
//# sourceMappingURL=arith.js.map