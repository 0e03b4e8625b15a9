/**
 * The all-pairs shortest-path matrix of complete theory propagation (src/theory/idl/closure.ts),
 * measured with tinybench on a trail-like workload: edges are added as a CDCL search assigns
 * difference atoms and removed in stack order as it backjumps, on a job-shop-sized graph.
 *
 * The workload is generated (a fixed seed, so every run replays the same one): `--nodes` nodes,
 * a chain of precedences per job of 10 operations (weights −1..−99, "b starts ≥ d after a"),
 * then rounds that push edges between random nodes — each an ordering of two operations
 * (weight −d) or its relaxation (d − 1) — up to a depth, skipping an edge that would close a
 * negative cycle (the theory reports those as conflicts before they reach the matrix), and pop
 * back a random number of them. Cells are watched at random (about one in five, the share of
 * cells that carry atoms in a 15x10 job shop) with an empty callback.
 *
 *   npm run build && node benchmarks/closure.bench.mjs [--nodes 151] [--ops 40000] [--time ms] [--dist dir]
 *   --dist: the build to measure (default: this checkout's dist/), e.g. an older checkout's.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const opt = (name, def) => Number(arg(name) ?? def);
const dist = arg('--dist') ?? new URL('../dist', import.meta.url).pathname;
const { PathMatrix } = await import(pathToFileURL(resolve(dist, 'theory/idl/closure.js')).href);
const n = opt('--nodes', 151);
const ops = opt('--ops', 40000);
const time = opt('--time', 3000);

/** A 31-bit linear congruential generator: the same workload on every run. */
function lcg(seed) {
  let s = seed >>> 0;
  return (k) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 1) % k;
  };
}

/** The workload: a list of [u, v, w] to add, or −1 to pop the last edge. */
function workload() {
  const rnd = lcg(20261207);
  const m = new PathMatrix(n);
  const none = new Uint8Array(n * n);
  const steps = [];
  const add = (u, v, w) => {
    if (m.dist[v * n + u] + w < 0) return false;
    m.add(u, v, w, none, () => {});
    steps.push([u, v, w]);
    return true;
  };
  // Jobs: chains of 10 operations; node 0 is the origin every operation follows.
  for (let a = 1; a < n; a++) {
    const pred = (a - 1) % 10 === 0 ? 0 : a - 1;
    add(a, pred, -(1 + rnd(99)));
  }
  const base = m.size;
  while (steps.length < ops) {
    const depth = base + 200 + rnd(600);
    while (m.size < depth && steps.length < ops) {
      const u = 1 + rnd(n - 1);
      const v = 1 + rnd(n - 1);
      if (u === v) continue;
      const d = 1 + rnd(99);
      add(u, v, rnd(2) === 0 ? -d : d - 1);
    }
    for (let k = 1 + rnd(m.size - base); k > 0; k--) {
      m.pop();
      steps.push(-1);
    }
  }
  return steps;
}

const steps = workload();
const rnd = lcg(5);
const watched = new Uint8Array(n * n).map(() => (rnd(5) === 0 ? 1 : 0));
let changed = 0;
const onChange = () => {
  changed++;
};

function replay() {
  const m = new PathMatrix(n);
  for (const s of steps) {
    if (s === -1) m.pop();
    else m.add(s[0], s[1], s[2], watched, onChange);
  }
}

const bench = new Bench({ time });
bench.add(`replay ${steps.length} adds and pops, ${n} nodes`, replay);
await bench.run();
const adds = steps.filter((s) => s !== -1).length;
for (const t of bench.tasks) {
  const mean = t.result?.latency?.mean ?? t.result?.mean;
  console.log(`${t.name}: ${mean.toFixed(1)} ms per replay (${adds} adds), ${((adds / mean) * 1000).toFixed(0)} adds/s; ${changed} watched cells shortened in all`);
}
