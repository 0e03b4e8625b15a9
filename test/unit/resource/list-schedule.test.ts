/**
 * The heuristic schedule of an optimisation's start (src/resource/list-schedule.ts, through
 * `ResourceRefuter.schedule`): on random job shops, with and without the zero variable, it is a
 * model of every assertion of the minimisation script, its makespan is between the lower bound
 * and the generator's own greedy schedule's plus the longest job; it gives nothing for
 * machine choices, and what it gives under a deadline it misses is no model (the caller's check).
 */
import { describe, expect, it } from 'vitest';
import { greedySchedule, jobshopScript, lowerBound, randomInstance } from '../../../scripts/jobshop-gen.mjs';
import { checkModel } from '../../../src/model/evaluate.js';
import { ResourceRefuter } from '../../../src/resource/reason.js';
import type { Term } from '../../../src/terms/term.js';
import { contextOf } from '../../support/script-context.js';

/** The declarations and assertions of a generated script (what contextOf reads). */
function body(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.startsWith('(declare-fun') || l.startsWith('(assert'))
    .join('\n');
}

/** The constants under `terms`, by name. */
function varsByName(terms: readonly Term[]): Map<string, Term> {
  const out = new Map<string, Term>();
  const walk = (t: Term): void => {
    if (t.op === 'var') out.set(t.name!, t);
    t.args.forEach(walk);
  };
  terms.forEach(walk);
  return out;
}

describe('list schedule', () => {
  it('is a model of random job shops, its makespan between the lower bound and a greedy schedule', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const instance = randomInstance({ jobs: 3 + (seed % 5), ops: 4, machines: 4, maxDuration: 30, seed });
      const zero = seed % 2 === 0;
      const ctx = contextOf(body(jobshopScript(instance, { makespan: 0, status: 'sat', zero, source: 'test', minimize: true })));
      const model = new ResourceRefuter(ctx.assertions()).schedule(() => {});
      expect(model, `seed ${seed}`).toBeDefined();
      checkModel(ctx.assertions(), model!);
      const vars = varsByName(ctx.assertions());
      const value = Number(model!.get(vars.get('makespan')!.id)! - (zero ? model!.get(vars.get('zero')!.id)! : 0n));
      expect(value).toBeGreaterThanOrEqual(lowerBound(instance));
      const longestJob = Math.max(...instance.map((job: { duration: number }[]) => job.reduce((a, o) => a + o.duration, 0)));
      expect(value).toBeLessThanOrEqual(greedySchedule(instance).makespan + longestJob);
    }
  });

  it('gives nothing for machine choices, and no model under a deadline it misses', () => {
    const choice = contextOf(
      [
        '(declare-fun a () Int) (declare-fun b () Int) (declare-fun ma () Int) (declare-fun mb () Int)',
        '(assert (>= a 0)) (assert (>= b 0)) (assert (<= 0 ma 1)) (assert (<= 0 mb 1))',
        '(assert (or (not (= ma mb)) (>= (- b a) 3) (>= (- a b) 3)))',
      ].join('\n'),
    );
    expect(new ResourceRefuter(choice.assertions()).schedule(() => {})).toBeUndefined();
    // Three operations of 4 on one machine, c due by 4 in a form detection does not read (an
    // ite): the list schedule puts c last, at 8, and is no model.
    const late = contextOf(
      [
        '(declare-fun a () Int) (declare-fun b () Int) (declare-fun c () Int)',
        '(assert (>= a 0)) (assert (>= b 0)) (assert (>= c 0)) (assert (ite (> a 100) (<= c 100) (<= c 4)))',
        '(assert (or (>= (- b a) 4) (>= (- a b) 4))) (assert (or (>= (- c a) 4) (>= (- a c) 4))) (assert (or (>= (- c b) 4) (>= (- b c) 4)))',
      ].join('\n'),
    );
    const model = new ResourceRefuter(late.assertions()).schedule(() => {});
    expect(model).toBeDefined();
    expect(() => checkModel(late.assertions(), model!)).toThrow();
  });
});
