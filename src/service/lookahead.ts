/**
 * Cube generation for cube-and-conquer (Heule, Kullmann, Wieringa, Biere: "Cube and Conquer:
 * Guiding CDCL SAT Solvers by Lookaheads", HVC 2011): a lookahead splits the problem into
 * cubes — conjunctions of literals, given to the conquering solvers as assumptions — whose
 * disjunction covers every assignment, so the CNF is unsat iff every cube is.
 *
 * The split tree grows breadth first until it has the wanted number of leaves. At a leaf, the
 * lookahead tries both values of each candidate variable (the unassigned variables with the
 * most occurrences) with unit propagation and scores the variable by the product of the
 * numbers of literals each value implies, after march's product heuristic (Heule, van Maaren);
 * the best variable splits the leaf. A value whose propagation fails is a *failed literal*:
 * its negation is implied and joins the leaf's literals; a leaf where both values of a
 * variable fail is refuted and dropped. A time budget bounds the whole lookahead; past it,
 * leaves split on the most frequent unassigned variable.
 *
 * Unit propagation here is the plain occurrence-list kind (every clause containing the
 * negation of an assigned literal is visited): simple, and cheap enough for a few hundred
 * probes before the real solving starts.
 */
import type { Cnf } from '../cnf/cnf.js';

/** Options of `makeCubes`. */
export interface CubeOptions {
  /** Number of cubes wanted (the tree stops growing at this many leaves). */
  cubes: number;
  /** Candidate variables tried per split. Default 24. */
  candidates?: number;
  /** Time budget of the whole lookahead, ms. Default 2000. */
  budgetMs?: number;
}

/** The cubes and how they were found. */
export interface Cubes {
  /** Each cube: literals to assume (beyond the base assumptions). Empty list: refuted. */
  cubes: Int32Array[];
  /** Leaves refuted by propagation (not among `cubes`). */
  refuted: number;
  /** Lookahead probes (propagations) made. */
  probes: number;
}

/**
 * Splits `cnf` under `assumptions` into at most `options.cubes` cubes (fewer if leaves are
 * refuted or no variable is left to split on).
 * Post: `cnf ∧ assumptions` is equisatisfiable with the disjunction over the cubes; zero
 * cubes means `cnf ∧ assumptions` is unsat.
 * @example const { cubes } = makeCubes(cnf, new Int32Array(0), { cubes: 8 });
 */
export function makeCubes(cnf: Cnf, assumptions: Int32Array, options: CubeOptions): Cubes {
  const p = new Propagator(cnf, assumptions);
  const result: Cubes = { cubes: [], refuted: 0, probes: 0 };
  if (!p.rootOk) return result;
  const deadline = Date.now() + (options.budgetMs ?? 2000);
  const candidates = options.candidates ?? 24;
  let leaves: number[][] = [[]];
  const final: number[][] = [];
  while (leaves.length > 0 && leaves.length + final.length < options.cubes) {
    const next: number[][] = [];
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i]!;
      if (next.length + final.length + (leaves.length - i) >= options.cubes) {
        next.push(leaf); // enough leaves: keep the rest unsplit
        continue;
      }
      const split = splitLeaf(p, leaf, candidates, deadline, result);
      if (split === 'refuted') result.refuted++;
      else if (split.var === 0) final.push(split.lits);
      else next.push([...split.lits, split.var], [...split.lits, -split.var]);
    }
    leaves = next;
  }
  for (const leaf of [...final, ...leaves]) {
    // A leaf kept unsplit may still be refuted by propagation.
    p.reset();
    if (p.assumeAll(leaf)) result.cubes.push(Int32Array.from(leaf));
    else result.refuted++;
  }
  p.reset();
  return result;
}

/** Picks the split variable of a leaf (0: none left), adding failed literals to its literals. */
function splitLeaf(p: Propagator, leaf: number[], candidates: number, deadline: number, out: Cubes): 'refuted' | { lits: number[]; var: number } {
  const lits = [...leaf];
  for (;;) {
    p.reset();
    if (!p.assumeAll(lits)) return 'refuted';
    const vars = p.frequentUnassigned(candidates);
    if (vars.length === 0) return { lits, var: 0 };
    if (Date.now() > deadline) return { lits, var: vars[0]! };
    let best = 0;
    let bestScore = -1;
    let implied = 0;
    for (const v of vars) {
      const pos = p.probe(v);
      const neg = p.probe(-v);
      out.probes += 2;
      if (pos < 0 && neg < 0) return 'refuted';
      if (pos < 0 || neg < 0) {
        implied = pos < 0 ? -v : v;
        break;
      }
      const score = (pos + 1) * (neg + 1);
      if (score > bestScore) {
        bestScore = score;
        best = v;
      }
    }
    if (implied === 0) return { lits, var: best };
    lits.push(implied); // a failed literal: its negation holds in this leaf
  }
}

/** Unit propagation over occurrence lists, with a trail to undo to the root. */
class Propagator {
  private readonly lits: Int32Array;
  /** Clause start offsets in `lits`, per literal index (CSR: `occStart[li]..occStart[li+1]`). */
  private readonly occ: Int32Array;
  private readonly occStart: Int32Array;
  /** Variables by decreasing number of occurrences. */
  private readonly order: Int32Array;
  /** 1 true, -1 false, 0 unassigned. */
  private readonly val: Int8Array;
  private readonly trail: Int32Array;
  private trailSize = 0;
  private rootSize = 0;
  readonly rootOk: boolean;

  constructor(cnf: Cnf, assumptions: Int32Array) {
    let n = cnf.numVars;
    for (const a of assumptions) n = Math.max(n, Math.abs(a));
    this.lits = cnf.flat();
    this.val = new Int8Array(n + 1);
    this.trail = new Int32Array(n + 1);
    const count = new Int32Array(2 * n + 3);
    const idx = (lit: number) => (lit > 0 ? 2 * lit : -2 * lit + 1);
    for (const lit of this.lits) if (lit !== 0) count[idx(lit)]!++;
    this.occStart = new Int32Array(2 * n + 3);
    for (let i = 1; i < 2 * n + 3; i++) this.occStart[i] = this.occStart[i - 1]! + count[i - 1]!;
    this.occ = new Int32Array(this.occStart[2 * n + 2]!);
    const fill = this.occStart.slice();
    let start = 0;
    for (let i = 0; i < this.lits.length; i++) {
      const lit = this.lits[i]!;
      if (lit === 0) start = i + 1;
      else this.occ[fill[idx(lit)]!++] = start;
    }
    const vars = Array.from({ length: n }, (_, i) => i + 1);
    vars.sort((a, b) => count[2 * b]! + count[2 * b + 1]! - (count[2 * a]! + count[2 * a + 1]!));
    this.order = Int32Array.from(vars);
    let ok = true;
    start = 0;
    for (let i = 0; i < this.lits.length && ok; i++) {
      if (this.lits[i] !== 0) continue;
      if (i === start) ok = false; // the empty clause
      else if (i === start + 1) ok = this.assume(this.lits[start]!);
      start = i + 1;
    }
    for (let i = 0; i < assumptions.length && ok; i++) ok = this.assume(assumptions[i]!);
    this.rootOk = ok;
    this.rootSize = this.trailSize;
  }

  /** Undoes everything above the root (units and base assumptions). */
  reset(): void {
    while (this.trailSize > this.rootSize) this.val[Math.abs(this.trail[--this.trailSize]!)] = 0;
  }

  /** Assumes every literal of `lits` with propagation; false on a conflict. */
  assumeAll(lits: readonly number[]): boolean {
    for (const lit of lits) if (!this.assume(lit)) return false;
    return true;
  }

  /** Literals implied by `lit` (beyond the current trail), or -1 if it fails; undone after. */
  probe(lit: number): number {
    const before = this.trailSize;
    const ok = this.assume(lit);
    const implied = this.trailSize - before;
    while (this.trailSize > before) this.val[Math.abs(this.trail[--this.trailSize]!)] = 0;
    return ok ? implied : -1;
  }

  /** Up to `k` unassigned variables, most frequent first. */
  frequentUnassigned(k: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.order.length && out.length < k; i++) {
      const v = this.order[i]!;
      if (this.val[v] === 0) out.push(v);
    }
    return out;
  }

  /** Sets `lit` true and propagates; false on a conflict (the trail then holds the partial work). */
  private assume(lit: number): boolean {
    const v0 = Math.abs(lit);
    const have = this.val[v0]!;
    if (have !== 0) return (have > 0) === lit > 0;
    let head = this.trailSize;
    this.set(lit);
    while (head < this.trailSize) {
      const falsified = -this.trail[head++]!;
      const li = falsified > 0 ? 2 * falsified : -2 * falsified + 1;
      for (let o = this.occStart[li]!; o < this.occStart[li + 1]!; o++) {
        let unit = 0;
        let open = 0;
        let satisfied = false;
        for (let i = this.occ[o]!; this.lits[i] !== 0; i++) {
          const l = this.lits[i]!;
          const x = this.val[Math.abs(l)]!;
          if (x === 0) {
            open++;
            unit = l;
          } else if ((x > 0) === l > 0) {
            satisfied = true;
            break;
          }
        }
        if (satisfied) continue;
        if (open === 0) return false;
        if (open === 1) this.set(unit);
      }
    }
    return true;
  }

  private set(lit: number): void {
    this.val[Math.abs(lit)] = lit > 0 ? 1 : -1;
    this.trail[this.trailSize++] = lit;
  }
}
