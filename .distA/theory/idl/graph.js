/** Component index of each variable (union–find over the atoms' endpoints). */
export function components(numVars, xs, ys) {
    const parent = new Int32Array(numVars);
    for (let i = 0; i < numVars; i++)
        parent[i] = i;
    const find = (v) => {
        while (parent[v] !== v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    };
    for (let i = 0; i < xs.length; i++) {
        const a = find(xs[i]);
        const b = find(ys[i]);
        if (a !== b)
            parent[Math.max(a, b)] = Math.min(a, b);
    }
    const comp = new Int32Array(numVars);
    for (let v = 0; v < numVars; v++)
        comp[v] = find(v);
    return comp;
}
/** Edges of the unconditional atom literals: `x − y ≤ c`, or its negation `y − x ≤ −c − 1`. */
export function unconditionalEdges(facts, xs, ys, cs) {
    return facts.map(({ atom, pos }) => pos ? { from: ys[atom], to: xs[atom], w: cs[atom] } : { from: xs[atom], to: ys[atom], w: -cs[atom] - 1n });
}
/** Adjacency of each edge list, built once: the resource reasoning asks many sources of one list. */
const adjacencies = new WeakMap();
function adjacency(edges) {
    let a = adjacencies.get(edges);
    if (a)
        return a;
    const index = new Map();
    const node = [];
    const id = (v) => {
        let i = index.get(v);
        if (i === undefined) {
            index.set(v, (i = node.length));
            node.push(v);
        }
        return i;
    };
    let total = 0n;
    const degree = [];
    for (const e of edges) {
        const f = id(e.from);
        id(e.to);
        degree[f] = (degree[f] ?? 0) + 1;
        total += e.w < 0n ? -e.w : e.w;
    }
    const start = new Int32Array(node.length + 1);
    for (let i = 0; i < node.length; i++)
        start[i + 1] = start[i] + (degree[i] ?? 0);
    const fill = start.slice(0, node.length);
    const head = new Int32Array(edges.length);
    const weight = new Float64Array(edges.length);
    for (const e of edges) {
        const k = fill[index.get(e.from)]++;
        head[k] = index.get(e.to);
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
export function shortestFrom(nodes, edges, source) {
    const a = adjacency(edges);
    if (!a.exact)
        return shortestFromBig(nodes, edges, source);
    const src = a.index.get(source);
    if (src === undefined)
        return new Map([[source, 0n]]);
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
        const u = queue[qh];
        qh = qh === m ? 0 : qh + 1;
        queued[u] = 0;
        if (++pops[u] > nodes)
            return undefined;
        const du = dist[u];
        for (let k = a.start[u]; k < a.start[u + 1]; k++) {
            const v = a.head[k];
            const d = du + a.weight[k];
            if (d < dist[v]) {
                dist[v] = d;
                if (queued[v] === 0) {
                    queued[v] = 1;
                    queue[qt] = v;
                    qt = qt === m ? 0 : qt + 1;
                }
            }
        }
    }
    const out = new Map();
    for (let i = 0; i < m; i++)
        if (dist[i] !== Infinity)
            out.set(a.node[i], BigInt(dist[i]));
    return out;
}
/** `shortestFrom` in exact bigint arithmetic, for weights beyond exact doubles. */
function shortestFromBig(nodes, edges, source) {
    const out = new Map();
    for (const e of edges) {
        let list = out.get(e.from);
        if (!list)
            out.set(e.from, (list = []));
        list.push(e);
    }
    const dist = new Map([[source, 0n]]);
    const count = new Map();
    const inQueue = new Set([source]);
    let queue = [source];
    while (queue.length > 0) {
        const next = [];
        for (const u of queue) {
            inQueue.delete(u);
            const pops = (count.get(u) ?? 0) + 1;
            if (pops > nodes)
                return undefined;
            count.set(u, pops);
            const du = dist.get(u);
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
//# sourceMappingURL=graph.js.map