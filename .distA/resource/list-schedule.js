/** Relaxations allowed per variable and per constraint (a positive cycle stops here). */
const RELAX_BUDGET = 64;
/** Times beyond this magnitude are left alone (doubles stay exact). */
const MAX_TIME = 2 ** 40;
/**
 * Values of the detected variables (by term id) in a list schedule, or undefined when there is
 * none to give: guarded pairs (machine choices), times out of range, the zero variable forced
 * above 0, or the relaxation's budget spent. Variables without a term are left out.
 * @example const m = listSchedule(det, g); if (m) checkModel(assertions, m);
 */
export function listSchedule(det, g, poll = () => { }) {
    const n = det.table.numVars;
    // Constraints `val[to] ≥ val[from] + w`: the facts, and the orders fixed as operations are.
    const out = Array.from({ length: n }, () => []);
    for (const f of det.facts) {
        const w = -Number(f.c);
        if (!(Math.abs(w) < MAX_TIME))
            return undefined;
        out[f.x].push({ to: f.y, w });
    }
    const val = new Float64Array(n);
    let budget = RELAX_BUDGET * (n + det.facts.length + g.edges);
    const queue = [];
    const queued = new Uint8Array(n);
    const relax = () => {
        for (let head = 0; head < queue.length; head++) {
            const u = queue[head];
            queued[u] = 0;
            for (const { to, w } of out[u]) {
                if (val[u] + w <= val[to])
                    continue;
                if (--budget < 0 || to === 0)
                    return false; // a positive cycle, or zero forced above 0
                val[to] = val[u] + w;
                if (!queued[to]) {
                    queued[to] = 1;
                    queue.push(to);
                }
            }
        }
        queue.length = 0;
        return true;
    };
    for (let v = 0; v < n; v++)
        queue.push(v), (queued[v] = 1);
    if (!relax())
        return undefined;
    const fixed = new Uint8Array(n);
    for (let left = g.ops.length; left > 0; left--) {
        poll();
        let a = -1;
        for (const v of g.ops)
            if (!fixed[v] && (a < 0 || val[v] < val[a]))
                a = v;
        fixed[a] = 1;
        for (const [b, l] of g.adj.get(a) ?? []) {
            if (l.guarded)
                return undefined;
            if (fixed[b])
                continue;
            const k = l.a === a ? l.ka : l.kb;
            if (k === undefined)
                continue; // a precedence with b first: the facts hold it already
            if (!(Number(k) < MAX_TIME))
                return undefined;
            out[a].push({ to: b, w: Number(k) });
        }
        queue.push(a);
        queued[a] = 1;
        if (!relax())
            return undefined;
    }
    if (val[0] !== 0)
        return undefined;
    const model = new Map();
    for (let v = 1; v < n; v++) {
        const t = det.table.varTerms[v];
        if (t)
            model.set(t.id, BigInt(val[v]));
    }
    return model;
}
//# sourceMappingURL=list-schedule.js.map