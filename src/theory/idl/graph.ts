/**
 * The difference graph of a problem: connected components of the variables linked by atoms,
 * and the bounds implied by unconditional constraints.
 *
 * An edge for `x − y ≤ c` goes from y to x with weight c. A path r ⇝ v of weight w proves
 * `v − r ≤ w`, a path v ⇝ r proves `v − r ≥ −w`, so shortest paths over the constraints that
 * hold in every model (top-level asserted atoms) bound each variable relative to a reference
 * variable r. They are computed with the queue-based Bellman–Ford algorithm; a negative cycle
 * (the unconditional constraints alone are unsatisfiable) yields no bounds at all.
 */
import type { AtomLit } from './normalize.js';

export interface Edge {
  from: number;
  to: number;
  w: bigint;
}

/** Component index of each variable (union–find over the atoms' endpoints). */
export function components(numVars: number, xs: readonly number[], ys: readonly number[]): Int32Array {
  const parent = new Int32Array(numVars);
  for (let i = 0; i < numVars; i++) parent[i] = i;
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  for (let i = 0; i < xs.length; i++) {
    const a = find(xs[i]!);
    const b = find(ys[i]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const comp = new Int32Array(numVars);
  for (let v = 0; v < numVars; v++) comp[v] = find(v);
  return comp;
}

/** Edges of the unconditional atom literals: `x − y ≤ c`, or its negation `y − x ≤ −c − 1`. */
export function unconditionalEdges(facts: readonly AtomLit[], xs: readonly number[], ys: readonly number[], cs: readonly bigint[]): Edge[] {
  return facts.map(({ atom, pos }) =>
    pos ? { from: ys[atom]!, to: xs[atom]!, w: cs[atom]! } : { from: xs[atom]!, to: ys[atom]!, w: -cs[atom]! - 1n },
  );
}

/**
 * Single-source shortest distances from `source` over `edges` (a missing entry means
 * unreachable), or undefined when a negative cycle is reachable. `nodes` is the number of
 * distinct nodes the edges may touch (bounds the passes of Bellman–Ford).
 */
export function shortestFrom(nodes: number, edges: readonly Edge[], source: number): Map<number, bigint> | undefined {
  const out = new Map<number, Edge[]>();
  for (const e of edges) {
    let list = out.get(e.from);
    if (!list) out.set(e.from, (list = []));
    list.push(e);
  }
  const dist = new Map<number, bigint>([[source, 0n]]);
  const count = new Map<number, number>();
  const inQueue = new Set<number>([source]);
  let queue: number[] = [source];
  while (queue.length > 0) {
    const next: number[] = [];
    for (const u of queue) {
      inQueue.delete(u);
      const pops = (count.get(u) ?? 0) + 1;
      if (pops > nodes) return undefined;
      count.set(u, pops);
      const du = dist.get(u)!;
      for (const e of out.get(u) ?? []) {
        const d = du + e.w;
        const old = dist.get(e.to);
        if (old === undefined || d < old) {
          dist.set(e.to, d);
          if (!inQueue.has(e.to)) {
            inQueue.add(e.to);
            next.push(e.to);
          }
        }
      }
    }
    queue = next;
  }
  return dist;
}
