/**
 * Small-domain encoding of difference logic (Bryant, Lahiri & Seshia, CAV 2002), with ranges
 * tightened by unconditional bounds and allocated per variable (after Talupur, Sinha,
 * Strichman & Pnueli, CAV 2004).
 *
 * Range. In a component of n variables whose atoms have constants of absolute value at most
 * cmax, any model can be squeezed — every gap wider than cmax + 1 between consecutive values
 * shrunk to cmax + 1 — without changing any atom's truth value, so some model has span at most
 * (n − 1)(cmax + 1). Fixing a reference variable r at 0 (all atoms are differences, so
 * shifting is free), every variable lies in [−(R−1), R−1] with R − 1 = (n − 1)(cmax + 1), and
 * within [lb, ub] when the unconditional constraints bound it relative to r (every model obeys
 * those). The zero variable is the reference when it is present, so unary bounds cost nothing.
 * When nothing bounds any variable, the squeezed model is shifted to start at 0 instead, so
 * every variable (r included) lies in [0, R−1].
 *
 * Variables become `offset + bits` with an unsigned word of ⌈log2(size)⌉ bits. Values outside
 * the allocated range remain integer values, so the encoding stays sound for any bit pattern;
 * the range only has to contain one model. An atom `x − y ≤ c` is, with k = c − ox + oy,
 * `bx − by ≤ k`, i.e. `bx + ¬by ≤ k + 2^wy − 1` over unsigned words: one adder per ordered
 * pair of variables, shared by all atoms on that pair, and a comparator with a constant.
 */
import type { Gates, Lit } from '../../cnf/gates.js';
import { FALSE, TRUE } from '../../cnf/gates.js';
import { add, bitsFor, leConst, wordValue } from '../circuits.js';
import { components, shortestFrom, unconditionalEdges } from '../../theory/idl/graph.js';
import type { AtomLit, AtomTable } from '../../theory/idl/normalize.js';
import { eijFits, encodeEij, eijValues, type EijResult } from './eij.js';
import { encodeEquality, equalityFits, equalityValues, type EqualityResult } from './equality.js';
import { orderAtom, orderAxioms, orderValue, orderVar, type OrderVar } from './order.js';

/**
 * An integer variable as encoded: `offset + (unsigned value of bits)`, or in the order encoding
 * (`order` set, no bits) the value of its order literals.
 */
export interface EncodedVar {
  offset: bigint;
  bits: Lit[];
  order?: OrderVar;
}

export interface ComponentStats {
  encoding: 'sd' | 'order' | 'eij' | 'eq';
  vars: number;
  atoms: number;
  cmax: bigint;
  /** Theorem range R (values per variable before tightening). */
  range: bigint;
  /** Variables whose range unconditional bounds tightened. */
  bounded: number;
  /** Total number of bits (sd) or order literals (order) over the component's variables; 0 for eij. */
  bits: number;
  /** Largest width hi − lo of a variable's allocated range. */
  width: bigint;
  /** Gates built for the component's atoms. */
  gates: number;
  /** Estimated clause counts of sd and order (what `auto` compares with eij's exact count). */
  estimate: SizeEstimate;
  /** When eij was tried: its transitivity clauses and derived atoms, or the budget it exceeded. */
  eij?: { clauses: number; derived: number } | { overBudget: number };
  /** When the equality encoding was tried: its transitivity clauses and fill-in edges, or the budget it exceeded. */
  eq?: { clauses: number; fill: number } | { overBudget: number };
}

export interface SmallDomainResult {
  atomLits: Lit[];
  /** Each variable as encoded (a variable of an eij or equality component has neither bits nor order). */
  vars: EncodedVar[];
  components: ComponentStats[];
  /** Literals that must hold (the order encoding's chain axioms, eij's and eq's transitivity clauses). */
  axioms: Lit[];
  /** The value of every variable (index 0, the zero variable: 0) under a Boolean valuation. */
  values(value: (l: Lit) => boolean): bigint[];
}

export interface SizeEstimate {
  sd: number;
  order: number;
  /** Order literals the order encoding would allocate. */
  literals: number;
}

/** A connected component of the difference graph with its allocated ranges. */
export interface ComponentRange {
  /** Smallest member: the zero variable when it belongs to the component. */
  root: number;
  vars: number[];
  atoms: number;
  cmax: bigint;
  /** R − 1 = (n − 1)(cmax + 1). */
  span: bigint;
  bounded: number;
}

export interface Ranges {
  comps: ComponentRange[];
  /** Allocated range [lo[v], hi[v]] of each variable (the root of a bounded component: [0, 0]). */
  lo: bigint[];
  hi: bigint[];
  /** Component root of each variable. */
  comp: Int32Array;
}

/** Per component and variable, the range that contains some model (see the header). */
function componentRanges(table: AtomTable, facts: readonly AtomLit[]): Ranges {
  const n = table.numVars;
  const comp = components(n, table.x, table.y);
  const edges = unconditionalEdges(facts, table.x, table.y, table.c);

  // Per component: members, cmax and atom count.
  const members = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    if (v === 0 && !table.usesZero) continue;
    const r = comp[v]!;
    let m = members.get(r);
    if (!m) members.set(r, (m = []));
    m.push(v);
  }
  const cmax = new Map<number, bigint>();
  const atomCount = new Map<number, number>();
  for (let i = 0; i < table.size; i++) {
    const r = comp[table.x[i]!]!;
    const c = table.c[i]!;
    const a = c < 0n ? -c : c;
    if (a > (cmax.get(r) ?? 0n)) cmax.set(r, a);
    atomCount.set(r, (atomCount.get(r) ?? 0) + 1);
  }

  const lo: bigint[] = new Array<bigint>(n).fill(0n);
  const hi: bigint[] = new Array<bigint>(n).fill(0n);
  const comps: ComponentRange[] = [];
  const edgesOf = new Map<number, typeof edges>();
  for (const e of edges) {
    const r = comp[e.from]!;
    let list = edgesOf.get(r);
    if (!list) edgesOf.set(r, (list = []));
    list.push(e);
  }
  for (const [r, vs] of members) {
    const cm = cmax.get(r) ?? 0n;
    const span = BigInt(vs.length - 1) * (cm + 1n); // R − 1
    const compEdges = edgesOf.get(r) ?? [];
    const up = shortestFrom(vs.length, compEdges, r);
    const down = up && shortestFrom(vs.length, compEdges.map((e) => ({ from: e.to, to: e.from, w: e.w })), r);
    let bounded = 0;
    // Nothing bounds any variable relative to r (and r is not the zero variable): shift the
    // squeezed model so that its minimum is 0 instead, which halves every variable's range.
    const unbounded = r !== 0 && vs.every((v) => v === r || (up?.get(v) === undefined && down?.get(v) === undefined));
    for (const v of vs) {
      if (unbounded) {
        hi[v] = span;
        continue;
      }
      if (v === r) continue;
      let l = -span;
      let h = span;
      const ub = up?.get(v);
      const lbNeg = down?.get(v);
      if (ub !== undefined && lbNeg !== undefined && -lbNeg <= ub) {
        if (ub < h || -lbNeg > l) bounded++;
        if (ub < h) h = ub;
        if (-lbNeg > l) l = -lbNeg;
      } else {
        if (ub !== undefined && ub < h) h = ub;
        if (lbNeg !== undefined && -lbNeg > l) l = -lbNeg;
      }
      if (h < l) h = l; // unconditional constraints contradict: any single value will do
      lo[v] = l;
      hi[v] = h;
    }
    comps.push({ root: r, vars: vs, atoms: atomCount.get(r) ?? 0, cmax: cm, span, bounded });
  }
  return { comps, lo, hi, comp };
}

/**
 * Most order literals one component may get: a wider component (large constants) is encoded with
 * sd even when order is forced, as its order encoding would not fit in memory.
 */
export const MAX_ORDER_LITERALS = 100_000;

/** Which encoding a component gets: forced, or chosen by estimated clause count. */
export type ComponentChoice = 'auto' | 'sd' | 'order' | 'eij';

/**
 * Most transitivity clauses a forced eij encoding may build for one component; past it the
 * component falls back to sd or order (as auto would choose between them).
 */
const MAX_EIJ_CLAUSES = 100_000;

/**
 * `auto` tries eij only on components of at most this many atoms, within at most this many
 * transitivity clauses: a failed attempt costs time (on RVpredict_12's 6,309-atom component,
 * 3.6 s with a 1.5M-clause budget, still 0.55 s with 20k), and the components where eij pays are
 * small (diamonds: 221 atoms, 18k clauses).
 */
const MAX_AUTO_EIJ_ATOMS = 1_000;
const MAX_AUTO_EIJ_CLAUSES = 50_000;

/**
 * Most transitivity clauses the equality encoding (equality.ts) may build for one component under
 * `auto`, which takes it for a component of equality-only atoms when it also needs fewer clauses
 * than the smaller estimate of sd and order. Its cost is one pass of greedy elimination over
 * the pairs, so a failed attempt is cheap.
 */
const MAX_AUTO_EQ_CLAUSES = 1_000_000;

/**
 * Estimated clause counts of a component under both encodings. sd: per ordered pair an adder
 * (14 clauses per bit: two XORs and the carry's multiplexer, both polarities) and per atom a
 * comparator (about 6 per bit); order: per atom one clause variable with up to three clauses per
 * value of the narrower range, plus one chain clause per order literal. Both overestimate (by
 * about 2.5× for sd and 1.8× for order on job-shop files); `auto` takes order when its estimate
 * is the smaller. On the BohanLi job-shop files (ranges of 16–32 values) that picks order, with
 * 25–50% fewer clauses and mostly shorter solve times than sd; on generated job shops with wider
 * ranges (50+) order's clause count overtakes sd's and auto keeps sd.
 */
function estimateSizes(table: AtomTable, ranges: Ranges): Map<number, SizeEstimate> {
  const out = new Map<number, SizeEstimate>();
  for (const c of ranges.comps) out.set(c.root, { sd: 0, order: 0, literals: 0 });
  // Per variable once: its bits and its width as a number (no bigint and no string per atom).
  const n = table.numVars;
  const bits = new Int32Array(n);
  const widths = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const wv = ranges.hi[v]! - ranges.lo[v]!;
    bits[v] = bitsFor(wv);
    widths[v] = Number(wv);
  }
  for (const c of ranges.comps) {
    let lits = 0;
    for (const v of c.vars) lits += widths[v]!;
    out.get(c.root)!.order += lits;
    out.get(c.root)!.literals = lits;
  }
  const pairs = new Set<number>();
  for (let i = 0; i < table.size; i++) {
    const x = table.x[i]!;
    const y = table.y[i]!;
    const e = out.get(ranges.comp[x]!)!;
    const wy = bits[y]!;
    const w = Math.max(bits[x]!, wy) + 1;
    const key = x * n + y;
    if (wy > 0 && !pairs.has(key)) {
      pairs.add(key);
      e.sd += 14 * w;
    }
    e.sd += 6 * w;
    e.order += 3 * (Math.min(widths[x]!, widths[y]!) + 1) + 1;
  }
  return out;
}

/** The atoms of each component (by root), in table order. */
function atomsByComponent(table: AtomTable, ranges: Ranges): Map<number, number[]> {
  const atomsOf = new Map<number, number[]>();
  for (const c of ranges.comps) atomsOf.set(c.root, []);
  for (let i = 0; i < table.size; i++) atomsOf.get(ranges.comp[table.x[i]!]!)!.push(i);
  return atomsOf;
}

/** The clause budget of eij or eq under the `auto` choice: fewer than the smaller other encoding's estimate. */
function autoBudget(est: SizeEstimate, cap: number): number {
  return Math.min(est.sd, est.literals <= MAX_ORDER_LITERALS ? est.order : Infinity, cap);
}

/** Whether every atom of a component is equality-only (`eqOnly`, see equality.ts). */
function allEquality(atoms: readonly number[], eqOnly: Uint8Array | undefined): boolean {
  return eqOnly !== undefined && atoms.every((i) => eqOnly[i] === 1);
}

/**
 * The widest range a variable would get in a component that the `auto` choice would encode with
 * sd (neither eq nor eij, within their budgets, nor the order encoding being smaller): 0 when
 * there is none. What the engine asks to decide whether difference logic is better solved lazily
 * (engine/check.ts): wide ranges are where eager encodings are weakest, and equality logic
 * (diamonds: x_i = y_i = x_i+1 or x_i = z_i = x_i+1) is where transitivity constraints win and
 * a lazy search without them does not end. `eqOnly` as for `encodeSmallDomain`.
 * @example widestSdRange(table, facts) // 476n on a 10×10 job shop with durations 1–99
 */
export function widestSdRange(table: AtomTable, facts: readonly AtomLit[], eqOnly?: Uint8Array, poll: () => void = () => {}): bigint {
  const ranges = componentRanges(table, facts);
  const estimates = estimateSizes(table, ranges);
  const atomsOf = atomsByComponent(table, ranges);
  let widest = 0n;
  for (const c of ranges.comps) {
    const est = estimates.get(c.root)!;
    if (est.literals <= MAX_ORDER_LITERALS && est.order < est.sd) continue;
    const atoms = atomsOf.get(c.root)!;
    if (allEquality(atoms, eqOnly) && equalityFits(table, c.vars, atoms, autoBudget(est, MAX_AUTO_EQ_CLAUSES), poll)) continue;
    if (c.atoms <= MAX_AUTO_EIJ_ATOMS && eijFits(table, c.vars, atoms, autoBudget(est, MAX_AUTO_EIJ_CLAUSES), poll)) continue;
    for (const v of c.vars) if (ranges.hi[v]! - ranges.lo[v]! > widest) widest = ranges.hi[v]! - ranges.lo[v]!;
  }
  return widest;
}

/**
 * Encodes every atom of `table` into the gate layer, each component with the small-domain
 * encoding, the order encoding (order.ts), the per-constraint encoding (eij.ts) or the equality
 * encoding (equality.ts) as `choice` says. `auto` takes the equality encoding for a component
 * whose atoms `eqOnly` marks all, and eij, when their transitivity clauses are fewer than the
 * smaller estimate of sd and order (trying eij only on small components: MAX_AUTO_EIJ_ATOMS,
 * MAX_AUTO_EIJ_CLAUSES), else the one with the smaller estimate.
 * Pre: `facts` are atom literals that hold in every model of the problem; `eqOnly` (from
 * `equalityOnlyAtoms`) marks atoms the problem uses only inside equality forms.
 * Post: for any values of the returned inputs that satisfy `axioms`, the atoms' literals are
 * consistent, and `values` gives integers under which atom i's literal is true exactly when
 * `value(x) − value(y) ≤ c` — for an atom of an equality component, under which each equality
 * form's conjunction of literals is true exactly when x = y; and if the problem has a model, it
 * has one the encoding represents.
 */
export function encodeSmallDomain(
  g: Gates,
  table: AtomTable,
  facts: readonly AtomLit[],
  poll: () => void = () => {},
  choice: ComponentChoice = 'sd',
  eqOnly?: Uint8Array,
): SmallDomainResult {
  const n = table.numVars;
  const ranges = componentRanges(table, facts);
  const estimates = estimateSizes(table, ranges);
  const atomsOf = atomsByComponent(table, ranges);
  const vars: EncodedVar[] = new Array(n);
  const stats = new Map<number, ComponentStats>();
  const eijs = new Map<number, EijResult>();
  const eqs = new Map<number, EqualityResult>();
  const axioms: Lit[] = [];
  for (const c of ranges.comps) {
    const est = estimates.get(c.root)!;
    const fits = est.literals <= MAX_ORDER_LITERALS;
    const atoms = atomsOf.get(c.root)!;
    let eq: EqualityResult | undefined;
    let eqStats: ComponentStats['eq'];
    if (choice === 'auto' && allEquality(atoms, eqOnly)) {
      const budget = autoBudget(est, MAX_AUTO_EQ_CLAUSES);
      eq = encodeEquality(g, table, c.vars, atoms, budget, poll);
      eqStats = eq ? { clauses: eq.axioms.length, fill: eq.fill } : { overBudget: budget };
    }
    let eij: EijResult | undefined;
    let eijStats: ComponentStats['eij'];
    if (!eq && (choice === 'eij' || (choice === 'auto' && c.atoms <= MAX_AUTO_EIJ_ATOMS))) {
      const budget = choice === 'eij' ? MAX_EIJ_CLAUSES : autoBudget(est, MAX_AUTO_EIJ_CLAUSES);
      eij = encodeEij(g, table, c.vars, atoms, budget, poll);
      eijStats = eij ? { clauses: eij.axioms.length, derived: eij.derived } : { overBudget: budget };
    }
    const encoding = eq ? 'eq' : eij ? 'eij' : !fits || choice === 'sd' ? 'sd' : choice === 'order' || est.order < est.sd ? 'order' : 'sd';
    let bits = 0;
    let width = 0n;
    const fixed = eq ?? eij;
    if (eq) eqs.set(c.root, eq);
    if (eij) eijs.set(c.root, eij);
    if (fixed) for (const a of fixed.axioms) axioms.push(a);
    for (const v of c.vars) {
      const lo = ranges.lo[v]!;
      const hi = ranges.hi[v]!;
      if (hi - lo > width) width = hi - lo;
      if (fixed) {
        vars[v] = { offset: 0n, bits: [] };
      } else if (encoding === 'order') {
        const ov = orderVar(g, lo, hi);
        for (const a of orderAxioms(g, ov)) axioms.push(a);
        vars[v] = { offset: lo, bits: [], order: ov };
        bits += ov.le.length;
      } else {
        const w = bitsFor(hi - lo);
        const word: Lit[] = [];
        for (let i = 0; i < w; i++) word.push(g.input());
        vars[v] = { offset: lo, bits: word };
        bits += w;
      }
    }
    stats.set(c.root, {
      encoding, vars: c.vars.length, atoms: c.atoms, cmax: c.cmax, range: c.span + 1n, bounded: c.bounded, bits, width,
      gates: fixed ? fixed.axioms.length : 0, estimate: est, ...(eijStats ? { eij: eijStats } : {}), ...(eqStats ? { eq: eqStats } : {}),
    });
  }
  for (let v = 0; v < n; v++) if (!vars[v]) vars[v] = { offset: 0n, bits: [] };

  // Atoms: sd builds one adder per ordered pair, then a comparator against a constant.
  const sums = new Map<number, Lit[]>();
  const atomLits: Lit[] = [];
  for (let i = 0; i < table.size; i++) {
    if ((i & 1023) === 1023) poll();
    const root = ranges.comp[table.x[i]!]!;
    const fixed = eqs.get(root) ?? eijs.get(root);
    if (fixed) {
      atomLits.push(fixed.atomLits.get(i)!);
      continue;
    }
    const before = g.size;
    const x = vars[table.x[i]!]!;
    const y = vars[table.y[i]!]!;
    atomLits.push(x.order && y.order ? orderAtom(g, x.order, y.order, table.c[i]!) : sdAtom(g, table, i, x, y, sums, n));
    stats.get(root)!.gates += g.size - before;
  }
  const values = (value: (l: Lit) => boolean): bigint[] => {
    const out: bigint[] = new Array<bigint>(n).fill(0n);
    for (let v = 1; v < n; v++) if (!eijs.has(ranges.comp[v]!) && !eqs.has(ranges.comp[v]!)) out[v] = encodedValue(vars[v]!, value);
    for (const c of ranges.comps) {
      const eij = eijs.get(c.root);
      if (eij) for (const [v, x] of eijValues(c.vars, eij, value)) out[v] = x;
      const eq = eqs.get(c.root);
      if (eq) for (const [v, x] of equalityValues(table, c.vars, eq, value)) out[v] = x;
    }
    return out;
  };
  return { atomLits, vars, components: [...stats.values()], axioms, values };
}

/** `x − y ≤ c` for atom i in the small-domain encoding; `sums` by x · numVars + y. */
function sdAtom(g: Gates, table: AtomTable, i: number, x: EncodedVar, y: EncodedVar, sums: Map<number, Lit[]>, numVars: number): Lit {
  const k = table.c[i]! - x.offset + y.offset;
  const wx = x.bits.length;
  const wy = y.bits.length;
  const maxY = (1n << BigInt(wy)) - 1n;
  if (k >= (1n << BigInt(wx)) - 1n) return TRUE;
  if (k < -maxY) return FALSE;
  const key = table.x[i]! * numVars + table.y[i]!;
  let sum = sums.get(key);
  if (!sum) {
    sum = wy === 0 ? x.bits : add(g, x.bits, y.bits.map((l) => l ^ 1));
    sums.set(key, sum);
  }
  return leConst(g, sum, k + maxY);
}

/** The value of an encoded variable under a Boolean valuation of the gate literals. */
export function encodedValue(v: EncodedVar, value: (l: Lit) => boolean): bigint {
  return v.order ? orderValue(v.order, value) : v.offset + wordValue(v.bits, value);
}
