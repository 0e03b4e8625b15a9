/**
 * Times eagersmt against Z3 and cvc5 on generated incremental scripts (gen-bmc.mjs), in the
 * same run, whole-file mode: `eagersmt --stats file.smt2`, `z3 file.smt2`,
 * `cvc5 --incremental file.smt2`. Every answer sequence is compared with Z3's (a disagreement
 * is reported and makes the exit code 1); the table gives the wall times, eagersmt's split
 * (parse+elaborate / encode / solve, from `--stats`) and the ratios to Z3 and cvc5.
 *
 *   npm run build && node benchmarks/incremental/run.mjs [--timeout S] [--sizes 50,100] [--calls 100] [--only idl|bv|assume]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assumptions, bmcBv, bmcIdl } from './gen-bmc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const timeout = Number(opt('--timeout', 300));
const sizes = opt('--sizes', '50,100').split(',').map(Number);
const calls = Number(opt('--calls', 100));
const only = opt('--only', undefined);
const dir = mkdtempSync(path.join(os.tmpdir(), 'eagersmt-incr-'));

const scripts = [];
for (const n of sizes) {
  if (!only || only === 'idl') scripts.push([`idl-bmc-${n}`, bmcIdl(n)]);
  if (!only || only === 'bv') scripts.push([`bv-bmc-${n}`, bmcBv(n)]);
}
if (!only || only === 'assume') scripts.push([`assume-${calls}x1500`, assumptions(calls, 1500)]);

function run(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 28 });
  const s = (performance.now() - t0) / 1000;
  const answers = (r.stdout ?? '').split('\n').map((l) => l.trim()).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
  return { s, answers, timedOut: r.error?.code === 'ETIMEDOUT', stderr: r.stderr ?? '' };
}

const solvers = [
  ['eagersmt', (f) => run(process.execPath, [path.join(root, 'dist/cli/main.js'), '--stats', f])],
  ['z3', (f) => run('z3', [f])],
  ['cvc5', (f) => run('cvc5', ['--incremental', f])],
];

const rows = [];
let bad = 0;
for (const [name, text] of scripts) {
  const file = path.join(dir, `${name}.smt2`);
  writeFileSync(file, text);
  const res = Object.fromEntries(solvers.map(([s, f]) => [s, f(file)]));
  const ref = res.z3.answers;
  for (const [s, r] of Object.entries(res)) {
    const diff = r.answers.findIndex((a, i) => a !== 'unknown' && ref[i] !== undefined && a !== ref[i]);
    if (diff >= 0) {
      bad++;
      console.error(`DISAGREEMENT ${name}: ${s} says ${r.answers[diff]} at check ${diff + 1}, z3 ${ref[diff]}`);
    }
    if (r.answers.length !== ref.length && !r.timedOut) console.error(`${name}: ${s} gave ${r.answers.length} answers, z3 ${ref.length}`);
  }
  const m = /c total ([\d.]+) s; parse\+elaborate ([\d.]+) s; encode ([\d.]+) s; solve ([\d.]+) s/.exec(res.eagersmt.stderr);
  const e = res.eagersmt;
  const t = (r) => (r.timedOut ? `>${timeout}` : r.s.toFixed(2));
  rows.push({
    script: name,
    checks: ref.length,
    sat: ref.filter((a) => a === 'sat').length,
    eagersmt: t(e),
    'parse/enc/solve': m ? `${m[2]}/${m[3]}/${m[4]}` : '-',
    z3: t(res.z3),
    cvc5: t(res.cvc5),
    'e/z3': (e.s / res.z3.s).toFixed(1),
    'e/cvc5': (e.s / res.cvc5.s).toFixed(2),
  });
}
console.table(rows);
console.log(`scripts in ${dir}`);
process.exit(bad > 0 ? 1 : 0);
