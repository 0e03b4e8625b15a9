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
import { pigeonhole, random3Sat } from './formulas.mjs';

const { values } = parseArgs({ options: { time: { type: 'string', default: '3000' } } });

/** Flat, 0-terminated DIMACS literals (the `Cnf.flat()` format). */
function flat(clauses) {
  return Int32Array.from(clauses.flatMap((c) => [...c, 0]));
}

const CONFLICTS = 3000;
const instances = [
  ['random 3-SAT n=400 m=1704', { n: 400, lits: flat(random3Sat(400, 1704, 42)) }],
  ['pigeonhole 11 into 10', { n: 110, lits: flat(pigeonhole(11, 10)) }],
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
