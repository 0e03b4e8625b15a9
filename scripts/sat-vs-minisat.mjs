#!/usr/bin/env node
/**
 * Wall-time comparison of the built-in CDCL solver (compiled, from dist/) with MiniSat on
 * random 3-SAT at the threshold (n = 200, ratio 4.26) and pigeonhole formulas.
 *
 *   npx tsc -p tsconfig.json && node scripts/sat-vs-minisat.mjs [--seeds 10] [--reps 3] [--php 9,10]
 *
 * Built-in: time of `new CdclSolver()`, loading the clauses and `solve()` in this process
 * (after one warm-up solve, so JIT compilation of the first instance is not counted).
 * MiniSat: wall time of `minisat -verb=0 file.cnf` (process start, parsing and solving).
 * Each time is the median of --reps runs; the summary gives the ratio of the totals and the
 * geometric mean of the per-instance ratios (built-in / MiniSat).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dimacsText, pigeonhole, random3Sat } from '../benchmarks/sat/formulas.mjs';
import { CdclSolver } from '../dist/sat/cdcl/solver.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10' },
    reps: { type: 'string', default: '3' },
    php: { type: 'string', default: '9,10' },
    n: { type: 'string', default: '200' },
  },
});
const seeds = Number(values.seeds);
const reps = Number(values.reps);
const n = Number(values.n);

function builtin({ clauses }) {
  const t = performance.now();
  const solver = new CdclSolver();
  for (const c of clauses) solver.addClause(c);
  const status = solver.solve();
  return { ms: performance.now() - t, status, conflicts: solver.stats.conflicts };
}

function minisat(file) {
  const t = performance.now();
  const r = spawnSync('minisat', ['-verb=0', file]);
  const ms = performance.now() - t;
  if (r.error) throw new Error(`cannot run minisat: ${r.error.message}`);
  return { ms, status: r.status === 10 ? 'sat' : r.status === 20 ? 'unsat' : `exit ${r.status}` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const instances = [];
for (let seed = 1; seed <= seeds; seed++) instances.push([`rand3-n${n}-s${seed}`, { n, clauses: random3Sat(n, Math.round(4.26 * n), seed) }]);
for (const p of values.php.split(',').filter(Boolean).map(Number)) instances.push([`php-${p}-into-${p - 1}`, { n: p * (p - 1), clauses: pigeonhole(p, p - 1) }]);

const dir = mkdtempSync(join(tmpdir(), 'sat-vs-minisat-'));
try {
  builtin({ n: 42, clauses: pigeonhole(7, 6) }); // warm-up
  console.log('instance              result   builtin ms   minisat ms   ratio   conflicts');
  let totalOurs = 0;
  let totalTheirs = 0;
  let logRatios = 0;
  for (const [name, inst] of instances) {
    const file = join(dir, `${name}.cnf`);
    writeFileSync(file, dimacsText(inst.n, inst.clauses));
    const ours = [];
    const theirs = [];
    let status = '';
    let conflicts = 0;
    for (let r = 0; r < reps; r++) {
      const a = builtin(inst);
      const b = minisat(file);
      if (a.status !== b.status) throw new Error(`${name}: builtin says ${a.status}, minisat ${b.status}`);
      ours.push(a.ms);
      theirs.push(b.ms);
      status = a.status;
      conflicts = a.conflicts;
    }
    const o = median(ours);
    const t = median(theirs);
    totalOurs += o;
    totalTheirs += t;
    logRatios += Math.log(o / t);
    console.log(
      `${name.padEnd(21)} ${status.padEnd(6)} ${o.toFixed(0).padStart(12)} ${t.toFixed(0).padStart(12)} ${(o / t).toFixed(2).padStart(7)} ${String(conflicts).padStart(11)}`,
    );
  }
  console.log(
    `total: builtin ${totalOurs.toFixed(0)} ms, minisat ${totalTheirs.toFixed(0)} ms, ratio ${(totalOurs / totalTheirs).toFixed(2)}; ` +
      `geometric mean of ratios ${Math.exp(logRatios / instances.length).toFixed(2)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
