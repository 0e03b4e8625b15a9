/**
 * Time windows and energetic reasoning, each on its own: shortest-path bounds and the fact
 * chains behind them, negative cycles, mandatory energy, and overloads that only a window
 * inside the horizon shows.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/resource/detect.js';
import { findOverload, mandatory, type Task } from '../../../src/resource/energetic.js';
import { Windows } from '../../../src/resource/windows.js';

/** `x − y ≤ c` facts over variables 0..n (0 is the zero variable). */
const fact = (x: number, y: number, c: number): Fact => ({ x, y, c: BigInt(c), source: 0 });

/** The sum of a chain of facts, checked to telescope (each fact's x is the next one's y). */
function sum(facts: readonly Fact[], chain: number[]): { from: number; to: number; c: bigint } {
  let c = 0n;
  for (let i = 0; i + 1 < chain.length; i++) expect(facts[chain[i]!]!.x).toBe(facts[chain[i + 1]!]!.y);
  for (const i of chain) c += facts[i]!.c;
  return { from: facts[chain[0]!]!.y, to: facts[chain[chain.length - 1]!]!.x, c };
}

describe('Windows', () => {
  // 1 ≥ 0, 2 ≥ 1 + 3, 2 ≤ 9, 3 ≥ 2 + 2 (so 3 ≥ 5), 3 ≤ 12
  const facts = [fact(0, 1, 0), fact(1, 2, -3), fact(2, 0, 9), fact(2, 3, -2), fact(3, 0, 12)];
  const w = new Windows(4, facts);

  it('bounds every variable both ways from the zero variable, with chains that prove them', () => {
    const f = w.bestFrame([1, 2, 3])!;
    expect(f.ref).toBe(0);
    expect([1, 2, 3].map((v) => [-f.down.get(v)!, f.up.get(v)!])).toEqual([[0n, 6n], [3n, 9n], [5n, 12n]]);
    for (const v of [1, 2, 3]) {
      expect(sum(facts, w.chainUp(f, v))).toEqual({ from: 0, to: v, c: f.up.get(v)! });
      expect(sum(facts, w.chainDown(f, v))).toEqual({ from: v, to: 0, c: f.down.get(v)! });
    }
  });

  it('finds no cycle in consistent facts, and a negative one that telescopes otherwise', () => {
    expect(w.negativeCycle(() => {})).toBeUndefined();
    const bad = [...facts, fact(3, 1, -6)]; // 3 ≥ 1 + 5, and 3 − 1 ≤ −6: contradiction
    const cycle = new Windows(4, bad).negativeCycle(() => {})!;
    const s = sum(bad, cycle);
    expect(s.from).toBe(s.to);
    expect(s.c < 0n).toBe(true);
    expect(new Windows(4, bad).frame(0)).toBeUndefined();
  });
});

describe('energetic reasoning', () => {
  it('mandatory energy is the smaller of the left- and right-shifted overlaps', () => {
    const t: Task = { est: 0, lst: 4, d: 3 };
    expect(mandatory(t, 0, 7)).toBe(3);
    expect(mandatory(t, 2, 5)).toBe(1); // at 0: [0,3) ∩ [2,5) = 1; at 4: [4,7) ∩ [2,5) = 1
    expect(mandatory(t, 3, 4)).toBe(0); // at 0 it ends at 3
    expect(mandatory({ est: 2, lst: 3, d: 4 }, 3, 6)).toBe(3);
  });

  it('finds an overload that only a window inside the horizon shows', () => {
    // Two long tasks anywhere in [0, 20), three short ones that must all run in [5, 9).
    const tasks: Task[] = [
      { est: 0, lst: 15, d: 5 },
      { est: 0, lst: 15, d: 5 },
      { est: 5, lst: 7, d: 2 },
      { est: 5, lst: 7, d: 2 },
      { est: 5, lst: 7, d: 1 },
    ];
    const tried = { windows: 0 };
    const hit = findOverload(tasks, 1, 1e6, tried)!;
    expect(hit).toMatchObject({ t1: 5, t2: 9, energy: 5 });
    expect(hit.tasks).toEqual([2, 3, 4]);
    expect(tried.windows).toBeGreaterThan(1); // the whole horizon [0, 20) holds 15 ≤ 20
    expect(findOverload(tasks.slice(0, 4), 1, 1e6, { windows: 0 })).toBeUndefined();
    expect(findOverload(tasks, 2, 1e6, { windows: 0 })).toBeUndefined();
  });

  it('tries each window of the relevant points once when none is overloaded', () => {
    const tasks: Task[] = [
      { est: 0, lst: 6, d: 2 },
      { est: 1, lst: 9, d: 3 },
      { est: 4, lst: 5, d: 1 },
    ];
    const tried = { windows: 0 };
    expect(findOverload(tasks, 1, 1e6, tried)).toBeUndefined();
    // The horizon, then every non-empty [t1, t2) of the first round's points (starts × ends)
    // and of the second round's (est ∪ ect ∪ lst × lct ∪ ect ∪ lst) that the first did not try.
    const uniq = (xs: number[]) => [...new Set(xs)];
    const pairs = (t1s: number[], t2s: number[]) => t1s.flatMap((a) => t2s.filter((b) => b > a).map((b) => `${a},${b}`));
    const first = pairs(uniq(tasks.map((t) => t.est)), uniq(tasks.map((t) => t.lst + t.d)));
    const second = pairs(uniq(tasks.flatMap((t) => [t.est, t.est + t.d, t.lst])), uniq(tasks.flatMap((t) => [t.lst + t.d, t.est + t.d, t.lst])));
    const expected = 1 + first.length + second.filter((w) => !first.includes(w)).length;
    expect(tried.windows).toBe(expected);
  });
});
