/**
 * The sweeps of search-time resource reasoning (src/theory/idl/disjunctive.ts), against brute
 * force on small random task sets: an overload is reported exactly when some set of tasks does
 * not fit in its window, and what is reported is overloaded; every conclusion of edge-finding
 * holds in every schedule, and every task interval the rule applies to is covered.
 */
import { describe, expect, it } from 'vitest';
import { Sweep } from '../../../../src/theory/idl/disjunctive.js';
import { between, rng } from '../../../support/rng.js';

interface Tasks {
  est: number[];
  lct: number[];
  dur: number[];
}

function randomTasks(r: () => number): Tasks {
  const rand = (n: number) => between(r, 0, n - 1);
  const k = 3 + rand(4);
  const est: number[] = [];
  const lct: number[] = [];
  const dur: number[] = [];
  for (let i = 0; i < k; i++) {
    const p = 1 + rand(4);
    const e = rand(8);
    est.push(e);
    dur.push(p);
    lct.push(e + p + rand(6));
  }
  return { est, lct, dur };
}

function load(s: Sweep, t: Tasks): Float64Array {
  t.est.forEach((e, i) => {
    s.est[i] = e;
    s.lct[i] = t.lct[i]!;
  });
  s.prepare(t.est.length);
  return Float64Array.from(t.dur);
}

/** Every schedule of the tasks: integer starts in [est, lct − p], no two overlapping. */
function schedules(t: Tasks): number[][] {
  const out: number[][] = [];
  const starts: number[] = [];
  const go = (i: number): void => {
    if (i === t.est.length) {
      out.push([...starts]);
      return;
    }
    for (let s = t.est[i]!; s + t.dur[i]! <= t.lct[i]!; s++) {
      if (starts.every((o, j) => o + t.dur[j]! <= s || s + t.dur[i]! <= o)) {
        starts.push(s);
        go(i + 1);
        starts.pop();
      }
    }
  };
  go(0);
  return out;
}

/** Whether the tasks of `set` cannot fit between their least est and greatest lct. */
function overloaded(t: Tasks, set: readonly number[]): boolean {
  const E = Math.min(...set.map((j) => t.est[j]!));
  const L = Math.max(...set.map((j) => t.lct[j]!));
  return E + set.reduce((a, j) => a + t.dur[j]!, 0) > L;
}

describe('Sweep', () => {
  it('reports an overload exactly when some subset is overloaded, and the reported set is', () => {
    const rand = rng(7);
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      const t = randomTasks(rand);
      const s = new Sweep(8);
      const dur = load(s, t);
      const k = t.est.length;
      let any = false;
      for (let mask = 1; mask < 1 << k && !any; mask++) {
        const set = [...Array(k).keys()].filter((j) => mask & (1 << j));
        any = overloaded(t, set);
      }
      const hit = s.overload(dur);
      expect(hit).toBe(any);
      if (hit) {
        found++;
        expect(overloaded(t, Array.from(s.omega.subarray(0, s.omegaSize)))).toBe(true);
        // And then there is no schedule at all.
        expect(schedules(t)).toHaveLength(0);
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('edge-finding: Ω ≪ i holds in every schedule, and every task interval the rule applies to is reported', () => {
    const rand = rng(13);
    let conclusions = 0;
    for (let n = 0; n < 2000; n++) {
      const t = randomTasks(rand);
      const s = new Sweep(8);
      const dur = load(s, t);
      if (s.overload(dur)) continue;
      const k = t.est.length;
      const after = Array.from({ length: k }, () => new Set<number>()); // after[i]: j that must precede i
      s.edgeFind(dur, (i, E) => {
        const omega = Array.from(s.omega.subarray(0, s.omegaSize));
        expect(omega).not.toContain(i);
        expect(E).toBe(Math.min(t.est[i]!, ...omega.map((j) => t.est[j]!)));
        for (const j of omega) after[i]!.add(j);
        return true;
      });
      const all = schedules(t);
      for (let i = 0; i < k; i++)
        for (const j of after[i]!) {
          conclusions++;
          for (const st of all) expect(st[j]! + t.dur[j]!).toBeLessThanOrEqual(st[i]!);
        }
      // Completeness over task intervals Ω(a, b) = {j : est_j ≥ est_a, lct_j ≤ lct_b}.
      for (let a = 0; a < k; a++)
        for (let b = 0; b < k; b++) {
          const omega = [...Array(k).keys()].filter((j) => t.est[j]! >= t.est[a]! && t.lct[j]! <= t.lct[b]!);
          if (omega.length === 0) continue;
          const L = Math.max(...omega.map((j) => t.lct[j]!));
          const p = omega.reduce((x, j) => x + t.dur[j]!, 0);
          for (let i = 0; i < k; i++) {
            if (t.lct[i]! <= L) continue;
            const E = Math.min(t.est[i]!, ...omega.map((j) => t.est[j]!));
            if (E + p + t.dur[i]! > L) for (const j of omega) expect(after[i]!.has(j)).toBe(true);
          }
        }
    }
    expect(conclusions).toBeGreaterThan(100);
  });
});
