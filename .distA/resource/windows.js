/**
 * Time windows of operations from the unconditional difference constraints.
 *
 * A fact `x − y ≤ c` is an edge y → x of weight c (as in theory/idl/graph.ts). Shortest
 * distances from a reference variable r bound every variable above (`v − r ≤ up(v)`); over the
 * reversed edges they bound it below (`r − v ≤ down(v)`, so `v − r ≥ −down(v)`): the earliest
 * and latest start of an operation are longest-path values, relative to r. The reference is
 * the zero variable or the variable most facts mention (a `ref` or origin variable), whichever
 * bounds more of the variables asked for. A bound is certified by the chain of facts along a
 * shortest path, recovered by walking back over tight edges (`dist(u) + w = dist(v)`). A
 * negative cycle (the facts alone are unsatisfiable) is found by Bellman–Ford from a virtual
 * source and returned as its facts.
 */
import { InternalError } from '../errors.js';
import { shortestFrom } from '../theory/idl/graph.js';
export class Windows {
    numVars;
    facts;
    fwd;
    rev;
    /** Facts entering / leaving each variable in the forward graph (fact indices). */
    incoming = new Map();
    outgoing = new Map();
    frames = new Map();
    constructor(numVars, facts) {
        this.numVars = numVars;
        this.facts = facts;
        this.fwd = facts.map((f) => ({ from: f.y, to: f.x, w: f.c }));
        this.rev = facts.map((f) => ({ from: f.x, to: f.y, w: f.c }));
        facts.forEach((f, i) => {
            push(this.incoming, f.x, i);
            push(this.outgoing, f.y, i);
        });
    }
    /** Reference candidates: the zero variable if facts use it, and the variable most facts mention. */
    candidates() {
        const count = new Map();
        for (const f of this.facts)
            for (const v of [f.x, f.y])
                if (v !== 0)
                    count.set(v, (count.get(v) ?? 0) + 1);
        let best = -1;
        let most = 0;
        for (const [v, n] of count)
            if (n > most)
                [best, most] = [v, n];
        const out = [];
        if (this.facts.some((f) => f.x === 0 || f.y === 0))
            out.push(0);
        if (best >= 0)
            out.push(best);
        return out;
    }
    /** Bounds relative to `ref`, or undefined when a negative cycle is reachable. Memoised. */
    frame(ref) {
        if (this.frames.has(ref))
            return this.frames.get(ref);
        const up = shortestFrom(this.numVars, this.fwd, ref);
        const down = up && shortestFrom(this.numVars, this.rev, ref);
        const f = up && down ? { ref, up, down } : undefined;
        this.frames.set(ref, f);
        return f;
    }
    /** The candidate frame that bounds the most of `vars` both ways (undefined if none does). */
    bestFrame(vars) {
        let best;
        let score = 0;
        for (const r of this.candidates()) {
            const f = this.frame(r);
            if (!f)
                continue;
            const s = vars.filter((v) => f.up.has(v) && f.down.has(v)).length;
            if (s > score)
                [best, score] = [f, s];
        }
        return best;
    }
    /** Shortest distances from `v` (`u − v ≤ dist(u)`) with the fact chains behind them. */
    pathsFrom(v) {
        const up = shortestFrom(this.numVars, this.fwd, v);
        if (!up)
            return undefined;
        const f = { ref: v, up, down: new Map() };
        return { dist: up, chain: (u) => this.chainUp(f, u) };
    }
    /** Facts along a shortest path ref ⇝ v (they sum to `v − ref ≤ up(v)`), in path order. */
    chainUp(f, v) {
        return this.walkBack(f.up, f.ref, v, this.incoming, (i) => this.facts[i].y).reverse();
    }
    /** Facts along a shortest path v ⇝ ref (they sum to `ref − v ≤ down(v)`), in path order. */
    chainDown(f, v) {
        return this.walkBack(f.down, f.ref, v, this.outgoing, (i) => this.facts[i].x);
    }
    /**
     * Breadth-first search from `v` back to `ref` over tight edges of `dist`; returns the fact
     * indices from v's end. Pre: dist holds exact shortest distances with dist(ref) = 0.
     */
    walkBack(dist, ref, v, into, tail) {
        const via = new Map(); // node → fact taken from it towards v
        const queue = [v];
        const seen = new Set([v]);
        for (let q = 0; q < queue.length && !seen.has(ref); q++) {
            const u = queue[q];
            const du = dist.get(u);
            for (const i of into.get(u) ?? []) {
                const p = tail(i);
                const dp = dist.get(p);
                if (dp === undefined || seen.has(p) || dp + this.facts[i].c !== du)
                    continue;
                seen.add(p);
                via.set(p, i);
                queue.push(p);
            }
        }
        const out = [];
        for (let u = ref; u !== v;) {
            const i = via.get(u);
            if (i === undefined)
                throw new InternalError('windows: no tight path (distances are not shortest)');
            out.push(i);
            u = u === this.facts[i].x ? this.facts[i].y : this.facts[i].x;
        }
        return out.reverse();
    }
    /**
     * A negative cycle of facts (their sum is `0 ≤ c` with c < 0), in order so that each fact's
     * x is the next fact's y; undefined when the facts are consistent. Bellman–Ford with every
     * distance starting at 0 (a virtual source); `poll` may throw to stop.
     */
    negativeCycle(poll) {
        const dist = new Map();
        const parent = new Map();
        const n = this.numVars;
        let changed;
        for (let pass = 0; pass <= n; pass++) {
            poll();
            changed = undefined;
            this.facts.forEach((f, i) => {
                const d = (dist.get(f.y) ?? 0n) + f.c;
                if (d < (dist.get(f.x) ?? 0n)) {
                    dist.set(f.x, d);
                    parent.set(f.x, i);
                    changed = f.x;
                }
            });
            if (changed === undefined)
                return undefined;
        }
        let v = changed;
        for (let i = 0; i < n; i++) {
            const p = parent.get(v);
            if (p === undefined)
                return undefined; // cannot happen after n + 1 passes; be safe
            v = this.facts[p].y; // after n steps back, v is on the cycle
        }
        const cycle = [];
        let u = v;
        do {
            const i = parent.get(u);
            if (i === undefined || cycle.length > n)
                return undefined;
            cycle.push(i);
            u = this.facts[i].y;
        } while (u !== v);
        return cycle.reverse();
    }
}
function push(m, k, v) {
    const l = m.get(k);
    if (l)
        l.push(v);
    else
        m.set(k, [v]);
}
//# sourceMappingURL=windows.js.map