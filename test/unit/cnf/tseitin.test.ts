import { describe, expect, it } from 'vitest';
import { FALSE, Gates, TRUE, type Lit } from '../../../src/cnf/gates.js';
import { LimitReached } from '../../../src/errors.js';
import { tseitin } from '../../../src/cnf/tseitin.js';
import { rng } from '../../support/rng.js';

/** Brute-force satisfiability of clauses over ≤ 22 variables with some variables fixed. */
function satisfiable(clauses: number[][], numVars: number, fixed: Map<number, boolean>): boolean {
  const free = [...Array(numVars).keys()].map((i) => i + 1).filter((v) => !fixed.has(v));
  for (let m = 0; m < 1 << free.length; m++) {
    const val = (v: number) => fixed.get(v) ?? ((m >> free.indexOf(v)) & 1) === 1;
    if (clauses.every((c) => c.some((l) => (l > 0 ? val(l) : !val(-l))))) return true;
  }
  return false;
}

describe('gates', () => {
  it('folds constants and hashes structurally', () => {
    const g = new Gates();
    const a = g.input();
    const b = g.input();
    expect(g.and(a, TRUE)).toBe(a);
    expect(g.and(a, FALSE)).toBe(FALSE);
    expect(g.and(a, a ^ 1)).toBe(FALSE);
    expect(g.and(a, b)).toBe(g.and(b, a));
    expect(g.xor(a ^ 1, b)).toBe(g.xor(a, b) ^ 1);
    expect(g.xor(a, a)).toBe(FALSE);
    expect(g.ite(a, b, b)).toBe(b);
  });
});

describe('tseitin', () => {
  it('is equisatisfiable with the circuit for every input assignment (random circuits)', () => {
    const r = rng(7);
    for (let round = 0; round < 150; round++) {
      const g = new Gates();
      const inputs: Lit[] = [g.input(), g.input(), g.input(), g.input()];
      const pool: Lit[] = [...inputs];
      const pick = () => pool[Math.floor(r() * pool.length)]! ^ (r() < 0.5 ? 1 : 0);
      for (let i = 0; i < 8; i++) {
        const x = r();
        const l = x < 0.4 ? g.and(pick(), pick()) : x < 0.7 ? g.or(pick(), pick()) : x < 0.85 ? g.xor(pick(), pick()) : g.ite(pick(), pick(), pick());
        pool.push(l);
      }
      const root = g.and(pick(), pool[pool.length - 1]!);
      const keep = pick();
      const { cnf, nodeVar } = tseitin(g, [root], [keep]);
      const clauses: number[][] = [];
      cnf.forEachClause((c) => clauses.push([...c]));
      if (cnf.numVars > 22) continue;
      for (let m = 0; m < 16; m++) {
        const fixed = new Map<number, boolean>();
        inputs.forEach((l, i) => fixed.set(nodeVar[l >>> 1]!, ((m >> i) & 1) === 1));
        const val = g.simulate((node) => fixed.get(nodeVar[node]!)!);
        const value = (l: Lit) => (val[l >>> 1]! ^ (l & 1)) === 1;
        expect(satisfiable(clauses, cnf.numVars, fixed)).toBe(value(root));
        if (value(root) && keep !== TRUE && keep !== FALSE && !inputs.some((i) => i >>> 1 === keep >>> 1)) {
          // The kept literal is fully defined: fixing it to the wrong value is unsatisfiable.
          const v = nodeVar[keep >>> 1]!;
          const wrong = new Map(fixed);
          wrong.set(v, !(value(keep) !== ((keep & 1) === 1)));
          expect(satisfiable(clauses, cnf.numVars, wrong)).toBe(false);
        }
      }
    }
  });

  it('turns a top-level disjunction into one clause without a variable', () => {
    const g = new Gates();
    const [a, b, c] = [g.input(), g.input(), g.input()];
    const { cnf } = tseitin(g, [g.orN([a, b, c])], []);
    expect(cnf.numVars).toBe(3);
    expect(cnf.numClauses).toBe(1);
  });

  it('polls every 65,536 nodes, so that a limit interrupts the translation of a large graph', () => {
    const g = new Gates();
    const inputs = Array.from({ length: 64 }, () => g.input());
    let acc = inputs[0]!;
    for (let i = 0; i < 200_000; i++) acc = g.xor(acc, g.and(inputs[i % 64]!, inputs[(i + 1) % 64]!));
    let calls = 0;
    tseitin(g, [acc], [], () => calls++);
    expect(calls).toBeGreaterThanOrEqual(Math.floor(g.size / 65_536));
    expect(() =>
      tseitin(g, [acc], [], () => {
        throw new LimitReached('timeout');
      }),
    ).toThrow(LimitReached);
  });

  it('asserting false gives the empty clause', () => {
    const g = new Gates();
    const { cnf } = tseitin(g, [FALSE], []);
    expect(cnf.numClauses).toBe(1);
    expect(cnf.size).toBe(1);
  });
});
