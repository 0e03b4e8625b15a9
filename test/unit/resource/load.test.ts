/**
 * Learned per-machine load constraints (src/resource/load.ts, issue 10 item 4).
 *
 *  - `atMost` is exactly the pseudo-Boolean constraint, on every assignment of small cases;
 *  - every learned constraint of generated parallel-machine schedules (test/fuzz/sched-gen.ts,
 *    tight and near-miss kinds: feasible) is implied: Z3 finds `assertions ∧ ¬learned` unsat;
 *    and each is worth adding: `¬learned` alone is satisfiable (some assignment violates it);
 *  - with `learn` on, answers match the generator's and Z3's, `sat` models satisfy the script
 *    (checked by Z3), value symmetry is still found, and `get-model` shows the same constants
 *    as without learning;
 *  - with `proof`, nothing is learned.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { atMost } from '../../../src/resource/load.js';
import { reasonAboutResources } from '../../../src/resource/reason.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';
import { ReferencePool, readResponses, showResponse, z3Dialect } from '../../fuzz/reference.js';
import { learnedProblems } from '../../support/implied.js';
import { generateSchedule } from '../../fuzz/sched-gen.js';
import { rng } from '../../support/rng.js';
import { contextOf } from '../../support/script-context.js';

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
afterAll(() => z3.close());

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const instances = SEEDS.flatMap((seed) =>
  (['tight', 'nearmiss'] as const).map((kind) => ({ kind, seed, ...generateSchedule(rng(seed * 104729 + kind.length), 'parallel', kind) })),
);
const answerOf = (out: string) => out.split('\n')[0]!.trim();
/** The script without its `check-sat` (and what follows). */
const body = (text: string) => text.slice(0, text.indexOf('(check-sat)'));

describe('atMost', () => {
  it('is true exactly when the weighted sum is at most the bound', () => {
    const store = new TermStore();
    const xs = [0, 1, 2, 3].map((i) => store.var(`x${i}`, Sort.Bool));
    const r = rng(7);
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(r() * 4);
      const weights = Array.from({ length: n }, () => 1 + Math.floor(r() * 4));
      const cap = Math.floor(r() * 8);
      const t = atMost(store, xs.slice(0, n).map((x, i) => [x, weights[i]!] as const), cap);
      for (let mask = 0; mask < 1 << n; mask++) {
        const values = new Map(xs.map((x, i) => [x.id, ((mask >> i) & 1) === 1] as const));
        const sum = weights.reduce((a, w, i) => a + ((mask >> i) & 1 ? w : 0), 0);
        expect(evaluate(t, values), `weights ${weights} cap ${cap} mask ${mask}`).toBe(sum <= cap);
      }
    }
  });
});

describe('learned load constraints', () => {
  it('are implied by the assertions, and each can be violated', async () => {
    let learned = 0;
    const problems: string[] = [];
    await Promise.all(
      instances.map(async (inst) => {
        const ctx = contextOf(inst.text);
        const out = reasonAboutResources(ctx.assertions(), 1, () => {}, { store: ctx.store });
        expect(out.certificate).toBeUndefined();
        // Up to 6 per instance, spread over the windows (the values of one window are alike).
        const all = out.learned!.terms;
        const step = Math.ceil(all.length / 6);
        const terms = all.filter((_, i) => i % step === 0);
        learned += terms.length;
        const decls = inst.text.split('\n').filter((l) => l.startsWith('(declare-')).join('\n');
        problems.push(...(await learnedProblems(z3, `${inst.kind} ${inst.seed}`, body(inst.text), decls, 'constant constraint', terms)));
      }),
    );
    expect(problems).toEqual([]);
    expect(learned).toBeGreaterThan(instances.length); // tight schedules fill every machine
  }, 120_000);

  it('keep answers right and models valid, and value symmetry found', async () => {
    const problems: string[] = [];
    await Promise.all(
      instances.map(async (inst) => {
        const script = `${inst.text}(get-value (${inst.vars.join(' ')}))\n`;
        const r = await solveSmtLib(script, { learn: 'load', timeout: 60 });
        const z = answerOf(await z3.run(z3Dialect(inst.text)));
        const e = answerOf(r.text);
        if (e !== inst.expected || (z !== 'unknown' && z !== e)) problems.push(`${inst.kind} ${inst.seed}: eagersmt ${e}, expected ${inst.expected}, Z3 ${z}`);
        const c = r.checks[0]!;
        if (!c.learned || c.learned.loads === 0) problems.push(`${inst.kind} ${inst.seed}: nothing learned`);
        if (c.encoding && c.encoding.symmetries.length === 0) problems.push(`${inst.kind} ${inst.seed}: value symmetry lost`);
        if (e !== 'sat') return;
        const values = readResponses(r.text.slice(r.text.indexOf('\n') + 1))[0] as string[][];
        const fix = values.map(([v, val]) => `(assert (= ${v} ${showResponse(val!)}))`).join('\n');
        const check = await z3.run(z3Dialect(`${body(inst.text)}${fix}\n(check-sat)\n`));
        if (answerOf(check) !== 'sat') problems.push(`${inst.kind} ${inst.seed}: the model does not satisfy the script`);
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('leave get-model with the declared constants only', async () => {
    const inst = instances[0]!;
    const names = (text: string) => [...text.matchAll(/\(define-fun (\S+)/g)].map((m) => m[1]).sort();
    const off = await solveSmtLib(`${inst.text}(get-model)\n`);
    const on = await solveSmtLib(`${inst.text}(get-model)\n`, { learn: 'load' });
    expect(on.checks[0]!.learned!.loads).toBeGreaterThan(0);
    expect(answerOf(on.text)).toBe('sat');
    expect(names(on.text)).toEqual(names(off.text));
    expect(names(on.text).length).toBe(inst.vars.length);
  });

  it('are not added with a proof, nor when turned off', async () => {
    const inst = instances[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'eagersmt-load-'));
    const withProof = await solveSmtLib(inst.text, { learn: 'load', proof: join(dir, 'p.cert') });
    rmSync(dir, { recursive: true, force: true });
    expect(withProof.checks[0]!.learned).toBeUndefined();
    const off = await solveSmtLib(inst.text, { learn: 'none' });
    expect(off.checks[0]!.learned).toBeUndefined();
    expect(off.checks[0]!.encoding!.extraGates).toBe(0);
  });
});
