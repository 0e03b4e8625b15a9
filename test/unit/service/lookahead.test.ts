/**
 * Cube generation: on small random CNFs (checked by brute force) the cubes are pairwise
 * disjoint, at most as many as asked, and the CNF is satisfiable exactly when some cube is —
 * including when propagation refutes leaves or the whole problem.
 */
import { describe, expect, it } from 'vitest';
import { makeCubes } from '../../../src/service/lookahead.js';
import { bruteForce, pigeonhole, randomKSat, toCnf, type Clauses } from '../sat/instances.js';

function withCube(clauses: Clauses, cube: ArrayLike<number>): Clauses {
  return [...clauses, ...Array.from(cube, (l) => [l])];
}

describe('makeCubes', () => {
  it('covers exactly the models of random 3-SAT near the threshold', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const n = 14;
      const clauses = randomKSat(n, Math.round(4.26 * n), 3, seed);
      const { cubes } = makeCubes(toCnf(clauses, n), new Int32Array(0), { cubes: 8 });
      expect(cubes.length).toBeLessThanOrEqual(8);
      expect(cubes.some((c) => bruteForce(n, withCube(clauses, c)))).toBe(bruteForce(n, clauses));
      for (let i = 0; i < cubes.length; i++)
        for (let j = i + 1; j < cubes.length; j++) {
          const a = new Set(cubes[i]);
          expect(Array.from(cubes[j]!).some((l) => a.has(-l)), `cubes ${i} and ${j} overlap`).toBe(true);
        }
    }
  });

  it('splits into the number of cubes asked when nothing is refuted', () => {
    const clauses = randomKSat(30, 60, 3, 5); // under-constrained: no leaf is refuted
    const { cubes, refuted } = makeCubes(toCnf(clauses, 30), new Int32Array(0), { cubes: 16 });
    expect(refuted).toBe(0);
    expect(cubes.length).toBe(16);
  });

  it('respects the base assumptions and returns no cube when they are refuted', () => {
    const clauses: Clauses = [[1, 2], [-1, 3], [-2, 3], [-3, 4]];
    expect(makeCubes(toCnf(clauses), Int32Array.of(-4), { cubes: 4 }).cubes).toEqual([]);
    const { cubes } = makeCubes(toCnf(clauses), Int32Array.of(1), { cubes: 4 });
    expect(cubes.every((c) => !Array.from(c).includes(-1))).toBe(true);
  });

  it('refutes small pigeonhole formulas by lookahead without losing soundness', () => {
    const clauses = pigeonhole(4, 3);
    const { cubes } = makeCubes(toCnf(clauses), new Int32Array(0), { cubes: 64 });
    expect(cubes.every((c) => !bruteForce(12, withCube(clauses, c)))).toBe(true);
  });
});
