/**
 * ResourceRefuter (resource/reason.ts): one detection, many refutations with extra bounds. On
 * generated job shops with a makespan variable, every bound it refutes comes with a certificate
 * that `check-proof` accepts for the script with that bound added, it refutes a bound exactly
 * when reasoning over the whole script from scratch does, and a bound the optimum attains is
 * never refuted.
 */
import { describe, expect, it } from 'vitest';
import { jobshopScript, lowerBound, randomInstance } from '../../../scripts/jobshop-gen.mjs';
import { checkResourceCertificate } from '../../../src/proof/check-resource.js';
import { reasonAboutResources, ResourceRefuter } from '../../../src/resource/reason.js';
import { contextOf } from '../../support/script-context.js';

/** The minimisation script of a job shop, without its commands: declarations and assertions only. */
function baseOf(seed: number): string {
  const instance = randomInstance({ jobs: 4, ops: 3, machines: 3, maxDuration: 9, seed });
  const text = jobshopScript(instance, { makespan: 0, status: 'unknown', zero: true, getModel: false, source: 'test', minimize: true });
  return text
    .split('\n')
    .filter((l) => l.startsWith('(declare-fun') || l.startsWith('(assert'))
    .join('\n');
}

const bound = (k: number) => `(assert (<= (- makespan zero) ${k}))`;

describe('ResourceRefuter', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`job shop ${seed}: certificates valid, same answers as from scratch`, () => {
      const base = baseOf(seed);
      const ctx = contextOf(`${base}\n${bound(0)}`);
      const all = ctx.assertions();
      const refuter = new ResourceRefuter(all.slice(0, -1));
      const lb = lowerBound(randomInstance({ jobs: 4, ops: 3, machines: 3, maxDuration: 9, seed }));
      let refuted = 0;
      for (let k = lb - 5; k <= lb + 20; k++) {
        const text = `${base}\n${bound(k)}`;
        // The refuter's store differs from this context's: elaborate the bound in its own.
        const mine = contextOf(text);
        const r = new ResourceRefuter(mine.assertions().slice(0, -1)).refute([mine.assertions().at(-1)!], 1, () => {});
        const shared = refuter.refute([rebuild(ctx, k)], 1, () => {});
        const scratch = reasonAboutResources(mine.assertions(), 1, () => {});
        expect(shared.certificate !== undefined, `k = ${k}`).toBe(r.certificate !== undefined);
        expect(r.certificate !== undefined, `k = ${k}`).toBe(scratch.certificate !== undefined);
        if (shared.certificate !== undefined) {
          refuted++;
          const verdict = checkResourceCertificate(`${text}\n(check-sat)\n`, 'p.smt2', shared.certificate, 'p.cert');
          expect(verdict.message, `k = ${k}`).toBe('valid');
        }
        expect(shared.stats.operations).toBe(12);
      }
      // Bounds below the trivial lower bound are always refuted.
      expect(refuted).toBeGreaterThanOrEqual(5);
    });
  }

  it('a formula without pairs: nothing to refute, every time', () => {
    const ctx = contextOf('(declare-fun x () Int)\n(declare-fun y () Int)\n(assert (<= (- x y) 3))\n(assert (<= (- y x) 2))');
    const [a, b] = ctx.assertions();
    const r = new ResourceRefuter([a!]);
    expect(r.refute([b!], 1, () => {}).certificate).toBeUndefined();
    expect(r.refute([], 1, () => {}).certificate).toBeUndefined();
  });
});

/** The bound `makespan − zero ≤ k` in the store of `ctx`. */
function rebuild(ctx: ReturnType<typeof contextOf>, k: number) {
  const last = ctx.assertions().at(-1)!; // (<= (- makespan zero) 0)
  return ctx.store.mk('<=', [last.args[0]!, ctx.store.int(BigInt(k))]);
}
