/**
 * A seeded random generator of QF_BV SMT-LIB scripts, for differential testing against Z3
 * (grammar-based, in the manner of Brummayer and Biere's FuzzSMT, SMT'09). Every script is a
 * function of its seed alone (the `Rng` of idl-gen.ts).
 *
 * What a script exercises:
 * - every QF_BV operator: `concat` (also 3-ary), `extract`, `repeat`, `zero_extend`,
 *   `sign_extend`, `rotate_left/right` (amounts beyond the width too), `bvnot`, `bvand`, `bvor`,
 *   `bvxor` (also 3-ary), `bvnand`, `bvnor`, `bvxnor`, `bvcomp`, `bvneg`, `bvadd` (also 3-ary),
 *   `bvsub`, `bvmul`, `bvudiv`, `bvurem`, `bvsdiv`, `bvsrem`, `bvsmod`, `bvshl`, `bvlshr`,
 *   `bvashr`, the eight comparisons, `=`, `distinct` (2–3 arguments), `ite` on bit-vectors;
 * - widths 1..64 (the edge widths 1, 4, 8, 31, 32, 33, 63, 64 more often) and some up to 160;
 * - literals written `#b...`, `#x...` and `(_ bvN w)` with the edge values 0, 1, all ones,
 *   the sign bit alone, the largest positive value, and random ones;
 * - division and remainder by zero (a zero literal divisor is frequent);
 * - Boolean structure (`and`, `or`, `not`, `=>`, `xor`, `ite`), several asserts, and in some
 *   scripts `push`/`pop` with a second and third check.
 *
 * Multiplication and division of two non-constant words are hard for any solver at large
 * widths (factoring), so above 12 bits one operand of these is a literal.
 *
 * With `{ uf: true }` the scripts are QF_UFBV: an uninterpreted function `h` from and to one of
 * the script's widths and a predicate `q` on it occur among the leaves and atoms (nested too),
 * for the Ackermann expansion; without it the same seed gives the same QF_BV script as always.
 *
 * Each script comes with `probes`: closed terms over the declared constants, whose values
 * eagersmt and Z3 must agree on once the constants are fixed to a model.
 *
 * @example
 * ```ts
 * const s = generateBvScript(7);
 * s.text; // (set-option :produce-models true) (set-logic QF_BV) (declare-const v0 (_ BitVec 8)) ...
 * ```
 */
import { Rng } from './idl-gen.js';

export interface BvVar {
  name: string;
  width: number;
}

export interface BvScript {
  seed: number;
  /** Commands, one per entry; checks are `(check-sat)`. */
  commands: string[];
  vars: BvVar[];
  /** Closed terms over the constants, for `get-value` once the constants are fixed. */
  probes: string[];
  /** With `uf`: the declared functions (`h`, `q`) and their argument width. */
  functions?: { names: string[]; width: number };
}

const EDGE_WIDTHS = [1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 33, 63, 64];
const HARD_OPS = ['bvmul', 'bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod'];
const SAME_WIDTH_OPS = [
  'bvand', 'bvor', 'bvxor', 'bvnand', 'bvnor', 'bvxnor', 'bvadd', 'bvsub',
  'bvshl', 'bvlshr', 'bvashr', ...HARD_OPS,
];
const SHIFTS = ['bvshl', 'bvlshr', 'bvashr'];
const NARY_OPS = ['bvand', 'bvor', 'bvxor', 'bvadd', 'bvmul', 'concat'];
const COMPARISONS = ['bvult', 'bvule', 'bvugt', 'bvuge', 'bvslt', 'bvsle', 'bvsgt', 'bvsge', '=', '=', 'distinct'];

/** A literal in one of SMT-LIB's three spellings. */
export function bvLiteral(v: bigint, w: number, r: Rng): string {
  const form = r.int(0, 2);
  if (form === 0 && w % 4 === 0) return `#x${v.toString(16).padStart(w / 4, '0')}`;
  if (form === 1) return `(_ bv${v} ${w})`;
  return `#b${v.toString(2).padStart(w, '0')}`;
}

class Gen {
  readonly vars: BvVar[] = [];
  readonly boolVars: string[] = [];
  /** With `uf`: the width of `h`'s argument and result (and of `q`'s argument). */
  ufWidth: number | undefined;

  constructor(readonly r: Rng) {}

  width(): number {
    const r = this.r;
    if (r.chance(0.03)) return r.int(65, 160);
    if (r.chance(0.5)) return r.pick(EDGE_WIDTHS);
    return r.int(1, 64);
  }

  value(w: number): bigint {
    const r = this.r;
    const ones = (1n << BigInt(w)) - 1n;
    const sign = 1n << BigInt(w - 1);
    switch (r.int(0, 7)) {
      case 0:
        return 0n;
      case 1:
        return 1n & ones;
      case 2:
        return ones;
      case 3:
        return sign;
      case 4:
        return sign - 1n;
      case 5:
        return BigInt(r.int(0, 16)) & ones;
      default: {
        let v = 0n;
        for (let i = 0; i < w; i += 32) v = (v << 32n) | BigInt(r.next());
        return v & ones;
      }
    }
  }

  literal(w: number): string {
    return bvLiteral(this.value(w), w, this.r);
  }

  /** A leaf of width w: a constant of that width (or cut/extended from another), or a literal. */
  leaf(w: number): string {
    const r = this.r;
    if (w === this.ufWidth && r.chance(0.25)) return `(h ${r.chance(0.3) ? this.literal(w) : this.term(w, 1)})`;
    if (r.chance(0.3)) return this.literal(w);
    const same = this.vars.filter((v) => v.width === w);
    if (same.length > 0 && r.chance(0.8)) return r.pick(same).name;
    const v = r.pick(this.vars);
    if (v.width > w) {
      const j = r.int(0, v.width - w);
      return `((_ extract ${j + w - 1} ${j}) ${v.name})`;
    }
    if (v.width < w) return `((_ ${r.pick(['zero_extend', 'sign_extend'])} ${w - v.width}) ${v.name})`;
    return v.name;
  }

  /** A term of width w with at most `depth` levels of operators. */
  term(w: number, depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.2)) return this.leaf(w);
    const d = depth - 1;
    const k = r.int(0, 19);
    if (k <= 7) {
      let op = r.pick(SAME_WIDTH_OPS);
      // Wide dividers and multipliers are big circuits: keep them rare.
      if (HARD_OPS.includes(op) && w > 16 && r.chance(0.6)) op = r.pick(SAME_WIDTH_OPS.slice(0, 8));
      if (HARD_OPS.includes(op) && w > 12) {
        // One literal operand, mostly the divisor (a zero divisor now and then).
        const c = r.chance(0.2) ? bvLiteral(0n, w, r) : this.literal(w);
        return r.chance(0.85) ? `(${op} ${this.term(w, d)} ${c})` : `(${op} ${c} ${this.term(w, d)})`;
      }
      if (SHIFTS.includes(op) && w > 8 && r.chance(0.5)) {
        // bvshl etc.: a shift amount around the width.
        const amount = r.pick([0, 1, w - 1, w, w + 1].filter((a) => a >= 0 && BigInt(a) < 1n << BigInt(w)));
        return `(${op} ${this.term(w, d)} ${bvLiteral(BigInt(amount), w, r)})`;
      }
      return `(${op} ${this.term(w, d)} ${this.term(w, d)})`;
    }
    switch (k) {
      case 8:
        return `(${r.pick(['bvnot', 'bvneg'])} ${this.term(w, d)})`;
      case 9: {
        const op = r.pick(NARY_OPS);
        if (op === 'concat') {
          if (w < 3) return this.term(w, d);
          const a = r.int(1, w - 2);
          const b = r.int(1, w - a - 1);
          return `(concat ${this.term(a, d)} ${this.term(b, d)} ${this.term(w - a - b, d)})`;
        }
        if (op === 'bvmul' && w > 12) return `(bvmul ${this.term(w, d)} ${this.literal(w)} ${this.literal(w)})`;
        return `(${op} ${this.term(w, d)} ${this.term(w, d)} ${this.term(w, d)})`;
      }
      case 10:
      case 11:
        return `(ite ${this.formula(Math.min(d, 1))} ${this.term(w, d)} ${this.term(w, d)})`;
      case 12: {
        const src = w + r.int(0, 8);
        const j = r.int(0, src - w);
        return `((_ extract ${j + w - 1} ${j}) ${this.term(src, d)})`;
      }
      case 13: {
        if (w < 2) return this.comp(d);
        const a = r.int(1, w - 1);
        return `(concat ${this.term(a, d)} ${this.term(w - a, d)})`;
      }
      case 14: {
        if (w < 2) return this.comp(d);
        const i = r.int(0, w - 1);
        return `((_ ${r.pick(['zero_extend', 'sign_extend'])} ${i}) ${this.term(w - i, d)})`;
      }
      case 15: {
        const divisors = [1, 2, 3, 4].filter((n) => w % n === 0);
        const n = r.pick(divisors);
        return `((_ repeat ${n}) ${this.term(w / n, d)})`;
      }
      case 16:
        return `((_ ${r.pick(['rotate_left', 'rotate_right'])} ${r.int(0, 2 * w + 1)}) ${this.term(w, d)})`;
      case 17:
        return w === 1 ? this.comp(d) : `(${r.pick(SAME_WIDTH_OPS.filter((o) => w <= 12 || !HARD_OPS.includes(o)))} ${this.term(w, d)} ${this.leaf(w)})`;
      case 18:
        return w === 1 ? this.comp(d) : `(concat ${this.comp(d)} ${this.term(w - 1, d)})`;
      default:
        return this.leaf(w);
    }
  }

  /** A 1-bit `bvcomp` of two terms of a random width. */
  comp(d: number): string {
    const w = this.width();
    return `(bvcomp ${this.term(w, d)} ${this.term(w, d)})`;
  }

  /** An atom: a comparison of two terms of one width. */
  atom(depth: number): string {
    const r = this.r;
    const w = r.chance(0.7) ? r.pick(this.vars).width : this.width();
    const op = r.pick(COMPARISONS);
    if (op === 'distinct' && r.chance(0.3)) return `(distinct ${this.term(w, depth)} ${this.term(w, depth)} ${this.term(w, depth)})`;
    return `(${op} ${this.term(w, depth)} ${this.term(w, depth)})`;
  }

  /** A Boolean formula over atoms, of Boolean nesting `depth`. */
  formula(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.35)) {
      if (this.ufWidth !== undefined && r.chance(0.15)) return `(q ${this.term(this.ufWidth, 1)})`;
      if (this.boolVars.length > 0 && r.chance(0.1)) return r.pick(this.boolVars);
      return this.atom(r.chance(0.7) ? 1 : 2);
    }
    const d = depth - 1;
    switch (r.int(0, 6)) {
      case 0:
        return `(not ${this.formula(d)})`;
      case 1:
      case 2:
        return `(and ${this.formula(d)} ${this.formula(d)})`;
      case 3:
        return `(or ${this.formula(d)} ${this.formula(d)})`;
      case 4:
        return `(=> ${this.formula(d)} ${this.formula(d)})`;
      case 5:
        return `(xor ${this.formula(d)} ${this.formula(d)})`;
      default:
        return `(ite ${this.formula(d)} ${this.formula(d)} ${this.formula(d)})`;
    }
  }
}

/**
 * The script of `seed`: 2–5 bit-vector constants of 1–3 widths, 1–3 assertions, a check, and
 * in a third of the scripts a `push`, one more assertion, a check, a `pop` and a last check.
 */
export function generateBvScript(seed: number, options: { uf?: boolean } = {}): BvScript {
  const r = new Rng(seed);
  const gen = new Gen(r);
  const palette = Array.from({ length: r.int(1, 3) }, () => gen.width());
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) gen.vars.push({ name: `v${i}`, width: r.pick(palette) });
  if (r.chance(0.3)) gen.boolVars.push('p');
  const commands = ['(set-option :produce-models true)', `(set-logic ${options.uf ? 'QF_UFBV' : 'QF_BV'})`];
  if (options.uf) {
    const w = (gen.ufWidth = r.pick(gen.vars).width);
    commands.push(`(declare-fun h ((_ BitVec ${w})) (_ BitVec ${w}))`, `(declare-fun q ((_ BitVec ${w})) Bool)`);
  }
  for (const v of gen.vars) commands.push(`(declare-const ${v.name} (_ BitVec ${v.width}))`);
  for (const b of gen.boolVars) commands.push(`(declare-fun ${b} () Bool)`);
  const asserts = r.int(1, 3);
  for (let i = 0; i < asserts; i++) commands.push(`(assert ${gen.formula(r.int(0, 2))})`);
  commands.push('(check-sat)');
  if (r.chance(0.33)) {
    commands.push('(push 1)', `(assert ${gen.formula(r.int(0, 2))})`, '(check-sat)', '(pop 1)', '(check-sat)');
  }
  const probes: string[] = [];
  for (let i = 0; i < 3; i++) probes.push(gen.term(gen.width(), 2));
  probes.push(gen.atom(1));
  if (gen.ufWidth !== undefined) probes.push(`(h ${gen.literal(gen.ufWidth)})`, `(q ${gen.term(gen.ufWidth, 1)})`);
  const functions = gen.ufWidth === undefined ? undefined : { names: ['h', 'q'], width: gen.ufWidth };
  return { seed, commands, vars: gen.vars, probes, functions };
}
