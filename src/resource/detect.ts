/**
 * Detection of disjunctive resources on the normalised term DAG (docs/ARCHITECTURE.md "Resources").
 *
 * The top-level assertions are split into *clauses*: a top-level conjunct (through `and`,
 * `not`, `=>`) read as a disjunction of literals (through `or`, `=>`, `not`). Every literal
 * that is an integer comparison is normalised by the IDL atom normaliser (`AtomTable`), so the
 * shape of the input does not matter (the table is the one the encoding uses, when the engine
 * shares it: theory/idl/atoms.ts): `(<= (- a b) c)`, `(>= b (+ a k))`, `(not (< ...))`,
 * operands in either order, strict or non-strict all become `x − y ≤ c`. A clause is kept only
 * when it has one of these forms (anything else in the clause, an `ite` case split, a Boolean
 * constant, makes it unrecognised and it is ignored, which is always sound):
 *
 *  - *fact*: one difference literal, or a positive equality (two facts): an unconditional
 *    `x − y ≤ c` (the time windows are longest paths over these);
 *  - *pair*: `s_a + k_a ≤ s_b ∨ s_b + k_b ≤ s_a`, optionally with one more literal
 *    `m_a ≠ m_b` (that is, `m_a = m_b → ...`) or two, `m_a < m_b ∨ m_a > m_b`, over variables
 *    other than the zero variable; a lone `s_a ≠ s_b` is the pair with k = 1 both ways.
 *
 * A fact `s_a − s_b ≤ −k` (k ≥ 1) between two operations is a precedence: it implies the pair's
 * disjunction with guard true. Operations are the start variables of two-sided pairs; the
 * machine variable of an operation is the one variable shared by the guards of all its guarded
 * pairs, and a guarded pair whose guard is not exactly `{m(a), m(b)}` is dropped. This makes
 * the capacity argument of a machine clique exact: two operations that run at the same time
 * have different machine values. Cliques of the pair graph are found greedily, highest degree
 * first (a clique is all that the energetic argument needs; it need not be maximum).
 */
import { UnsupportedError } from '../errors.js';
import { AtomTable, type AtomLit, type Comparison, type Rel } from '../theory/idl/normalize.js';
import type { Term } from '../terms/term.js';

/** `x − y ≤ c` over IDL variable numbers (0 is the zero variable). */
export interface Diff {
  x: number;
  y: number;
  c: bigint;
}

/** An unconditional difference constraint and the formula (0-based) whose conjunct it is. */
export interface Fact extends Diff {
  source: number;
}

/**
 * `guard → (s_a + ka ≤ s_b ∨ s_b + kb ≤ s_a)` from the top-level clause of formula `source`;
 * `kb` undefined for a precedence (`s_a + ka ≤ s_b` unconditionally, from a fact).
 */
export interface Pair {
  a: number;
  b: number;
  ka: bigint;
  kb: bigint | undefined;
  /** The machine variables of `m_x = m_y`, or undefined for guard true. */
  guard: [number, number] | undefined;
  source: number;
}

/** A table of difference atoms and the normal forms of comparison terms made in it, by term id (theory/idl/atoms.ts `IdlAtoms`). */
export interface SharedAtoms {
  table: AtomTable;
  comparisons: ReadonlyMap<number, readonly Comparison[]>;
}

export interface Detected {
  table: AtomTable;
  facts: Fact[];
  pairs: Pair[];
}

type Lit = { term: Term; pos: boolean };

const COMPARISONS = new Set(['<=', '<', '>=', '>']);

/** The difference constraint of an atom literal: its negation of `x − y ≤ c` is `y − x ≤ −c − 1`. */
function diffOf(table: AtomTable, l: AtomLit): Diff {
  const x = table.x[l.atom]!;
  const y = table.y[l.atom]!;
  const c = table.c[l.atom]!;
  return l.pos ? { x, y, c } : { x: y, y: x, c: -c - 1n };
}

/**
 * Reads the top-level clauses of `formulas` (assertions, then assumptions: all must hold),
 * normalising their literals in `table`: the check's table of difference atoms
 * (theory/idl/atoms.ts) when the engine collected one over these formulas, so that its atoms
 * are shared with the encoding; a table of its own otherwise.
 *
 * With `more`, the formulas extend an earlier collection: they are numbered from `more.first`
 * (the earlier formulas' count), and their facts are read even when they hold no pair (the
 * earlier ones had pairs). `known` gives normal forms the table's owner already made (by term
 * id, as `table.compare` made them): they are read instead of normalised again.
 * Pre: the formulas are Boolean terms. `poll` is called now and then (it may throw to stop).
 * @example const d = collect([store.mk('or', [before(a, b), before(b, a)])], () => {});
 */
export function collect(
  formulas: readonly Term[],
  poll: () => void,
  table: AtomTable = new AtomTable(),
  more?: { first: number },
  known?: ReadonlyMap<number, readonly Comparison[]>,
): Detected {
  const facts: Fact[] = [];
  const pairs: Pair[] = [];
  const units: [Lit[], number][] = [];
  let ticks = 0;
  const first = more?.first ?? 0;
  formulas.forEach((f, i) => {
    const source = first + i;
    const seen = new Set<number>();
    const stack: Lit[] = [{ term: f, pos: true }];
    while (stack.length > 0) {
      const { term: t, pos } = stack.pop()!;
      if ((++ticks & 1023) === 0) poll();
      const key = 2 * t.id + (pos ? 1 : 0);
      if (seen.has(key)) continue;
      seen.add(key);
      if (t.op === 'not') stack.push({ term: t.args[0]!, pos: !pos });
      else if ((t.op === 'and' && pos) || (t.op === 'or' && !pos)) for (const a of t.args) stack.push({ term: a, pos });
      else if (t.op === '=>' && !pos) stack.push({ term: t.args[0]!, pos: true }, { term: t.args[1]!, pos: false });
      else if (t.op === 'distinct' && pos && t.args.length > 2 && t.args[0]!.sort.kind === 'Int') readAllDifferent(table, t.args, source, facts, pairs, poll);
      else {
        const lits = clauseLits(t, pos);
        const l = lits?.length === 1 ? lits[0]! : undefined;
        const neq = l !== undefined && (l.term.op === 'distinct' ? l.pos : l.term.op === '=' && !l.pos);
        if (l !== undefined && !neq) units.push([lits!, source]);
        else readClause(table, lits, source, facts, pairs, known);
      }
    }
  });
  // Facts matter only when there are pairs: formulas without any cost one walk, no normalisation.
  if (pairs.length > 0 || more) for (const [lits, source] of units) readClause(table, lits, source, facts, pairs, known);
  return { table, facts, pairs };
}

/** The literals of a disjunction, or undefined when it is too large to be a pair clause. */
function clauseLits(t: Term, pos: boolean): Lit[] | undefined {
  const out: Lit[] = [];
  const stack: Lit[] = [{ term: t, pos }];
  while (stack.length > 0) {
    const l = stack.pop()!;
    const u = l.term;
    if (u.op === 'not') stack.push({ term: u.args[0]!, pos: !l.pos });
    else if ((u.op === 'or' && l.pos) || (u.op === 'and' && !l.pos)) for (const a of u.args) stack.push({ term: a, pos: l.pos });
    else if (u.op === '=>' && l.pos) stack.push({ term: u.args[0]!, pos: false }, { term: u.args[1]!, pos: true });
    else {
      out.push(l);
      if (out.length > 4) return undefined;
    }
  }
  return out;
}

function isIntComparison(l: Lit): boolean {
  const t = l.term;
  return COMPARISONS.has(t.op) || ((t.op === '=' || t.op === 'distinct') && t.args.length === 2 && t.args[0]!.sort.kind === 'Int');
}

/**
 * A cheap necessary condition, before any normalisation: a pair clause has two literals over
 * the same two variables (and, with three literals, a third over two variables); a lone
 * literal passes. Variables are read syntactically (`ite` or more than two variables: no).
 */
function mayBePair(lits: readonly Lit[]): boolean {
  if (lits.length === 1) return true;
  const sets: string[] = [];
  for (const l of lits) {
    const vs = new Set<number>();
    if (!syntacticVars(l.term.args[0]!, vs) || !syntacticVars(l.term.args[1]!, vs) || vs.size > 2) return false;
    sets.push([...vs].sort((a, b) => a - b).join(' '));
  }
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) if (sets[i] === sets[j] && sets[i]!.includes(' ')) return true;
  return false;
}

/** Adds the variables of a linear Int term to `out`; false for `ite` or anything else. */
function syntacticVars(t: Term, out: Set<number>): boolean {
  const stack = [t];
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (u.op === 'var') out.add(u.id);
    else if (u.op === '+' || u.op === '-' || u.op === 'neg' || u.op === '*') stack.push(...u.args);
    else if (u.op !== 'int') return false;
    if (out.size > 2) return false;
  }
  return true;
}

type Normal = { rel: Rel; pos: boolean };

/** The normal form of one comparison literal: a single unguarded case, or undefined. */
function relOf(table: AtomTable, l: Lit, known: ReadonlyMap<number, readonly Comparison[]> | undefined): Normal | undefined {
  const t = l.term;
  const forms = known?.get(t.id);
  if (forms !== undefined) {
    // What `normal` below would make (`compare` of the same arguments; a `distinct` of two is one `=`).
    return forms.length === 1 ? single(forms[0]!, t.op === 'distinct' ? !l.pos : l.pos) : undefined;
  }
  if (COMPARISONS.has(t.op)) return normal(table, t.op as '<=' | '<' | '>=' | '>', t.args[0]!, t.args[1]!, l.pos);
  if ((t.op === '=' || t.op === 'distinct') && t.args.length === 2 && t.args[0]!.sort.kind === 'Int')
    return normal(table, '=', t.args[0]!, t.args[1]!, t.op === 'distinct' ? !l.pos : l.pos);
  return undefined;
}

function normal(table: AtomTable, op: '<=' | '<' | '>=' | '>' | '=', a: Term, b: Term, pos: boolean): Normal | undefined {
  try {
    return single(table.compare(op, a, b), pos);
  } catch (e) {
    if (e instanceof UnsupportedError) return undefined; // not difference logic: not ours
    throw e;
  }
}

/** The relation of a normal form of one unguarded case, with `pos`; undefined otherwise. */
function single(cmp: Comparison, pos: boolean): Normal | undefined {
  if (cmp.cases.length !== 1 || cmp.cases[0]!.guards.length > 0) return undefined;
  return { rel: cmp.cases[0]!.rel, pos };
}

/** A top-level `(distinct x1 ... xn)` over Int: every two differ, pairs of unit operations. */
function readAllDifferent(table: AtomTable, args: readonly Term[], source: number, facts: Fact[], pairs: Pair[], poll: () => void): void {
  for (let i = 0; i < args.length; i++)
    for (let j = i + 1; j < args.length; j++) {
      if ((j & 255) === 0) poll(); // quadratic in the arguments: 400 of them are 79,800 pairs
      const r = normal(table, '=', args[i]!, args[j]!, false);
      if (r) classify(table, [r], source, facts, pairs);
    }
}

/** Classifies one clause into facts and pairs (see the file header); anything else is ignored. */
function readClause(
  table: AtomTable,
  lits: Lit[] | undefined,
  source: number,
  facts: Fact[],
  pairs: Pair[],
  known: ReadonlyMap<number, readonly Comparison[]> | undefined,
): void {
  if (!lits || !lits.every(isIntComparison) || !mayBePair(lits)) return;
  const rels: Normal[] = [];
  for (const l of lits) {
    const r = relOf(table, l, known);
    if (!r) return;
    rels.push(r);
  }
  classify(table, rels, source, facts, pairs);
}

function classify(table: AtomTable, rels: readonly Normal[], source: number, facts: Fact[], pairs: Pair[]): void {
  const diffs: Diff[] = [];
  const neqs: Diff[] = []; // x − y = c, negated
  for (const { rel, pos } of rels) {
    if (typeof rel === 'boolean') {
      if (rel === pos) return; // the clause is true: no information
      continue; // a false literal drops out
    }
    if (rel.length === 1) {
      diffs.push(pos ? diffOf(table, rel[0]!) : diffOf(table, { atom: rel[0]!.atom, pos: !rel[0]!.pos }));
    } else if (!pos) {
      const [d1, d2] = rel.map((a) => diffOf(table, a)) as [Diff, Diff];
      if (!(d1.x === d2.y && d1.y === d2.x && d1.c === -d2.c)) return; // not an equality
      neqs.push(d1); // ¬(x − y ≤ c ∧ y − x ≤ −c)
    } else if (rels.length === 1) {
      for (const a of rel) facts.push({ ...diffOf(table, a), source });
      return;
    } else return;
  }
  if (neqs.length === 1 && diffs.length === 0) {
    // x − y ≠ c: x − y ≤ c − 1 ∨ y − x ≤ −c − 1
    const { x, y, c } = neqs[0]!;
    diffs.push({ x, y, c: c - 1n }, { x: y, y: x, c: -c - 1n });
    neqs.pop();
  }
  if (diffs.length === 1 && neqs.length === 0) {
    facts.push({ ...diffs[0]!, source });
    return;
  }
  if (diffs.length === 4 && neqs.length === 0) {
    // `m_a < m_b ∨ m_a > m_b ∨ ...`: either pair of opposite literals may be the guard (each
    // literal of it implies m_a ≠ m_b); both readings are sound, a unit-duration one is kept
    // as the guard when the other is not.
    const [d0, ...rest] = diffs as [Diff, Diff, Diff, Diff];
    const j = rest.findIndex((d) => d.x === d0.y && d.y === d0.x);
    if (j < 0) return;
    const p1: [Diff, Diff] = [d0, rest[j]!];
    const p2 = rest.filter((_, i) => i !== j) as [Diff, Diff];
    const unit = (p: [Diff, Diff]) => p[0].c === -1n && p[1].c === -1n;
    if (!unit(p2) || unit(p1)) pushPair(p2, p1, source, pairs);
    if (!unit(p1) || unit(p2)) pushPair(p1, p2, source, pairs);
    return;
  }
  if (diffs.length !== 2 || neqs.length > 1) return;
  let guard: [number, number] | undefined;
  if (neqs.length === 1) {
    const g = neqs[0]!;
    if (g.c !== 0n || g.x === 0 || g.y === 0) return;
    guard = [g.x, g.y];
  }
  pushPair(diffs as [Diff, Diff], guard, source, pairs);
}

/**
 * Records `a + ka ≤ b ∨ b + kb ≤ a` from two opposite difference literals, under `guard`: the
 * machine pair, or two opposite literals `x − y ≤ c1 ∨ y − x ≤ c2` (c1, c2 ≤ −1) each of which
 * implies x ≠ y.
 */
function pushPair([p, q]: [Diff, Diff], guard: [number, number] | [Diff, Diff] | undefined, source: number, pairs: Pair[]): void {
  // p: a − b ≤ c1 is a + (−c1) ≤ b; q: b − a ≤ c2 is b + (−c2) ≤ a.
  if (p.x !== q.y || p.y !== q.x || p.x === p.y || p.x === 0 || p.y === 0) return;
  const ka = -p.c;
  const kb = -q.c;
  if (ka < 1n || kb < 1n) return;
  if (guard && typeof guard[0] !== 'number') {
    const [g, h] = guard as [Diff, Diff];
    if (g.x !== h.y || g.y !== h.x || g.x === 0 || g.y === 0 || g.c > -1n || h.c > -1n) return;
    guard = [g.x, g.y];
  }
  pairs.push({ a: p.x, b: p.y, ka, kb, guard: guard as [number, number] | undefined, source });
}

/** Edge of the pair graph between two operations, seen from `a`'s side. */
export interface Link {
  /** `a` runs `ka` before `b` (or later than it): the amounts each side must keep. */
  ka: bigint;
  kb: bigint | undefined;
  a: number;
  b: number;
  guarded: boolean;
  /** The formula whose top-level conjunct gives the pair, or −1 for a derived precedence. */
  source: number;
  /** For a derived precedence: the facts along the path that proves `a − b ≤ −ka`. */
  chain?: number[];
}

/** The pair graph: operations and, for every constrained pair, its best link. */
export class PairGraph {
  /** Operations (start variables of two-sided pairs), in order of first appearance. */
  readonly ops: number[] = [];
  readonly machine = new Map<number, number>();
  /** `adj.get(a).get(b)`: the link of the pair (either orientation). */
  readonly adj = new Map<number, Map<number, Link>>();

  constructor(d: Detected) {
    const isOp = new Set<number>();
    for (const p of d.pairs) {
      for (const v of [p.a, p.b]) {
        if (!isOp.has(v)) {
          isOp.add(v);
          this.ops.push(v);
        }
      }
    }
    this.assignMachines(d.pairs);
    for (const p of d.pairs) {
      if (p.guard) {
        const ma = this.machine.get(p.a);
        const mb = this.machine.get(p.b);
        const ok = ma !== undefined && mb !== undefined && ma !== mb &&
          ((p.guard[0] === ma && p.guard[1] === mb) || (p.guard[0] === mb && p.guard[1] === ma));
        if (!ok) continue;
      }
      this.link({ a: p.a, b: p.b, ka: p.ka, kb: p.kb, guarded: p.guard !== undefined, source: p.source });
    }
    for (const f of d.facts) {
      // x − y ≤ c with c ≤ −1: x + (−c) ≤ y, a precedence between two operations.
      if (f.c < 0n && isOp.has(f.x) && isOp.has(f.y) && f.x !== f.y)
        this.link({ a: f.x, b: f.y, ka: -f.c, kb: undefined, guarded: false, source: f.source });
    }
  }

  /** Number of constrained pairs. */
  get edges(): number {
    let n = 0;
    for (const m of this.adj.values()) n += m.size;
    return n / 2;
  }

  /**
   * Adds the precedences the facts imply between operations not yet linked: a path b ⇝ a of
   * weight w ≤ −1 proves `a − b ≤ w`, so a runs at least −w before b. `pathsFrom(b)` gives
   * the shortest distances from b and the path to a target; at most `maxRuns` sources.
   */
  addPrecedences(pathsFrom: (b: number) => { dist: Map<number, bigint>; chain: (a: number) => number[] } | undefined, maxRuns: number): number {
    let added = 0;
    for (const b of this.ops.slice(0, maxRuns)) {
      const p = pathsFrom(b);
      if (!p) continue;
      for (const a of this.ops) {
        const w = p.dist.get(a);
        if (a === b || w === undefined || w > -1n || this.get(a, b)) continue;
        this.link({ a, b, ka: -w, kb: undefined, guarded: false, source: -1, chain: p.chain(a) });
        added++;
      }
    }
    return added;
  }

  /** Keeps one link per pair: an unguarded one over a guarded one, else the first. */
  private link(l: Link): void {
    const old = this.adj.get(l.a)?.get(l.b);
    if (old && (l.guarded || !old.guarded)) return;
    for (const [u, v] of [[l.a, l.b], [l.b, l.a]] as const) {
      let m = this.adj.get(u);
      if (!m) this.adj.set(u, (m = new Map()));
      m.set(v, l);
    }
  }

  /**
   * The machine variable of each operation: the variable common to the guards of all its
   * guarded pairs; when both of a guard's variables qualify (one guarded pair only), the
   * partner's machine decides, else the guard's orientation.
   */
  private assignMachines(pairs: readonly Pair[]): void {
    const cand = new Map<number, number[]>();
    const meet = (v: number, g: [number, number]) => {
      const c = cand.get(v);
      cand.set(v, c === undefined ? [g[0], g[1]] : c.filter((m) => m === g[0] || m === g[1]));
    };
    for (const p of pairs) {
      if (!p.guard) continue;
      meet(p.a, p.guard);
      meet(p.b, p.guard);
    }
    for (const [v, c] of cand) if (c.length === 1) this.machine.set(v, c[0]!);
    for (const p of pairs) {
      if (!p.guard) continue;
      const [g0, g1] = p.guard;
      for (const [u, w] of [[p.a, p.b], [p.b, p.a]] as const) {
        if (this.machine.has(u) || cand.get(u)?.length !== 2) continue;
        const mw = this.machine.get(w);
        if (mw === g0) this.machine.set(u, g1);
        else if (mw === g1) this.machine.set(u, g0);
        else this.machine.set(u, u === p.a ? g0 : g1);
      }
    }
  }

  /** The link between `a` and `b`, if they are constrained. */
  get(a: number, b: number): Link | undefined {
    return this.adj.get(a)?.get(b);
  }

  /**
   * Greedy cliques: from each of the `maxSeeds` highest-degree operations not yet in a clique,
   * add neighbours (highest degree first) adjacent to every member. `unguardedOnly` restricts
   * to links with guard true (capacity 1); `disjunctionsOnly` to two-sided links (a precedence,
   * already decided, is left out: a machine's operations rather than a mix with a job's).
   * Cliques smaller than 2 are dropped.
   */
  cliques(unguardedOnly: boolean, maxSeeds: number, disjunctionsOnly = false): number[][] {
    const fits = (l: Link | undefined): boolean => l !== undefined && (!unguardedOnly || !l.guarded) && (!disjunctionsOnly || l.kb !== undefined);
    const nbrs = (v: number): number[] => {
      const out: number[] = [];
      for (const [w, l] of this.adj.get(v) ?? []) if (fits(l)) out.push(w);
      return out;
    };
    const degree = new Map<number, number>();
    for (const v of this.ops) degree.set(v, nbrs(v).length);
    const order = this.ops.filter((v) => degree.get(v)! > 0).sort((u, v) => degree.get(v)! - degree.get(u)!);
    const covered = new Set<number>();
    const out: number[][] = [];
    for (const seed of order) {
      if (out.length >= maxSeeds) break;
      if (covered.has(seed)) continue;
      const clique = [seed];
      const cands = nbrs(seed).sort((u, v) => degree.get(v)! - degree.get(u)!);
      for (const c of cands) {
        let ok = true;
        for (const m of clique) {
          if (!fits(this.get(c, m))) {
            ok = false;
            break;
          }
        }
        if (ok) clique.push(c);
      }
      for (const v of clique) covered.add(v);
      if (clique.length >= 2) out.push(clique);
    }
    return out;
  }
}
