/**
 * Difference constraints checked as a SAT search assigns their atoms: the incremental
 * consistency check of DPLL(T) for difference logic (Cotton and Maler, "Fast and flexible
 * difference constraint propagation for DPLL(T)", SAT 2006).
 *
 * The assigned atom literals are edges of a constraint graph (cycles.ts gives the edge of each
 * literal). A potential π with π(y) ≤ π(x) + w for every edge x → y is kept; adding an edge
 * u → v that π violates lowers π from v by label-correcting relaxation, and the graph has a
 * negative cycle exactly when that would lower π(u) — the cycle is then the new edge and the
 * relaxation's parent path back to v, and its literals are the conflict. Removing edges (the
 * search backtracks) keeps π valid, so backtracking costs nothing but popping the edges.
 *
 * Edges are kept in the order of the search's trail: `update` is given the trail and the first
 * position it has not seen (positions from there on are new, and edges added from positions at
 * or after it are dropped first). Weights are doubles (exact while |c| · n < 2^52).
 */

/** The literals of difference atoms: atom `a` is `x[a] − y[a] ≤ c[a]`. */
export interface DifferenceAtoms {
  numNodes: number;
  x: readonly number[];
  y: readonly number[];
  c: readonly number[];
  /** Per CNF variable: the atom it stands for (positive literal = atom true), or −1. */
  atomOfVar: Int32Array;
}

export class DifferencePropagator {
  private readonly pi: Float64Array;
  private readonly adj: number[][];
  // The edges, in trail order.
  private readonly eFrom: number[] = [];
  private readonly eTo: number[] = [];
  private readonly eW: number[] = [];
  private readonly eLit: number[] = []; // the DIMACS literal that made the edge (true on the trail)
  private readonly ePos: number[] = [];
  private readonly parent: Int32Array;
  private readonly stamp: Int32Array;
  private round = 0;
  private readonly queue: number[] = [];
  private readonly log: number[] = [];

  constructor(private readonly atoms: DifferenceAtoms) {
    this.pi = new Float64Array(atoms.numNodes);
    this.adj = Array.from({ length: atoms.numNodes }, () => []);
    this.parent = new Int32Array(atoms.numNodes);
    this.stamp = new Int32Array(atoms.numNodes);
  }

  /** The potential: a model of the edges present (x := π(x)). */
  get potential(): Float64Array {
    return this.pi;
  }

  /**
   * The value of CNF variable `v`'s atom in the potential's model (the phase that adds an edge
   * the potential already satisfies, so deciding it cannot conflict), or undefined if `v` is
   * no atom's.
   * @example prop.phase(7) // true when π(x) − π(y) ≤ c for the atom x − y ≤ c of variable 7
   */
  phase(v: number): boolean | undefined {
    const { atomOfVar, x, y, c } = this.atoms;
    if (v >= atomOfVar.length) return undefined;
    const a = atomOfVar[v]!;
    if (a < 0) return undefined;
    return this.pi[x[a]!]! - this.pi[y[a]!]! <= c[a]!;
  }

  /**
   * Brings the graph to `trail[0..to)` (internal literals `2v + negated`), of which positions
   * before `from` were seen already. Answers the conflict clause (DIMACS literals, all false on
   * the trail) of the first negative cycle, or undefined. After a conflict, the edges from the
   * conflicting position on are not in the graph.
   * @example const conflict = prop.update(trail, seen, trailSize);
   */
  update(trail: Int32Array, from: number, to: number): number[] | undefined {
    const { atomOfVar, x, y, c } = this.atoms;
    while (this.ePos.length > 0 && this.ePos[this.ePos.length - 1]! >= from) this.pop();
    for (let i = from; i < to; i++) {
      const lit = trail[i]!;
      const v = lit >> 1;
      if (v >= atomOfVar.length) continue;
      const a = atomOfVar[v]!;
      if (a < 0) continue;
      const neg = (lit & 1) === 1;
      // Atom true: y → x of weight c; false: x → y of weight −c − 1.
      const conflict = neg ? this.add(x[a]!, y[a]!, -c[a]! - 1, -v, i) : this.add(y[a]!, x[a]!, c[a]!, v, i);
      if (conflict) return conflict;
    }
    return undefined;
  }

  private pop(): void {
    const u = this.eFrom.pop()!;
    this.eTo.pop();
    this.eW.pop();
    this.eLit.pop();
    this.ePos.pop();
    this.adj[u]!.pop();
  }

  /** Adds edge u → v of weight w; answers the conflict clause if it closes a negative cycle. */
  private add(u: number, v: number, w: number, lit: number, pos: number): number[] | undefined {
    const e = this.eFrom.length;
    this.eFrom.push(u);
    this.eTo.push(v);
    this.eW.push(w);
    this.eLit.push(lit);
    this.ePos.push(pos);
    this.adj[u]!.push(e);
    const { pi, parent, stamp, queue, log } = this;
    if (pi[u]! + w >= pi[v]!) return undefined;
    const round = ++this.round;
    log.length = 0;
    queue.length = 0;
    log.push(v, pi[v]!);
    pi[v] = pi[u]! + w;
    parent[v] = e;
    stamp[v] = round;
    queue.push(v);
    for (let head = 0; head < queue.length; head++) {
      const p = queue[head]!;
      const out = this.adj[p]!;
      for (let k = 0; k < out.length; k++) {
        const f = out[k]!;
        const q = this.eTo[f]!;
        const d = pi[p]! + this.eW[f]!;
        if (d >= pi[q]!) continue;
        if (q === u) return this.conflict(p, f, v);
        log.push(q, pi[q]!);
        pi[q] = d;
        parent[q] = f;
        stamp[q] = round;
        queue.push(q);
      }
    }
    return undefined;
  }

  /** The cycle: edge f (p → u), the parent path v ⇝ p, the new edge u → v; undoes π and the edge. */
  private conflict(p: number, f: number, v: number): number[] {
    const { pi, log, parent } = this;
    const clause = [-this.eLit[f]!];
    for (let q = p; q !== v; q = this.eFrom[parent[q]!]!) clause.push(-this.eLit[parent[q]!]!);
    clause.push(-this.eLit[parent[v]!]!);
    for (let i = log.length - 2; i >= 0; i -= 2) pi[log[i]!] = log[i + 1]!;
    this.pop();
    return clause;
  }
}
