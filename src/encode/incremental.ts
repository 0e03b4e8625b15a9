/**
 * The incremental encoder (docs/ARCHITECTURE.md "Incremental checks"): one gate graph, one atom
 * table and one stream of clauses kept across the checks of an assertion stack, so a term is
 * encoded once, the first time an assertion or assumption mentions it, and only the clauses of
 * new nodes reach the SAT session. Booleans and bit-vectors encode exactly as in the one-problem
 * encoder (structure.ts, bv/bitblast.ts: nothing there depends on the rest of the problem).
 *
 * Difference logic is the part whose encoding depends on the whole problem: a small-domain
 * range (idl/smalldomain.ts) must hold one model of *all* constraints. Here every integer
 * variable but the zero variable is one unsigned word of a common width W, read as
 * `bits − 2^(W−1)`, and an atom `x − y ≤ c` is a comparator over the two words (one adder per
 * ordered pair, shared). With n variables (the zero variable included) and constants of absolute
 * value at most cmax, some model has every variable within R − 1 = (n − 1)(cmax + 1) of a
 * reference at 0 (the squeeze argument of idl/smalldomain.ts), so the encoding is complete while
 * 2^(W−1) ≥ R. W is chosen with headroom (4R); when new atoms make R outgrow it, `overflowed`
 * says so and the caller starts a new encoder and session of a wider width (a doubling of R
 * costs one rebuild, so a growing BMC unrolling rebuilds a logarithmic number of times). Any
 * width is sound for `sat` (values outside the range are still integers, and every model is
 * checked by the engine); only `unsat` needs the range. Preprocessing, symmetry breaking and
 * resource learning are not used here: they are global to one problem.
 *
 * The `lazy` encoding of difference logic needs no range at all: each atom is a free SAT
 * variable, atoms over the same pair of variables are chained by implications (`x − y ≤ c₁`
 * implies `x − y ≤ c₂` for c₁ < c₂), and the transitivity constraints of the per-constraint
 * encoding are added only when a SAT model violates one (`refine`, theory/idl/cycles.ts). Each
 * is valid in the theory, so it stays in the session for every later check. Both encodings are
 * complete; the lazy one suits the many easy checks of incremental scripts, where a model of
 * the Boolean structure is usually consistent at once or after a few lemmas.
 */
import { FALSE, Gates, TRUE, type Lit } from '../cnf/gates.js';
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';
import { IdlAtoms } from '../theory/idl/atoms.js';
import type { TheoryCheck } from '../sat/session.js';
import { checkDifferences } from '../theory/idl/cycles.js';
import type { DisjunctiveTerms, Resource } from '../theory/idl/disjunctive.js';
import { DifferencePropagator, type ResourceTheory } from '../theory/idl/propagator.js';
import { booleanChildren, type AtomLit } from '../theory/idl/normalize.js';
import { BvBlaster } from './bv/bitblast.js';
import { add, bitsFor, leConst, wordValue } from './circuits.js';
import { buildNode, type StructureContext } from './structure.js';
import { TseitinStream } from './tseitin-stream.js';

/** The range bound R = (n − 1)(cmax + 1) + 1 of `n` variables and largest |constant| `cmax`. */
export function rangeBound(n: number, cmax: bigint): bigint {
  return BigInt(Math.max(n - 1, 0)) * (cmax + 1n) + 1n;
}

/** How difference atoms become SAT variables: comparators over binary words, or free atoms refined lazily. */
export type IdlEncoding = 'words' | 'lazy';

/** Largest range of the lazy encoding: path weights stay exact in doubles. */
export const LAZY_RANGE = 1n << 50n;

export class IncrementalEncoder {
  readonly g = new Gates(() => this.poll());
  readonly atoms = new IdlAtoms();
  readonly stream: TseitinStream;
  /** Word width of every integer variable; fixed for the life of the encoder. */
  readonly width: number;
  private readonly half: bigint;
  private poll: () => void = () => {};
  private readonly bv: BvBlaster;
  private readonly lit = new Map<number, Lit>();
  private readonly boolVars = new Map<number, Lit>();
  private readonly atomLits: Lit[] = [];
  private readonly words: Lit[][] = [];
  private readonly sums = new Map<string, Lit[]>();
  private cmax = 0n;
  private readonly cx: StructureContext;
  /** Lazy encoding: the atoms of each ordered pair `x,y`, by increasing constant. */
  private readonly chains = new Map<string, { c: bigint[]; atoms: number[] }>();
  /** Lazy encoding: the potential of each variable found by the last consistent `refine`. */
  private potential: Float64Array | undefined;
  /** Lazy encoding: the atoms' constants as doubles (exact below LAZY_RANGE). */
  private readonly cNum: number[] = [];
  /** The propagator of the last `theory` (its memory goes to the next). */
  private lastTheory: DifferencePropagator | undefined;
  /** Lazy encoding: transitivity lemmas added so far. */
  lemmas = 0;

  /**
   * An encoder whose integer words have `width` bits (at least 2), or (`lazy`) whose atoms are
   * free variables refined by `refine`.
   * @example const enc = new IncrementalEncoder(IncrementalEncoder.widthFor(rangeBound(10, 5n)));
   */
  constructor(
    width: number,
    readonly idl: IdlEncoding = 'words',
  ) {
    this.width = Math.max(2, width);
    this.half = 1n << BigInt(this.width - 1);
    this.stream = new TseitinStream(this.g);
    this.bv = new BvBlaster(this.g, () => this.poll());
    this.cx = { g: this.g, bv: this.bv, comparisons: this.atoms.comparisons, atomLit: (a) => this.atomLit(a), lit: this.lit, boolVars: this.boolVars };
  }

  /**
   * The width for range bound `r` with headroom: 2^(W−1) ≥ 4r.
   * @example IncrementalEncoder.widthFor(100n) // 10
   */
  static widthFor(r: bigint): number {
    return bitsFor(4n * r) + 1;
  }

  /** The range bound of every atom seen so far. */
  get range(): bigint {
    return rangeBound(this.atoms.table.numVars, this.cmax);
  }

  /** Whether the atoms seen so far need a wider word than this encoder's (it must then be replaced). */
  get overflowed(): boolean {
    return this.range > (this.idl === 'lazy' ? LAZY_RANGE : this.half);
  }

  /**
   * Collects the atoms of `terms` (throws UnsupportedError outside Booleans, difference logic
   * and bit-vectors) and updates the range; call before `literal` on them. `poll` may throw
   * LimitReached.
   * @example enc.collect([t], () => {}); if (!enc.overflowed) enc.literal(t);
   */
  collect(terms: readonly Term[], poll: () => void): void {
    this.poll = poll;
    let ticks = 0;
    const table = this.atoms.table;
    const before = table.size;
    this.atoms.collect(terms, () => {
      if ((++ticks & 4095) === 0) poll();
    });
    for (let a = before; a < table.size; a++) {
      const c = table.c[a]!;
      const abs = c < 0n ? -c : c;
      if (abs > this.cmax) this.cmax = abs;
    }
  }

  /**
   * The gate literal of Boolean term `t`, building what is new under it. Pre: `collect` saw `t`.
   * @example const l = enc.literal(t); // TRUE, FALSE or a gate literal
   */
  literal(t: Term): Lit {
    const children = booleanChildren(this.atoms.comparisons);
    let ticks = 0;
    postOrder(
      [t],
      (u) => this.lit.has(u.id) || this.bv.has(u),
      children,
      (u) => {
        if ((++ticks & 4095) === 0) this.poll();
        if (u.sort.kind === 'BitVec') this.bv.blast(u, (b) => this.lit.get(b.id)!);
        else this.lit.set(u.id, buildNode(this.cx, u));
      },
    );
    return this.lit.get(t.id)!;
  }

  /**
   * Values of every Int, Bool and bit-vector constant encoded so far, under a SAT model.
   * @example const values = enc.decode(session.model());
   */
  decode(model: Uint8Array): Map<number, Value> {
    const value = (l: Lit) => this.stream.value(l, model);
    const out = new Map<number, Value>();
    for (const [id, l] of this.boolVars) out.set(id, value(l));
    const { varTerms } = this.atoms.table;
    const p = this.potential;
    for (let v = 1; v < varTerms.length; v++) {
      const term = varTerms[v];
      if (!term) continue;
      if (this.idl === 'lazy') {
        out.set(term.id, p && v < p.length ? BigInt(p[v]! - p[0]!) : 0n);
        continue;
      }
      const bits = this.words[v];
      out.set(term.id, bits ? wordValue(bits, value) - this.half : 0n);
    }
    for (const [id, bits] of this.bv.vars) out.set(id, wordValue(bits, value));
    return out;
  }

  /**
   * Adds to `out` the atoms under `t` (walking the terms not in `seen`, which it extends): the
   * atoms whose values a model of `t` must make consistent. Pre: `collect` saw `t`.
   * @example const atoms: number[] = []; enc.atomsUnder(t, new Set(), atoms);
   */
  atomsUnder(t: Term, seen: Set<number>, out: number[]): void {
    const { comparisons } = this.atoms;
    const stack = [t];
    while (stack.length > 0) {
      const u = stack.pop()!;
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      const forms = comparisons.get(u.id);
      if (!forms) {
        for (const a of u.args) stack.push(a);
        continue;
      }
      for (const f of forms)
        for (const k of f.cases) {
          for (const g of k.guards) stack.push(g.term);
          if (typeof k.rel !== 'boolean') for (const a of k.rel) out.push(a.atom);
        }
    }
  }

  /**
   * Lazy encoding: checks the values that `value` (by CNF variable) gives the atoms among `atoms`
   * that have a CNF variable (the others are in no clause). Consistent: answers no lemma and
   * keeps a potential for `decode`. Otherwise answers one lemma (the DIMACS clause of the atoms
   * of a negative cycle, each false under `value`) per disjoint cycle found.
   * @example const lemmas = enc.refine((v) => model[v] === 1, atoms);
   */
  refine(value: (v: number) => boolean, atoms: readonly number[]): number[][] {
    const table = this.atoms.table;
    const literals: AtomLit[] = [];
    const dimacs: number[] = [];
    const seen = new Set<number>();
    for (const a of atoms) {
      const l = this.atomLits[a];
      if (l === undefined || l === TRUE || l === FALSE || seen.has(a)) continue;
      seen.add(a);
      const d = this.stream.defined(l);
      if (d === 0) continue;
      const pos = value(Math.abs(d)) === d > 0;
      literals.push({ atom: a, pos });
      dimacs.push(pos ? -d : d);
    }
    const r = checkDifferences(table.numVars, table.x, table.y, this.constants(), literals);
    if (r.consistent) {
      this.potential = r.potential;
      return [];
    }
    this.lemmas += r.cycles.length;
    return r.cycles.map((cycle) => cycle.map((e) => dimacs[e]!));
  }

  /**
   * Lazy encoding: the theory a SAT session consults while it searches, for the atoms among
   * `atoms` (those of the open frames and the assumptions): each assignment of them is checked
   * as the search makes it (propagator.ts), each full model once more (`refine`); with
   * `propagationNodes` > 0 the atoms a new assignment implies are propagated too, and where that
   * propagation is complete, the disjunctive resources `resources` gives (asked for only then)
   * are reasoned on (theory/idl/disjunctive.ts).
   * @example session.setTheory?.(enc.theory(atoms, 64));
   */
  theory(atoms: readonly number[], propagationNodes = 0, resources?: () => DisjunctiveTerms | undefined): TheoryCheck {
    const table = this.atoms.table;
    const c = this.constants();
    const atomOfVar = new Int32Array(this.stream.numVars + 1).fill(-1);
    const frozen: number[] = []; // the variables of the atoms and the resources' guard
    for (const a of atoms) {
      const l = this.atomLits[a];
      if (l === undefined || l === TRUE || l === FALSE) continue;
      const d = this.stream.defined(l);
      if (d > 0) atomOfVar[d] = a;
      if (d !== 0) frozen.push(Math.abs(d));
    }
    const numNodes = table.numVars;
    const nodes = resources && ((): ResourceTheory | undefined => {
      const r = resources();
      if (r?.guard !== undefined) frozen.push(r.guard);
      return r && this.resourceNodes(r);
    });
    const prop = new DifferencePropagator({ numNodes, x: table.x, y: table.y, c, atomOfVar }, propagationNodes, undefined, undefined, nodes);
    // The session has one theory at a time: the last one's search is over.
    if (this.lastTheory) prop.inherit(this.lastTheory);
    this.lastTheory = prop;
    return {
      final: (value) => this.refine(value, atoms),
      partial: (trail, from, to) => prop.update(trail, from, to),
      implied: () => prop.implied(),
      phase: (v) => prop.phase(v),
      stats: () => prop.stats(),
      frozen: () => frozen,
    };
  }

  /**
   * Resources over terms as nodes of the atom table; a resource with a start variable the
   * table does not have (no atom mentions it) is left out, and so is the whole set when the
   * reference is missing.
   */
  private resourceNodes(r: DisjunctiveTerms): ResourceTheory | undefined {
    const table = this.atoms.table;
    const ref = r.ref === undefined ? 0 : table.lookup(r.ref);
    if (ref === undefined) return undefined;
    const resources: Resource[] = [];
    for (const { starts, durations } of r.resources) {
      const nodes = starts.map((t) => table.lookup(t));
      if (nodes.some((v) => v === undefined)) continue;
      resources.push({ nodes: Int32Array.from(nodes as number[]), dur: Float64Array.from(durations) });
    }
    return { ref, resources, edgeFinding: r.edgeFinding === true, guard: r.guard };
  }

  /** The atoms' constants as doubles, extended to the atoms collected since the last call. */
  private constants(): number[] {
    const table = this.atoms.table;
    for (let a = this.cNum.length; a < table.size; a++) this.cNum.push(Number(table.c[a]!));
    return this.cNum;
  }

  /**
   * Lazy encoding: the free literal of a new atom, with the implications to its neighbours in
   * the chain of atoms over the same variables.
   */
  private lazyAtom(a: number): Lit {
    const table = this.atoms.table;
    const l = this.g.input();
    this.atomLits[a] = l;
    const key = `${table.x[a]},${table.y[a]}`;
    let chain = this.chains.get(key);
    if (!chain) this.chains.set(key, (chain = { c: [], atoms: [] }));
    const c = table.c[a]!;
    let lo = 0;
    let hi = chain.c.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (chain.c[mid]! < c) lo = mid + 1;
      else hi = mid;
    }
    const s = this.stream;
    // x − y ≤ c' ⇒ x − y ≤ c for c' < c, and x − y ≤ c ⇒ x − y ≤ c'' for c < c''.
    if (lo > 0) s.clause([-s.lit(this.atomLits[chain.atoms[lo - 1]!]!), s.lit(l)]);
    if (lo < chain.c.length) s.clause([-s.lit(l), s.lit(this.atomLits[chain.atoms[lo]!]!)]);
    chain.c.splice(lo, 0, c);
    chain.atoms.splice(lo, 0, a);
    return l;
  }

  /** The word of variable v (v ≥ 1). */
  private word(v: number): Lit[] {
    let w = this.words[v];
    if (!w) {
      w = [];
      for (let i = 0; i < this.width; i++) w.push(this.g.input());
      this.words[v] = w;
    }
    return w;
  }

  /** The literal of atom `x − y ≤ c` over the words (x, y ≥ 1) or against the zero variable. */
  private atomLit(a: AtomLit): Lit {
    let l = this.atomLits[a.atom];
    if (l === undefined) {
      const table = this.atoms.table;
      const x = table.x[a.atom]!;
      const y = table.y[a.atom]!;
      const c = table.c[a.atom]!;
      const h = this.half;
      if (x === 0 && y === 0) l = c >= 0n ? TRUE : FALSE;
      else if (this.idl === 'lazy') l = this.lazyAtom(a.atom);
      else if (y === 0) l = leConst(this.g, this.word(x), c + h); //            bx − h ≤ c
      else if (x === 0) l = leConst(this.g, this.word(y), h - c - 1n) ^ 1; //    −(by − h) ≤ c ⇔ ¬(by ≤ h − c − 1)
      else {
        // bx − by ≤ c ⇔ bx + ¬by ≤ c + 2^W − 1 (¬by = 2^W − 1 − by).
        const key = `${x},${y}`;
        let sum = this.sums.get(key);
        if (!sum) {
          sum = add(this.g, this.word(x), this.word(y).map((b) => b ^ 1));
          this.sums.set(key, sum);
        }
        l = leConst(this.g, sum, c + (1n << BigInt(this.width)) - 1n);
      }
      this.atomLits[a.atom] = l;
    }
    return a.pos ? l : l ^ 1;
  }
}
