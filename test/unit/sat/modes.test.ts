import { describe, expect, it } from 'vitest';
import { makeOptions } from '../../../src/sat/cdcl/options.js';
import { restartLevel } from '../../../src/sat/cdcl/restart.js';
import { CdclSolver, type CdclOptions } from '../../../src/sat/cdcl/solver.js';
import { State } from '../../../src/sat/cdcl/state.js';
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
