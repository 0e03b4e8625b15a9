/**
 * A seeded generator of optimisation scripts (Z3's `minimize` / `maximize`), for the
 * differential test against Z3 (optimize-diff.test.ts). Every script is a function of its seed.
 *
 * - `idl`: 3..6 Int constants, most of them boxed in small ranges (some left free, so that
 *   objectives can be unbounded), a random Boolean skeleton (`and`, `or`, `not`, `=>`, `ite`)
 *   over difference atoms `(op (- x y) c)`, `(op x c)`, `(op x (+ y c))`, `(op x (* c d))`
 *   (a constant beyond the sum of its numerals); objectives `x`,
 *   `(- x y)`, `(+ x c)`, `(- x)`, `(ite b x y)`.
 * - `bv`: 2..4 bit-vector constants of one width in 3..8, constraints comparing (`bvule`, `bvult`,
 *   `bvsle`, `=`, `distinct`) terms built with `bvadd`, `bvsub`, `bvand`, `bvor`, `bvxor`,
 *   `bvmul` by a constant, `bvlshr`; objectives are such terms (values unsigned, as Z3's).
 *
 * 1..3 objectives, each minimised or maximised, sometimes inside a `push` with a `pop` and a
 * second check after it (so that objectives are scoped). After each `check-sat` the script asks
 * `(get-objectives)` and the objectives' values with `get-value`.
 */
import { Rng } from './idl-gen.js';

export interface OptScript {
  text: string;
  theory: 'idl' | 'bv';
  /** Number of `check-sat` commands. */
  checks: number;
}

function idlTerm(r: Rng, vars: string[], bools: string[]): string {
  const x = r.pick(vars);
  const y = r.pick(vars.filter((v) => v !== x));
  switch (r.int(0, 4)) {
    case 0:
      return x;
    case 1:
      return `(- ${x} ${y})`;
    case 2:
      return `(+ ${x} ${num(r.int(-5, 5))})`;
    case 3:
      return `(- ${x})`;
    default:
      return `(ite ${r.pick(bools)} ${x} ${y})`;
  }
}

function num(n: number): string {
  return n < 0 ? `(- ${-n})` : String(n);
}

function idlAtom(r: Rng, vars: string[]): string {
  const op = r.pick(['<=', '<', '>=', '>', '=']);
  const x = r.pick(vars);
  const y = r.pick(vars.filter((v) => v !== x));
  switch (r.int(0, 3)) {
    case 3:
      // A constant written as a product, beyond the sum of its numerals.
      return `(${op} ${x} (* ${r.int(10, 99)} ${r.int(10, 99)}))`;
    case 0:
      return `(${op} (- ${x} ${y}) ${num(r.int(-8, 8))})`;
    case 1:
      return `(${op} ${x} ${num(r.int(-10, 10))})`;
    default:
      return `(${op} ${x} (+ ${y} ${r.int(0, 6)}))`;
  }
}

function formula(r: Rng, atom: () => string, bools: string[], depth: number): string {
  if (depth === 0 || r.chance(0.35)) return r.chance(0.15) ? r.pick(bools) : atom();
  const sub = () => formula(r, atom, bools, depth - 1);
  switch (r.int(0, 4)) {
    case 0:
      return `(and ${sub()} ${sub()})`;
    case 1:
      return `(or ${sub()} ${sub()})`;
    case 2:
      return `(not ${sub()})`;
    case 3:
      return `(=> ${sub()} ${sub()})`;
    default:
      return `(ite ${sub()} ${sub()} ${sub()})`;
  }
}

function bvConst(r: Rng, w: number): string {
  return `(_ bv${r.int(0, (1 << w) - 1)} ${w})`;
}

function bvTerm(r: Rng, vars: string[], w: number, depth: number): string {
  if (depth === 0 || r.chance(0.3)) return r.chance(0.8) ? r.pick(vars) : bvConst(r, w);
  const sub = () => bvTerm(r, vars, w, depth - 1);
  switch (r.int(0, 6)) {
    case 0:
      return `(bvadd ${sub()} ${sub()})`;
    case 1:
      return `(bvsub ${sub()} ${sub()})`;
    case 2:
      return `(bvand ${sub()} ${sub()})`;
    case 3:
      return `(bvor ${sub()} ${sub()})`;
    case 4:
      return `(bvxor ${sub()} ${sub()})`;
    case 5:
      return `(bvmul ${sub()} ${bvConst(r, w)})`;
    default:
      return `(bvlshr ${sub()} (_ bv${r.int(0, w - 1)} ${w}))`;
  }
}

function bvAtom(r: Rng, vars: string[], w: number): string {
  const a = bvTerm(r, vars, w, 2);
  const b = bvTerm(r, vars, w, 1);
  const op = r.pick(['bvule', 'bvult', 'bvsle', 'bvslt', '=', 'distinct', 'bvuge']);
  return `(${op} ${a} ${b})`;
}

/**
 * The script of `seed`.
 * @example generateOptScript(7).text // '(set-logic QF_LIA) ... (minimize ...) (check-sat) (get-objectives) ...'
 */
export function generateOptScript(seed: number): OptScript {
  const r = new Rng(seed * 7919 + 17);
  const theory = r.chance(0.5) ? 'idl' : 'bv';
  const lines: string[] = [];
  const bools = ['p', 'q'];
  let vars: string[];
  let atom: () => string;
  let objective: () => string;
  if (theory === 'idl') {
    lines.push('(set-logic QF_LIA)');
    vars = Array.from({ length: r.int(3, 6) }, (_, i) => `x${i}`);
    for (const v of vars) lines.push(`(declare-const ${v} Int)`);
    for (const v of vars) {
      if (r.chance(0.8)) {
        const lo = r.int(-20, 10);
        lines.push(`(assert (and (<= ${num(lo)} ${v}) (<= ${v} ${num(lo + r.int(0, 30))})))`);
      }
    }
    atom = () => idlAtom(r, vars);
    objective = () => idlTerm(r, vars, bools);
  } else {
    lines.push('(set-logic QF_BV)');
    const w = r.int(3, 8);
    vars = Array.from({ length: r.int(2, 4) }, (_, i) => `b${i}`);
    for (const v of vars) lines.push(`(declare-const ${v} (_ BitVec ${w}))`);
    atom = () => bvAtom(r, vars, w);
    objective = () => bvTerm(r, vars, w, 2);
  }
  for (const b of bools) lines.push(`(declare-const ${b} Bool)`);
  const asserts = r.int(1, 4);
  for (let i = 0; i < asserts; i++) lines.push(`(assert ${formula(r, atom, bools, 3)})`);
  const goals: string[] = [];
  const addGoal = () => {
    const t = objective();
    goals.push(t);
    lines.push(`(${r.chance(0.5) ? 'minimize' : 'maximize'} ${t})`);
  };
  const query = () => {
    lines.push('(check-sat)', '(get-objectives)', `(get-value (${goals.join(' ')}))`);
  };
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) addGoal();
  let checks = 1;
  if (r.chance(0.3)) {
    lines.push('(push 1)');
    const before = goals.length;
    if (r.chance(0.5)) lines.push(`(assert ${formula(r, atom, bools, 2)})`);
    addGoal();
    query();
    lines.push('(pop 1)');
    goals.length = before;
    checks++;
  }
  query();
  return { text: lines.join('\n') + '\n', theory, checks };
}
