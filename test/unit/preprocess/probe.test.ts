/**
 * Model probing (src/preprocess/probe.ts): a candidate assignment that satisfies the rewritten
 * problem decides it; lifted through word-level rewriting (preprocess/bv-rewrite.ts), the
 * eliminated constants are completed and it satisfies the original assertions; problems no
 * candidate satisfies, or with integer constants, are left to the encoding.
 */
import { describe, expect, it } from 'vitest';
import { encodeProblem } from '../../../src/engine/to-cnf.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { preprocess } from '../../../src/preprocess/pipeline.js';
import { probeModel } from '../../../src/preprocess/probe.js';
import { rewrite } from '../../../src/rewrite/rewrite.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';

describe('model probing', () => {
  const s = new TermStore();
  const W = 512;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => s.var(n, Sort.bitVec(W)));
  const mul = (x: typeof a, y: typeof a) => s.mk('bvmul', [x, y]);

  it('finds a model of disequal wide products without encoding them', () => {
    // d is defined by substitution; the product disequality holds for random a, b, c.
    const problem = [s.mk('=', [d, s.mk('bvadd', [a, b])]), s.mk('distinct', [mul(mul(a, b), d), mul(c, mul(c, c))])];
    const enc = encodeProblem(problem, []);
    expect(enc.cnf.numClauses).toBe(0);
    const model = enc.decode(new Uint8Array(0));
    for (const t of problem) expect(evaluate(t, model)).toBe(true);
  });

  it('completes the constants that substitution eliminated', () => {
    const pre = preprocess({ assertions: [s.mk('=', [d, s.mk('bvnot', [a])]), s.mk('bvult', [a, d])], assumptions: [] }, () => {});
    expect(pre.applied).toEqual(['bv-rewrite']);
    const byOrigin = pre.model!;
    expect(byOrigin.get(d.id)).toBe(BigInt.asUintN(W, ~(byOrigin.get(a.id) as bigint)));
  });

  it('gives up when no candidate is a model, and on integer constants', () => {
    const x = s.var('x', Sort.bitVec(8));
    const narrow = [s.mk('=', [x, s.bv(77n, 8)]), s.mk('bvult', [a, b])];
    // x = 77 is a definition: what is left is a < b, which the first random candidate satisfies.
    expect(probeModel(rewrite([s.mk('bvult', [x, s.bv(1n, 8)]), s.mk('bvugt', [x, s.bv(0n, 8)])], []), () => {})).toBeUndefined();
    expect(probeModel(rewrite([s.mk('bvult', [a, b]), s.mk('bvult', [b, a])], []), () => {})).toBeUndefined();
    expect(probeModel(rewrite(narrow, []), () => {})).toBeDefined();
    const i = s.var('i', Sort.Int);
    expect(probeModel(rewrite([s.mk('bvult', [a, b]), s.mk('<', [i, s.int(3n)])], []), () => {})).toBeUndefined();
  });
});
