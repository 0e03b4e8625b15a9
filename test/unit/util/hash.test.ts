/**
 * The hash mixer of the open-addressing tables (src/util/hash.ts): tables index by its low bits,
 * so tuples of small, close numbers (variable numbers, bounds) must spread over them; and the
 * doubling of their (key, hash) pair tables.
 */
import { describe, expect, it } from 'vitest';
import { growPairs, mix } from '../../../src/util/hash.js';

describe('mix', () => {
  it('spreads the 8,192 triples (x, y, k) of small numbers over 16,384 slots by its low bits', () => {
    const slots = new Int32Array(1 << 14);
    for (let x = 0; x < 32; x++) for (let y = 0; y < 32; y++) for (let k = -4; k < 4; k++) slots[mix(mix(x, y), k) & (slots.length - 1)]!++;
    // About 8,192 · e^(−1/2) ≈ 6,440 slots for a random function; at most a few per slot.
    expect(slots.filter((n) => n > 0).length).toBeGreaterThan(6000);
    expect(Math.max(...slots)).toBeLessThan(8);
  });

  it('depends on the order of its arguments and is a 32-bit integer', () => {
    expect(mix(mix(1, 2), 3)).not.toBe(mix(mix(1, 3), 2));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(Number.isInteger(mix(0x7fffffff, -1)) && mix(0x7fffffff, -1) === (mix(0x7fffffff, -1) | 0)).toBe(true);
  });
});

describe('growPairs', () => {
  /** Inserts (key, hash) into a pair table by linear probing, as the hash-consing tables do. */
  const insert = (table: Int32Array, key: number, h: number) => {
    const mask = (table.length >> 1) - 1;
    let at = h & mask;
    while (table[at << 1] !== 0) at = (at + 1) & mask;
    table[at << 1] = key;
    table[(at << 1) + 1] = h;
  };
  /** The key found for hash h by probing from its slot, or 0. */
  const find = (table: Int32Array, h: number, key: number) => {
    const mask = (table.length >> 1) - 1;
    for (let at = h & mask; table[at << 1] !== 0; at = (at + 1) & mask) if (table[(at << 1) + 1] === h && table[at << 1] === key) return key;
    return 0;
  };

  it('keeps every pair, findable from its hash in the doubled table, and polls', () => {
    const old = new Int32Array(2 * 1024);
    const pairs: [number, number][] = [];
    for (let key = 1; key <= 500; key++) {
      const h = mix(key, key % 7); // some hashes share low bits: probe chains cross the end
      pairs.push([key, h]);
      insert(old, key, h);
    }
    let polls = 0;
    const grown = growPairs(old, () => polls++);
    expect(grown.length).toBe(2 * old.length);
    expect(polls).toBeGreaterThan(0);
    for (const [key, h] of pairs) expect(find(grown, h, key)).toBe(key);
    let used = 0;
    for (let i = 0; i < grown.length; i += 2) if (grown[i] !== 0) used++;
    expect(used).toBe(pairs.length);
  });
});
