/**
 * Differential test of resource reasoning during the lazy search (theory/idl/disjunctive.ts,
 * `resourcePropagation`): random job shops (scripts/jobshop-gen.mjs) at their lower bound and
 * between it and a greedy schedule's makespan, with and without the zero variable, decided
 * lazily with overload checking and with edge-finding, against the eager encoding (another
 * path entirely: no live session, no theory). Every answer agrees; the reasoning must have
 * found a conflict on a good share of them, or the test proves nothing.
 *
 * Environment: `RP_COUNT` instances (default 24), from seed `RP_SEED` (default 100).
 */
import { expect, test } from 'vitest';
import { greedySchedule, jobshopScript, lowerBound, randomInstance } from '../../scripts/jobshop-gen.mjs';
import { solveSmtLib } from '../../src/index.js';

const COUNT = Number(process.env.RP_COUNT ?? 24);
const FIRST = Number(process.env.RP_SEED ?? 100);

test('lazy search with resource reasoning answers job shops as the eager encoding does', async () => {
  let runs = 0;
  let engaged = 0;
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    const instance = randomInstance({ jobs: 5 + (seed % 3), ops: 4, machines: 4, maxDuration: 60, seed });
    const lb = lowerBound(instance);
    const ub = greedySchedule(instance).makespan;
    for (const T of [lb, Math.floor((lb + ub) / 2), Math.floor((3 * lb + ub) / 4)]) {
      const text = jobshopScript(instance, { makespan: T, status: 'unknown', zero: seed % 2 === 0, source: 'resource-propagation-diff' });
      const eager = await solveSmtLib(text, { timeout: 60, lazyIdl: 'off' });
      const want = eager.responses[0]!.text;
      expect(['sat', 'unsat']).toContain(want);
      for (const mode of ['overload', 'edge-finding'] as const) {
        const r = await solveSmtLib(text, { timeout: 60, lazyIdl: 'on', resourcePropagation: mode });
        expect(r.responses[0]!.text, `seed ${seed}, makespan ${T}, ${mode}`).toBe(want);
        runs++;
        if ((r.checks[0]?.sat?.resourceConflicts ?? 0) > 0) engaged++;
      }
    }
  }
  expect(engaged).toBeGreaterThan(runs / 4);
}, 600_000);
