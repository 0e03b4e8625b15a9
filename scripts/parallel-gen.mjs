#!/usr/bin/env node
/**
 * Generates tight feasible parallel-machine scheduling problems as QF_IDL scripts, in the form
 * of SMT-LIB's 2022 job-shop family by Bohan Li: every operation chooses one of M identical
 * machines (`0 ≤ m − ref ≤ M − 1`), and two operations of different jobs obey
 * `m_a = m_b → (a before b ∨ b before a)`.
 *
 * A schedule is planted first, tight by construction (as test/fuzz/sched-gen.ts does at small
 * sizes): each machine's time [0, H) is cut into consecutive operations of 1..D units, and
 * operations are chained into jobs (an operation joins, with probability 0.6, a job whose last
 * operation ends no later than it starts). Every operation must run inside [0, H): the
 * planted schedule has no idle time at all, so the problem is satisfiable and every machine is
 * full — the instances where a per-machine load argument matters.
 *
 * Usage: node scripts/parallel-gen.mjs [--machines M] [--horizon H] [--max-duration D] [--seed N] [-o file]
 * Defaults: M=4 H=12 D=3 seed=1.
 *
 * @example
 *   node scripts/parallel-gen.mjs --machines 5 --horizon 16 --seed 3 -o /tmp/p.smt2
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rng } from './jobshop-gen.mjs';

const { values } = parseArgs({
  options: {
    machines: { type: 'string', default: '4' },
    horizon: { type: 'string', default: '12' },
    'max-duration': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', short: 'o' },
  },
});
const [M, H, D, seed] = [values.machines, values.horizon, values['max-duration'], values.seed].map(Number);
const r = rng(seed);
const ops = [];
for (let k = 0; k < M; k++)
  for (let t = 0; t < H; ) {
    const d = Math.min(H - t, r.int(1, D));
    ops.push({ start: t, d, job: -1 });
    t += d;
  }
ops.sort((a, b) => a.start - b.start);
const jobEnd = [];
for (const op of ops) {
  const fits = jobEnd.flatMap((e, j) => (e <= op.start ? [j] : []));
  if (fits.length > 0 && r.int(0, 9) < 6) op.job = fits[r.int(0, fits.length - 1)];
  else op.job = jobEnd.length;
  jobEnd[op.job] = op.start + op.d;
}
ops.forEach((op, i) => Object.assign(op, { s: `s${i + 1}`, m: `m${i + 1}` }));
const lines = ['(set-info :smt-lib-version 2.6)', '(set-logic QF_IDL)', '(set-info :status sat)'];
for (const op of ops) lines.push(`(declare-fun ${op.s} () Int)`, `(declare-fun ${op.m} () Int)`);
lines.push('(declare-fun ref () Int)', '(assert (and');
for (const op of ops)
  lines.push(`(<= (- ${op.m} ref) ${M - 1})`, `(>= (- ${op.m} ref) 0)`, `(>= (- ${op.s} ref) 0)`, `(<= (- ${op.s} ref) ${H - op.d})`);
const last = new Map();
for (const op of ops) {
  const prev = last.get(op.job);
  if (prev) lines.push(`(>= (- ${op.s} ${prev.s}) ${prev.d})`);
  last.set(op.job, op);
}
for (let i = 0; i < ops.length; i++)
  for (let j = i + 1; j < ops.length; j++) {
    const [a, b] = [ops[i], ops[j]];
    if (a.job !== b.job) lines.push(`(or (not (= (- ${a.m} ${b.m}) 0)) (>= (- ${b.s} ${a.s}) ${a.d}) (>= (- ${a.s} ${b.s}) ${b.d}))`);
  }
lines.push('))', '(check-sat)', '(exit)');
const text = lines.join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
