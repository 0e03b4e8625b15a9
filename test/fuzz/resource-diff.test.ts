/**
 * Differential test of resource reasoning (issue 10) on generated scheduling problems
 * (`sched-gen.ts`): parallel-machine and classic job-shop instances that are tight feasible,
 * infeasible by total energy, infeasible only inside a window, and near misses (overloaded in
 * appearance, feasible because one pair is unconstrained).
 *
 * For every instance: eagersmt's answer matches the generator's known answer and Z3's (where
 * Z3 answers; Z3's answer must match the known one too); a feasible instance is never `unsat`;
 * every `sat` model is checked by Z3 (the script with every constant fixed to its value must
 * be `sat`); every resource certificate is accepted by `check-proof`; and the energy and
 * window kinds, the ones resource reasoning exists for, are refuted by it (with a certificate).
 *
 * Environment: `SCHED_COUNT` instances per shape and kind (default 8), from seed `SCHED_SEED`
 * (default 1). Failing scripts go to `tmp/fuzz-failures/sched-<shape>-<kind>-<seed>.smt2`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { checkResourceCertificate } from '../../src/proof/check-resource.js';
import { rng } from '../support/rng.js';
import { ReferencePool, readResponses, showResponse, z3Dialect } from './reference.js';
import { generateSchedule, type Kind, type Shape } from './sched-gen.js';

const COUNT = Number(process.env.SCHED_COUNT ?? 8);
const FIRST_SEED = Number(process.env.SCHED_SEED ?? 1);
const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const work = mkdtempSync(join(tmpdir(), 'eagersmt-sched-'));
const tally = { instances: 0, sat: 0, unsatByResources: 0, unsatBySat: 0, z3Unknown: 0 };

afterAll(() => {
  z3.close();
  rmSync(work, { recursive: true, force: true });
  console.log(
    `resource-diff: ${tally.instances} instances: ${tally.sat} sat (models checked), ${tally.unsatByResources} unsat by resource reasoning (certificates checked), ${tally.unsatBySat} unsat by SAT; Z3 unknown on ${tally.z3Unknown}`,
  );
});

function answerOf(out: string): string {
  return out.split('\n')[0]!.trim();
}

async function run(shape: Shape, kind: Kind, seed: number): Promise<string[]> {
  const problems: string[] = [];
  const inst = generateSchedule(rng(seed * 7919 + kind.length * 31 + shape.length), shape, kind);
  const proof = join(work, `${shape}-${kind}-${seed}.cert`);
  const eOut = (await solveSmtLib(`${inst.text}(get-value (${inst.vars.join(' ')}))\n`, { proof, timeout: 60 })).text;
  const zOut = await z3.run(z3Dialect(inst.text));
  const [e, z] = [answerOf(eOut), answerOf(zOut)];
  tally.instances++;
  if (z !== 'sat' && z !== 'unsat') tally.z3Unknown++;
  else if (z !== inst.expected) problems.push(`generator: expected ${inst.expected}, Z3 says ${z}`);
  if (e === 'unsat' && (inst.expected === 'sat' || z === 'sat')) problems.push(`WRONG unsat (expected ${inst.expected}, Z3 ${z})`);
  if (e === 'sat' && (inst.expected === 'unsat' || z === 'unsat')) problems.push(`WRONG sat (expected ${inst.expected}, Z3 ${z})`);
  if (e !== inst.expected) problems.push(`eagersmt answered ${e}, expected ${inst.expected}`);
  if (e === 'sat') {
    tally.sat++;
    const values = readResponses(eOut.slice(eOut.indexOf('\n') + 1))[0] as string[][];
    const fix = values.map(([v, val]) => `(assert (= ${v} ${showResponse(val!)}))`).join('\n');
    const check = await z3.run(z3Dialect(inst.text.replace('(check-sat)', `${fix}\n(check-sat)`)));
    if (answerOf(check) !== 'sat') problems.push(`the model does not satisfy the assertions (Z3: ${answerOf(check)})`);
  }
  if (e === 'unsat') {
    if (existsSync(proof)) {
      tally.unsatByResources++;
      const v = checkResourceCertificate(inst.text, 'p.smt2', readFileSync(proof, 'utf8'), 'p.cert');
      if (!v.valid) problems.push(`certificate rejected: ${v.message}`);
    } else {
      tally.unsatBySat++;
      if (kind === 'energy' || kind === 'window') problems.push(`${kind} overload not found by resource reasoning`);
    }
  }
  if (problems.length > 0) {
    mkdirSync('tmp/fuzz-failures', { recursive: true });
    const file = `tmp/fuzz-failures/sched-${shape}-${kind}-${seed}.smt2`;
    writeFileSync(file, inst.text);
    problems.unshift(file);
  }
  return problems;
}

describe('resource reasoning against Z3 on generated schedules', () => {
  for (const shape of ['parallel', 'classic'] as const) {
    for (const kind of ['tight', 'energy', 'window', 'nearmiss'] as const) {
      test(`${shape} ${kind}`, async () => {
        const seeds = Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i);
        const results = await Promise.all(seeds.map((s) => run(shape, kind, s)));
        expect(results.filter((p) => p.length > 0)).toEqual([]);
      }, 120_000);
    }
  }
});
