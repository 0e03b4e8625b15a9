/**
 * The optimisation search of engine/optimize.ts over the real engine check: lexicographic
 * objectives, minimisation and maximisation over Int and bit-vectors, unbounded objectives,
 * a search stopped by an `unknown` (the best model and both bounds kept), a lower bound given
 * by the caller, and the bound beyond which an Int objective is unbounded.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/check.js';
import { withDefaults } from '../../../src/engine/options.js';
import { optimize, unboundedBeyond, type Objective, type Solve } from '../../../src/engine/optimize.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';

const options = withDefaults({});

function setup() {
  const store = new TermStore();
  const x = store.var('x', Sort.Int);
  const y = store.var('y', Sort.Int);
  const int = (n: number) => store.int(BigInt(n));
  return { store, x, y, int };
}

/** A `Solve` over `assertions` through the engine, counting its checks. */
function solver(assertions: Term[]) {
  const seen: Term[][] = [];
  const solve: Solve = async (extra) => {
    seen.push([...extra]);
    return check([...assertions, ...extra], [], options, {});
  };
  return { solve, seen };
}

describe('optimize', () => {
  it('minimises and maximises Int objectives lexicographically; the model attains every optimum', async () => {
    const { store, x, y, int } = setup();
    // 0 ≤ x ≤ 10, y ≤ 5, x − y ≤ 3: max x = 8, then with x = 8, min −y = −5.
    const asserted = [store.mk('<=', [int(0), x]), store.mk('<=', [x, int(10)]), store.mk('<=', [y, int(5)]), store.mk('<=', [store.mk('-', [x, y]), int(3)])];
    const goals: Objective[] = [{ term: x, sense: 'max' }, { term: store.mk('-', [y]), sense: 'min' }];
    const { solve } = solver(asserted);
    const r = await optimize(store, asserted, goals, solve);
    expect(r.status).toBe('sat');
    expect(r.objectives).toEqual([{ status: 'optimal', value: 8n, bound: 8n }, { status: 'optimal', value: -5n, bound: -5n }]);
    expect(evaluate(x, r.model!)).toBe(8n);
    expect(evaluate(y, r.model!)).toBe(5n);
  });

  it('finds an unbounded objective and optimises nothing after it', async () => {
    const { store, x, y, int } = setup();
    const asserted = [store.mk('<', [x, y]), store.mk('<=', [y, int(3)])];
    const { solve } = solver(asserted);
    const r = await optimize(store, asserted, [{ term: x, sense: 'min' }, { term: y, sense: 'max' }], solve);
    expect(r.status).toBe('sat');
    expect(r.objectives.map((o) => o.status)).toEqual(['unbounded', 'skipped']);
    const max = await optimize(store, asserted, [{ term: y, sense: 'max' }], solver(asserted).solve);
    expect(max.objectives).toEqual([{ status: 'optimal', value: 3n, bound: 3n }]);
  });

  it('bit-vector objectives are unsigned and bounded by their sort', async () => {
    const store = new TermStore();
    const b = store.var('b', Sort.bitVec(8));
    const asserted = [store.mk('bvslt', [b, store.bv(5n, 8)])];
    // Signed b < 5 includes every negative b: the unsigned maximum is 0xff, the minimum 0.
    const max = await optimize(store, asserted, [{ term: b, sense: 'max' }], solver(asserted).solve);
    expect(max.objectives).toEqual([{ status: 'optimal', value: 255n, bound: 255n }]);
    const min = await optimize(store, asserted, [{ term: store.mk('bvadd', [b, store.bv(1n, 8)]), sense: 'min' }], solver(asserted).solve);
    expect(min.objectives).toEqual([{ status: 'optimal', value: 0n, bound: 0n }]);
  });

  it('an unsat problem is unsat, with nothing optimised', async () => {
    const { store, x, int } = setup();
    const asserted = [store.mk('<', [x, int(0)]), store.mk('>', [x, int(0)])];
    const r = await optimize(store, asserted, [{ term: x, sense: 'min' }], solver(asserted).solve);
    expect(r.status).toBe('unsat');
    expect(r.model).toBeUndefined();
    expect(r.objectives).toEqual([{ status: 'skipped' }]);
  });

  it('a check that answers unknown stops the search with the best model and both bounds', async () => {
    const { store, x, int } = setup();
    const asserted = [store.mk('<=', [int(0), x]), store.mk('<=', [x, int(1000)])];
    const inner = solver(asserted).solve;
    let n = 0;
    // With x ≥ 17 too: the 1st check finds a model, the 2nd probes the given bound 0 (unsat),
    // the 3rd steps down from the model's value, the 4th answers unknown.
    const more = [...asserted, store.mk('>=', [x, int(17)])];
    const limited: Solve = async (extra) => (++n >= 4 ? { status: 'unknown', reason: 'timeout' } : inner([store.mk('>=', [x, int(17)]), ...extra]));
    const r = await optimize(store, more, [{ term: x, sense: 'min' }], limited, { lower: [0n] });
    expect(r.status).toBe('sat');
    expect(r.reason).toBe('timeout');
    const o = r.objectives[0]!;
    expect(o.status).toBe('bounds');
    expect(o.bound! <= 17n && 17n <= o.value!).toBe(true);
    expect(evaluate(x, r.model!)).toBe(o.value);
  });

  it('probes a lower bound given by the caller first: one more check when it is attained', async () => {
    const { store, x, int } = setup();
    const asserted = [store.mk('>=', [x, int(40)]), store.mk('<=', [x, int(1000)])];
    const { solve, seen } = solver(asserted);
    const r = await optimize(store, asserted, [{ term: x, sense: 'min' }], solve, { lower: [40n] });
    expect(r.objectives).toEqual([{ status: 'optimal', value: 40n, bound: 40n }]);
    expect(seen.length).toBeLessThanOrEqual(2);
  });

  it('the probe at the lower bound gets a share of the time: its time-out only ends that gamble', async () => {
    const { store, x, int } = setup();
    // 40 ≤ x ∧ (x ≤ 45 ∨ x ≥ 500): the optimum 40 is a bound the caller gives; the first model
    // has x = 500 (left-shifting keeps x ≥ 500); the probe at 40 "runs out of its share".
    const asserted = [store.mk('>=', [x, int(40)]), store.mk('or', [store.mk('<=', [x, int(45)]), store.mk('>=', [x, int(500)])])];
    const inner = solver(asserted).solve;
    const shares: (number | undefined)[] = [];
    const gambling: Solve = async (extra, how, share) => {
      shares.push(share);
      if (share !== undefined) return { status: 'unknown', reason: 'timeout' };
      return inner(extra.length === 0 ? [store.mk('>=', [x, int(500)])] : extra, how);
    };
    const r = await optimize(store, asserted, [{ term: x, sense: 'min' }], gambling, { lower: [40n] });
    expect(r.status).toBe('sat');
    expect(r.reason).toBeUndefined();
    expect(r.objectives).toEqual([{ status: 'optimal', value: 40n, bound: 40n }]);
    // Exactly one check had a share (the probe at 40), and it was less than the whole.
    expect(shares.filter((s) => s !== undefined)).toHaveLength(1);
    expect(shares.find((s) => s !== undefined)!).toBeLessThan(1);
    // Any other check's time-out still stops the search.
    let n = 0;
    const late: Solve = async (extra, how, share) => {
      if (share !== undefined || ++n >= 2) return { status: 'unknown', reason: 'timeout' };
      return inner(extra.length === 0 ? [store.mk('>=', [x, int(500)])] : extra, how);
    };
    const stopped = await optimize(store, asserted, [{ term: x, sense: 'min' }], late, { lower: [40n] });
    expect(stopped.reason).toBe('timeout');
    expect(stopped.objectives[0]!.status).toBe('bounds');
  });

  it('the bound beyond which an Int objective is unbounded exceeds every constant of the problem', () => {
    const { store, x, y, int } = setup();
    const asserted = [store.mk('<=', [store.mk('-', [x, y]), int(-70)]), store.mk('<=', [y, int(30)])];
    expect(unboundedBeyond(asserted, [{ term: x, sense: 'min' }]) > 100n).toBe(true);
    // A product of numerals is a constant beyond the sum of the numerals: the bound covers it.
    const big = [store.mk('<=', [x, store.mk('*', [int(1000), int(1000)])])];
    expect(unboundedBeyond(big, [{ term: x, sense: 'max' }]) > 1_000_000n).toBe(true);
    expect(() => unboundedBeyond([store.mk('<', [store.var('r', Sort.Real), store.var('s', Sort.Real)])], [])).toThrow(/real/);
  });
});
