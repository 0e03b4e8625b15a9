/**
 * The one CNF model check (src/cnf/check.ts): it names the first clause or assumption a model
 * falsifies, counts variables beyond the model as false, and accepts every model the built-in
 * solver finds on random CNFs.
 */
import { describe, expect, it } from 'vitest';
import { falsifiedBy } from '../../../src/cnf/check.js';
import { solveInline } from '../../../src/sat/builtin.js';
import { randomKSat, toCnf } from '../sat/instances.js';

const none = new Int32Array(0);

describe('falsifiedBy', () => {
  it('names the first falsified clause (1-based) or assumption', () => {
    const lits = Int32Array.of(1, 2, 0, -1, 0, 2, 3, 0);
    expect(falsifiedBy(lits, none, Uint8Array.of(0, 0, 1, 0))).toBeUndefined();
    expect(falsifiedBy(lits, none, Uint8Array.of(0, 1, 1, 0))).toBe('clause #2');
    expect(falsifiedBy(lits, none, Uint8Array.of(0, 0, 0, 0))).toBe('clause #1');
    expect(falsifiedBy(lits, Int32Array.of(-2, 3), Uint8Array.of(0, 0, 1, 1))).toBe('assumption -2');
    expect(falsifiedBy(lits, Int32Array.of(2, 3), Uint8Array.of(0, 0, 1, 1))).toBeUndefined();
  });

  it('counts variables beyond the model as false', () => {
    expect(falsifiedBy(Int32Array.of(-5, 0), none, Uint8Array.of(0, 1))).toBeUndefined();
    expect(falsifiedBy(Int32Array.of(5, 0), none, Uint8Array.of(0, 1))).toBe('clause #1');
    expect(falsifiedBy(new Int32Array(0), Int32Array.of(7), Uint8Array.of(0))).toBe('assumption 7');
  });

  it("accepts the built-in solver's models", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const cnf = toCnf(randomKSat(40, 150, 3, seed), 40);
      const out = solveInline(cnf);
      if (out.status === 'sat') expect(falsifiedBy(cnf.flat(), none, out.model!)).toBeUndefined();
    }
  });
});
