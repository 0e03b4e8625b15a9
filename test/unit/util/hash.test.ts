/**
 * The hash mixer of the open-addressing tables (src/util/hash.ts): tables index by its low bits,
 * so tuples of small, close numbers (variable numbers, bounds) must spread over them.
 */
import { describe, expect, it } from 'vitest';
import { mix } from '../../../src/util/hash.js';

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
