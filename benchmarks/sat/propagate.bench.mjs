#!/usr/bin/env node
/**
 * tinybench micro-benchmark of the built-in CDCL core's propagation throughput: propagated
 * literals per second of search on fixed instances (the same work every iteration, so the rate
 * is comparable between commits). Each iteration loads a fresh solver outside the timed window
 * (`beforeEach`) and searches for a fixed number of conflicts with elimination off, so the time
 * is propagation, analysis and decisions — propagation dominates, as in every CDCL solver.
 *
 *   npx tsc -p tsconfig.json && node benchmarks/sat/propagate.bench.mjs [--time 3000]
 *
 * Instances: random 3-SAT (n = 400, m = 1704: long clauses only, blocking literals and Gent's
 * circular watch search) and pigeonhole 11 into 10 (mostly binary clauses: the binary fast path).
 */
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { CdclSolver } from '../../dist/sat/cdcl/solver.js';

const { values } = parseArgs({ options: { time: { type: 'string', default: '3000' } } });

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Flat, 0-terminated DIMACS literals (the `Cnf.flat()` format). */
function flat(clauses) {
  return Int32Array.from(clauses.flatMap((c) => [...c, 0]));
}

function random3Sat(n, m, seed) {
  const r = mulberry32(seed);
  const clauses = [];
  for (let i = 0; i < m; i++) {
    const c = [];
    while (c.length < 3) {
      const v = 1 + Math.floor(r() * n);
      if (!c.some((l) => Math.abs(l) === v)) c.push(r() < 0.5 ? v : -v);
    }
    clauses.push(c);
  }
  return { n, lits: flat(clauses) };
}

function pigeonhole(p, h) {
  const x = (i, j) => i * h + j + 1;
  const clauses = [];
  for (let i = 0; i < p; i++) clauses.push(Array.from({ length: h }, (_, j) => x(i, j)));
  for (let j = 0; j < h; j++) for (let i = 0; i < p; i++) for (let k = i + 1; k < p; k++) clauses.push([-x(i, j), -x(k, j)]);
  return { n: p * h, lits: flat(clauses) };
}

const CONFLICTS = 3000;
const instances = [
  ['random 3-SAT n=400 m=1704', random3Sat(400, 1704, 42)],
  ['pigeonhole 11 into 10', pigeonhole(11, 10)],
];

const bench = new Bench({ time: Number(values.time) });
const propagations = new Map();
for (const [name, { n, lits }] of instances) {
  let solver;
  bench.add(
    name,
    () => {
      solver.solve([], { conflictLimit: CONFLICTS });
      propagations.set(name, solver.stats.propagations);
    },
    {
      beforeEach: () => {
        solver = new CdclSolver({ elim: 0 });
        solver.addFlat(lits, n);
      },
    },
  );
}
await bench.run();
console.table(bench.table());
for (const task of bench.tasks) {
  const props = propagations.get(task.name);
  const ms = task.result?.latency?.mean;
  if (props === undefined || !ms) continue;
  console.log(`${task.name}: ${props} propagations in ${CONFLICTS} conflicts, ${(props / (ms / 1000) / 1e6).toFixed(2)} M propagations/s`);
}
