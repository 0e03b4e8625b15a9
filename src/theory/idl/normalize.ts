/**
 * Normalisation of integer atoms to difference constraints `x − y ≤ c` (docs/ARCHITECTURE.md "Theories").
 *
 * An integer term is first read as a set of *cases*: each case is a guard (a conjunction of
 * Boolean terms, from the conditions of `ite`s inside the term) and a linear form
 * `Σ aᵢ·xᵢ + k`. `ite` over Int is thereby lifted out of atoms: `(<= (ite b x y) z)` becomes
 * `(b ∧ x − z ≤ 0) ∨ (¬b ∧ y − z ≤ 0)`. A comparison of two cased terms is a disjunction over
 * the pairs of cases, each a conjunction of canonical atoms.
 *
 * A linear relation `e ≤ 0` is a difference constraint when `e` has no variable, one
 * variable, or two variables with opposite coefficients `a·x − a·y`; dividing by `a` and
 * rounding the constant (floor) is exact over the integers. Unary constraints use the zero
 * variable 0, whose value is subtracted from every other in the model.
 *
 * Canonical atoms: variables are numbered, and `x − y ≤ c` with x < y is stored as is; with
 * x > y it is the negation of `y − x ≤ −c − 1`, so an atom and its negation share one Boolean.
 */
import { InternalError, UnsupportedError, assertExhaustive } from '../../errors.js';
import type { Term } from '../../terms/term.js';
import { postOrder } from '../../terms/walk.js';
import { mix } from '../../util/hash.js';

/** `Σ coef·var + k`, variables keyed by IDL variable number (1-based; 0 is the zero variable). */
export interface Linear {
  coefs: Map<number, bigint>;
  k: bigint;
}

/** A Boolean term that must be true (`pos`) or false for a case to apply. */
export interface Guard {
  term: Term;
  pos: boolean;
}

export interface Case {
  guards: Guard[];
  lin: Linear;
}

/** A literal over canonical atoms: atom index and sign. */
export interface AtomLit {
  atom: number;
  pos: boolean;
}

/** A conjunction of atom literals, or a constant. */
export type Rel = boolean | AtomLit[];

/** The normal form of one comparison term: a disjunction of guarded conjunctions. */
export interface Comparison {
  cases: { guards: Guard[]; rel: Rel }[];
}

/**
 * The relation of comparison `t` when its normal form `forms` is one case without guards (no
 * `ite` inside, not a `distinct` of several pairs): most comparisons; undefined otherwise.
 * @example unguardedRel(t, comparisons.get(t.id)!) // [{ atom: 3, pos: true }] for (<= (- x y) 2)
 */
export function unguardedRel(t: Term, forms: readonly Comparison[]): Rel | undefined {
  if (forms.length !== 1 || t.op === 'distinct') return undefined;
  const cases = forms[0]!.cases;
  return cases.length === 1 && cases[0]!.guards.length === 0 ? cases[0]!.rel : undefined;
}

/**
 * The Boolean children of a term once its comparisons are normal forms: a comparison's guard
 * terms, any other term's arguments. For walks over the Boolean structure with `postOrder`.
 * @example postOrder(roots, done, booleanChildren(comparisons), visit)
 */
export function booleanChildren(comparisons: ReadonlyMap<number, readonly Comparison[]>): (t: Term) => readonly Term[] {
  return (t) => {
    const forms = comparisons.get(t.id);
    if (!forms) return t.args;
    const out: Term[] = [];
    for (const f of forms) for (const c of f.cases) for (const g of c.guards) out.push(g.term);
    return out;
  };
}

/** Largest number of cases one term may expand to before we refuse it. */
const MAX_CASES = 4096;

/**
 * Largest number of guard literals, summed over the cases of one term (or of one comparison),
 * before we refuse it. Without it, n nested `ite`s whose conditions sit on one branch make n
 * cases of up to n guards each at every level: cubic work and memory (n = 2,000 grew past 4 GB
 * and ran for minutes without reaching a poll).
 */
export const MAX_GUARD_LITS = 1 << 16;

/**
 * Throws UnsupportedError when `cases` hold more than MAX_GUARD_LITS guard literals in all.
 * @example limitGuards([{ guards: [], lin }], 'integer term') // returns its argument
 */
export function limitGuards<C extends { guards: readonly unknown[] }>(cases: C[], what: string): C[] {
  let n = 0;
  for (const c of cases) n += c.guards.length;
  if (n > MAX_GUARD_LITS) throw new UnsupportedError(`${what} expands to more than ${MAX_GUARD_LITS} guard literals (nested ite)`);
  return cases;
}

/**
 * Throws UnsupportedError when the pairs of `lc` and `rc` (a comparison) would hold more than
 * MAX_GUARD_LITS guard literals in all.
 */
export function limitPairGuards(lc: readonly { guards: readonly unknown[] }[], rc: readonly { guards: readonly unknown[] }[]): void {
  let l = 0;
  let r = 0;
  for (const c of lc) l += c.guards.length;
  for (const c of rc) r += c.guards.length;
  if (l * rc.length + r * lc.length > MAX_GUARD_LITS) throw new UnsupportedError(`comparison expands to more than ${MAX_GUARD_LITS} guard literals (nested ite)`);
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * The canonical atoms of a problem and the integer variables they mention.
 * Pre: every term given is well-sorted (built by the TermStore).
 */
export class AtomTable {
  /** Atom i is `x[i] − y[i] ≤ c[i]` with x[i] < y[i]. */
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly c: bigint[] = [];
  /** The `var` term of each IDL variable (index 0, the zero variable, has none). */
  readonly varTerms: (Term | undefined)[] = [undefined];
  /** Whether the zero variable occurs in some atom. */
  usesZero = false;

  /** The atoms by (x, y, c): open addressing, atom index + 1 per slot (0: empty). */
  private slots = new Int32Array(1024);
  private readonly varIndex = new Map<number, number>();
  private readonly caseMemo = new Map<number, Case[]>();
  /** The sum `smallCompare` reads: variables with their (small) coefficients, and a constant. */
  private readonly smallVars: number[] = [0, 0, 0, 0, 0];
  private readonly smallCoefs: number[] = [0, 0, 0, 0, 0];
  private smallSize = 0;
  private smallK = 0n;

  get size(): number {
    return this.x.length;
  }

  get numVars(): number {
    return this.varTerms.length;
  }

  /** The IDL variable number of an Int `var` term. */
  varOf(t: Term): number {
    let v = this.varIndex.get(t.id);
    if (v === undefined) {
      v = this.varTerms.length;
      this.varTerms.push(t);
      this.varIndex.set(t.id, v);
    }
    return v;
  }

  /** The IDL variable number of `t` if the table has it, else undefined (the table is not changed). */
  lookup(t: Term): number | undefined {
    return this.varIndex.get(t.id);
  }

  /** A fresh variable with no term of its own (for constraints that encoders add). */
  freshVar(): number {
    this.varTerms.push(undefined);
    return this.varTerms.length - 1;
  }

  /**
   * The canonical literal of `x − y ≤ c` for two different variables.
   * @example table.atomLit(1, 0, 5n) // x1 ≤ 5: { atom: 0, pos: true }
   */
  atomLit(x: number, y: number, c: bigint): AtomLit {
    const rel = this.atom(x, y, c);
    if (typeof rel === 'boolean') throw new InternalError('atomLit: the same variable on both sides');
    return rel[0]!;
  }

  /**
   * Normal form of a comparison `(op l r)` for op in `<=`, `<`, `>=`, `>`, `=` over Int.
   * @example table.compare('<', x, y) // { cases: [{ guards: [], rel: [{ atom: 0, pos: true }] }] }
   */
  compare(op: '<=' | '<' | '>=' | '>' | '=', l: Term, r: Term): Comparison {
    if (op === '>=' || op === '>') {
      const t = l;
      l = r;
      r = t;
      op = op === '>=' ? '<=' : '<';
    }
    const fast = this.smallCompare(op, l, r);
    if (fast !== undefined) return { cases: [{ guards: [], rel: fast }] };
    const out: Comparison = { cases: [] };
    const lc = this.cases(l);
    const rc = this.cases(r);
    if (lc.length * rc.length > MAX_CASES) throw new UnsupportedError(`comparison expands to more than ${MAX_CASES} cases (nested ite)`);
    limitPairGuards(lc, rc);
    for (const a of lc) {
      for (const b of rc) {
        const e = sub(a.lin, b.lin);
        let rel: Rel;
        switch (op) {
          case '<=':
            rel = this.leZero(e);
            break;
          case '<':
            rel = this.leZero({ coefs: e.coefs, k: e.k + 1n });
            break;
          case '=':
            rel = conj(this.leZero(e), this.leZero(neg(e)));
            break;
          default:
            return assertExhaustive(op, 'comparison');
        }
        out.cases.push({ guards: a.guards.concat(b.guards), rel });
      }
    }
    return out;
  }

  /**
   * `l op r` without linear forms when both sides are Int variables, numerals or binary `+`/`-`
   * of those (almost every atom of a scheduling problem) and the difference is a difference
   * constraint; undefined otherwise, for the general path. The same atoms as that path, with the
   * variables numbered in the same order.
   */
  private smallCompare(op: '<=' | '<' | '=', l: Term, r: Term): Rel | undefined {
    this.smallSize = 0;
    this.smallK = 0n;
    if (!this.addSmall(l, 1) || !this.addSmall(r, -1)) return undefined;
    let n = 0;
    for (let i = 0; i < this.smallSize; i++) {
      if (this.smallCoefs[i] === 0) continue;
      this.smallVars[n] = this.smallVars[i]!;
      this.smallCoefs[n++] = this.smallCoefs[i]!;
    }
    if (n === 2 ? this.smallCoefs[0] !== -this.smallCoefs[1]! : n > 2) return undefined;
    this.smallSize = n;
    switch (op) {
      case '<=':
        return this.smallLeZero(1, 0n);
      case '<':
        return this.smallLeZero(1, 1n);
      case '=':
        return conj(this.smallLeZero(1, 0n), this.smallLeZero(-1, 0n));
      default:
        return assertExhaustive(op, 'comparison');
    }
  }

  /**
   * Adds `sign`·t to the small sum of `smallCompare`, false when t is not of its shapes.
   * Variables are numbered in the order `cases` visits them: the arguments of an operator last
   * to first.
   */
  private addSmall(t: Term, sign: number): boolean {
    if (t.op === 'var') {
      if (t.sort.kind !== 'Int') return false;
      const v = this.varOf(t);
      for (let i = 0; i < this.smallSize; i++) {
        if (this.smallVars[i] === v) {
          this.smallCoefs[i]! += sign;
          return true;
        }
      }
      this.smallVars[this.smallSize] = v;
      this.smallCoefs[this.smallSize++] = sign;
      return true;
    }
    if (t.op === 'int') {
      this.smallK += sign > 0 ? t.value! : -t.value!;
      return true;
    }
    if ((t.op !== '+' && t.op !== '-') || t.args.length !== 2) return false;
    const [a, b] = [t.args[0]!, t.args[1]!];
    const leaf = (u: Term) => (u.op === 'var' && u.sort.kind === 'Int') || u.op === 'int';
    if (!leaf(a) || !leaf(b)) return false;
    return this.addSmall(b, t.op === '-' ? -sign : sign) && this.addSmall(a, sign);
  }

  /** `sign`·(the small sum) + k ≤ 0, as `leZero` gives it. Pre: a difference constraint. */
  private smallLeZero(sign: number, k: bigint): Rel {
    const e = (sign > 0 ? this.smallK : -this.smallK) + k;
    if (this.smallSize === 0) return e <= 0n;
    const [v1, a1] = [this.smallVars[0]!, BigInt(sign * this.smallCoefs[0]!)];
    if (this.smallSize === 1) return a1 > 0n ? this.atom(v1, 0, floorDiv(-e, a1)) : this.atom(0, v1, floorDiv(-e, -a1));
    const [v2, a2] = [this.smallVars[1]!, BigInt(sign * this.smallCoefs[1]!)];
    return a1 > 0n ? this.atom(v1, v2, floorDiv(-e, a1)) : this.atom(v2, v1, floorDiv(-e, a2));
  }

  /** `e ≤ 0` as a conjunction of canonical atom literals. */
  private leZero(e: Linear): Rel {
    const vars = [...e.coefs.entries()].filter(([, a]) => a !== 0n);
    if (vars.length === 0) return e.k <= 0n;
    if (vars.length === 1) {
      const [v, a] = vars[0]!;
      // a·v + k ≤ 0
      if (a > 0n) return this.atom(v, 0, floorDiv(-e.k, a)); // v − 0 ≤ ⌊−k/a⌋
      return this.atom(0, v, floorDiv(-e.k, -a)); // 0 − v ≤ ⌊−k/|a|⌋
    }
    if (vars.length === 2) {
      const [[v1, a1], [v2, a2]] = vars as [[number, bigint], [number, bigint]];
      if (a1 === -a2) {
        return a1 > 0n ? this.atom(v1, v2, floorDiv(-e.k, a1)) : this.atom(v2, v1, floorDiv(-e.k, a2));
      }
    }
    throw new UnsupportedError('not a difference-logic constraint: ' + showLinear(e, this.varTerms));
  }

  /** The canonical literal for `x − y ≤ c` (a constant when x = y). */
  private atom(x: number, y: number, c: bigint): Rel {
    if (x === y) return c >= 0n;
    if (x === 0 || y === 0) this.usesZero = true;
    let pos = true;
    if (x > y) {
      [x, y, c, pos] = [y, x, -c - 1n, false];
    }
    const at = this.slotOf(x, y, c);
    if (this.slots[at] !== 0) return [{ atom: this.slots[at]! - 1, pos }];
    const i = this.x.length;
    this.x.push(x);
    this.y.push(y);
    this.c.push(c);
    this.slots[at] = i + 1;
    if (2 * this.x.length > this.slots.length) this.growSlots();
    return [{ atom: i, pos }];
  }

  /**
   * The atom `x − y ≤ c` if the table has it, else −1 (the table is not changed).
   * Pre: x < y, the form of every atom of the table.
   */
  find(x: number, y: number, c: bigint): number {
    return this.slots[this.slotOf(x, y, c)]! - 1;
  }

  /** The slot of the atom index that holds `x − y ≤ c`, or the empty slot where it goes. */
  private slotOf(x: number, y: number, c: bigint): number {
    const mask = this.slots.length - 1;
    let at = atomHash(x, y, c) & mask;
    for (let e = this.slots[at]!; e !== 0; e = this.slots[at]!) {
      const i = e - 1;
      if (this.x[i] === x && this.y[i] === y && this.c[i] === c) break;
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Doubles the atom index. */
  private growSlots(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let i = 0; i < this.x.length; i++) {
      let at = atomHash(this.x[i]!, this.y[i]!, this.c[i]!) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
  }

  /** The cases of an Int term: guarded linear forms. Iterative, memoised by term id. */
  cases(term: Term): Case[] {
    postOrder(
      [term],
      (t) => this.caseMemo.has(t.id),
      (t) => (t.op === 'ite' ? [t.args[1]!, t.args[2]!] : t.args),
      (t) => this.caseMemo.set(t.id, this.casesOf(t)),
    );
    return this.caseMemo.get(term.id)!;
  }

  private casesOf(t: Term): Case[] {
    const memo = (u: Term) => this.caseMemo.get(u.id)!;
    switch (t.op) {
      case 'var':
        if (t.sort.kind !== 'Int') break;
        return [{ guards: [], lin: { coefs: new Map([[this.varOf(t), 1n]]), k: 0n } }];
      case 'int':
        return [{ guards: [], lin: { coefs: new Map(), k: t.value! } }];
      case 'ite': {
        const c = t.args[0]!;
        const yes = { term: c, pos: true };
        const no = { term: c, pos: false };
        const th = memo(t.args[1]!).map((x) => ({ guards: [yes, ...x.guards], lin: x.lin }));
        const el = memo(t.args[2]!).map((x) => ({ guards: [no, ...x.guards], lin: x.lin }));
        return limitGuards(limit(th.concat(el)), 'integer term');
      }
      case '+':
      case '-':
      case 'neg':
      case '*': {
        let acc: Case[] = [{ guards: [], lin: { coefs: new Map(), k: t.op === '*' ? 1n : 0n } }];
        t.args.forEach((a, i) => {
          const next: Case[] = [];
          for (const x of acc) {
            for (const y of memo(a)) {
              let lin: Linear;
              if (t.op === '*') lin = mul(x.lin, y.lin, this.varTerms);
              else if (t.op === 'neg' || (t.op === '-' && i > 0)) lin = sub(x.lin, y.lin);
              else lin = add(x.lin, y.lin);
              next.push({ guards: x.guards.concat(y.guards), lin });
            }
          }
          acc = limitGuards(limit(next), 'integer term');
        });
        return acc;
      }
      default:
        break;
    }
    throw new UnsupportedError(`integer term with operator '${t.op}' is not supported in difference logic`);
  }
}

function limit(cases: Case[]): Case[] {
  if (cases.length > MAX_CASES) throw new UnsupportedError(`integer term expands to more than ${MAX_CASES} cases (nested ite)`);
  return cases;
}

/** A hash of the atom `x − y ≤ c` (c cut to 32 bits when it is wider). */
function atomHash(x: number, y: number, c: bigint): number {
  const k = c >= -0x80000000n && c <= 0x7fffffffn ? Number(c) : Number(BigInt.asIntN(32, c));
  return mix(mix(x, y), k);
}

function add(a: Linear, b: Linear): Linear {
  const coefs = new Map(a.coefs);
  for (const [v, c] of b.coefs) coefs.set(v, (coefs.get(v) ?? 0n) + c);
  return { coefs, k: a.k + b.k };
}

function neg(a: Linear): Linear {
  const coefs = new Map<number, bigint>();
  for (const [v, c] of a.coefs) coefs.set(v, -c);
  return { coefs, k: -a.k };
}

function sub(a: Linear, b: Linear): Linear {
  return add(a, neg(b));
}

function scale(a: Linear, s: bigint): Linear {
  const coefs = new Map<number, bigint>();
  for (const [v, c] of a.coefs) coefs.set(v, c * s);
  return { coefs, k: a.k * s };
}

function isConst(a: Linear): boolean {
  for (const c of a.coefs.values()) if (c !== 0n) return false;
  return true;
}

function mul(a: Linear, b: Linear, names: readonly (Term | undefined)[]): Linear {
  if (isConst(a)) return scale(b, a.k);
  if (isConst(b)) return scale(a, b.k);
  throw new UnsupportedError(`non-linear multiplication: (* ${showLinear(a, names)} ${showLinear(b, names)})`);
}

function conj(a: Rel, b: Rel): Rel {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  return a.concat(b);
}

function showLinear(e: Linear, names: readonly (Term | undefined)[]): string {
  const parts: string[] = [];
  for (const [v, a] of e.coefs) {
    if (a === 0n) continue;
    const name = v === 0 ? '0' : (names[v]?.name ?? `v${v}`);
    parts.push(a === 1n ? name : `(* ${a} ${name})`);
  }
  if (e.k !== 0n || parts.length === 0) parts.push(e.k.toString());
  return parts.length === 1 ? parts[0]! : `(+ ${parts.join(' ')})`;
}
