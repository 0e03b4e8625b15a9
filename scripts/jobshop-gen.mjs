#!/usr/bin/env node
/**
 * Generates job-shop scheduling problems as QF_IDL scripts, in the manner of SMT-LIB's `job_shop`
 * family (and its 2022 revision by Bohan Li): J jobs of K operations each; every operation runs
 * on one of M machines for a duration; one Int start time per operation.
 *
 *   precedence in a job        (>= (- s_j_k+1 s_j_k) d_j_k)
 *   one machine, two ops a, b  (or (>= (- a b) d_b) (>= (- b a) d_a))
 *   starts are non-negative    (>= (- s_j_1 zero) 0)        or (>= s_j_1 0) with --no-zero
 *   makespan bound T           (<= (- s_j_K zero) T - d_j_K)
 *
 * When K <= M, the operations of a job use distinct machines (the classic job shop, a random order
 * of a random subset of machines); otherwise machines are drawn independently. Durations are
 * uniform in [1, max-duration]. Everything is a function of the seed (mulberry32).
 *
 * `--taillard` generates as Taillard's benchmark generator does (E. Taillard, "Benchmarks for
 * basic scheduling problems", EJOR 64, 1993): his portable linear congruential generator
 * (a = 16807, m = 2^31 − 1, Schrage's method), durations uniform in [1, 99] drawn job by job from
 * a time seed, and each job's machine order a random permutation drawn from a machine seed
 * (here the seed and the seed + 1) — K = M, every job visits every machine once.
 *
 * `--minimize` writes the optimisation problem instead of a decision: no bound T, a constant
 * `makespan` after the end of every job, `(minimize (- makespan zero))` (or `makespan` with
 * --no-zero), then `(check-sat)` and `(get-objectives)`; the status is `sat`.
 *
 * The status is set from two bounds the generator computes. The lower bound LB is the best of the
 * longest job and, per machine, the smallest head + the machine's load + the smallest tail (the
 * one-machine relaxation): T < LB is `unsat`. The upper bound UB is the makespan of a greedy list
 * schedule (earliest start first): T >= UB is `sat`. In between the status is `unknown` unless
 * `--status` is given (only for answers checked with another solver). The bounds are printed on
 * stderr.
 *
 * Usage:
 *   node scripts/jobshop-gen.mjs [--jobs J] [--ops K] [--machines M] [--max-duration D] [--taillard]
 *        [--makespan T | --slack F | --minimize] [--seed N] [--no-zero] [--get-model] [--status S] [-o file]
 * Defaults: J=4 K=3 M=3 D=9 seed=1, makespan = ceil(LB * slack) with slack 1.0.
 *
 * @example
 *   node scripts/jobshop-gen.mjs --jobs 4 --ops 3 --machines 3 --makespan 30 --get-model -o examples/jobshop-4x3.smt2
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** mulberry32, as in test/fuzz/idl-gen.ts (a script cannot import the TypeScript test code). */
export function rng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { int: (lo, hi) => lo + (next() % (hi - lo + 1)) };
}

/**
 * A random instance: `ops[j][k] = { machine, duration }`.
 * @param {{jobs: number, ops: number, machines: number, maxDuration: number, seed: number}} p
 */
export function randomInstance({ jobs, ops, machines, maxDuration, seed }) {
  const r = rng(seed);
  const instance = [];
  for (let j = 0; j < jobs; j++) {
    const order = Array.from({ length: machines }, (_, m) => m);
    for (let i = machines - 1; i > 0; i--) {
      const k = r.int(0, i);
      [order[i], order[k]] = [order[k], order[i]];
    }
    const job = [];
    for (let k = 0; k < ops; k++) {
      const machine = ops <= machines ? order[k] : r.int(0, machines - 1);
      job.push({ machine, duration: r.int(1, maxDuration) });
    }
    instance.push(job);
  }
  return instance;
}

/**
 * Taillard's generator (file header): `ops[j][k] = { machine, duration }` for J jobs on M machines.
 * @param {{jobs: number, machines: number, timeSeed: number, machineSeed: number}} p
 */
export function taillardInstance({ jobs, machines, timeSeed, machineSeed }) {
  const lcg = (seed) => {
    let x = seed % 2147483647 || 1;
    return (lo, hi) => {
      // x = 16807 x mod (2^31 − 1) without overflow (Schrage: 127773 = m div a, 2836 = m mod a).
      const k = Math.floor(x / 127773);
      x = 16807 * (x % 127773) - k * 2836;
      if (x < 0) x += 2147483647;
      return lo + Math.floor((x / 2147483647) * (hi - lo + 1));
    };
  };
  const time = lcg(timeSeed);
  const mach = lcg(machineSeed);
  // Durations machine by machine within each job (d[j][m]), then each job's machine order.
  const durations = Array.from({ length: jobs }, () => Array.from({ length: machines }, () => time(1, 99)));
  return durations.map((row) => {
    const order = Array.from({ length: machines }, (_, m) => m);
    for (let m = 0; m < machines; m++) {
      const k = mach(m, machines - 1);
      [order[m], order[k]] = [order[k], order[m]];
    }
    return order.map((machine) => ({ machine, duration: row[machine] }));
  });
}

/** The lower bound LB described in the header. */
export function lowerBound(instance) {
  let lb = 0;
  const perMachine = new Map();
  for (const job of instance) {
    const total = job.reduce((s, op) => s + op.duration, 0);
    lb = Math.max(lb, total);
    let head = 0;
    for (const op of job) {
      const tail = total - head - op.duration;
      const m = perMachine.get(op.machine) ?? { load: 0, head: Infinity, tail: Infinity };
      m.load += op.duration;
      m.head = Math.min(m.head, head);
      m.tail = Math.min(m.tail, tail);
      perMachine.set(op.machine, m);
      head += op.duration;
    }
  }
  for (const m of perMachine.values()) lb = Math.max(lb, m.head + m.load + m.tail);
  return lb;
}

/** A greedy schedule (the next operation that can start earliest, lowest job first); its makespan is UB. */
export function greedySchedule(instance) {
  const next = instance.map(() => 0);
  const jobReady = instance.map(() => 0);
  const machineReady = new Map();
  const starts = instance.map((job) => job.map(() => 0));
  let makespan = 0;
  for (;;) {
    let best = -1;
    let bestStart = Infinity;
    instance.forEach((job, j) => {
      if (next[j] >= job.length) return;
      const start = Math.max(jobReady[j], machineReady.get(job[next[j]].machine) ?? 0);
      if (start < bestStart) [best, bestStart] = [j, start];
    });
    if (best < 0) return { starts, makespan };
    const op = instance[best][next[best]];
    starts[best][next[best]] = bestStart;
    jobReady[best] = bestStart + op.duration;
    machineReady.set(op.machine, bestStart + op.duration);
    makespan = Math.max(makespan, bestStart + op.duration);
    next[best]++;
  }
}

/** `n` as an SMT-LIB term. */
const lit = (n) => (n < 0 ? `(- ${-n})` : `${n}`);

/**
 * The SMT-LIB script for an instance and a makespan bound.
 * @param {ReturnType<typeof randomInstance>} instance
 * @param {{makespan: number, status: string, zero: boolean, getModel: boolean, source: string}} p
 */
export function jobshopScript(instance, { makespan, status, zero, getModel, source, minimize = false }) {
  const s = (j, k) => `s_${j + 1}_${k + 1}`;
  const minus = (a, b) => (zero || b !== 'zero' ? `(- ${a} ${b})` : a);
  const lines = [
    '(set-info :smt-lib-version 2.6)',
    '(set-logic QF_IDL)',
    `(set-info :source |${source}|)`,
    `(set-info :status ${status})`,
  ];
  if (zero) lines.push('(declare-fun zero () Int)');
  instance.forEach((job, j) => job.forEach((_, k) => lines.push(`(declare-fun ${s(j, k)} () Int)`)));
  lines.push('; operations start at time 0 or later');
  instance.forEach((_, j) => lines.push(`(assert (>= ${minus(s(j, 0), 'zero')} 0))`));
  lines.push('; operations of a job run in order');
  instance.forEach((job, j) =>
    job.slice(0, -1).forEach((op, k) => lines.push(`(assert (>= (- ${s(j, k + 1)} ${s(j, k)}) ${op.duration}))`)),
  );
  lines.push('; a machine runs one operation at a time');
  const all = instance.flatMap((job, j) => job.map((op, k) => ({ ...op, name: s(j, k) })));
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      const [x, y] = [all[a], all[b]];
      if (x.machine !== y.machine) continue;
      lines.push(`(assert (or (>= (- ${x.name} ${y.name}) ${y.duration}) (>= (- ${y.name} ${x.name}) ${x.duration})))`);
    }
  }
  if (minimize) {
    lines.push('; every job ends by the makespan, which is minimised');
    lines.push('(declare-fun makespan () Int)');
    instance.forEach((job, j) => {
      const k = job.length - 1;
      lines.push(`(assert (>= (- makespan ${s(j, k)}) ${job[k].duration}))`);
    });
    lines.push(`(minimize ${minus('makespan', 'zero')})`);
    lines.push('(check-sat)');
    lines.push('(get-objectives)');
  } else {
    lines.push(`; every job ends by the makespan ${makespan}`);
    instance.forEach((job, j) => {
      const k = job.length - 1;
      lines.push(`(assert (<= ${minus(s(j, k), 'zero')} ${lit(makespan - job[k].duration)}))`);
    });
    lines.push('(check-sat)');
  }
  if (getModel) lines.push('(get-model)');
  lines.push('(exit)');
  return lines.join('\n') + '\n';
}

function main() {
  const { values } = parseArgs({
    options: {
      jobs: { type: 'string', default: '4' },
      ops: { type: 'string', default: '3' },
      machines: { type: 'string', default: '3' },
      'max-duration': { type: 'string', default: '9' },
      makespan: { type: 'string' },
      slack: { type: 'string', default: '1.0' },
      seed: { type: 'string', default: '1' },
      'no-zero': { type: 'boolean', default: false },
      taillard: { type: 'boolean', default: false },
      minimize: { type: 'boolean', default: false },
      'get-model': { type: 'boolean', default: false },
      status: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: jobshop-gen.mjs [--jobs J] [--ops K] [--machines M] [--max-duration D] [--taillard]\n' +
        '                       [--makespan T | --slack F | --minimize] [--seed N] [--no-zero] [--get-model] [--status sat|unsat|unknown] [-o file]',
    );
    return 0;
  }
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got '${values[name]}'`);
    return n;
  };
  const params = {
    jobs: int('jobs', 1),
    ops: int('ops', 1),
    machines: int('machines', 1),
    maxDuration: int('max-duration', 1),
    seed: int('seed', 0),
  };
  if (values.taillard) params.ops = params.machines;
  const instance = values.taillard
    ? taillardInstance({ jobs: params.jobs, machines: params.machines, timeSeed: params.seed, machineSeed: params.seed + 1 })
    : randomInstance(params);
  const lb = lowerBound(instance);
  const ub = greedySchedule(instance).makespan;
  const slack = Number(values.slack);
  if (!(slack > 0)) throw new Error(`--slack must be a positive number, got '${values.slack}'`);
  const makespan = values.makespan !== undefined ? int('makespan', 0) : Math.ceil(lb * slack);
  const status = values.minimize ? 'sat' : (values.status ?? (makespan < lb ? 'unsat' : makespan >= ub ? 'sat' : 'unknown'));
  if (!['sat', 'unsat', 'unknown'].includes(status)) throw new Error(`--status must be sat, unsat or unknown`);
  const source =
    `jobshop-gen.mjs --jobs ${params.jobs} --ops ${params.ops} --machines ${params.machines}` +
    (values.taillard ? ' --taillard' : ` --max-duration ${params.maxDuration}`) +
    ` --seed ${params.seed}` +
    (values.minimize ? ' --minimize' : ` --makespan ${makespan}`) +
    (values.status !== undefined ? ` --status ${values.status}` : '') +
    ` (lower bound ${lb}, greedy schedule ${ub})`;
  const text = jobshopScript(instance, { makespan, status, zero: !values['no-zero'], getModel: values['get-model'], source, minimize: values.minimize });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  console.error(`jobshop: lower bound ${lb}, greedy makespan ${ub}, bound ${makespan}, status ${status}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(`jobshop-gen: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  }
}
