/**
 * Energetic bound adjustment and the tightened windows built on it: every schedule that
 * exists survives the adjustment (checked by enumerating all schedules of small random task
 * sets), what edge-finding derives is derived, crossed bounds say the resource is infeasible,
 * and a later start is passed on to the successors of an operation.
 */
import { describe, expect, it } from 'vitest';
import { adjustBounds } from '../../../src/resource/adjust.js';
import { collect, PairGraph } from '../../../src/resource/detect.js';
import type { Task } from '../../../src/resource/energetic.js';
import { tightenWindows } from '../../../src/resource/tighten.js';
import { Windows } from '../../../src/resource/windows.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';

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
  });
});

describe('tightenWindows', () => {
  it("passes an operation's later start on to its successor in the job", () => {
    // One machine, horizon [0, 10): a (3) and b (4) are fixed to [0, 7); c (2) may start at 0
    // but must then wait until 7; c's successor e runs 1 after c ends, so e ≥ 10.
    const store = new TermStore();
    const v = (n: string) => store.var(n, Sort.Int);
    const [a, b, c, e] = ['a', 'b', 'c', 'e'].map(v) as [ReturnType<typeof v>, ReturnType<typeof v>, ReturnType<typeof v>, ReturnType<typeof v>];
    const n = (k: number) => store.int(BigInt(k));
    const le = (x: ReturnType<typeof v>, k: number) => store.mk('<=', [x, n(k)]);
    const ge = (x: ReturnType<typeof v>, k: number) => store.mk('>=', [x, n(k)]);
    const before = (x: ReturnType<typeof v>, dx: number, y: ReturnType<typeof v>) => store.mk('<=', [store.mk('+', [x, n(dx)]), y]);
    const apart = (x: ReturnType<typeof v>, dx: number, y: ReturnType<typeof v>, dy: number) => store.mk('or', [before(x, dx, y), before(y, dy, x)]);
    const formulas = [
      ge(a, 0), le(a, 0), ge(b, 3), le(b, 3), ge(c, 0), le(c, 8), ge(e, 0), le(e, 20),
      apart(a, 3, b, 4), apart(a, 3, c, 2), apart(b, 4, c, 2), before(c, 3, e),
    ];
    const det = collect(formulas, () => {});
    const g = new PairGraph(det);
    const win = new Windows(det.table.numVars, det.facts);
    const frame = win.frame(0)!;
    const cliques = g.cliques(true, 8).map((ops) => ({ ops, machines: false }));
    const t = tightenWindows(g, det.facts, det.table.numVars, cliques, frame, frame, 1e6, () => {});
    expect(t.infeasible).toBe(false);
    const lower = (x: ReturnType<typeof v>) => t.bounds.find((d) => d.x === 0 && d.y === det.table.varOf(x));
    expect(lower(c)?.c).toBe(-7n); // c ≥ 7
    expect(lower(e)?.c).toBe(-10n); // e ≥ c + 3 ≥ 10
    expect(lower(a)).toBeUndefined(); // nothing new for a
  });
});
