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

/** The edges as adjacency arrays over dense node indices, with weights as doubles when exact. */
interface Adjacency {
  index: Map<number, number>; // node → dense index
  node: number[]; //             dense index → node
  start: Int32Array; //          out-edges of index i: start[i] .. start[i + 1]
  head: Int32Array;
  weight: Float64Array;
  exact: boolean; //             every path weight fits a double exactly
}

/** Adjacency of each edge list, built once: the resource reasoning asks many sources of one list. */
const adjacencies = new WeakMap<readonly Edge[], Adjacency>();

function adjacency(edges: readonly Edge[]): Adjacency {
  let a = adjacencies.get(edges);
  if (a) return a;
  const index = new Map<number, number>();
  const node: number[] = [];
  const id = (v: number): number => {
    let i = index.get(v);
    if (i === undefined) {
      index.set(v, (i = node.length));
      node.push(v);
    }
    return i;
  };
  let total = 0n;
  const degree: number[] = [];
  for (const e of edges) {
    const f = id(e.from);
    id(e.to);
    degree[f] = (degree[f] ?? 0) + 1;
    total += e.w < 0n ? -e.w : e.w;
  }
  const start = new Int32Array(node.length + 1);
  for (let i = 0; i < node.length; i++) start[i + 1] = start[i]! + (degree[i] ?? 0);
  const fill = start.slice(0, node.length);
  const head = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  for (const e of edges) {
    const k = fill[index.get(e.from)!]!++;
    head[k] = index.get(e.to)!;
    weight[k] = Number(e.w);
  }
  // A distance the search reaches is the weight of a walk of at most `nodes` passes over each
  // edge; twice the total of |w| times the edge count bounds it.
  const exact = total * 2n * BigInt(edges.length + 1) < 1n << 53n;
  a = { index, node, start, head, weight, exact };
  adjacencies.set(edges, a);
  return a;
}

/**
 * Single-source shortest distances from `source` over `edges` (a missing entry means
 * unreachable), or undefined when a negative cycle is reachable. `nodes` is the number of
 * distinct nodes the edges may touch (bounds the passes of Bellman–Ford). With weights small
 * enough for exact doubles, the search runs over arrays built once per edge list.
 */
export function shortestFrom(nodes: number, edges: readonly Edge[], source: number): Map<number, bigint> | undefined {
  const a = adjacency(edges);
  if (!a.exact) return shortestFromBig(nodes, edges, source);
  const src = a.index.get(source);
  if (src === undefined) return new Map([[source, 0n]]);
  const m = a.node.length;
  const dist = new Float64Array(m).fill(Infinity);
  const pops = new Int32Array(m);
  const queued = new Uint8Array(m);
  const queue = new Int32Array(m + 1); // a ring: at most m entries are queued at once
  let qh = 0;
  let qt = 0;
  dist[src] = 0;
  queue[qt++] = src;
  queued[src] = 1;
  while (qh !== qt) {
    const u = queue[qh]!;
    qh = qh === m ? 0 : qh + 1;
    queued[u] = 0;
    if (++pops[u]! > nodes) return undefined;
    const du = dist[u]!;
    for (let k = a.start[u]!; k < a.start[u + 1]!; k++) {
      const v = a.head[k]!;
      const d = du + a.weight[k]!;
      if (d < dist[v]!) {
        dist[v] = d;
        if (queued[v] === 0) {
          queued[v] = 1;
          queue[qt] = v;
          qt = qt === m ? 0 : qt + 1;
        }
      }
    }
  }
  const out = new Map<number, bigint>();
  for (let i = 0; i < m; i++) if (dist[i] !== Infinity) out.set(a.node[i]!, BigInt(dist[i]!));
  return out;
}

/** `shortestFrom` in exact bigint arithmetic, for weights beyond exact doubles. */
function shortestFromBig(nodes: number, edges: readonly Edge[], source: number): Map<number, bigint> | undefined {
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
