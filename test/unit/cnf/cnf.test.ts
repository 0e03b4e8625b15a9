/**
 * The flat CNF store (src/cnf/cnf.ts): `Cnf.adding` hands an encoded CNF to a SAT session
 * without a copy, and neither side sees what the other adds afterwards.
 */
import { describe, expect, it } from 'vitest';
import { Cnf } from '../../../src/cnf/cnf.js';

function clauses(cnf: Cnf): number[][] {
  const out: number[][] = [];
  cnf.forEachClause((c) => out.push([...c]));
  return out;
}

describe('Cnf.adding', () => {
  it('shares the memory, and copies before its first addition; the original may still grow', () => {
    const a = new Cnf();
    a.addClause([1, -2]);
    a.addTernary(2, 3, -4);
    const b = Cnf.adding(new Cnf(), a);
    expect(b.flat().buffer).toBe(a.flat().buffer); // no copy
    expect([b.numVars, b.numClauses, clauses(b)]).toEqual([4, 2, [[1, -2], [2, 3, -4]]]);
    b.addBinary(5, -1);
    a.addClause([-3]);
    a.addClause([6, 7]);
    expect(b.flat().buffer).not.toBe(a.flat().buffer);
    expect(clauses(b)).toEqual([[1, -2], [2, 3, -4], [5, -1]]);
    expect(clauses(a)).toEqual([[1, -2], [2, 3, -4], [-3], [6, 7]]);
    expect([a.numVars, b.numVars, b.numClauses]).toEqual([7, 5, 3]);
  });

  it('to a CNF with clauses: copied into it', () => {
    const base = new Cnf();
    base.addClause([1]);
    const a = new Cnf();
    a.addClause([2, -3]);
    expect(Cnf.adding(base, a)).toBe(base);
    expect(clauses(base)).toEqual([[1], [2, -3]]);
    expect(base.flat().buffer).not.toBe(a.flat().buffer);
  });

  it('of an empty CNF: an empty one that grows', () => {
    const a = new Cnf();
    a.numVars = 3;
    const b = Cnf.adding(new Cnf(), a);
    expect([b.numVars, b.size]).toEqual([3, 0]);
    b.addClause([1]);
    expect(clauses(b)).toEqual([[1]]);
    expect(a.size).toBe(0);
  });
});
