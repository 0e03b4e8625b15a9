/**
 * Decides the conjunction of `literals` over the atoms `x[a] − y[a] ≤ c[a]` on nodes
 * 0..numNodes−1.
 * @example checkDifferences(2, [0], [1], [-1], [{ atom: 0, pos: true }]) // consistent: x0 − x1 ≤ −1
 * @example checkDifferences(2, [0], [1], [-1], [{ atom: 0, pos: true }, { atom: 1, pos: false }]) // with x0 − x1 ≤ −2 false: consistent too
 */
export function checkDifferences(numNodes, x, y, c, literals) {
    const m = literals.length;
    // Edges in compressed adjacency form, grouped by source node.
    const from = new Int32Array(m);
    const to = new Int32Array(m);
    const w = new Float64Array(m);
    const degree = new Int32Array(numNodes + 1);
    for (let e = 0; e < m; e++) {
        const { atom, pos } = literals[e];
        if (pos) {
            from[e] = y[atom];
            to[e] = x[atom];
            w[e] = c[atom];
        }
        else {
            from[e] = x[atom];
            to[e] = y[atom];
            w[e] = -c[atom] - 1;
        }
        degree[from[e] + 1]++;
    }
    for (let v = 0; v < numNodes; v++)
        degree[v + 1] += degree[v];
    const first = degree;
    const order = new Int32Array(m);
    const fill = first.slice(0, numNodes);
    for (let e = 0; e < m; e++)
        order[fill[from[e]]++] = e;
    const dist = new Float64Array(numNodes);
    const parent = new Int32Array(numNodes).fill(-1);
    const queued = new Uint8Array(numNodes).fill(1);
    const queue = [];
    for (let v = 0; v < numNodes; v++)
        queue.push(v);
    let head = 0;
    let relaxations = 0;
    const stamp = new Int32Array(numNodes);
    let round = 0;
    while (head < queue.length) {
        const u = queue[head++];
        queued[u] = 0;
        if (head > 4096 && head * 2 > queue.length) {
            queue.splice(0, head);
            head = 0;
        }
        for (let k = first[u]; k < first[u + 1]; k++) {
            const e = order[k];
            const v = to[e];
            const d = dist[u] + w[e];
            if (d >= dist[v])
                continue;
            dist[v] = d;
            parent[v] = e;
            if (!queued[v]) {
                queued[v] = 1;
                queue.push(v);
            }
            if (++relaxations % numNodes === 0) {
                const cycles = parentCycles(numNodes, parent, from, w, stamp, ++round);
                if (cycles.length > 0)
                    return { consistent: false, cycles };
                round += numNodes;
            }
        }
    }
    return { consistent: true, potential: dist };
}
/**
 * The negative cycles of the parent graph (each node has at most one parent edge, so the
 * cycles are disjoint). `stamp` marks nodes by walk; walks are numbered from `base`.
 */
function parentCycles(numNodes, parent, from, w, stamp, base) {
    const cycles = [];
    for (let s = 0; s < numNodes; s++) {
        if (stamp[s] >= base)
            continue;
        const walk = base + s;
        let v = s;
        // Follow parents until a node seen by an earlier walk, none, or one of this walk (a cycle).
        while (v >= 0 && stamp[v] < base) {
            stamp[v] = walk;
            v = parent[v] < 0 ? -1 : from[parent[v]];
        }
        if (v < 0 || stamp[v] !== walk)
            continue;
        const lits = [];
        let weight = 0;
        let u = v;
        do {
            const e = parent[u];
            lits.push(e);
            weight += w[e];
            u = from[e];
        } while (u !== v);
        if (weight < 0)
            cycles.push(lits);
    }
    return cycles;
}
//# sourceMappingURL=cycles.js.map