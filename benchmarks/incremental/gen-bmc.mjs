/**
 * Generates incremental SMT-LIB scripts of the kind bounded model checkers and CEGAR loops
 * send: BMC unrollings in QF_IDL and QF_BV (one `push`/`assert`/`check-sat`/`pop` round per
 * step, the transition relation asserted at the base level) and an assumption-heavy script
 * (one fixed set of guarded constraints, many `check-sat-assuming` calls). Deterministic for a
 * given seed; the answers mix `sat` and `unsat`.
 *
 *   node benchmarks/incremental/gen-bmc.mjs idl <rounds> [seed]      # QF_IDL unrolling
 *   node benchmarks/incremental/gen-bmc.mjs bv <rounds> [seed]       # QF_BV unrolling
 *   node benchmarks/incremental/gen-bmc.mjs assume <calls> [constraints] [seed]
 *
 * The script goes to stdout. As a library: `import { bmcIdl, bmcBv, assumptions } from ...`.
 */
import { fileURLToPath } from 'node:url';

/** A small deterministic generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A QF_IDL unrolling: four clocks, one of which advances by 1–3 per step (which one is an input),
 * the others stay; bad state at step k: clock 0 is ahead of clock 1 by at least a threshold and
 * clock 2 behind clock 3. The first rounds are unsat, later ones sat.
 */
export function bmcIdl(rounds, seed = 1) {
  const r = rng(seed);
  const n = 4;
  const out = ['(set-logic QF_IDL)'];
  const v = (i, k) => `c${i}_${k}`;
  const decl = (k) => {
    for (let i = 0; i < n; i++) out.push(`(declare-fun ${v(i, k)} () Int)`);
    out.push(`(declare-fun s${k} () Int)`);
  };
  decl(0);
  for (let i = 0; i < n; i++) out.push(`(assert (= ${v(i, 0)} 0))`);
  const threshold = Math.max(2, Math.floor(rounds * 0.6));
  for (let k = 0; k < rounds; k++) {
    decl(k + 1);
    const moves = [];
    for (let i = 0; i < n; i++) {
      const stay = [];
      for (let j = 0; j < n; j++) if (j !== i) stay.push(`(= ${v(j, k + 1)} ${v(j, k)})`);
      const step = 1 + Math.floor(r() * 3);
      moves.push(`(and (<= ${v(i, k + 1)} (+ ${v(i, k)} ${step})) (< ${v(i, k)} ${v(i, k + 1)}) ${stay.join(' ')})`);
    }
    out.push(`(assert (or ${moves.join(' ')}))`);
    // The step counter s: s_{k+1} - s_k in [1, 2]; clocks never run ahead of it by more than 3k.
    out.push(`(assert (and (<= (- s${k + 1} s${k}) 2) (>= (- s${k + 1} s${k}) 1)))`);
    out.push('(push 1)');
    out.push(`(assert (>= (- ${v(0, k + 1)} ${v(1, k + 1)}) ${threshold}))`);
    out.push(`(assert (< (- ${v(2, k + 1)} ${v(3, k + 1)}) ${int(-Math.floor(threshold / 2))}))`);
    out.push('(check-sat)');
    out.push('(pop 1)');
  }
  return out.join('\n') + '\n';
}

/** An SMT-LIB integer literal (a negative one as `(- n)`). */
const int = (n) => (n < 0 ? `(- ${-n})` : `${n}`);

const hex = (x, w) => `#x${x.toString(16).padStart(w / 4, '0')}`;

/**
 * A QF_BV unrolling over 8-bit words: s' = s + t (or s xor t, by an input bit), t' = t + 3;
 * bad state at step k: s = a target value.
 */
export function bmcBv(rounds, seed = 1) {
  const r = rng(seed);
  const out = ['(set-logic QF_BV)'];
  const decl = (k) => {
    out.push(`(declare-fun s${k} () (_ BitVec 8))`, `(declare-fun t${k} () (_ BitVec 8))`, `(declare-fun i${k} () Bool)`);
  };
  decl(0);
  out.push(`(assert (= s0 ${hex(Math.floor(r() * 256), 8)}))`, `(assert (= t0 ${hex(1 + Math.floor(r() * 255), 8)}))`);
  for (let k = 0; k < rounds; k++) {
    decl(k + 1);
    out.push(`(assert (= s${k + 1} (ite i${k} (bvadd s${k} t${k}) (bvxor s${k} t${k}))))`);
    out.push(`(assert (= t${k + 1} (bvadd t${k} #x03)))`);
    out.push('(push 1)');
    const target = Math.floor(r() * 256);
    out.push(`(assert (= s${k + 1} ${hex(target, 8)}))`);
    out.push(`(assert (bvult t${k + 1} ${hex(64 + Math.floor(r() * 192), 8)}))`);
    out.push('(check-sat)');
    out.push('(pop 1)');
  }
  return out.join('\n') + '\n';
}

/**
 * One set of `constraints` difference constraints over 20 integers, each guarded by a
 * selector p_i, then `calls` checks each assuming 25 random selectors (some negated).
 */
export function assumptions(calls, constraints = 1500, seed = 1) {
  const r = rng(seed);
  const vars = 20;
  const out = ['(set-logic QF_IDL)'];
  for (let i = 0; i < vars; i++) out.push(`(declare-fun x${i} () Int)`);
  for (let i = 0; i < constraints; i++) out.push(`(declare-fun p${i} () Bool)`);
  for (let i = 0; i < constraints; i++) {
    const a = Math.floor(r() * vars);
    let b = Math.floor(r() * (vars - 1));
    if (b >= a) b++;
    const c = Math.floor(r() * 40) - 15;
    out.push(`(assert (=> p${i} (<= (- x${a} x${b}) ${int(c)})))`);
  }
  for (let k = 0; k < calls; k++) {
    const lits = [];
    for (let j = 0; j < 25; j++) {
      const p = `p${Math.floor(r() * constraints)}`;
      lits.push(r() < 0.1 ? `(not ${p})` : p);
    }
    out.push(`(check-sat-assuming (${lits.join(' ')}))`);
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, a, b, c] = process.argv.slice(2);
  const n = Number(a ?? 100);
  if (kind === 'idl') process.stdout.write(bmcIdl(n, Number(b ?? 1)));
  else if (kind === 'bv') process.stdout.write(bmcBv(n, Number(b ?? 1)));
  else if (kind === 'assume') process.stdout.write(assumptions(n, Number(b ?? 1500), Number(c ?? 1)));
  else {
    process.stderr.write('usage: gen-bmc.mjs idl|bv <rounds> [seed] | assume <calls> [constraints] [seed]\n');
    process.exit(1);
  }
}
