/**
 * The worked example of README.md's API section: a small job-shop problem built in code, its
 * shortest makespan found by tightening a bound under `push`/`pop`. The optimum is checked
 * against an independent brute force (every order of the operations on each machine, scheduled
 * as early as possible), and the schedule of the model against the problem's constraints.
 */
import { expect, test } from 'vitest';
import { Int, Or, Solver } from '../../src/index.js';

/** Jobs: each a sequence of [machine, duration] operations. */
const jobs = [
  [[0, 3], [1, 2], [2, 2]],
  [[0, 2], [2, 1], [1, 4]],
  [[1, 4], [2, 3], [0, 1]],
];

/** The README's code, as a function. */
async function shortestSchedule(): Promise<{ makespan: bigint; start: bigint[][] } | undefined> {
  const solver = new Solver({ timeout: 10 });
  const start = jobs.map((ops, j) => ops.map((_, k) => Int(`s_${j}_${k}`)));
  const makespan = Int('makespan');
  jobs.forEach((ops, j) =>
    ops.forEach(([, d], k) => {
      const s = start[j]![k]!;
      solver.add(s.ge(0));
      const next = start[j]![k + 1] ?? makespan; // the next operation of the job, or the end
      solver.add(next.sub(s).ge(d!));
    }),
  );
  // Two operations on one machine do not overlap: one ends before the other starts.
  const ops = jobs.flatMap((job, j) => job.map(([m, d], k) => ({ m, d: d!, s: start[j]![k]! })));
  ops.forEach((a, i) =>
    ops.slice(i + 1).forEach((b) => {
      if (a.m === b.m) solver.add(Or(b.s.sub(a.s).ge(a.d), a.s.sub(b.s).ge(b.d)));
    }),
  );
  // Tighten the bound on the makespan until no schedule meets it.
  let best: { makespan: bigint; start: bigint[][] } | undefined;
  for (let bound = 100n; ; ) {
    solver.push();
    solver.add(makespan.le(bound));
    if ((await solver.check()) !== 'sat') break;
    const model = solver.model();
    best = { makespan: model.get(makespan), start: start.map((row) => row.map((s) => model.get(s))) };
    bound = best.makespan - 1n;
    solver.pop();
  }
  return best;
}

/** The shortest makespan by brute force: every order on every machine, each scheduled as early as possible. */
function bruteForce(): number {
  const ops = jobs.flatMap((job, j) => job.map(([m, d], k) => ({ j, k, m: m!, d: d! })));
  const machines = [...new Set(ops.map((o) => o.m))];
  const perms = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  const orders = machines.map((m) => perms(ops.filter((o) => o.m === m)));
  let best = Infinity;
  const choose = (i: number, chosen: (typeof ops)[]): void => {
    if (i < orders.length) return orders[i]!.forEach((o) => choose(i + 1, [...chosen, o]));
    // Earliest start times by relaxation; a cyclic choice of orders never settles.
    const start = new Map(ops.map((o) => [o, 0]));
    const before: [(typeof ops)[number], (typeof ops)[number]][] = [];
    for (const o of ops) {
      const next = ops.find((p) => p.j === o.j && p.k === o.k + 1);
      if (next) before.push([o, next]);
    }
    for (const seq of chosen) for (let t = 0; t + 1 < seq.length; t++) before.push([seq[t]!, seq[t + 1]!]);
    for (let round = 0; round <= ops.length; round++) {
      let changed = false;
      for (const [a, b] of before)
        if (start.get(b)! < start.get(a)! + a.d) {
          start.set(b, start.get(a)! + a.d);
          changed = true;
        }
      if (!changed) {
        best = Math.min(best, Math.max(...ops.map((o) => start.get(o)! + o.d)));
        return;
      }
    }
  };
  choose(0, []);
  return best;
}

test('the README job shop: the shortest makespan is the brute-force optimum and its schedule is valid', { timeout: 120_000 }, async () => {
  const result = await shortestSchedule();
  expect(result).toBeDefined();
  const { makespan, start } = result!;
  expect(Number(makespan)).toBe(bruteForce());
  expect(makespan).toBe(11n); // the figure README.md shows
  const ops = jobs.flatMap((job, j) => job.map(([m, d], k) => ({ m: m!, d: BigInt(d!), s: start[j]![k]!, j, k })));
  for (const o of ops) {
    expect(o.s >= 0n && o.s + o.d <= makespan).toBe(true);
    const next = ops.find((p) => p.j === o.j && p.k === o.k + 1);
    if (next) expect(next.s >= o.s + o.d).toBe(true);
    for (const p of ops) if (p !== o && p.m === o.m) expect(p.s >= o.s + o.d || o.s >= p.s + p.d).toBe(true);
  }
});
