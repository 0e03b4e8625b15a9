/**
 * Arithmetic circuits over the gate interface, shared by the difference-logic and bit-vector
 * encoders: ripple-carry addition and comparison of an unsigned word with a constant.
 * Words are arrays of gate literals, least significant bit first. Constant inputs fold away
 * in the gate layer, so adding a constant or comparing against one costs only what it must.
 */
import { FALSE, TRUE, type Gates, type Lit } from '../cnf/gates.js';

/**
 * Unsigned sum of two words, one bit wider than the wider operand. The carry out of a bit is
 * the multiplexer `x ⊕ y ? carry : x` (the majority of x, y and the carry): one gate and six
 * clauses, where `(x ∧ y) ∨ (carry ∧ (x ⊕ y))` takes three gates and nine.
 * @example add(g, [a0, a1], [b0]) // [s0, s1, s2]
 */
export function add(g: Gates, a: readonly Lit[], b: readonly Lit[]): Lit[] {
  const w = Math.max(a.length, b.length);
  const out: Lit[] = [];
  let carry: Lit = FALSE;
  for (let i = 0; i < w; i++) {
    const x = a[i] ?? FALSE;
    const y = b[i] ?? FALSE;
    const t = g.xor(x, y);
    out.push(g.xor(t, carry));
    carry = carry === FALSE ? g.and(x, y) : g.ite(t, carry, x);
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
export function leConst(g: Gates, word: readonly Lit[], k: bigint): Lit {
  if (k < 0n) return FALSE;
  if (k >= 1n << BigInt(word.length)) return TRUE;
  let r: Lit = TRUE;
  // k's bits 32 at a time as a number: no bigint per bit (a job shop has millions of bits).
  let chunk = 0;
  for (let i = 0; i < word.length; i++) {
    if ((i & 31) === 0) chunk = Number(BigInt.asUintN(32, k >> BigInt(i)));
    const s = word[i]!;
    r = (chunk >>> (i & 31)) & 1 ? g.or(s ^ 1, r) : g.and(s ^ 1, r);
  }
  return r;
}

/** Value of a word under an assignment of its bits (LSB first). */
export function wordValue(bits: readonly Lit[], value: (l: Lit) => boolean): bigint {
  let v = 0n;
  for (let i = bits.length - 1; i >= 0; i--) v = (v << 1n) | (value(bits[i]!) ? 1n : 0n);
  return v;
}

/** Number of bits needed for the values 0..n (0 for n = 0). */
export function bitsFor(n: bigint): number {
  return n <= 0n ? 0 : n.toString(2).length;
}
