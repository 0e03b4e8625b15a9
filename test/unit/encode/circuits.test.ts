/**
 * The arithmetic circuits shared by the encoders (src/encode/circuits.ts), checked by
 * simulation against bigint arithmetic: every value of small words, random values of words
 * wider than 32 and 64 bits (the comparator reads the constant 32 bits at a time).
 */
import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../src/cnf/gates.js';
import { add, leConst, wordValue } from '../../../src/encode/circuits.js';

/** A word of `w` fresh inputs and a simulator of any literal under an input value. */
function setup(w: number) {
  const g = new Gates();
  const word = Array.from({ length: w }, () => g.input());
  const run = (value: bigint) => {
    const bitOf = new Map(word.map((l, i) => [l >>> 1, ((value >> BigInt(i)) & 1n) === 1n]));
    const val = g.simulate((node) => bitOf.get(node) ?? false);
    return (l: Lit) => (val[l >>> 1]! ^ (l & 1)) === 1;
  };
  return { g, word, run };
}

/** A deterministic pseudo-random bigint of `w` bits. */
function randomBits(w: number, seed: { s: number }): bigint {
  let v = 0n;
  for (let i = 0; i < w; i++) {
    seed.s = (Math.imul(seed.s, 1103515245) + 12345) | 0;
    v = (v << 1n) | BigInt((seed.s >>> 16) & 1);
  }
  return v;
}

describe('leConst', () => {
  it('is word ≤ k for every value and constant of a 5-bit word, and constants outside the range', () => {
    const { g, word, run } = setup(5);
    for (let k = -2n; k <= 34n; k++) {
      const l = leConst(g, word, k);
      for (let v = 0n; v < 32n; v++) expect(run(v)(l)).toBe(v <= k);
    }
  });

  it('reads every bit of constants wider than 32 and 64 bits', () => {
    const seed = { s: 7 };
    for (const w of [33, 40, 64, 70]) {
      const { g, word, run } = setup(w);
      for (let round = 0; round < 20; round++) {
        const k = randomBits(w, seed);
        const l = leConst(g, word, k);
        // Values at, next to and far from k: each bit of k decides one of them.
        const max = (1n << BigInt(w)) - 1n;
        for (const v of [k, k - 1n, k + 1n, k ^ (1n << 32n), k ^ (1n << BigInt(w - 1)), randomBits(w, seed)]) {
          if (v < 0n || v > max) continue;
          expect(run(v)(l), `w=${w} k=${k} v=${v}`).toBe(v <= k);
        }
      }
    }
  });
});

describe('add', () => {
  it('is the sum of two words of different widths, one bit wider', () => {
    const g = new Gates();
    const a = [g.input(), g.input(), g.input()];
    const b = [g.input(), g.input()];
    const sum = add(g, a, b);
    expect(sum).toHaveLength(4);
    for (let x = 0; x < 8; x++)
      for (let y = 0; y < 4; y++) {
        const bitOf = new Map<number, boolean>();
        a.forEach((l, i) => bitOf.set(l >>> 1, ((x >> i) & 1) === 1));
        b.forEach((l, i) => bitOf.set(l >>> 1, ((y >> i) & 1) === 1));
        const val = g.simulate((node) => bitOf.get(node) ?? false);
        expect(wordValue(sum, (l) => (val[l >>> 1]! ^ (l & 1)) === 1)).toBe(BigInt(x + y));
      }
  });
});
