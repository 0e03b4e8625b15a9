/**
 * Bit-blasting throughput: gates and clauses per second on wide multipliers (and, for
 * comparison, a divider of the same width), measured with tinybench.
 *
 * Three stages per width, each on the term `(= (bvmul a b) c)` over fresh constants:
 *   blast   — the bit-blaster alone, terms → gates (structural hashing included);
 *   +cnf    — blasting and the Tseitin transformation, terms → clauses;
 *   encode  — the whole encoder (word-level rewriting, blasting, Tseitin), as a check runs it.
 * Gates/s and clauses/s are the sizes of one run times the median runs per second.
 *
 *   npm run build && node benchmarks/bv-blast.bench.mjs [--widths 64,128,256] [--time ms]
 */
import { Bench } from 'tinybench';
import { Gates } from '../dist/cnf/gates.js';
import { tseitin } from '../dist/cnf/tseitin.js';
import { BvBlaster } from '../dist/encode/bv/bitblast.js';
import { encodeProblem } from '../dist/engine/to-cnf.js';
import { Sort } from '../dist/terms/sort.js';
import { TermStore } from '../dist/terms/term.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const widths = opt('--widths', '64,128,256').split(',').map(Number);
const time = Number(opt('--time', '1500'));

/** `(= (op a b) c)` over fresh constants of width w. */
function problem(op, w) {
  const s = new TermStore();
  const [a, b, c] = ['a', 'b', 'c'].map((n) => s.var(n, Sort.bitVec(w)));
  const t = s.mk(op, [a, b]);
  return { t, eq: s.mk('=', [t, c]), vars: [a, b, c] };
}

/** Blasts the terms of `p` into a fresh gate graph; returns the graph and the root literal. */
function blast(p) {
  const g = new Gates();
  const bv = new BvBlaster(g);
  for (const v of p.vars) bv.blast(v, () => 0);
  bv.blast(p.t, () => 0);
  return { g, root: bv.predicate(p.eq) };
}

const rows = [];
const bench = new Bench({ time });
for (const [op, w] of [...widths.map((w) => ['bvmul', w]), ['bvudiv', widths[0]]]) {
  const p = problem(op, w);
  const { g, root } = blast(p);
  const cnf = tseitin(g, [root], []).cnf;
  const name = `${op} ${w}`;
  rows.push({ name, gates: g.size, clauses: cnf.numClauses });
  bench.add(`${name}: blast`, () => blast(p));
  bench.add(`${name}: blast+cnf`, () => {
    const b = blast(p);
    tseitin(b.g, [b.root], []);
  });
  bench.add(`${name}: encode`, () => encodeProblem([p.eq], []));
}
await bench.run();

const hz = (label) => {
  const task = bench.tasks.find((t) => t.name === label);
  const r = task?.result;
  return r?.throughput?.p50 ?? 0; // the median: robust to GC pauses and to other load on the machine
};
console.log('circuit        gates   clauses   blast gates/s   blast+cnf clauses/s   encode clauses/s');
for (const r of rows) {
  const [b, c, e] = [hz(`${r.name}: blast`), hz(`${r.name}: blast+cnf`), hz(`${r.name}: encode`)];
  const f = (x) => (x / 1e6).toFixed(2).padStart(6) + ' M';
  console.log(
    `${r.name.padEnd(12)} ${String(r.gates).padStart(7)} ${String(r.clauses).padStart(9)}   ${f(r.gates * b).padStart(13)}` +
      `   ${f(r.clauses * c).padStart(19)}   ${f(r.clauses * e).padStart(16)}`,
  );
}
console.table(bench.table());
