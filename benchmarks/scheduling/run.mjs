#!/usr/bin/env node
/**
 * Job-shop optimisation: eagersmt's `minimize` against Z3's on generated classic job shops
 * (scripts/jobshop-gen.mjs: Taillard's generator, durations 1–99, every job visits every machine
 * once), and in the same run the decision problems at the optimum (sat) and one below it (unsat).
 *
 * For each size JxM and seed: the `--minimize` script goes to `eagersmt -t T` and `z3 -T:T`; the
 * optimum both report must agree (a run that did not close reports its interval); then the
 * decision scripts with makespan bound opt and opt − 1 (opt: Z3's, else eagersmt's) go to both,
 * and to cvc5 and Yices 2 (`yices-smt2`) where installed.
 * Times are CPU seconds (user + system, from /usr/bin/time) — the test machine is shared, so
 * wall time is printed too but is not the measure — and the ratio is eagersmt's over Z3's.
 * The summary gives, per solver, the decision problems solved within the limit and their PAR-2
 * (CPU seconds of a solved run, twice the limit otherwise), and the total CPU of the
 * minimisations. A wrong definite answer is a disagreement (exit code 1); a run that ends
 * without an answer (an error, a crash) is only unsolved, and counted.
 *
 * Usage: node benchmarks/scheduling/run.mjs [--sizes 10x5,10x10] [--seeds 1-3] [--timeout 60]
 *        [--random] [--no-decision] [--flags='--theory-propagation 0']
 *   --random: the generator's own random instances (durations 1–99) instead of Taillard's.
 *   --flags: more arguments for every eagersmt run (split at spaces), to compare settings.
 * Needs `npm run build` first; Z3 on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jobshopScript, lowerBound, randomInstance, taillardInstance } from '../../scripts/jobshop-gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: node benchmarks/scheduling/run.mjs [--sizes 10x5,10x10] [--seeds 1-3] [--timeout 60]
       [--random] [--no-decision] [--flags='--theory-propagation 0']`;
let values;
try {
  ({ values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10x5,10x10' },
      seeds: { type: 'string', default: '1-3' },
      timeout: { type: 'string', default: '60' },
      random: { type: 'boolean', default: false },
      'no-decision': { type: 'boolean', default: false },
      flags: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const timeout = Number(values.timeout);
const [s0, s1] = values.seeds.split('-').map(Number);
const seeds = Array.from({ length: (s1 ?? s0) - s0 + 1 }, (_, i) => s0 + i);
const sizes = values.sizes.split(',').map((s) => s.split('x').map(Number));
const dir = mkdtempSync(join(tmpdir(), 'jobshop-opt-'));

/** Runs a solver on a file under /usr/bin/time: its stdout, CPU and wall seconds. */
function run(argv) {
  const timing = join(dir, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timing, ...argv], { encoding: 'utf8', timeout: (timeout + 30) * 1000 });
  const [wall, user, sys] = readFileSync(timing, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { out: r.stdout ?? '', cpu: user + sys, wall };
}

/** The objective of a `get-objectives` answer: `{ value }`, or `{ interval: [a, b] }`, or undefined. */
function objective(out) {
  const m = /\(objectives\s*\(\(- makespan zero\)\s+(.*)\)\s*\)/s.exec(out);
  if (!m) return undefined;
  const text = m[1].trim();
  const iv = /^\(interval\s+(\S+)\s+(\S+?)\)$/.exec(text);
  if (iv) return { interval: [iv[1], iv[2]] };
  return /^\d+$/.test(text) ? { value: Number(text) } : { other: text };
}

const flags = values.flags.split(' ').filter((f) => f !== '');
const eager = (file) => ['node', join(root, 'dist/bin/eagersmt.cjs'), file, '-t', String(timeout), ...flags];
const z3 = (file) => ['z3', `-T:${timeout}`, file];
/** Other solvers of the decision problems, where installed (neither has Z3's `minimize`). */
const installed = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const others = [
  { name: 'cvc5', argv: (file) => ['cvc5', `--tlimit=${timeout * 1000}`, file] },
  { name: 'yices', argv: (file) => ['yices-smt2', `--timeout=${timeout}`, file] },
].filter((o) => installed(o.argv('')[0]));
const answer = (out) => out.split('\n').map((l) => l.trim()).find((l) => ['sat', 'unsat', 'unknown'].includes(l)) ?? 'error';
const show = (o) => (o === undefined ? '-' : o.value !== undefined ? String(o.value) : o.interval ? `[${o.interval.join(',')}]` : o.other);
const fmt = (x) => x.toFixed(1);

const rows = [];
let mismatches = 0;
let errors = 0;
for (const [jobs, machines] of sizes) {
  for (const seed of seeds) {
    const instance = values.random
      ? randomInstance({ jobs, ops: machines, machines, maxDuration: 99, seed })
      : taillardInstance({ jobs, machines, timeSeed: seed, machineSeed: seed + 1 });
    const name = `${jobs}x${machines}#${seed}`;
    const source = `benchmarks/scheduling/run.mjs ${name}`;
    const file = join(dir, `${name}.smt2`);
    writeFileSync(file, jobshopScript(instance, { makespan: 0, status: 'sat', zero: true, getModel: false, source, minimize: true }));
    const e = run(eager(file));
    const z = run(z3(file));
    const eo = objective(e.out);
    const zo = objective(z.out);
    if (eo?.value !== undefined && zo?.value !== undefined && eo.value !== zo.value) mismatches++;
    const opt = zo?.value ?? eo?.value;
    const row = { name, lb: lowerBound(instance), eager: eo, z3: zo, e, z };
    if (opt !== undefined && !values['no-decision']) {
      for (const [key, bound, want] of [['at', opt, 'sat'], ['below', opt - 1, 'unsat']]) {
        const f = join(dir, `${name}-${bound}.smt2`);
        writeFileSync(f, jobshopScript(instance, { makespan: bound, status: want, zero: true, getModel: false, source }));
        const runs = { eagersmt: run(eager(f)), z3: run(z3(f)) };
        for (const o of others) runs[o.name] = run(o.argv(f));
        // A wrong definite answer is a disagreement; anything else that is not an answer
        // (a crash, an `(error ...)`, a kill at the time-out) only counts as unsolved.
        const answers = {};
        for (const [who, d] of Object.entries(runs)) {
          const a = (answers[who] = answer(d.out));
          if ((a === 'sat' || a === 'unsat') && a !== want) mismatches++;
          else if (a === 'error') errors++;
        }
        row[key] = { want, runs, answers };
      }
    }
    rows.push(row);
    const line = [
      name.padEnd(9),
      String(row.lb).padStart(5),
      show(eo).padStart(12),
      show(zo).padStart(12),
      fmt(e.cpu).padStart(7),
      fmt(z.cpu).padStart(7),
      (e.cpu / Math.max(z.cpu, 0.01)).toFixed(1).padStart(6),
      `${fmt(e.wall)}/${fmt(z.wall)}`.padStart(11),
    ];
    for (const key of ['at', 'below']) {
      const d = row[key];
      const solvers = ['eagersmt', 'z3', ...others.map((o) => o.name)];
      line.push(d ? solvers.map((w) => `${d.answers[w]} ${fmt(d.runs[w].cpu)}`).join(' / ').padStart(14 * solvers.length) : '-'.padStart(14 * solvers.length));
    }
    if (rows.length === 1)
      console.log(
        ['instance ', '   LB', '   eagersmt', '         z3', 'e cpu s', 'z3 cpu', ' ratio', ' wall e/z3', `decision at opt, opt-1 (eagersmt / z3${others.map((o) => ` / ${o.name}`).join('')})`].join(' '),
      );
    console.log(line.join(' '));
  }
}
rmSync(dir, { recursive: true, force: true });
const closed = rows.filter((r) => r.eager?.value !== undefined);
const cpuE = rows.reduce((s, r) => s + r.e.cpu, 0);
const cpuZ = rows.reduce((s, r) => s + r.z.cpu, 0);
// The decision problems (at the optimum and one below): solved within the limit, and PAR-2
// (CPU seconds of a solved run, twice the limit otherwise), per solver.
const decisions = rows.flatMap((r) => ['at', 'below'].map((k) => r[k]).filter((d) => d !== undefined));
if (decisions.length > 0) {
  for (const who of ['eagersmt', 'z3', ...others.map((o) => o.name)]) {
    const solved = decisions.filter((d) => d.answers[who] === d.want && d.runs[who].cpu <= timeout);
    const par2 = decisions.reduce((sum, d) => sum + (solved.includes(d) ? d.runs[who].cpu : 2 * timeout), 0) / decisions.length;
    console.log(`decisions, ${who}: solved ${solved.length}/${decisions.length}, PAR-2 ${fmt(par2)} s`);
  }
}
console.log(`closed by eagersmt: ${closed.length}/${rows.length}; total CPU eagersmt ${fmt(cpuE)} s, z3 ${fmt(cpuZ)} s; disagreements: ${mismatches}; runs without an answer (error or killed): ${errors}`);
process.exitCode = mismatches > 0 ? 1 : 0;
