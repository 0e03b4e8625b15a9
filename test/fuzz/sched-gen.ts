/**
 * Generator of scheduling problems with a known answer, for the differential test of resource
 * reasoning (issue 10). Two shapes:
 *  - *parallel*: M identical machines, each operation chooses one (`m ∈ [0, M−1]`), every two
 *    operations of different jobs obey `m_a = m_b → (a before b ∨ b before a)`;
 *  - *classic*: every operation has a fixed machine, operations of one machine are pairwise
 *    kept apart unconditionally.
 * A schedule is built first, tight by construction: each machine's time [0, H) is cut into
 * consecutive operations (1–3 units), and operations are chained into jobs (an operation joins
 * a job whose last operation ends no later than it starts). From it, four kinds:
 *  - `tight`: horizon H — feasible, and no idle time at all;
 *  - `energy`: horizon H − 1 — the total energy M·H exceeds M·(H − 1): infeasible;
 *  - `window`: horizon far beyond H, plus a group of extra operations with a common release r
 *    and deadline r + w that together need more than M·w: infeasible only inside that window;
 *  - `nearmiss`: horizon H plus a copy of one operation, on its machine at its time, whose pair
 *    with the original is left unconstrained: the energy exceeds M·H, yet it is feasible.
 * The text varies the syntax: a `ref` origin variable or the zero variable, one `and` or many
 * assertions, and each disjunction and guard in a randomly chosen equivalent form.
 */
import { between } from '../support/rng.js';

export type Shape = 'parallel' | 'classic';
export type Kind = 'tight' | 'energy' | 'window' | 'nearmiss';

export interface SchedInstance {
  text: string;
  expected: 'sat' | 'unsat';
  vars: string[];
}

interface Op {
  s: string;
  m: string;
  machine: number;
  start: number;
  d: number;
  job: number;
}

/** Builds one instance; `r` is a PRNG in [0, 1). */
export function generateSchedule(r: () => number, shape: Shape, kind: Kind): SchedInstance {
  const M = between(r, shape === 'parallel' ? 2 : 1, 3);
  const H = between(r, 3, 7);
  const ops: Op[] = [];
  for (let k = 0; k < M; k++) {
    for (let t = 0; t < H; ) {
      const d = Math.min(H - t, between(r, 1, 3));
      ops.push({ s: '', m: '', machine: k, start: t, d, job: -1 });
      t += d;
    }
  }
  // Chain operations into jobs, in order of start.
  ops.sort((a, b) => a.start - b.start || a.machine - b.machine);
  const jobEnd: number[] = [];
  for (const op of ops) {
    const fits = jobEnd.map((e, j) => [e, j] as const).filter(([e]) => e <= op.start);
    if (fits.length > 0 && r() < 0.6) {
      const [, j] = fits[between(r, 0, fits.length - 1)]!;
      op.job = j;
      jobEnd[j] = op.start + op.d;
    } else {
      op.job = jobEnd.length;
      jobEnd.push(op.start + op.d);
    }
  }
  let horizon = H;
  const unconstrained = new Set<string>();
  const windows = new Map<Op, [number, number]>();
  if (kind === 'energy') horizon = H - 1;
  if (kind === 'nearmiss') {
    const a = ops[between(r, 0, ops.length - 1)]!;
    const b: Op = { ...a, job: jobEnd.length };
    jobEnd.push(0);
    ops.push(b);
    unconstrained.add(`${ops.indexOf(a)} ${ops.length - 1}`);
  }
  if (kind === 'window') {
    const cap = shape === 'classic' ? 1 : M; // classic: the group shares one machine
    const ds = Array.from({ length: between(r, cap + 1, cap + 3) }, () => between(r, 1, 3));
    const maxd = Math.max(...ds);
    const sum = () => ds.reduce((x, y) => x + y, 0);
    const w = Math.max(maxd, Math.ceil(sum() / cap) - 1);
    while (sum() <= cap * w) ds.push(maxd); // each fits the window alone, together they overload it
    horizon = H + sum() + 2;
    const rel = between(r, 0, H);
    const machine = between(r, 0, M - 1);
    for (const d of ds) {
      const op: Op = { s: '', m: '', machine, start: -1, d, job: jobEnd.length };
      jobEnd.push(0);
      ops.push(op);
      windows.set(op, [rel, rel + w]);
    }
  }
  ops.forEach((op, i) => {
    op.s = `s${op.job + 1}_${i + 1}`;
    op.m = `m${op.job + 1}_${i + 1}`;
  });

  const useRef = r() < 0.5;
  const at = (v: string, c: number, rel: '<=' | '>=') => (useRef ? `(${rel} (- ${v} ref) ${lit(c)})` : `(${rel} ${v} ${lit(c)})`);
  const facts: string[] = [];
  const vars: string[] = [];
  for (const op of ops) {
    vars.push(op.s);
    const [lo, hi] = windows.get(op) ?? [0, horizon];
    facts.push(at(op.s, lo, '>='), r() < 0.5 ? at(op.s, hi - op.d, '<=') : useRef ? `(<= (+ ${op.s} ${op.d}) (+ ref ${hi}))` : `(<= (+ ${op.s} ${op.d}) ${hi})`);
    if (shape === 'parallel') {
      vars.push(op.m);
      facts.push(at(op.m, 0, '>='), at(op.m, M - 1, '<='));
    }
  }
  if (useRef) vars.push('ref');
  // Precedences within jobs.
  const byJob = new Map<number, Op[]>();
  for (const op of ops) {
    if (op.start < 0) continue;
    const l = byJob.get(op.job) ?? [];
    l.push(op);
    byJob.set(op.job, l);
  }
  for (const l of byJob.values()) {
    l.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < l.length; i++) facts.push(before(r, l[i]!, l[i + 1]!));
  }
  // Pairwise disjunctions.
  const pairs: string[] = [];
  for (let i = 0; i < ops.length; i++)
    for (let j = i + 1; j < ops.length; j++) {
      const [a, b] = [ops[i]!, ops[j]!];
      if (unconstrained.has(`${i} ${j}`)) continue;
      if (shape === 'parallel') {
        if (a.job !== b.job) pairs.push(guarded(r, a, b));
      } else if (a.machine === b.machine) pairs.push(disjunction(r, a, b));
    }
  const all = shuffle(r, [...facts, ...pairs]);
  const lines = ['(set-logic QF_IDL)', ...vars.map((v) => `(declare-fun ${v} () Int)`)];
  if (r() < 0.5) lines.push(`(assert (and\n${all.join('\n')}\n))`);
  else lines.push(...all.map((a) => `(assert ${a})`));
  lines.push('(check-sat)');
  return { text: lines.join('\n') + '\n', expected: kind === 'tight' || kind === 'nearmiss' ? 'sat' : 'unsat', vars };
}

function lit(c: number): string {
  return c < 0 ? `(- ${-c})` : `${c}`;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[between(r, 0, xs.length - 1)]!;
}

function shuffle<T>(r: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = between(r, 0, i);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** `a` ends before `b` starts, in one of several forms. */
function before(r: () => number, a: Op, b: Op): string {
  return pick(r, [
    `(>= (- ${b.s} ${a.s}) ${a.d})`,
    `(<= (+ ${a.s} ${a.d}) ${b.s})`,
    `(not (< ${b.s} (+ ${a.s} ${a.d})))`,
    `(> ${b.s} (+ ${a.s} ${a.d - 1}))`,
  ]);
}

/** `a before b ∨ b before a` in one of several forms. */
function disjunction(r: () => number, a: Op, b: Op): string {
  const [x, y] = r() < 0.5 ? [a, b] : [b, a];
  return pick(r, [
    `(or ${before(r, x, y)} ${before(r, y, x)})`,
    `(=> (not ${before(r, x, y)}) ${before(r, y, x)})`,
    `(not (and (< ${y.s} (+ ${x.s} ${x.d})) (< ${x.s} (+ ${y.s} ${y.d}))))`,
    `(or (<= (- ${x.s} ${y.s}) (- ${x.d})) (>= (- ${x.s} ${y.s}) ${y.d}))`,
  ]);
}

/** `m_a = m_b → disjunction` in one of several forms. */
function guarded(r: () => number, a: Op, b: Op): string {
  const body = disjunction(r, a, b);
  const [p, q] = r() < 0.5 ? [a.m, b.m] : [b.m, a.m];
  return pick(r, [
    `(=> (= ${p} ${q}) ${body})`,
    `(or (not (= (- ${p} ${q}) 0)) ${body})`,
    `(or (distinct ${p} ${q}) ${body})`,
    `(or (not (= ${p} (+ ${q} 0))) ${body})`,
  ]);
}
