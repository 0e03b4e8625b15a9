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
import { add, bitsFor, leConst } from '../circuits.js';
import { components, shortestFrom, unconditionalEdges } from './graph.js';
import type { AtomLit, AtomTable } from './normalize.js';

/** An integer variable as encoded: `offset + (unsigned value of bits)`. */
export interface EncodedVar {
  offset: bigint;
  bits: Lit[];
}

export interface ComponentStats {
  encoding: 'sd';
  vars: number;
  atoms: number;
  cmax: bigint;
  /** Theorem range R (values per variable before tightening). */
  range: bigint;
  /** Variables whose range unconditional bounds tightened. */
  bounded: number;
  /** Total number of bits over the component's variables. */
  bits: number;
}

export interface SmallDomainResult {
  atomLits: Lit[];
  vars: EncodedVar[];
  components: ComponentStats[];
}

/**
 * Encodes every atom of `table` into the gate layer.
 * Pre: `facts` are atom literals that hold in every model of the problem.
 * Post: for any values of the returned bits, atom i's literal is true exactly when
 * `value(x) − value(y) ≤ c` for the decoded values; and if the problem has a model, it has
 * one representable in the allocated bits.
 */
export function encodeSmallDomain(g: Gates, table: AtomTable, facts: readonly AtomLit[], poll: () => void = () => {}): SmallDomainResult {
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

  const vars: EncodedVar[] = new Array(n);
  const stats: ComponentStats[] = [];
  const edgesOf = new Map<number, typeof edges>();
  for (const e of edges) {
    const r = comp[e.from]!;
    let list = edgesOf.get(r);
    if (!list) edgesOf.set(r, (list = []));
    list.push(e);
  }
  for (const [r, vs] of members) {
    // r is the smallest member: the zero variable when it belongs to this component.
    const cm = cmax.get(r) ?? 0n;
    const span = BigInt(vs.length - 1) * (cm + 1n); // R − 1
    const compEdges = edgesOf.get(r) ?? [];
    const up = shortestFrom(vs.length, compEdges, r);
    const down = up && shortestFrom(vs.length, compEdges.map((e) => ({ from: e.to, to: e.from, w: e.w })), r);
    let bounded = 0;
    let bits = 0;
    // Nothing bounds any variable relative to r (and r is not the zero variable): shift the
    // squeezed model so that its minimum is 0 instead, which halves every variable's range.
    const unbounded = r !== 0 && vs.every((v) => v === r || (up?.get(v) === undefined && down?.get(v) === undefined));
    for (const v of vs) {
      if (unbounded) {
        const w = bitsFor(span);
        const word: Lit[] = [];
        for (let i = 0; i < w; i++) word.push(g.input());
        vars[v] = { offset: 0n, bits: word };
        bits += w;
        continue;
      }
      if (v === r) {
        vars[v] = { offset: 0n, bits: [] };
        continue;
      }
      let lo = -span;
      let hi = span;
      const ub = up?.get(v);
      const lbNeg = down?.get(v);
      if (ub !== undefined && lbNeg !== undefined && -lbNeg <= ub) {
        if (ub < hi || -lbNeg > lo) bounded++;
        if (ub < hi) hi = ub;
        if (-lbNeg > lo) lo = -lbNeg;
      } else {
        if (ub !== undefined && ub < hi) hi = ub;
        if (lbNeg !== undefined && -lbNeg > lo) lo = -lbNeg;
      }
      if (hi < lo) hi = lo; // unconditional constraints contradict: any single value will do
      const w = bitsFor(hi - lo);
      const word: Lit[] = [];
      for (let i = 0; i < w; i++) word.push(g.input());
      vars[v] = { offset: lo, bits: word };
      bits += w;
    }
    stats.push({ encoding: 'sd', vars: vs.length, atoms: atomCount.get(r) ?? 0, cmax: cm, range: span + 1n, bounded, bits });
  }
  for (let v = 0; v < n; v++) if (!vars[v]) vars[v] = { offset: 0n, bits: [] };

  // Atoms: one adder per ordered pair, then a comparator against a constant.
  const sums = new Map<string, Lit[]>();
  const atomLits: Lit[] = [];
  for (let i = 0; i < table.size; i++) {
    if ((i & 1023) === 1023) poll();
    const x = vars[table.x[i]!]!;
    const y = vars[table.y[i]!]!;
    const k = table.c[i]! - x.offset + y.offset;
    const wx = x.bits.length;
    const wy = y.bits.length;
    const maxY = (1n << BigInt(wy)) - 1n;
    if (k >= (1n << BigInt(wx)) - 1n) {
      atomLits.push(TRUE);
      continue;
    }
    if (k < -maxY) {
      atomLits.push(FALSE);
      continue;
    }
    const key = `${table.x[i]} ${table.y[i]}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = wy === 0 ? x.bits : add(g, x.bits, y.bits.map((l) => l ^ 1));
      sums.set(key, sum);
    }
    atomLits.push(leConst(g, sum, k + maxY));
  }
  return { atomLits, vars, components: stats };
}
