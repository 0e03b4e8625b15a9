import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/errors.js';
import { VarHeap } from '../../../src/sat/cdcl/heap.js';
import { luby } from '../../../src/sat/cdcl/restart.js';
import { CdclSolver, type CdclOptions } from '../../../src/sat/cdcl/solver.js';
import {
  bruteForce,
  checkRup,
  findMinisat,
  minisatVerdicts,
  pigeonhole,
  prng,
  randomKSat,
  satisfies,
  type Clauses,
} from './instances.js';

function solverFor(clauses: Clauses, options: Partial<CdclOptions> = {}): CdclSolver {
  const solver = new CdclSolver(options);
  for (const c of clauses) solver.addClause(c);
  return solver;
}

/** Random formula with clauses of length 0..5, duplicates and tautologies included. */
function randomMixed(n: number, m: number, seed: number): Clauses {
  const r = prng(seed);
  const clauses: Clauses = [];
  for (let i = 0; i < m; i++) {
    const len = Math.floor(r() * r() * 6);
    clauses.push(Array.from({ length: len }, () => (1 + Math.floor(r() * n)) * (r() < 0.5 ? 1 : -1)));
  }
  return clauses;
}

describe('CdclSolver against MiniSat', () => {
  const minisat = findMinisat();

  const configs: [string, Partial<CdclOptions>, number][] = [
    ['default options', {}, 300],
    ['Luby restarts, frequent reductions, no minimisation', { restart: 1, lubyUnit: 8, reduceFirst: 30, reduceInc: 5, minimize: 0 }, 120],
    ['no restarts, phase true, no tier 2', { restart: 0, phase: 1, reduceFirst: 50, tier2Lbd: 2 }, 60],
  ];
  for (const [name, options, count] of configs) {
    it(`agrees on ${count} random 3-SAT formulas at ratio 4.26 (${name}) and every model holds`, () => {
      expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
      const problems = Array.from({ length: count }, (_, i) => {
        const n = 20 + (i % 61);
        return { n, clauses: randomKSat(n, Math.round(4.26 * n), 3, 7919 * (i + 1) + count) };
      });
      const expected = minisatVerdicts(problems);
      const tally = { sat: 0, unsat: 0 };
      problems.forEach(({ n, clauses }, i) => {
        const solver = solverFor(clauses, options);
        const result = solver.solve();
        expect(result, `problem ${i} (n=${n})`).toBe(expected[i]);
        if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v)), `model of problem ${i}`).toBe(true);
        tally[expected[i]!]++;
      });
      // Near the threshold both answers must be well represented.
      expect(tally.sat).toBeGreaterThan(count / 5);
      expect(tally.unsat).toBeGreaterThan(count / 5);
    }, 120_000);
  }
});

describe('CdclSolver on small formulas', () => {
  it('agrees with brute force on 600 formulas with empty, unit, duplicate and tautological clauses', () => {
    for (let i = 0; i < 600; i++) {
      const n = 1 + (i % 10);
      const clauses = randomMixed(n, 2 + (i % 40), 31 * i + 5);
      const solver = solverFor(clauses);
      const result = solver.solve();
      expect(result, `formula ${i}: ${JSON.stringify(clauses)}`).toBe(bruteForce(n, clauses) ? 'sat' : 'unsat');
      if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v))).toBe(true);
    }
  }, 30_000);

  it('refutes pigeonhole p into p-1 for p = 2..8 and satisfies p into p', () => {
    for (let p = 2; p <= 8; p++) {
      expect(solverFor(pigeonhole(p, p - 1)).solve(), `php(${p},${p - 1})`).toBe('unsat');
      const clauses = pigeonhole(p, p);
      const solver = solverFor(clauses);
      expect(solver.solve()).toBe('sat');
      expect(satisfies(clauses, (v) => solver.value(v))).toBe(true);
    }
  });

  it('answers sat with no clauses and unsat with the empty clause', () => {
    const empty = new CdclSolver();
    expect(empty.solve()).toBe('sat');
    const withEmpty = solverFor([[1, 2], []]);
    expect(withEmpty.solve()).toBe('unsat');
    expect([...withEmpty.failed()]).toEqual([]);
  });

  it('reports level-0 conflicts between unit clauses', () => {
    expect(solverFor([[1], [-1, 2], [-2]]).solve()).toBe('unsat');
  });

  it('includes declared but unused variables in the model', () => {
    const solver = new CdclSolver();
    solver.reserveVars(5);
    solver.addClause([2]);
    expect(solver.solve()).toBe('sat');
    expect(solver.model().length).toBe(6);
    expect(solver.value(2)).toBe(true);
    expect(solver.value(-2)).toBe(false);
  });
});

describe('CdclSolver proofs', () => {
  it('derives unsat answers by reverse unit propagation (every lemma checked)', () => {
    // Random formulas above the threshold are mostly unsat; a checked proof shows they are.
    const problems: Clauses[] = [pigeonhole(5, 4), pigeonhole(6, 5)];
    for (let i = 0; i < 40; i++) problems.push(randomKSat(25, 140, 3, 1000 + i));
    let checked = 0;
    for (const [i, clauses] of problems.entries()) {
      const lemmas: number[][] = [];
      const solver = new CdclSolver({ reduceFirst: 20, reduceInc: 5 });
      solver.setProof({ add: (lits) => lemmas.push([...lits]), delete: () => {} });
      for (const c of clauses) solver.addClause(c);
      if (solver.solve() === 'sat') {
        expect(i, 'pigeonhole is unsat').toBeGreaterThanOrEqual(2);
        continue;
      }
      expect(checkRup(clauses, lemmas), `proof of problem ${i}`).toBe(-1);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  }, 60_000);
});

describe('CdclSolver assumptions', () => {
  it('returns failed assumptions that are a subset and refute the formula on their own', () => {
    let unsat = 0;
    for (let i = 0; i < 200; i++) {
      const n = 14;
      const clauses = randomKSat(n, 40, 3, 555 + i);
      const r = prng(99 + i);
      const assumptions = Array.from({ length: 1 + (i % 7) }, () => (1 + Math.floor(r() * n)) * (r() < 0.5 ? 1 : -1));
      const solver = solverFor(clauses);
      const result = solver.solve(assumptions);
      const withUnits = [...clauses, ...assumptions.map((a) => [a])];
      expect(result, `problem ${i}`).toBe(bruteForce(n, withUnits) ? 'sat' : 'unsat');
      if (result === 'sat') {
        expect(satisfies(withUnits, (v) => solver.value(v))).toBe(true);
        continue;
      }
      unsat++;
      const failed = [...solver.failed()];
      for (const a of failed) expect(assumptions).toContain(a);
      expect(solverFor(clauses).solve(failed), `failed assumptions of problem ${i}`).toBe('unsat');
    }
    expect(unsat).toBeGreaterThan(20);
  }, 30_000);

  it('fails both literals of contradictory assumptions', () => {
    const solver = solverFor([[1, 2]]);
    expect(solver.solve([3, -3])).toBe('unsat');
    expect([...solver.failed()].sort()).toEqual([-3, 3]);
  });

  it('handles more assumptions than variables (repeated ones open empty levels)', () => {
    const solver = solverFor([[1, 2], [-1, -2]]);
    const many = Array.from({ length: 50 }, (_, i) => (i % 2 ? 1 : -2));
    expect(solver.solve(many)).toBe('sat');
    expect(solver.solve([...many, 2])).toBe('unsat');
    expect([...solver.failed()].sort()).toEqual([-2, 2]);
  });

  it('fails an assumption contradicted at level 0 alone', () => {
    const solver = solverFor([[-1], [1, 2]]);
    expect(solver.solve([2, 1])).toBe('unsat');
    expect([...solver.failed()]).toEqual([1]);
  });

  it('gives the same answers incrementally as from scratch', () => {
    const n = 30;
    const clauses = randomKSat(n, 110, 3, 4242);
    const incremental = new CdclSolver();
    const added: Clauses = [];
    const r = prng(17);
    for (let round = 0; round < 40; round++) {
      for (let k = 0; k < 3 && clauses.length > 0; k++) {
        const c = clauses.pop()!;
        added.push(c);
        incremental.addClause(c);
      }
      const assumptions = Array.from({ length: round % 5 }, () => (1 + Math.floor(r() * n)) * (r() < 0.5 ? 1 : -1));
      const fresh = solverFor(added).solve(assumptions);
      expect(incremental.solve(assumptions), `round ${round}`).toBe(fresh);
    }
  });
});

describe('CdclSolver seed', () => {
  it('a seed changes the search but not the answers, and the same seed repeats it', () => {
    const searchOf = (clauses: Clauses, seed: number) => {
      const solver = solverFor(clauses, { seed });
      const result = solver.solve();
      if (result === 'sat') expect(satisfies(clauses, (v) => solver.value(v))).toBe(true);
      const { conflicts, decisions, propagations } = solver.stats;
      return { result, conflicts, decisions, propagations };
    };
    let differing = 0;
    for (let i = 0; i < 20; i++) {
      const clauses = randomKSat(100, 426, 3, 2027 + i);
      const base = searchOf(clauses, 0);
      const one = searchOf(clauses, 1);
      const two = searchOf(clauses, 2);
      expect(one.result, `formula ${i}, seed 1`).toBe(base.result);
      expect(two.result, `formula ${i}, seed 2`).toBe(base.result);
      expect(searchOf(clauses, 2), `formula ${i}, seed 2 again`).toEqual(two);
      if (one.decisions !== two.decisions || one.conflicts !== two.conflicts) differing++;
    }
    expect(differing, 'seeds 1 and 2 searched differently').toBeGreaterThan(15);
  });
});

describe('CdclSolver limits and contracts', () => {
  it('stops with unknown at a conflict limit and can resume', () => {
    const solver = solverFor(pigeonhole(8, 7));
    expect(solver.solve([], { conflictLimit: 10 })).toBe('unknown');
    expect(solver.stats.conflicts).toBe(10);
    expect(solver.solve()).toBe('unsat');
  });

  it('stops when shouldStop says so', () => {
    let polls = 0;
    const solver = solverFor(pigeonhole(9, 8), { checkInterval: 100 });
    const result = solver.solve([], { shouldStop: () => ++polls >= 3 });
    expect(result).toBe('unknown');
    expect(polls).toBe(3);
  });

  it('rejects misuse with ContractError', () => {
    const solver = solverFor([[1]]);
    expect(() => solver.value(1)).toThrow(ContractError);
    expect(() => solver.failed()).toThrow(ContractError);
    expect(() => solver.addClause([1, 0])).toThrow(ContractError);
    expect(() => solver.solve([1.5])).toThrow(ContractError);
    expect(() => new CdclSolver({ varDecay: 2 })).toThrow(ContractError);
    expect(() => new CdclSolver({ nonsense: 1 } as Partial<CdclOptions>)).toThrow(ContractError);
    expect(solver.solve()).toBe('sat');
    expect(() => solver.failed()).toThrow(ContractError);
  });

  it('counts its work in stats', () => {
    // Without elimination, which replaces clauses by resolvents, `clauses` is the input count.
    const solver = solverFor(pigeonhole(6, 5), { elim: 0 });
    solver.solve();
    const stats = solver.stats;
    expect(stats.conflicts).toBeGreaterThan(0);
    expect(stats.decisions).toBeGreaterThan(0);
    expect(stats.propagations).toBeGreaterThan(stats.conflicts);
    expect(stats.clauses).toBe(pigeonhole(6, 5).length);
  });
});

describe('solver parts', () => {
  it('luby yields 1 1 2 1 1 2 4 1 1 2 1 1 2 4 8', () => {
    expect(Array.from({ length: 15 }, (_, i) => luby(i))).toEqual([1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8]);
  });

  it('the heap pops variables by decreasing activity, after increases too', () => {
    const act = new Float64Array(101);
    const heap = new VarHeap(100, act);
    const r = prng(3);
    for (let v = 1; v <= 100; v++) {
      act[v] = r();
      heap.insert(v);
    }
    for (let k = 0; k < 50; k++) {
      const v = 1 + Math.floor(r() * 100);
      act[v] += r();
      heap.increased(v);
    }
    const popped: number[] = [];
    while (heap.size > 0) popped.push(act[heap.removeMax()]!);
    expect(popped).toEqual([...popped].sort((a, b) => b - a));
    expect(popped.length).toBe(100);
  });
});
