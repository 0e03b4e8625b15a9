/**
 * The bookkeeping of incremental checks (src/engine/incremental.ts): one activation literal per
 * frame, retired when the frame is popped or replaced; assertions encoded once; a wider encoder
 * and session when the difference-logic range outgrows the width; failed assumptions as indices;
 * the fallback on input that needs preprocessing; and the wiring in `TermSolver` (first check
 * from scratch, later ones incremental unless switched off).
 */
import { describe, expect, it } from 'vitest';
import { TermSolver } from '../../../src/api/term-solver.js';
import { check } from '../../../src/engine/check.js';
import { IncrementalChecker } from '../../../src/engine/incremental.js';
import { withDefaults } from '../../../src/engine/options.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';

const options = withDefaults({});

function setup() {
  const store = new TermStore();
  const [x, y, z] = ['x', 'y', 'z'].map((n) => store.var(n, Sort.Int));
  const [p, q] = ['p', 'q'].map((n) => store.var(n, Sort.Bool));
  const int = (n: number) => (n < 0 ? store.mk('-', [store.int(BigInt(-n))]) : store.int(BigInt(n)));
  const diffLe = (a: Term, b: Term, c: number) => store.mk('<=', [store.mk('-', [a, b]), int(c)]);
  return { store, x: x!, y: y!, z: z!, p: p!, q: q!, int, diffLe };
}

describe('IncrementalChecker', () => {
  it('gives each frame an activation literal and retires popped and replaced frames', async () => {
    const { x, y, diffLe } = setup();
    const live = new IncrementalChecker(options);
    const base: Term[] = [diffLe(x, y, 3)];
    const f1: Term[] = [diffLe(y, x, -5)]; // x − y ≥ 5: unsat with the base
    expect((await live.check([base, f1], [], {}))!.status).toBe('unsat');
    expect(live.levels.map((l) => l.frame)).toEqual([base, f1]);
    const [a0, a1] = live.levels.map((l) => l.act);
    expect(a0).not.toBe(a1);
    // Pop, then push a new frame (a new array): the old activation literal is gone for good.
    const f1b: Term[] = [diffLe(y, x, -2)];
    const r = (await live.check([base, f1b], [], {}))!;
    expect(r.status).toBe('sat');
    expect(live.levels[0]!.act).toBe(a0);
    expect(live.levels[1]!.act).not.toBe(a1);
    expect(live.levels.length).toBe(2);
    // Popped to the base alone.
    expect((await live.check([base], [], {}))!.status).toBe('sat');
    expect(live.levels.length).toBe(1);
  });

  it('blasts an n-ary concat built through the store incrementally (no fall-back)', async () => {
    const store = new TermStore();
    const [a, b, c] = [1, 1, 2].map((w, i) => store.var(`v${i}`, Sort.bitVec(w)));
    const live = new IncrementalChecker(options);
    const cat = store.mk('concat', [a!, b!, c!]);
    const base: Term[] = [store.mk('=', [cat, store.bv(11n, 4)])];
    const first = (await live.check([base], [], {}))!;
    expect(first.status).toBe('sat');
    expect(first.stats.incremental).toBe(true);
    const top = store.mk('=', [store.mk('extract', [cat], undefined, [3, 2]), store.bv(3n, 2)]);
    expect((await live.check([base, [top]], [], {}))!.status).toBe('unsat');
  });

  it('encodes only what is new: a check after one more assertion adds few clauses', async () => {
    const { store, diffLe } = setup();
    const v = [0, 1, 2, 3, 4, 5].map((i) => store.var(`v${i}`, Sort.Int));
    const live = new IncrementalChecker(options);
    const base: Term[] = [];
    for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++) for (let c = 0; c < 5; c++) base.push(store.mk('or', [diffLe(v[i]!, v[j]!, c), diffLe(v[j]!, v[i]!, -c - 3)]));
    const first = (await live.check([base], [], {}))!;
    const builds = live.rebuilds;
    base.push(diffLe(v[0]!, v[1]!, 7));
    const second = (await live.check([base], [], {}))!;
    expect(first.status).toBe('sat');
    expect(second.status).toBe('sat');
    expect(second.stats.incremental).toBe(true);
    expect(live.rebuilds).toBe(builds);
    expect(second.stats.clauses).toBeLessThan(first.stats.clauses / 10);
  });

  it('rebuilds a wider encoding when a new constant outgrows the range (the answer stays right)', async () => {
    const { store, x, y, z, diffLe } = setup();
    const live = new IncrementalChecker(withDefaults({ incrementalIdl: 'words' }));
    const base: Term[] = [diffLe(x, store.var('w', Sort.Int), 1)];
    expect((await live.check([base], [], {}))!.status).toBe('sat');
    const before = live.rebuilds;
    // y − x ≤ −1,000,000 and z − y ≤ −1,000,000: sat only with values two million apart.
    base.push(diffLe(y, x, -1_000_000), diffLe(z, y, -1_000_000));
    const r = (await live.check([base], [], {}))!;
    expect(r.status).toBe('sat');
    expect(live.rebuilds).toBe(before + 1);
    expect(r.model!.get(x.id)! as bigint - (r.model!.get(z.id)! as bigint)).toBeGreaterThanOrEqual(2_000_000n);
    // And the frames are still enforced after the rebuild.
    base.push(diffLe(x, z, 1_999_999));
    expect((await live.check([base], [], {}))!.status).toBe('unsat');
  });

  it('reports failed assumptions as indices; an assumption folded to false is a core alone', async () => {
    const { store, x, y, p, q, diffLe } = setup();
    const live = new IncrementalChecker(options);
    const base: Term[] = [store.mk('=>', [p, diffLe(x, y, -1)]), store.mk('=>', [q, diffLe(y, x, -1)])];
    const r = (await live.check([base], [store.mk('not', [store.var('r', Sort.Bool)]), p, q], {}))!;
    expect(r.status).toBe('unsat');
    expect(r.failed).toEqual([1, 2]);
    const f = (await live.check([base], [p, store.bool(false)], {}))!;
    expect(f).toMatchObject({ status: 'unsat', failed: [1] });
    const s = (await live.check([base], [p], {}))!;
    expect(s.status).toBe('sat');
    expect(s.failed).toBeUndefined();
  });

  it('falls back (undefined) for input that needs preprocessing, from then on', async () => {
    const { store, x, diffLe, y } = setup();
    const live = new IncrementalChecker(options);
    const f = store.fun('f', [Sort.Int], Sort.Int);
    const uf = store.mk('<', [store.apply(f, [x]), x]);
    expect(await live.check([[uf]], [], {})).toBeUndefined();
    expect(await live.check([[diffLe(x, y, 0)]], [], {})).toBeUndefined();
  });

  it('applies to the built-in backend only, and not when switched off or writing proofs', () => {
    expect(IncrementalChecker.applies(options)).toBe(true);
    expect(IncrementalChecker.applies(withDefaults({ incremental: false }))).toBe(false);
    expect(IncrementalChecker.applies(withDefaults({ backend: 'minisat' }))).toBe(false);
  });
});

describe('TermSolver with incremental checks', () => {
  it('solves the first check from scratch and later ones in the live session', async () => {
    const { x, y, diffLe } = setup();
    const s = new TermSolver(options);
    const [a, b] = [s.store.var('a', Sort.Int), s.store.var('b', Sort.Int)];
    s.assert(s.store.mk('<', [a, b]));
    expect((await s.check([])).stats.incremental).toBeUndefined();
    s.push();
    s.assert(s.store.mk('<', [b, a]));
    const r = await s.check([]);
    expect(r.status).toBe('unsat');
    expect(r.stats.incremental).toBe(true);
    s.pop();
    expect((await s.check([])).status).toBe('sat');
    void [x, y, diffLe];
  });

  it('never goes incremental with incremental: false', async () => {
    const s = new TermSolver(withDefaults({ incremental: false }));
    const [a, b] = [s.store.var('a', Sort.Int), s.store.var('b', Sort.Int)];
    s.assert(s.store.mk('<', [a, b]));
    await s.check([]);
    expect((await s.check([])).stats.incremental).toBeUndefined();
  });
});

describe('failed assumptions on the from-scratch path', () => {
  it('names the assumption folded to false, and a subset of valid indices otherwise', async () => {
    const { store, x, y, p, q, diffLe } = setup();
    const base: Term[] = [store.mk('=>', [p, diffLe(x, y, -1)]), store.mk('=>', [q, diffLe(y, x, -1)])];
    const folded = await check(base, [p, store.bool(false)], options, {});
    expect(folded).toMatchObject({ status: 'unsat', failed: [1] });
    const r = await check(base, [p, q], options, {});
    expect(r.status).toBe('unsat');
    expect(r.failed).toEqual([0, 1]);
    const s = await check(base, [p], options, {});
    expect(s.status).toBe('sat');
    expect(s.failed).toBeUndefined();
  });

  it('lazy difference logic: a long chain of constraints is refuted and its models satisfy every atom', async () => {
    const { store, diffLe } = setup();
    const live = new IncrementalChecker(withDefaults({ incrementalIdl: 'lazy' }));
    // v0 < v1 < ... < v30 as a chain, then v30 − v0 ≤ k: unsat for k < 30, sat for k ≥ 30.
    const v = Array.from({ length: 31 }, (_, i) => store.var(`v${i}`, Sort.Int));
    const base: Term[] = [];
    for (let i = 0; i < 30; i++) base.push(diffLe(v[i]!, v[i + 1]!, -1));
    expect((await live.check([base], [], {}))!.status).toBe('sat');
    expect((await live.check([base, [diffLe(v[30]!, v[0]!, 29)]], [], {}))!.status).toBe('unsat');
    const r = (await live.check([base, [diffLe(v[30]!, v[0]!, 30)]], [], {}))!;
    expect(r.status).toBe('sat');
    const val = (i: number) => r.model!.get(v[i]!.id) as bigint;
    expect(val(30) - val(0)).toBe(30n);
    // Disjunctions: each step is +1 or +2 (x_{i+1} − x_i ∈ {1, 2}), and the sum must be exactly 45.
    const steps: Term[] = [];
    for (let i = 0; i < 30; i++) {
      const one = store.mk('and', [diffLe(v[i + 1]!, v[i]!, 1), diffLe(v[i]!, v[i + 1]!, -1)]);
      const two = store.mk('and', [diffLe(v[i + 1]!, v[i]!, 2), diffLe(v[i]!, v[i + 1]!, -2)]);
      steps.push(store.mk('or', [one, two]));
    }
    const exact = [diffLe(v[30]!, v[0]!, 45), diffLe(v[0]!, v[30]!, -45)];
    const r2 = (await live.check([steps, exact], [], {}))!;
    expect(r2.status).toBe('sat');
    expect((r2.model!.get(v[30]!.id) as bigint) - (r2.model!.get(v[0]!.id) as bigint)).toBe(45n);
    expect((await live.check([steps, [diffLe(v[30]!, v[0]!, 29)]], [], {}))!.status).toBe('unsat');
    expect(live.rebuilds).toBe(1);
  });

  it('lazy difference logic with constants near 2^53 falls back to words (no endless rebuild)', async () => {
    const { x, y, z, diffLe } = setup();
    const live = new IncrementalChecker(withDefaults({ incrementalIdl: 'lazy' }));
    const base: Term[] = [diffLe(x, y, 1)];
    expect((await live.check([base], [], {}))!.status).toBe('sat');
    base.push(diffLe(y, z, -9_007_199_254_740_988), diffLe(z, x, 9_007_199_254_740_986));
    const r = (await live.check([base], [], {}))!;
    expect(r.status).toBe('unsat');
    expect(live.rebuilds).toBe(2);
  });
});
