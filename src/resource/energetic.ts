/**
 * Energetic reasoning over time windows (Erschler & Lopez 1990; Baptiste, Le Pape & Nuijten,
 * *Constraint-Based Scheduling*, 2001, ch. 3).
 *
 * A task with start s ∈ [est, lst] and duration d must spend, inside a window [t1, t2), at
 * least the smaller of its left-shifted and right-shifted overlaps (the overlap of
 * [s, s + d) with the window is concave in s, so its minimum is at an end of [est, lst]). On a
 * resource of capacity M (at most M tasks at any time), a window whose tasks must spend more
 * than M·(t2 − t1) is an overload: the constraints are unsatisfiable.
 *
 * Windows tried: first the whole horizon [min est, max lct), then [t1, t2) for t1 among the
 * earliest starts and t2 among the latest ends, then t1 among est ∪ ect ∪ lst and t2 among
 * lct ∪ ect ∪ lst (the relevant points of Baptiste et al.) but not those of the first round
 * again, within a work budget.
 */

export interface Task {
  est: number;
  lst: number;
  d: number;
}

/** The distinct values of `xs`, ascending (the time points windows are made of). @example sorted([3, 1, 3]) // [1, 3] */
export function sorted(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** The energy `t` must spend inside [t1, t2). @example mandatory({ est: 0, lst: 2, d: 3 }, 1, 4) // 2 */
export function mandatory(t: Task, t1: number, t2: number): number {
  const ov = (s: number) => Math.max(0, Math.min(s + t.d, t2) - Math.max(s, t1));
  return Math.min(ov(t.est), ov(t.lst));
}

export interface Overload {
  t1: number;
  t2: number;
  /** Indices of the tasks with positive energy in the window. */
  tasks: number[];
  energy: number;
}

/**
 * Looks for an overloaded window. Pre: every task has est ≤ lst, d ≥ 1, and all values are
 * safe integers. `budget` bounds the task-window evaluations; `tried` counts the windows;
 * `poll` is called now and then (it may throw to stop).
 */
export function findOverload(tasks: readonly Task[], capacity: number, budget: number, tried: { windows: number }, poll: () => void = () => {}): Overload | undefined {
  if (tasks.length === 0) return undefined;
  const n = tasks.length;
  // Plain arrays of (small) integers: until V8 optimises the window test, each number it reads
  // from a Float64Array is boxed on the heap, and a refutation tests thousands of windows.
  const est = tasks.map((t) => t.est);
  const lst = tasks.map((t) => t.lst);
  const dur = tasks.map((t) => t.d);
  let work = 0;
  const test = (t1: number, t2: number): Overload | undefined => {
    if (t2 <= t1) return undefined;
    tried.windows++;
    work += n;
    // mandatory(t, t1, t2) for every task, inline: the smaller of the two shifted overlaps.
    let e = 0;
    for (let i = 0; i < n; i++) {
      const a = est[i]!;
      const b = lst[i]!;
      const d = dur[i]!;
      const left = (a + d < t2 ? a + d : t2) - (a > t1 ? a : t1);
      const right = (b + d < t2 ? b + d : t2) - (b > t1 ? b : t1);
      const m = left < right ? left : right;
      if (m > 0) e += m;
    }
    if (e <= capacity * (t2 - t1)) return undefined;
    const used: number[] = [];
    tasks.forEach((t, i) => {
      if (mandatory(t, t1, t2) > 0) used.push(i);
    });
    return { t1, t2, tasks: used, energy: e };
  };
  const ests = sorted(tasks.map((t) => t.est));
  const lcts = sorted(tasks.map((t) => t.lst + t.d));
  const hit = test(ests[0]!, lcts[lcts.length - 1]!);
  if (hit) return hit;
  const t1s = [ests, sorted(tasks.flatMap((t) => [t.est, t.est + t.d, t.lst]))];
  const t2s = [lcts, sorted(tasks.flatMap((t) => [t.lst + t.d, t.est + t.d, t.lst]))];
  // The second round's points include the first's: its windows [est, lct) were all tried.
  const firstEnds = new Set(lcts);
  const firstStarts = new Set(ests);
  for (let round = 0; round < 2; round++) {
    const ends = t2s[round]!;
    for (const t1 of t1s[round]!) {
      poll();
      const seen = round === 1 && firstStarts.has(t1);
      // Windows [t1, t2) with t2 ≤ t1 are empty: start at the first end past t1.
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ends[mid]! <= t1) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < ends.length; k++) {
        if (seen && firstEnds.has(ends[k]!)) continue;
        if (work > budget) return undefined;
        const r = test(t1, ends[k]!);
        if (r) return r;
      }
    }
  }
  return undefined;
}
