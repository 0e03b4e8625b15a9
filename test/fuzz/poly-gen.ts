/**
 * Random bit-vector polynomial identities and near-identities, for testing the rewriter's
 * polynomial normal form (src/rewrite/poly.ts) independently of it.
 *
 * An expression over 2–4 constants of one width is built from `bvadd`, `bvsub`, `bvneg`,
 * `bvnot`, `bvmul`, `bvshl` by a literal or a term, and literals (edge values among them). Its partner is
 * derived by rewriting with ring laws applied at random nodes — distributivity, commutativity,
 * associativity, `(bvsub a b)` = `(bvadd a (bvneg b))`, `(bvneg a)` = `(bvmul a ~0)`, `(bvnot a)`
 * = `(bvsub (bvneg a) 1)`, `(bvshl a k)` = `(bvmul a 2^k)`, `(bvshl a b)` = `(bvmul a (bvshl 1 b))`,
 * `a` = `(bvsub (bvadd a v) v)` — so an
 * identity holds by construction, not by the code under test. A near-identity then perturbs the
 * partner once: a nonzero literal added at the root (the difference is that constant), a
 * constant replaced by another, a literal changed by 2^(n-1), or the operands of a `bvsub`
 * swapped; it usually is no identity, but may be one, and the tests decide which by Z3 or by
 * evaluation, never by assumption.
 *
 * @example
 * ```ts
 * const p = generatePolyPair(7);
 * p.kind; // 'identity' | 'constant' | 'perturbed'
 * smtOf(p.lhs); // (bvmul v0 (bvadd v1 #x03))
 * ```
 */
import { Rng } from './idl-gen.js';

export type PolyExpr =
  | { op: 'var'; name: string }
  | { op: 'lit'; value: bigint }
  | { op: 'bvadd' | 'bvsub' | 'bvmul'; args: [PolyExpr, PolyExpr] }
  | { op: 'bvneg' | 'bvnot'; args: [PolyExpr] }
  | { op: 'bvshl'; args: [PolyExpr]; shift: number }
  | { op: 'shl'; args: [PolyExpr, PolyExpr] }; // (bvshl a b) by a term b

export interface PolyPair {
  seed: number;
  width: number;
  vars: string[];
  lhs: PolyExpr;
  rhs: PolyExpr;
  /** identity: equal by construction; constant: lhs − rhs is a nonzero literal; perturbed: unknown. */
  kind: 'identity' | 'constant' | 'perturbed';
}

const WIDTHS = [1, 2, 3, 4, 5, 8, 8, 12, 16, 16, 32, 64, 65];

const lit = (value: bigint): PolyExpr => ({ op: 'lit', value });
const bin = (op: 'bvadd' | 'bvsub' | 'bvmul', a: PolyExpr, b: PolyExpr): PolyExpr => ({ op, args: [a, b] });

class PolyGen {
  constructor(
    readonly r: Rng,
    readonly width: number,
    readonly vars: string[],
  ) {}

  literal(): bigint {
    const w = BigInt(this.width);
    const mask = (1n << w) - 1n;
    const edge = [0n, 1n, 2n, mask, 1n << (w - 1n), mask - 1n, 3n].map((v) => v & mask);
    return this.r.chance(0.6) ? this.r.pick(edge) : BigInt(this.r.next()) & mask;
  }

  expr(depth: number): PolyExpr {
    if (depth === 0 || this.r.chance(0.25)) return this.r.chance(0.75) ? { op: 'var', name: this.r.pick(this.vars) } : lit(this.literal());
    const k = this.r.int(0, 10);
    const sub = () => this.expr(depth - 1);
    if (k < 3) return bin('bvadd', sub(), sub());
    if (k < 4) return bin('bvsub', sub(), sub());
    if (k < 7) return bin('bvmul', sub(), sub());
    if (k < 8) return { op: 'bvneg', args: [sub()] };
    if (k < 9) return { op: 'bvnot', args: [sub()] };
    if (k < 10) return { op: 'bvshl', args: [sub()], shift: this.r.int(1, Math.max(1, this.width - 1)) };
    return { op: 'shl', args: [sub(), this.expr(1)] };
  }

  /** An equal expression: ring laws applied at random nodes, bottom-up. */
  transform(e: PolyExpr): PolyExpr {
    if (e.op === 'var' || e.op === 'lit') {
      if (!this.r.chance(0.1)) return e;
      const x = this.expr(1);
      return bin('bvsub', bin('bvadd', e, x), x);
    }
    const args = e.args.map((a) => this.transform(a));
    const [a, b] = [args[0]!, args[1]!];
    const law = this.r.int(0, 3);
    const mask = (1n << BigInt(this.width)) - 1n;
    switch (e.op) {
      case 'bvadd':
        if (law === 0) return bin('bvadd', b, a);
        if (law === 1 && b.op === 'bvadd') return bin('bvadd', bin('bvadd', a, b.args[0]), b.args[1]);
        if (law === 2) {
          const v: PolyExpr = { op: 'var', name: this.r.pick(this.vars) };
          return bin('bvsub', bin('bvadd', bin('bvadd', a, v), b), v);
        }
        return bin('bvadd', a, b);
      case 'bvsub':
        if (law <= 1) return bin('bvadd', a, { op: 'bvneg', args: [b] });
        return bin('bvsub', a, b);
      case 'bvmul':
        if (law === 0) return bin('bvmul', b, a);
        if (b.op === 'bvadd' || b.op === 'bvsub') return bin(b.op, bin('bvmul', a, b.args[0]), bin('bvmul', a, b.args[1]));
        if (a.op === 'bvadd' || a.op === 'bvsub') return bin(a.op, bin('bvmul', a.args[0], b), bin('bvmul', a.args[1], b));
        if (law === 1 && b.op === 'bvmul') return bin('bvmul', bin('bvmul', a, b.args[0]), b.args[1]);
        return bin('bvmul', a, b);
      case 'bvneg':
        return law <= 1 ? bin('bvmul', a, lit(mask)) : { op: 'bvneg', args: [a] };
      case 'bvnot':
        return law <= 1 ? bin('bvsub', { op: 'bvneg', args: [a] }, lit(1n)) : { op: 'bvnot', args: [a] };
      case 'bvshl':
        return law <= 1 ? bin('bvmul', a, lit((1n << BigInt(e.shift)) & mask)) : { op: 'bvshl', args: [a], shift: e.shift };
      case 'shl':
        return law <= 1 ? bin('bvmul', a, { op: 'shl', args: [lit(1n), b] }) : { op: 'shl', args: [a, b] };
    }
  }

  /** `e` changed once at a random place (see the file comment). */
  perturb(e: PolyExpr): PolyExpr {
    const nodes: PolyExpr[] = [];
    const collect = (u: PolyExpr) => {
      nodes.push(u);
      if ('args' in u) u.args.forEach(collect);
    };
    collect(e);
    const target = this.r.pick(nodes);
    const half = 1n << BigInt(this.width - 1);
    const replace = (u: PolyExpr): PolyExpr => {
      if (u === target) {
        if (u.op === 'var') return { op: 'var', name: this.r.pick(this.vars.filter((v) => v !== u.name)) };
        if (u.op === 'lit') return lit(u.value ^ half);
        if (u.op === 'bvsub') return bin('bvsub', u.args[1], u.args[0]);
        return bin('bvadd', u, { op: 'var', name: this.r.pick(this.vars) });
      }
      if (u.op === 'var' || u.op === 'lit') return u;
      if (u.op === 'bvshl') return { ...u, args: [replace(u.args[0])] };
      if (u.op === 'shl') return { op: 'shl', args: [replace(u.args[0]), replace(u.args[1])] };
      if (u.op === 'bvneg' || u.op === 'bvnot') return { op: u.op, args: [replace(u.args[0])] };
      return bin(u.op, replace(u.args[0]), replace(u.args[1]));
    };
    return replace(e);
  }
}

/**
 * The pair of seed `seed`: an identity, a constant offset or a perturbed near-identity.
 * @example generatePolyPair(1).vars // ['v0', 'v1', ...]
 */
export function generatePolyPair(seed: number): PolyPair {
  const r = new Rng(seed * 7919 + 17);
  const width = r.pick(WIDTHS);
  const vars = Array.from({ length: r.int(2, 4) }, (_, i) => `v${i}`);
  const g = new PolyGen(r, width, vars);
  const lhs = g.expr(r.int(2, 4));
  let rhs = g.transform(lhs);
  const kind = r.pick(['identity', 'identity', 'constant', 'perturbed', 'perturbed'] as const);
  if (kind === 'constant') {
    const c = g.literal() || 1n;
    rhs = bin('bvadd', rhs, lit(c));
  } else if (kind === 'perturbed') rhs = g.perturb(rhs);
  return { seed, width, vars, lhs, rhs, kind };
}

/** The SMT-LIB text of `e` at width `w`. */
export function smtOf(e: PolyExpr, w: number): string {
  switch (e.op) {
    case 'var':
      return e.name;
    case 'lit':
      return `(_ bv${e.value} ${w})`;
    case 'bvshl':
      return `(bvshl ${smtOf(e.args[0], w)} (_ bv${e.shift} ${w}))`;
    case 'shl':
      return `(bvshl ${smtOf(e.args[0], w)} ${smtOf(e.args[1], w)})`;
    default:
      return `(${e.op} ${e.args.map((a) => smtOf(a, w)).join(' ')})`;
  }
}
