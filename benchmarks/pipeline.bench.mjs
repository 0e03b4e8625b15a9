/**
 * Where the time goes: encode time vs SAT time per check, on job-shop problems made by the
 * project's generator and on the shared QF_IDL benchmarks when ../shared is present, plus a
 * tinybench measurement of the encoder alone on a generated job-shop instance.
 *
 *   npm run build && node benchmarks/pipeline.bench.mjs [--timeout S] [--shared N]
 *
 * --shared N runs the N smallest shared QF_IDL files (default 10).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { defaultOptions } from '../dist/engine/options.js';
import { Executor } from '../dist/script/executor.js';
import { replayToCheck } from '../dist/script/replay.js';
import { encodeProblem } from '../dist/engine/to-cnf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const timeout = flag('--timeout', 10);
const sharedCount = flag('--shared', 10);

function generate(jobs, ops, machines, slack, seed) {
  return execFileSync(process.execPath, [
    path.join(root, 'scripts/jobshop-gen.mjs'),
    '--jobs', String(jobs), '--ops', String(ops), '--machines', String(machines),
    '--slack', String(slack), '--seed', String(seed),
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

async function run(name, text) {
  let answer = '';
  const io = { out: (s) => { if (!answer && /^(sat|unsat|unknown)$/.test(s)) answer = s; } };
  const script = new Executor({ ...defaultOptions, timeout }, io, name);
  const t0 = performance.now();
  await script.run(text);
  const total = performance.now() - t0;
  const encode = script.checks.reduce((a, c) => a + c.encodeMs, 0);
  const solve = script.checks.reduce((a, c) => a + c.solveMs, 0);
  const c = script.checks[0];
  return { name, bytes: text.length, answer, total, front: total - encode - solve, encode, solve, vars: c?.vars ?? 0, clauses: c?.clauses ?? 0 };
}

const rows = [];
for (const [j, k, m, slack] of [[6, 4, 4, 1.3], [10, 5, 5, 1.3], [15, 5, 5, 1.5]]) {
  rows.push(await run(`jobshop ${j}x${k} m${m} slack ${slack}`, generate(j, k, m, slack, 1)));
}
const shared = path.resolve(root, '../shared/benchmarks/QF_IDL');
if (existsSync(shared)) {
  const files = [];
  for (const fam of readdirSync(shared)) for (const f of readdirSync(path.join(shared, fam))) files.push(path.join(shared, fam, f));
  files.sort((a, b) => statSync(a).size - statSync(b).size);
  for (const f of files.slice(0, sharedCount)) rows.push(await run(path.relative(shared, f), readFileSync(f, 'utf8')));
} else {
  console.log('(../shared/benchmarks/QF_IDL not present: generated instances only)');
}

const ms = (x) => (x / 1000).toFixed(3).padStart(8);
console.log(`${'instance'.padEnd(52)} answer   front   encode    solve  encode/solve  vars/clauses`);
for (const r of rows) {
  const ratio = r.solve > 0 ? (r.encode / r.solve).toFixed(2) : '-';
  console.log(`${r.name.slice(0, 52).padEnd(52)} ${r.answer.padEnd(7)}${ms(r.front)} ${ms(r.encode)} ${ms(r.solve)} ${ratio.padStart(12)}  ${r.vars}/${r.clauses}`);
}

// The encoder alone, repeated, on one generated instance (terms built once).
const text = generate(10, 5, 5, 1.3, 2);
const { assertions } = replayToCheck(text, 'bench', 1);
const bench = new Bench({ time: 2000 });
bench.add('encode jobshop 10x5 (terms → CNF)', () => {
  encodeProblem(assertions, [], {});
});
await bench.run();
console.table(bench.table());
