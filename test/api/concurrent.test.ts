/**
 * Many solvers in one process: eight solvers check at once, with constants of the same names
 * but different problems, and each gives its own correct answer; cancelling one with an
 * `AbortSignal` ends its check (`unknown`, reason `canceled`) and leaves the others to finish
 * with correct answers. The problems are pigeonhole formulas over Int constants (n pigeons,
 * holes 0..h−1, pairwise `Distinct`): sat exactly when n ≤ h, and with resource reasoning and
 * value-symmetry breaking off the unsat ones take the built-in CDCL solver real search (so the
 * checks run in its worker threads and overlap), while a large one runs until it is cancelled.
 */
import { describe, expect, test } from 'vitest';
import { And, Distinct, Int, Solver, type Arith } from '../../src/index.js';

/** Adds "n pigeons in h holes" to `s`; returns the pigeons. */
function pigeons(s: Solver, n: number, h: number): Arith[] {
  const xs = Array.from({ length: n }, (_, i) => Int(`x${i}`));
  s.add(...xs.map((x) => And(x.ge(0), x.le(h - 1))), Distinct(...xs));
  return xs;
}

/** Checks a `sat` answer of a pigeonhole problem from its model: every value a hole, no two equal. */
function holesOk(s: Solver, xs: Arith[], h: number): boolean {
  const m = s.model();
  const v = xs.map((x) => m.get(x));
  return v.every((k) => k >= 0n && k < BigInt(h)) && new Set(v).size === v.length;
}

const PROBLEMS: [number, number][] = [
  [6, 5],
  [6, 6],
  [7, 6],
  [5, 7],
  [6, 5],
  [7, 7],
  [7, 6],
];

describe('eight solvers in one process', () => {
  test('check at once with same-named constants and give independent, correct answers; cancelling one leaves the others untouched', { timeout: 300_000 }, async () => {
    const solvers = PROBLEMS.map(() => new Solver({ resources: false, symmetry: false }));
    const vars = PROBLEMS.map(([n, h], i) => pigeons(solvers[i]!, n, h));
    const hard = new Solver({ resources: false, symmetry: false });
    hard.push();
    pigeons(hard, 13, 12);
    const abort = new AbortController();

    const spans: { start: number; end: number }[] = [];
    const timed = async (s: Solver, signal?: AbortSignal) => {
      const start = performance.now();
      const status = await s.check({ signal });
      spans.push({ start, end: performance.now() });
      return status;
    };
    const hardCheck = timed(hard, abort.signal);
    const answers = Promise.all(solvers.map((s) => timed(s)));
    // Cancel the hard check while the others are running.
    const canceledAt = await new Promise<number>((resolve) => setTimeout(() => (abort.abort(), resolve(performance.now())), 300));
    const hardStatus = await hardCheck;
    const cancelLatency = performance.now() - canceledAt;
    const statuses = await answers;

    expect(hardStatus).toBe('unknown');
    expect(hard.reasonUnknown()).toBe('canceled');
    expect(cancelLatency).toBeLessThan(5_000);
    expect(statuses).toEqual(PROBLEMS.map(([n, h]) => (n <= h ? 'sat' : 'unsat')));
    PROBLEMS.forEach(([n, h], i) => {
      if (n <= h) expect(holesOk(solvers[i]!, vars[i]!, h)).toBe(true);
    });
    // The checks overlapped: some check began before another had ended.
    const firstEnd = Math.min(...spans.map((s) => s.end));
    expect(spans.filter((s) => s.start < firstEnd).length).toBeGreaterThan(1);

    // The cancelled solver is usable again.
    hard.pop();
    const xs = pigeons(hard, 4, 4);
    expect(await hard.check()).toBe('sat');
    expect(holesOk(hard, xs, 4)).toBe(true);
  });

  test('the same term added to several solvers is interned by each on its own', async () => {
    const x = Int('x');
    const y = Int('y');
    const shared = x.sub(y).le(-2);
    const [s1, s2, s3] = [new Solver(), new Solver(), new Solver()];
    s1.add(shared);
    s2.add(shared, y.sub(x).le(1));
    s3.add(shared, x.eq(0));
    const [r1, r2, r3] = await Promise.all([s1.check(), s2.check(), s3.check()]);
    expect([r1, r2, r3]).toEqual(['sat', 'unsat', 'sat']);
    expect(s1.model().eval(x.sub(y)) <= -2n).toBe(true);
    expect(s3.model().get(x)).toBe(0n);
    expect(s3.model().get(y) >= 2n).toBe(true);
  });
});
