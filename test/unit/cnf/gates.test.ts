/**
 * The gate store (src/cnf/gates.ts) polls while its hash table grows: a limit reached then
 * interrupts the growth (one growth of a table of millions of gates took over a second
 * without a poll, past `-t`), and the store stays usable with its old table.
 */
import { describe, expect, it } from 'vitest';
import { Gates } from '../../../src/cnf/gates.js';
import { LimitReached } from '../../../src/errors.js';

describe('Gates', () => {
  it('polls while the hash table grows, and a throw leaves every gate found again', () => {
    let calls = 0;
    let armed = false;
    const g = new Gates(() => {
      calls++;
      if (armed) throw new LimitReached('timeout');
    });
    const inputs = Array.from({ length: 1000 }, () => g.input());
    const built: number[] = [];
    for (let i = 0; i < 40_000; i++) built.push(g.and(inputs[i % 1000]!, inputs[Math.floor(i / 1000)]! ^ 1));
    expect(calls).toBeGreaterThan(0); // the table grew from 4,096 slots
    armed = true;
    let threw = false;
    try {
      for (let i = 0; i < 1_000_000; i++) g.xor(inputs[i % 1000]!, inputs[Math.floor(i / 1000)]!);
    } catch (e) {
      expect(e).toBeInstanceOf(LimitReached);
      threw = true;
    }
    expect(threw).toBe(true);
    armed = false;
    // Structural hashing still finds the gates built before.
    for (let i = 0; i < 40_000; i += 997) expect(g.and(inputs[i % 1000]!, inputs[Math.floor(i / 1000)]! ^ 1)).toBe(built[i]);
  });
});
