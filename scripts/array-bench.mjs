#!/usr/bin/env node
/**
 * Arrays measured against Z3 (and Boolector when installed) on generated verification
 * conditions of byte-addressed memories, the shape program verifiers send (QF_ABV; QF_AUFBV
 * with an uninterpreted hash of the loaded words). No shared benchmark file uses arrays, so the
 * problems are generated here, from a seed:
 *
 * - `swap`: two sequences of k byte stores at symbolic 32-bit addresses, the second the first
 *   reversed; the memories are equal when the addresses are pairwise distinct (unsat of the
 *   negation) and may differ otherwise (sat);
 * - `word`: a 32-bit word stored byte by byte (little endian) and loaded back through
 *   `concat` of four selects, compared with the original after k unrelated stores at
 *   addresses outside the word (unsat), or possibly inside it (sat);
 * - `ite`: memories chosen by `ite` over k conditions, read at a symbolic address, with an
 *   equality between two of them (QF_AUFBV: the loaded word goes through a function).
 *
 * Every answer is compared with Z3's (a disagreement makes the exit code 1); the summary gives
 * per family the problems each solver decided within the limit and the total wall times.
 *
 * Usage: node scripts/array-bench.mjs [--count N] [--k K] [--timeout S] [--seed S]
 * Defaults: 20 problems per family and size, k in 4 8 16, timeout 10 s, seed 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const COUNT = opt('--count', 20);
const TIMEOUT = opt('--timeout', 10);
const SEED = opt('--seed', 1);
const KS = args.includes('--k') ? [opt('--k', 8)] : [4, 8, 16];
const CLI = resolve(new URL('..', import.meta.url).pathname, 'dist/cli/main.js');

let state = SEED >>> 0;
const rnd = (n) => {
  state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
  return state % n;
};
const hex = (v, w) => `#x${v.toString(16).padStart(w / 4, '0')}`;
const MEM = '(Array (_ BitVec 32) (_ BitVec 8))';

function swap(k, sat) {
  const decl = [`(declare-fun m () ${MEM})`];
  for (let i = 0; i < k; i++) decl.push(`(declare-fun p${i} () (_ BitVec 32))`, `(declare-fun v${i} () (_ BitVec 8))`);
  let a = 'm';
  let b = 'm';
  for (let i = 0; i < k; i++) a = `(store ${a} p${i} v${i})`;
  for (let i = k - 1; i >= 0; i--) b = `(store ${b} p${i} v${i})`;
  const ps = Array.from({ length: k }, (_, i) => `p${i}`);
  const distinct = sat ? `(distinct ${ps.slice(1).join(' ')})` : `(distinct ${ps.join(' ')})`;
  return [...decl, `(assert ${distinct})`, `(assert (not (= ${a} ${b})))`];
}

function word(k, sat) {
  const decl = [`(declare-fun m () ${MEM})`, '(declare-fun a () (_ BitVec 32))', '(declare-fun w () (_ BitVec 32))'];
  let mem = 'm';
  for (let i = 0; i < 4; i++) mem = `(store ${mem} (bvadd a ${hex(i, 32)}) ((_ extract ${8 * i + 7} ${8 * i}) w))`;
  const guards = [];
  for (let i = 0; i < k; i++) {
    decl.push(`(declare-fun q${i} () (_ BitVec 32))`, `(declare-fun u${i} () (_ BitVec 8))`);
    mem = `(store ${mem} q${i} u${i})`;
    const off = sat && i === k - 1 ? 3 : 4;
    guards.push(`(bvuge (bvsub q${i} a) ${hex(off, 32)})`);
  }
  decl.push('(assert (bvule a #xfffffff0))');
  const load = `(concat (select ${mem} (bvadd a #x00000003)) (select ${mem} (bvadd a #x00000002)) (select ${mem} (bvadd a #x00000001)) (select ${mem} a))`;
  return [...decl, ...guards.map((g) => `(assert ${g})`), `(assert (not (= ${load} w)))`];
}

function iteMem(k, sat) {
  const decl = [`(declare-fun h ((_ BitVec 32)) (_ BitVec 32))`, '(declare-fun x () (_ BitVec 32))'];
  const mems = [];
  for (let i = 0; i < k; i++) {
    decl.push(`(declare-fun m${i} () ${MEM})`, `(declare-fun c${i} () Bool)`);
    mems.push(`m${i}`);
  }
  let chosen = 'm0';
  for (let i = 1; i < k; i++) chosen = `(ite c${i} (store m${i} x #x${(i % 256).toString(16).padStart(2, '0')}) ${chosen})`;
  const load = (m) => `(concat (select ${m} (bvadd x #x00000001)) (select ${m} x))`;
  const j = 1 + rnd(k - 1);
  const facts = [`(assert c${j})`, `(assert (= m${j} m0))`];
  for (let i = j + 1; i < k; i++) facts.push(`(assert (not c${i}))`);
  const want = sat ? `(distinct (h ((_ zero_extend 16) ${load(chosen)})) (h ((_ zero_extend 16) ${load('m0')})))` : `(distinct (h ((_ zero_extend 16) ${load(chosen)})) (h ((_ zero_extend 16) ${load(`(store m0 x #x${(j % 256).toString(16).padStart(2, '0')})`)})))`;
  return [...decl, ...facts, `(assert ${want})`];
}

const FAMILIES = { swap: ['QF_ABV', swap], word: ['QF_ABV', word], ite: ['QF_AUFBV', iteMem] };
const dir = mkdtempSync(join(tmpdir(), 'array-bench-'));
const hasBoolector = spawnSync('boolector', ['--version']).status === 0;

function run(cmd, argv, file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, [...argv, file], { encoding: 'utf8', timeout: (TIMEOUT + 2) * 1000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const answer = /^(sat|unsat|unknown)$/m.exec(r.stdout ?? '')?.[1] ?? (r.signal ? 'timeout' : 'error');
  return { answer, ms };
}

let disagreements = 0;
const rows = [];
for (const [name, [logic, gen]] of Object.entries(FAMILIES)) {
  for (const k of KS) {
    const tally = { eagersmt: [0, 0], z3: [0, 0], boolector: [0, 0], both: [0, 0] };
    for (let n = 0; n < COUNT; n++) {
      const sat = n % 2 === 0;
      const file = join(dir, `${name}-${k}-${n}.smt2`);
      writeFileSync(file, [`(set-logic ${logic})`, ...gen(k, sat), '(check-sat)', '(exit)'].join('\n'));
      const ours = run('node', [CLI, '--timeout', String(TIMEOUT)], file);
      const z3 = run('z3', [`-T:${TIMEOUT}`], file);
      const decided = (r) => r.answer === 'sat' || r.answer === 'unsat';
      if (decided(ours) && decided(z3) && ours.answer !== z3.answer) {
        disagreements++;
        console.log(`DISAGREEMENT ${file}: eagersmt ${ours.answer}, z3 ${z3.answer}`);
      }
      for (const [key, r] of [['eagersmt', ours], ['z3', z3]]) if (decided(r)) (tally[key][0]++, (tally[key][1] += r.ms));
      if (decided(ours) && decided(z3)) (tally.both[0]++, (tally.both[1] += ours.ms / Math.max(z3.ms, 1)));
      if (hasBoolector && logic === 'QF_ABV') {
        const b = run('boolector', ['-t', String(TIMEOUT)], file);
        if (decided(b)) (tally.boolector[0]++, (tally.boolector[1] += b.ms));
      }
    }
    const s = (key) => `${tally[key][0]}/${COUNT} ${(tally[key][1] / 1000).toFixed(1)}s`;
    rows.push(`${logic}\t${name}\tk=${k}\teagersmt ${s('eagersmt')}\tz3 ${s('z3')}${hasBoolector ? `\tboolector ${s('boolector')}` : ''}\tmean time ratio (both solved) ${(tally.both[1] / Math.max(tally.both[0], 1)).toFixed(2)}`);
    console.log(rows[rows.length - 1]);
  }
}
console.log(`disagreements: ${disagreements}${hasBoolector ? '' : ' (boolector not installed)'}`);
process.exit(disagreements > 0 ? 1 : 0);
