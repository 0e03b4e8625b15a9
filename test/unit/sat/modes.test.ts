import { describe, expect, it } from 'vitest';
import { makeOptions } from '../../../src/sat/cdcl/options.js';
import { restartLevel } from '../../../src/sat/cdcl/restart.js';
import { CdclSolver, type CdclOptions } from '../../../src/sat/cdcl/solver.js';
import { State } from '../../../src/sat/cdcl/state.js';
import { encodeProblem } from '../../../src/engine/to-cnf.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { bruteForce, definitions, findMinisat, minisatVerdicts, prng, randomKSat, satisfies, type Clauses } from './instances.js';

function solverFor(clauses: Clauses, options: Partial<CdclOptions> = {}): CdclSolver {
  const solver = new CdclSolver(options);
  for (const c of clauses) solver.addClause(c);
  return solver;
}

describe('search modes', () => {
  const minisat = findMinisat();

  const configs: [string, Partial<CdclOptions>][] = [
    ['alternating every few conflicts, target phases in both modes', { stable: 2, modeInit: 10, modeGrowth: 1.5, target: 2, elim: 0 }],
    ['stable mode only, small Luby unit', { stable: 1, stableLubyUnit: 4, elim: 0 }],
    ['focused mode only, no target phases', { stable: 0, target: 0, elim: 0 }],
    ['trail reuse at restarts', { reuseTrail: 1, elim: 0 }],
  ];
  for (const [name, options] of configs) {
    it(`agree with MiniSat on 150 random 3-SAT formulas (${name}), every model holds`, () => {
      expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
      const problems = Array.from({ length: 150 }, (_, i) => {
        const n = 30 + (i % 51);
        return { n, clauses: randomKSat(n, Math.round(4.26 * n), 3, 4099 * (i + 1)) };
      });
      const expected = minisatVerdicts(problems);
      let switches = 0;
      problems.forEach(({ clauses }, i) => {
        const solver = solverFor(clauses, options);
        const result = solver.solve();
        expect(result, `problem ${i}`).toBe(expected[i]);
        if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v)), `model of problem ${i}`).toBe(true);
        switches += solver.stats.modeSwitches;
      });
      if (options.stable === 2) expect(switches, 'modes were switched').toBeGreaterThan(50);
      else expect(switches).toBe(0);
    }, 60_000);
  }
});

describe('variable elimination', () => {
  const minisat = findMinisat();
  /** These formulas are small: preprocessing is forced on (by default it skips CNFs this small). */
  const ELIM = { elimMinClauses: 0 };

  it('agrees with MiniSat on 120 gate-structured formulas and extends every model to the eliminated variables', () => {
    expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
    const problems = Array.from({ length: 120 }, (_, i) => definitions(20 + (i % 30), 40 + (i % 40), 90 + 3 * (i % 40), 31 * i + 7));
    const expected = minisatVerdicts(problems);
    let eliminated = 0;
    const tally = { sat: 0, unsat: 0 };
    problems.forEach(({ clauses }, i) => {
      const solver = solverFor(clauses, ELIM);
      const result = solver.solve();
      expect(result, `problem ${i}`).toBe(expected[i]);
      if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v)), `model of problem ${i}`).toBe(true);
      eliminated += solver.stats.eliminated;
      tally[result as 'sat' | 'unsat']++;
    });
    expect(eliminated, 'variables were eliminated').toBeGreaterThan(1000);
    expect(tally.sat).toBeGreaterThan(10);
    expect(tally.unsat).toBeGreaterThan(10);
  }, 60_000);

  it('agrees with brute force on 400 small formulas, with and without elimination', () => {
    for (let i = 0; i < 400; i++) {
      const n = 4 + (i % 9);
      const clauses = randomKSat(n, 2 + (i % 5) * n, 1 + (i % 3), 9001 + i);
      const truth = bruteForce(n, clauses) ? 'sat' : 'unsat';
      for (const elim of [0, 1]) {
        const solver = solverFor(clauses, { ...ELIM, elim });
        expect(solver.solve(), `formula ${i}, elim ${elim}`).toBe(truth);
        if (truth === 'sat') expect(satisfies(clauses, (v) => solver.value(v))).toBe(true);
      }
    }
  });

  it('restores eliminated clauses when later clauses or assumptions mention eliminated variables', () => {
    for (let i = 0; i < 60; i++) {
      const { n, clauses } = definitions(10, 20, 20, 500 + i);
      const inc = solverFor(clauses, ELIM);
      inc.solve();
      const r = prng(77 + i);
      const all = [...clauses];
      for (let step = 0; step < 6; step++) {
        const pick = () => (1 + Math.floor(r() * n)) * (r() < 0.5 ? 1 : -1);
        const assumptions = [pick(), pick()];
        if (step % 2 === 0) {
          const c = [pick(), pick()];
          all.push(c);
          inc.addClause(c);
        }
        const fresh = solverFor(all, { elim: 0 });
        const want = fresh.solve(assumptions);
        expect(inc.solve(assumptions), `formula ${i}, step ${step}`).toBe(want);
        if (want === 'sat') {
          expect(satisfies(all, (v) => inc.value(v))).toBe(true);
          for (const a of assumptions) expect(inc.value(a)).toBe(true);
        } else {
          // The failed assumptions alone refute the clauses.
          const failed = [...inc.failed()];
          expect(solverFor(all, { elim: 0 }).solve(failed)).toBe('unsat');
        }
      }
    }
  });

  it('eliminates late in a small CNF that the first search does not decide: answers agree with MiniSat, models hold, given units stay', () => {
    expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
    // Below elimMinClauses, a stretch of 3 conflicts: most of these formulas are preprocessed
    // after a first search, some with unit clauses among the given ones.
    const LATE = { elimMinClauses: 1e9, elimLateConflicts: 3 };
    const problems = Array.from({ length: 120 }, (_, i) => {
      const p = i % 2 === 0 ? definitions(20 + (i % 30), 40 + (i % 40), 90 + 3 * (i % 40), 13 * i + 5) : { n: 40, clauses: randomKSat(40, 170, 3, 811 * i + 3) };
      const units = i % 3 === 0 ? [[1 + (i % p.n)], [-(1 + ((7 * i) % p.n))]].filter((u, k, all) => k === 0 || u[0] !== -all[0]![0]!) : [];
      return { n: p.n, clauses: [...units, ...p.clauses] };
    });
    const expected = minisatVerdicts(problems);
    let late = 0;
    problems.forEach(({ clauses }, i) => {
      // Every fourth: reductions in the stretch too (clauses simplified by learnt units, which then stay).
      const solver = solverFor(clauses, i % 4 === 0 ? { ...LATE, reduceFirst: 2, reduceInc: 1, elimLateConflicts: 10 } : LATE);
      const result = solver.solve();
      expect(result, `problem ${i}`).toBe(expected[i]);
      if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v)), `model of problem ${i}`).toBe(true);
      if (solver.stats.eliminated > 0) late++;
    });
    expect(late, 'formulas preprocessed late').toBeGreaterThan(30);
  }, 60_000);

  it('eliminates late after clauses were added between solves, keeping the answers', () => {
    expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
    // A first solve stopped after a few conflicts (learnt units on the trail), clauses added
    // (simplified by those units), then the late elimination in the second solve.
    const problems = Array.from({ length: 60 }, (_, i) => {
      const { n, clauses } = { n: 40, clauses: randomKSat(40, 165, 3, 977 * i + 11) };
      const r = prng(5 + i);
      const extra = Array.from({ length: 6 }, () => [1 + Math.floor(r() * n), -(1 + Math.floor(r() * n)), 1 + Math.floor(r() * n)]);
      return { n, clauses, extra };
    });
    const expected = minisatVerdicts(problems.map(({ n, clauses, extra }) => ({ n, clauses: [...clauses, ...extra] })));
    let late = 0;
    problems.forEach(({ clauses, extra }, i) => {
      const solver = solverFor(clauses, { elimMinClauses: 1e9, elimLateConflicts: 20 });
      const first = solver.solve([], { conflictLimit: 8 });
      for (const c of extra) solver.addClause(c);
      const result = solver.solve();
      if (first !== 'unknown') return;
      expect(result, `problem ${i}`).toBe(expected[i]);
      if (result === 'sat') expect(satisfies([...clauses, ...extra], (v) => solver.value(v)), `model of problem ${i}`).toBe(true);
      if (solver.stats.eliminated > 0) late++;
    });
    expect(late, 'formulas preprocessed late').toBeGreaterThan(10);
  }, 60_000);

  it('decides a small bit-blasted CNF that search alone does not (elimination after the first stretch, on the clauses as given)', () => {
    // Bruttomesso's ext_con shape: a 64-bit a and 16-bit d with, for one of 16 vectors v,
    // a[63:16] = v[63:32] ++ d and a[47:0] = d ++ v[31:0] (so v[47:32] = d = v[31:16]), while
    // every v has v[47:32] ≠ v[31:16]. 3,729 clauses, under the default elimMinClauses.
    const store = new TermStore();
    const h = 16;
    const a = store.var('a', Sort.bitVec(4 * h));
    const d = store.var('d', Sort.bitVec(h));
    const ex = (hi: number, lo: number, t: Term) => store.mk('extract', [t], undefined, [hi, lo]);
    const parts: Term[] = [];
    const choices: Term[] = [];
    for (let k = 0; k < 16; k++) {
      const v = store.var(`v${k}`, Sort.bitVec(4 * h));
      parts.push(store.mk('not', [store.mk('=', [ex(3 * h - 1, 2 * h, v), ex(2 * h - 1, h, v)])]));
      choices.push(
        store.mk('and', [
          store.mk('=', [ex(4 * h - 1, h, a), store.mk('concat', [ex(4 * h - 1, 2 * h, v), d])]),
          store.mk('=', [ex(3 * h - 1, 0, a), store.mk('concat', [d, ex(2 * h - 1, 0, v)])]),
        ]),
      );
    }
    const { cnf } = encodeProblem([store.mk('and', [...parts, store.mk('or', choices)])], []);
    expect(cnf.numClauses).toBeLessThan(makeOptions({}).elimMinClauses);
    const run = (options: Partial<CdclOptions>) => {
      const solver = new CdclSolver(options);
      solver.addFlat(cnf.flat(), cnf.numVars);
      return solver.solve([], { conflictLimit: 30_000 });
    };
    expect(run({})).toBe('unsat');
    expect(run({ elimLateConflicts: 0 })).toBe('unknown'); // search alone: not within the budget
  });

  it('never eliminates the variables of the assumptions of the first solve', () => {
    const { clauses } = definitions(10, 30, 10, 4242);
    const solver = solverFor(clauses, ELIM);
    const assumptions = [11, -12, 13];
    const result = solver.solve(assumptions);
    const fresh = solverFor(clauses, { elim: 0 });
    expect(result).toBe(fresh.solve(assumptions));
    if (result === 'sat') for (const a of assumptions) expect(solver.value(a)).toBe(true);
  });
});

describe('trail reuse at restarts', () => {
  /** A state with five variables of activities 5, 4, 3, 2, 1 and the decisions `decided` (DIMACS variables, one level each). */
  function stateWith(decided: number[], options: Partial<CdclOptions> = {}): State {
    const s = new State(makeOptions({ reuseTrail: 1, ...options }));
    s.reserve(5);
    for (let v = 1; v <= 5; v++) {
      s.activity[v] = 6 - v;
      s.heap.increased(v);
    }
    s.reserveLevels(5);
    for (const v of decided) {
      s.newDecisionLevel();
      s.assign(2 * v, -1);
    }
    return s;
  }

  it('keeps the leading levels whose decisions are more active than the next decision', () => {
    // Next decision: variable 3 (activity 3); levels 1 and 2 decided 1 and 2 (5, 4), level 3 decided 5 (1).
    expect(restartLevel(stateWith([1, 2, 5]))).toBe(2);
    expect(restartLevel(stateWith([1, 2]))).toBe(2);
    expect(restartLevel(stateWith([4, 1]))).toBe(0);
  });

  it('restarts to level 0 when switched off or at level 0', () => {
    expect(restartLevel(stateWith([1, 2, 5], { reuseTrail: 0 }))).toBe(0);
    expect(restartLevel(stateWith([]))).toBe(0);
  });

  it('with every variable assigned, nothing is decided next: level 0', () => {
    expect(restartLevel(stateWith([1, 2, 3, 4, 5]))).toBe(0);
  });
});
