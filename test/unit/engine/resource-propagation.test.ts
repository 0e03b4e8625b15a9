/**
 * Resource reasoning during the lazy search (option `resourcePropagation`: overload checking
 * and edge-finding on the machines of a job shop, theory/idl/disjunctive.ts): the answers, the
 * optima of `minimize` and the answers of an incremental script whose machines change under
 * push, pop and reset-assertions are those of the search without it and of the eager
 * encoding; and on a job shop whose proof needs counting, it shortens the search.
 */
import { describe, expect, it } from 'vitest';
import { jobshopScript, lowerBound, randomInstance, taillardInstance } from '../../../scripts/jobshop-gen.mjs';
import { solveSmtLib } from '../../../src/index.js';

type Options = Parameters<typeof solveSmtLib>[1];
const modes = ['off', 'overload', 'edge-finding'] as const;

async function answers(text: string, options: Options): Promise<string[]> {
  const r = await solveSmtLib(text, { timeout: 120, ...options });
  return r.responses.map((x) => x.text);
}

describe('resource reasoning during the lazy search', () => {
  it('answers job shops at and around their lower bound as the eager encoding does, in every mode', async () => {
    let sat = 0;
    let unsat = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const instance = randomInstance({ jobs: 4 + (seed % 2), ops: 3, machines: 3, maxDuration: 40, seed });
      const lb = lowerBound(instance);
      for (const T of [lb, lb + 8, lb + 25]) {
        const text = jobshopScript(instance, { makespan: T, status: 'unknown', zero: seed % 3 !== 0, source: 'test' });
        const [eager] = await answers(text, { lazyIdl: 'off' });
        for (const mode of modes) expect([mode, ...(await answers(text, { lazyIdl: 'on', resourcePropagation: mode }))]).toEqual([mode, eager]);
        if (eager === 'sat') sat++;
        else if (eager === 'unsat') unsat++;
      }
    }
    expect(sat).toBeGreaterThan(5);
    expect(unsat).toBeGreaterThan(5);
  }, 300_000);

  it('finds the optimum of minimize as the search without it does', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const instance = randomInstance({ jobs: 4, ops: 4, machines: 4, maxDuration: 30, seed });
      const text = jobshopScript(instance, { makespan: 0, status: 'sat', zero: true, source: 'test', minimize: true });
      const off = await answers(text, { resourcePropagation: 'off' });
      expect(off[0]).toBe('sat');
      for (const mode of modes.slice(1)) expect(await answers(text, { resourcePropagation: mode })).toEqual(off);
    }
  }, 300_000);

  it('keeps answers right when the machines change under push, pop and reset-assertions', async () => {
    // Five operations of durations 2 … 6 on one machine need 20 time units; any two fit in 12
    // but not all (a proof that counts). The pairs come and go with the frames, the base
    // frame's with reset-assertions.
    const ops = ['a', 'b', 'c', 'd', 'e'];
    const dur = (i: number) => i + 2;
    const decl = ops.map((o) => `(declare-fun ${o} () Int)`).join(' ');
    const window = ops.map((o) => `(assert (>= ${o} 0)) (assert (<= ${o} 18))`).join(' ');
    const pairs = ops
      .flatMap((o, i) => ops.slice(i + 1).map((q, k) => `(assert (or (>= (- ${q} ${o}) ${dur(i)}) (>= (- ${o} ${q}) ${dur(i + 1 + k)})))`))
      .join(' ');
    const tight = ops.map((o, i) => `(assert (<= ${o} ${12 - dur(i)}))`).join(' ');
    const text = [
      '(set-option :print-success false) (set-logic QF_IDL)',
      decl,
      window,
      pairs,
      '(check-sat)',
      '(push 1)',
      tight,
      '(check-sat)',
      '(pop 1)',
      '(check-sat)',
      '(reset-assertions)',
      window,
      tight,
      '(check-sat)',
      pairs,
      '(check-sat)',
    ].join('\n');
    const expected = ['sat', 'unsat', 'sat', 'sat', 'unsat'];
    for (const mode of modes) for (const liveFirst of [false, true]) expect(await answers(text, { resourcePropagation: mode, liveFirst })).toEqual(expected);
  }, 120_000);

  it('needs fewer conflicts to prove a Taillard job shop has no schedule one below its optimum', async () => {
    // Taillard's 10×10 of seed 1 (scripts/jobshop-gen.mjs --taillard --seed 1): optimum 826.
    const instance = taillardInstance({ jobs: 10, machines: 10, timeSeed: 1, machineSeed: 2 });
    const text = jobshopScript(instance, { makespan: 825, status: 'unsat', zero: true, source: 'test' });
    const run = async (mode: (typeof modes)[number]) => {
      const r = await solveSmtLib(text, { timeout: 120, lazyIdl: 'on', resourcePropagation: mode });
      const sat = r.checks[0]!.sat!;
      return { text: r.responses[0]!.text, conflicts: sat.conflicts!, resourceConflicts: sat.resourceConflicts };
    };
    const off = await run('off');
    const overload = await run('overload');
    expect([off.text, overload.text]).toEqual(['unsat', 'unsat']);
    expect(off.resourceConflicts).toBeUndefined();
    expect(overload.resourceConflicts).toBeGreaterThan(0);
    expect(overload.conflicts).toBeLessThan(off.conflicts);
  }, 120_000);
});
