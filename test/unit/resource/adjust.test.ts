/**
 * Energetic bound adjustment: every schedule that exists survives the adjustment (checked by
 * enumerating all schedules of small random task sets), what edge-finding derives is derived,
 * and an infeasibility it reports is real.
 */
import { describe, expect, it } from 'vitest';
import { adjustBounds } from '../../../src/resource/adjust.js';
import type { Task } from '../../../src/resource/energetic.js';

/** Every start vector within the tasks' windows under which at most `capacity` run at once. */
function schedules(tasks: readonly Task[], capacity: number): number[][] {
  const out: number[][] = [];
  const starts: number[] = [];
  const fits = () => {
    const ends = tasks.map((t, i) => starts[i]! + t.d);
    for (let i = 0; i < tasks.length; i++) {
      // Load just after task i starts (enough: the load only rises at starts).
      let load = 0;
      for (let j = 0; j < tasks.length; j++) if (tasks[j]!.d > 0 && starts[j]! <= starts[i]! && starts[i]! < ends[j]!) load++;
      if (tasks[i]!.d > 0 && load > capacity) return false;
    }
    return true;
  };
  const go = (i: number) => {
    if (i === tasks.length) {
      if (fits()) out.push([...starts]);
      return;
    }
    for (let s = tasks[i]!.est; s <= tasks[i]!.lst; s++) {
      starts[i] = s;
      go(i + 1);
    }
  };
  go(0);
  return out;
}

/** A small deterministic pseudo-random generator. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

describe('adjustBounds', () => {
  it('derives edge-finding bounds: a task that cannot fit before two others starts after them', () => {
    // A and B must both run inside [0, 6) (5 units), so C (2 units, free) cannot start before 5.
    const tasks = [{ est: 0, lst: 3, d: 2 }, { est: 0, lst: 3, d: 3 }, { est: 0, lst: 20, d: 2 }];
    const a = adjustBounds(tasks, 1, 1e6);
    expect(a.infeasible).toBe(false);
    expect(a.tasks[2]).toEqual({ est: 5, lst: 20, d: 2 });
    expect(tasks[2]!.est).toBe(0); // the input is not changed
    // Mirrored in time ([s, s + d) becomes [20 − s − d, 20 − s)): C must end before A and B.
    const mirror = tasks.map((t) => ({ est: 20 - t.lst - t.d, lst: 20 - t.est - t.d, d: t.d }));
    const b = adjustBounds(mirror, 1, 1e6);
    expect(b.tasks[2]!.lst).toBe(20 - 5 - 2);
  });

  it('reports an overload met on the way as infeasible', () => {
    // Three tasks of 3 in [0, 7) on one machine; the first two are fixed back to back from 0.
    const a = adjustBounds([{ est: 0, lst: 0, d: 3 }, { est: 3, lst: 3, d: 3 }, { est: 0, lst: 4, d: 3 }], 1, 1e6);
    expect(a.infeasible).toBe(true);
  });

  it('keeps every schedule of 400 random task sets, and is exact about infeasibility it reports', () => {
    const r = rng(7);
    let tightened = 0;
    let infeasible = 0;
    for (let k = 0; k < 400; k++) {
      const n = 2 + r(3);
      const capacity = 1 + r(2);
      const tasks = Array.from({ length: n }, () => {
        const est = r(5);
        return { est, lst: est + r(5), d: 1 + r(4) };
      });
      const all = schedules(tasks, capacity);
      const a = adjustBounds(tasks, capacity, 1e6);
      if (a.infeasible) {
        infeasible++;
        expect(all).toEqual([]);
        continue;
      }
      if (a.changes > 0) tightened++;
      for (const s of all) s.forEach((v, i) => expect(v >= a.tasks[i]!.est && v <= a.tasks[i]!.lst).toBe(true));
    }
    // The sample exercises both outcomes.
    expect(tightened).toBeGreaterThan(20);
    expect(infeasible).toBeGreaterThan(5);
  });

  it('stops within its budget', () => {
    const tasks = Array.from({ length: 50 }, (_, i) => ({ est: i, lst: i + 100, d: 3 }));
    const a = adjustBounds(tasks, 2, 1000);
    expect(a.windows).toBeLessThanOrEqual(1000 / 100 + 1);
    expect(a.work).toBeLessThanOrEqual(1000 + 100); // at most one window (2 × 50 evaluations) over
  });
});
