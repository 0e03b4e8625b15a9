#!/usr/bin/env node
/**
 * Compares configurations of the built-in CDCL core by search effort rather than time, so that
 * the comparison holds on a loaded, shared machine: every run stops after a budget of
 * propagation ticks (watch-list cache lines and clauses visited, the solver's `ticks` counter,
 * as Kissat counts them), which does not depend on what else the machine is doing.
 *
 *   npx tsc -p tsconfig.json && node benchmarks/sat/effort.mjs <dir-of-cnfs> \
 *       --config '{}' --config '{"vivify":0.1}' [--ticks 40] [-j 2]
 *
 * A config is a JSON object of solver options (`src/sat/cdcl/options.ts`). Each CNF runs in
 * its own process per config. Printed: per instance the answer and the ticks (in millions)
 * under each config, then per config the instances solved within the budget and the PAR-2
 * in millions of ticks (ticks of a solved run, twice the budget otherwise). Preprocessing is
 * not counted in ticks (it is bounded by its own limits); wall time is printed for reference.
 * Answers that differ between configs are printed loudly and give exit code 1.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

if (process.argv[2] === '--child') {
  const [file, config, ticks] = process.argv.slice(3);
  const { parseDimacs } = await import(pathToFileURL(join(root, 'dist/cnf/dimacs.js')).href);
  const { CdclSolver } = await import(pathToFileURL(join(root, 'dist/sat/cdcl/solver.js')).href);
  const cnf = parseDimacs(readFileSync(file, 'latin1'), file);
  const t0 = performance.now();
  const solver = new CdclSolver(JSON.parse(config));
  solver.addFlat(cnf.flat(), cnf.numVars);
  const budget = Number(ticks) * 1e6;
  const answer = solver.solve([], { shouldStop: () => solver.stats.ticks > budget });
  const { conflicts, ticks: used } = solver.stats;
  process.stdout.write(JSON.stringify({ answer, seconds: (performance.now() - t0) / 1000, conflicts, ticks: used }) + '\n');
  process.exit(0);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', multiple: true, default: ['{}'] },
    ticks: { type: 'string', default: '40' },
    j: { type: 'string', short: 'j', default: '2' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node benchmarks/sat/effort.mjs <dir-of-cnfs> [--config JSON]... [--ticks M] [-j N]');
  process.exit(1);
}
const dir = resolve(positionals[0]);
const budget = Number(values.ticks);
const configs = values.config;
for (const c of configs) JSON.parse(c); // fail early on a malformed config
const files = readdirSync(dir).filter((f) => /\.cnf(\.gz)?$/.test(f)).sort();

function runChild(file, config) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', join(dir, file), config, String(budget)]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    child.on('close', () => {
      try {
        done(JSON.parse(out));
      } catch {
        done({ answer: 'error', seconds: 0, conflicts: 0, ticks: 0 });
      }
    });
  });
}

const jobs = files.flatMap((f) => configs.map((c) => ({ f, c })));
const results = new Map();
let next = 0;
await Promise.all(
  Array.from({ length: Math.max(1, Number(values.j)) }, async () => {
    while (next < jobs.length) {
      const { f, c } = jobs[next++];
      results.set(`${f}\0${c}`, await runChild(f, c));
    }
  }),
);

const failures = [];
console.log(`# ${files.length} CNFs in ${dir}; budget ${budget}M ticks per run`);
configs.forEach((c, i) => console.log(`# config ${i + 1}: ${c}`));
console.log(['instance'.padEnd(44), ...configs.map((_, i) => `config ${i + 1}`.padStart(18))].join(' '));
const totals = configs.map(() => ({ solved: 0, par2: 0, seconds: 0 }));
for (const f of files) {
  const row = [f.slice(0, 44).padEnd(44)];
  const answers = new Set();
  configs.forEach((c, i) => {
    const r = results.get(`${f}\0${c}`);
    const solved = r.answer === 'sat' || r.answer === 'unsat';
    if (solved) answers.add(r.answer);
    totals[i].solved += solved ? 1 : 0;
    totals[i].par2 += solved ? r.ticks / 1e6 : 2 * budget;
    totals[i].seconds += r.seconds;
    row.push(`${r.answer.padStart(7)} ${(r.ticks / 1e6).toFixed(1).padStart(7)}M`.padStart(18));
  });
  if (answers.size > 1) failures.push(`${f}: answers differ between configs`);
  console.log(row.join(' '));
}
console.log('');
configs.forEach((c, i) => {
  const t = totals[i];
  console.log(`config ${i + 1}: solved ${t.solved}/${files.length}  PAR-2 ${t.par2.toFixed(0)}M ticks  (wall ${t.seconds.toFixed(0)} s)  ${c}`);
});
for (const f of failures) console.log(`!!! ${f}`);
process.exitCode = failures.length > 0 ? 1 : 0;
