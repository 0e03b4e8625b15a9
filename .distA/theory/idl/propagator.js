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
 *
 * Theory propagation (Cotton and Maler, section 4): after a consistent edge u → v of weight w,
 * an unassigned atom whose edge y → x has weight c ≥ d(y, u) + w + d(v, x) is implied true (its
 * negation's edge would close a negative cycle), and one whose negation's edge x → y has weight
 * −c − 1 ≥ d(x, u) + w + d(v, y) is implied false. The distances come from a forward Dijkstra
 * search from v and a backward one to u over the reduced costs π(a) + w − π(b) ≥ 0, each
 * settling at most `propagationNodes` nodes; the reason of an implied literal is the path's
 * edges (an eager explanation: the clause is built at once).
 *
 * On graphs of at most DENSE_NODES nodes and at least DENSE_RATIO atoms per node, propagation
 * is complete instead: all-pairs shortest paths are kept as edges come and go (closure.ts, the
 * dense difference logic of DPLL(T) solvers), and every atom over a pair whose distance an edge
 * shortened is checked against it — implied true when d(y, x) ≤ c, false when
 * d(x, y) ≤ −c − 1 — its reason the shortest path.
 */
import { PathMatrix } from './closure.js';
import { Sweep } from './disjunctive.js';
/** Largest graph (nodes) whose theory propagation keeps all-pairs shortest paths. */
export const DENSE_NODES = 512;
/**
 * Fewest atoms per node for all-pairs shortest paths: on sparser graphs (a BMC unrolling of a
 * difference-logic system: about 2.8 atoms per node) the matrix costs more than the bounded
 * searches (idl-bmc-70 of benchmarks/incremental: 28 s against 9 s); job shops have 10–15,
 * where it pays 4× and more.
 */
export const DENSE_RATIO = 4;
export class DifferencePropagator {
    atoms;
    propagationNodes;
    pi;
    adj;
    radj; // incoming edges per node
    // The edges, in trail order.
    eFrom = [];
    eTo = [];
    eW = [];
    eLit = []; // the DIMACS literal that made the edge (true on the trail)
    ePos = [];
    parent;
    stamp;
    round = 0;
    queue = [];
    log = [];
    // Theory propagation.
    varsAt; //      per node: the variables of the atoms over it
    assigned; //    per variable: its atom's edge is in the graph (1 true, 2 false)
    impliedAt; //   per variable: the update round that implied it
    updateRound = 0;
    // An atom this propagator implied adds an edge no shorter than a path already present: it
    // implies nothing new, and is not searched from. Valid while the trail was not cut since.
    impliedLit; //  per variable: the literal implied, in epoch …
    impliedEpoch;
    epoch = 1;
    seenTo = 0;
    fDist; //     forward search from v: reduced distance, tree edge
    fPar;
    fStamp;
    bDist; //     backward search to u
    bPar;
    bStamp;
    searchRound = 0;
    inReason; //    per variable: the reason that holds it
    reasonRound = 0;
    fSettled = [];
    bSettled = [];
    heapNode = [];
    heapKey = [];
    reasons = [];
    // Dense propagation: the matrix, and per cell the atom literals whose edge spans it.
    matrix;
    cellFirst; // per cell: its first entry, −1 if none
    cellWatched; // per cell: 1 if it has entries
    entryLit = []; //           the literal an entry implies (±variable)
    entryBound = []; //         implied when the cell's distance is ≤ this
    entryNext = [];
    onShortened = (cell) => this.checkCell(cell);
    pathScratch = [];
    // Disjunctive resources: the sweeps' scratch, per sweep position its task's node and
    // duration, and per resource the bounds of its last sweep in this epoch (unchanged: skipped).
    resources;
    sweep;
    sweepNode;
    sweepDur;
    lastBounds = [];
    lastEpoch = 0;
    guardPos = -1; //                              trail position of the guard (−1: not on it)
    /** Implied literals found so far (statistics). */
    propagations = 0;
    // Conflicts and implied literals found by resource reasoning (statistics).
    resourceConflicts = 0;
    resourcePropagations = 0;
    /**
     * @param propagationNodes nodes each Dijkstra search of theory propagation settles at most
     *   (0: no theory propagation)
     * @param denseNodes largest graph whose propagation is complete (all-pairs shortest paths)
     * @param denseRatio fewest atoms per node for it
     * @param resources the disjunctive resources to reason on, asked for only when propagation
     *   is complete (the matrix gives their bounds)
     */
    constructor(atoms, propagationNodes = 0, denseNodes = DENSE_NODES, denseRatio = DENSE_RATIO, resources) {
        this.atoms = atoms;
        this.propagationNodes = propagationNodes;
        const n = atoms.numNodes;
        this.pi = new Float64Array(n);
        this.adj = Array.from({ length: n }, () => []);
        this.radj = Array.from({ length: n }, () => []);
        this.parent = new Int32Array(n);
        this.stamp = new Int32Array(n);
        this.varsAt = Array.from({ length: n }, () => []);
        const { atomOfVar, x, y } = atoms;
        let numAtoms = 0;
        for (let v = 0; v < atomOfVar.length; v++) {
            const a = atomOfVar[v];
            if (a < 0)
                continue;
            numAtoms++;
            this.varsAt[x[a]].push(v);
            if (y[a] !== x[a])
                this.varsAt[y[a]].push(v);
        }
        this.assigned = new Uint8Array(atomOfVar.length);
        this.impliedAt = new Int32Array(atomOfVar.length);
        this.impliedLit = new Int32Array(atomOfVar.length);
        this.impliedEpoch = new Int32Array(atomOfVar.length);
        this.inReason = new Int32Array(atomOfVar.length);
        this.fDist = new Float64Array(n);
        this.fPar = new Int32Array(n);
        this.fStamp = new Int32Array(n);
        this.bDist = new Float64Array(n);
        this.bPar = new Int32Array(n);
        this.bStamp = new Int32Array(n);
        if (propagationNodes > 0 && n <= denseNodes && numAtoms >= denseRatio * n) {
            this.matrix = new PathMatrix(n);
            this.cellFirst = new Int32Array(n * n).fill(-1);
            this.cellWatched = new Uint8Array(n * n);
            const { c } = atoms;
            for (let v = 0; v < atomOfVar.length; v++) {
                const a = atomOfVar[v];
                if (a < 0)
                    continue;
                // True: edge y → x of weight c; false: x → y of weight −c − 1.
                this.addEntry(y[a] * n + x[a], v, c[a]);
                this.addEntry(x[a] * n + y[a], -v, -c[a] - 1);
            }
            // The resources are asked for only here, where they are used.
            this.resources = resources?.();
            const most = Math.max(0, ...(this.resources?.resources.map((r) => r.nodes.length) ?? []));
            if (most >= 3) {
                this.sweep = new Sweep(most);
                this.sweepNode = new Int32Array(most);
                this.sweepDur = new Float64Array(most);
                for (const r of this.resources.resources)
                    this.lastBounds.push(new Float64Array(2 * r.nodes.length));
            }
        }
    }
    /**
     * Takes over the scratch memory of `old`, a propagator of the same session whose search is
     * over (it must not be used again): the undo log of its matrix.
     * @example next.inherit(previous);
     */
    inherit(old) {
        if (this.matrix && old.matrix)
            this.matrix.adoptLog(old.matrix);
    }
    addEntry(cell, lit, bound) {
        this.entryLit.push(lit);
        this.entryBound.push(bound);
        this.entryNext.push(this.cellFirst[cell]);
        this.cellFirst[cell] = this.entryLit.length - 1;
        this.cellWatched[cell] = 1;
    }
    /**
     * The literals the last `update` found implied (theory propagation), each as its reason: a
     * DIMACS clause whose first literal is the implied one, unassigned when found, and whose
     * other literals are false on the trail. Empty after a conflict.
     * @example for (const reason of prop.implied()) assign(reason[0], reason);
     */
    implied() {
        return this.reasons;
    }
    /**
     * Counts of this propagator's work for the statistics: with resources, the conflicts and
     * implied literals resource reasoning found; nothing without.
     * @example prop.stats() // { resourceConflicts: 12, resourcePropagations: 40 }
     */
    stats() {
        return this.sweep ? { resourceConflicts: this.resourceConflicts, resourcePropagations: this.resourcePropagations } : {};
    }
    /** The potential: a model of the edges present (x := π(x)). */
    get potential() {
        return this.pi;
    }
    /**
     * The value of CNF variable `v`'s atom in the potential's model (the phase that adds an edge
     * the potential already satisfies, so deciding it cannot conflict), or undefined if `v` is
     * no atom's.
     * @example prop.phase(7) // true when π(x) − π(y) ≤ c for the atom x − y ≤ c of variable 7
     */
    phase(v) {
        const { atomOfVar, x, y, c } = this.atoms;
        if (v >= atomOfVar.length)
            return undefined;
        const a = atomOfVar[v];
        if (a < 0)
            return undefined;
        return this.pi[x[a]] - this.pi[y[a]] <= c[a];
    }
    /**
     * Brings the graph to `trail[0..to)` (internal literals `2v + negated`), of which positions
     * before `from` were seen already. Answers the conflict clause (DIMACS literals, all false on
     * the trail) of the first negative cycle, or undefined. After a conflict, the edges from the
     * conflicting position on are not in the graph.
     * @example const conflict = prop.update(trail, seen, trailSize);
     */
    update(trail, from, to) {
        const { atomOfVar, x, y, c } = this.atoms;
        while (this.ePos.length > 0 && this.ePos[this.ePos.length - 1] >= from)
            this.pop();
        this.reasons.length = 0;
        this.updateRound++;
        if (from < this.seenTo)
            this.epoch++;
        this.seenTo = to;
        const guard = this.resources?.guard;
        if (this.guardPos >= from)
            this.guardPos = -1;
        for (let i = from; i < to; i++) {
            const lit = trail[i];
            const v = lit >> 1;
            if (v === guard && (lit & 1) === 0)
                this.guardPos = i;
            if (v >= atomOfVar.length)
                continue;
            const a = atomOfVar[v];
            if (a < 0)
                continue;
            const neg = (lit & 1) === 1;
            // Atom true: y → x of weight c; false: x → y of weight −c − 1.
            this.assigned[v] = neg ? 2 : 1;
            const conflict = neg ? this.add(x[a], y[a], -c[a] - 1, -v, i) : this.add(y[a], x[a], c[a], v, i);
            if (conflict) {
                this.reasons.length = 0;
                return conflict;
            }
            const e = this.eFrom.length - 1;
            if (this.matrix) {
                this.matrix.add(this.eFrom[e], this.eTo[e], this.eW[e], this.cellWatched, this.onShortened);
                continue;
            }
            const dominated = this.impliedEpoch[v] === this.epoch && this.impliedLit[v] === (neg ? -v : v);
            if (this.propagationNodes > 0 && !dominated)
                this.propagate(e);
        }
        if (this.sweep && to > from && (guard === undefined || this.guardPos >= 0)) {
            const conflict = this.reasonAboutResources();
            if (conflict) {
                this.reasons.length = 0;
                return conflict;
            }
        }
        // Atoms implied early in the batch may have been assigned later in it.
        let k = 0;
        for (const r of this.reasons)
            if (!this.assigned[Math.abs(r[0])])
                this.reasons[k++] = r;
        this.reasons.length = k;
        return undefined;
    }
    pop() {
        // A conflicting edge never reached the matrix.
        if (this.matrix && this.matrix.size === this.eFrom.length)
            this.matrix.pop();
        const u = this.eFrom.pop();
        this.radj[this.eTo.pop()].pop();
        this.eW.pop();
        this.assigned[Math.abs(this.eLit.pop())] = 0;
        this.ePos.pop();
        this.adj[u].pop();
    }
    /**
     * Theory propagation for edge `e` (u → v, weight w), just added and consistent with π:
     * appends the reason of every unassigned atom literal it implies through paths found by
     * bounded Dijkstra searches from v (forward) and to u (backward).
     */
    propagate(e) {
        const u = this.eFrom[e];
        const v = this.eTo[e];
        const w = this.eW[e];
        const { pi, fDist, bDist, fStamp, bStamp, fSettled, bSettled } = this;
        const round = ++this.searchRound;
        this.dijkstra(v, true, round);
        this.dijkstra(u, false, round);
        const { atomOfVar, x, y, c } = this.atoms;
        // True distances: d(v, a) = fDist[a] − π(v) + π(a) and d(b, u) = bDist[b] − π(b) + π(u).
        const base = w - pi[v] + pi[u];
        const small = fSettled.length <= bSettled.length ? fSettled : bSettled;
        for (const n of small) {
            for (const av of this.varsAt[n]) {
                if (this.assigned[av] || this.impliedAt[av] === this.updateRound)
                    continue;
                const a = atomOfVar[av];
                const ax = x[a];
                const ay = y[a];
                // True: edge ay → ax of weight c, implied when d(ay, u) + w + d(v, ax) ≤ c.
                if (fStamp[ax] === round && bStamp[ay] === round) {
                    if (bDist[ay] - pi[ay] + base + fDist[ax] + pi[ax] <= c[a]) {
                        this.imply(av, ay, ax, e);
                        continue;
                    }
                }
                // False: edge ax → ay of weight −c − 1, implied when d(ax, u) + w + d(v, ay) ≤ −c − 1.
                if (fStamp[ay] === round && bStamp[ax] === round) {
                    if (bDist[ax] - pi[ax] + base + fDist[ay] + pi[ay] <= -c[a] - 1)
                        this.imply(-av, ax, ay, e);
                }
            }
        }
    }
    /** Dense propagation: implies the unassigned atom literals whose edge spans `cell`, shortened. */
    checkCell(cell) {
        const m = this.matrix;
        const d = m.dist[cell];
        // The path's literals, negated and each once: the reason of every literal the cell implies.
        let because;
        for (let k = this.cellFirst[cell]; k >= 0; k = this.entryNext[k]) {
            const lit = this.entryLit[k];
            const v = Math.abs(lit);
            if (this.assigned[v] || this.impliedAt[v] === this.updateRound || d > this.entryBound[k])
                continue;
            this.impliedAt[v] = this.updateRound;
            this.propagations++;
            if (because === undefined) {
                because = [];
                const path = this.pathScratch;
                path.length = 0;
                m.path(Math.floor(cell / m.n), cell % m.n, path);
                const mark = ++this.reasonRound;
                for (const f of path)
                    this.addEdge(because, f, mark);
            }
            const reason = [lit];
            for (const l of because)
                reason.push(l);
            this.reasons.push(reason);
        }
    }
    /**
     * Overload checking and edge-finding (disjunctive.ts) on every resource whose bounds changed
     * since its last sweep in this epoch, with the bounds of the matrix against the reference:
     * answers the conflict clause of an overloaded set (the negated literals of the paths behind
     * its bounds), or undefined after appending the precedences edge-finding implies to the
     * reasons. Sound because each resource's tasks pairwise cannot overlap (the caller's
     * contract): a clause it derives holds in every model of the problem.
     */
    reasonAboutResources() {
        const m = this.matrix;
        const { n, dist } = m;
        const sweep = this.sweep;
        const node = this.sweepNode;
        const dur = this.sweepDur;
        const { ref, resources } = this.resources;
        if (this.lastEpoch !== this.epoch) {
            // The trail was cut: what was implied from the same bounds may be unassigned again.
            this.lastEpoch = this.epoch;
            for (const b of this.lastBounds)
                b.fill(NaN);
        }
        for (let r = 0; r < resources.length; r++) {
            const res = resources[r];
            const last = this.lastBounds[r];
            let same = true;
            let k = 0;
            for (let t = 0; t < res.nodes.length; t++) {
                const v = res.nodes[t];
                const up = dist[ref * n + v];
                const down = dist[v * n + ref];
                if (last[2 * t] !== up || last[2 * t + 1] !== down) {
                    same = false;
                    last[2 * t] = up;
                    last[2 * t + 1] = down;
                }
                if (up === Infinity || down === Infinity)
                    continue; // unbounded: left out, which is sound
                const p = res.dur[t];
                sweep.est[k] = -down;
                sweep.lct[k] = up + p;
                node[k] = v;
                dur[k] = p;
                k++;
            }
            if (same || k < 3)
                continue;
            sweep.prepare(k);
            if (sweep.overload(dur)) {
                this.resourceConflicts++;
                const { out, mark } = this.resourceReason();
                for (let q = 0; q < sweep.omegaSize; q++) {
                    const v = node[sweep.omega[q]];
                    this.addBound(out, v, true, mark);
                    this.addBound(out, v, false, mark);
                }
                return out;
            }
            // Ω ≪ i puts every j of Ω before i; mirrored (times negated), i before every j of Ω.
            // Edge-finding waits while the matrix has implied atoms to assign (cheaper, and they may
            // move the bounds): the resource is swept again on the next call.
            if (!this.resources.edgeFinding)
                continue;
            if (this.reasons.length > 0) {
                last[0] = NaN;
                continue;
            }
            for (let mirror = 0; mirror < 2; mirror++) {
                if (mirror === 1) {
                    for (let q = 0; q < k; q++) {
                        const e = sweep.est[q];
                        sweep.est[q] = -sweep.lct[q];
                        sweep.lct[q] = -e;
                    }
                    sweep.prepare(k);
                }
                let conflict;
                sweep.edgeFind(dur, (i) => {
                    // Reason, built once when first needed: both bounds of every task of Ω and the
                    // earliest start of i (mirrored, its latest end: the times were negated).
                    let because;
                    const reason = () => {
                        if (because)
                            return because;
                        const { out, mark } = this.resourceReason();
                        for (let q = 0; q < sweep.omegaSize; q++) {
                            const v = node[sweep.omega[q]];
                            this.addBound(out, v, true, mark);
                            this.addBound(out, v, false, mark);
                        }
                        this.addBound(out, node[i], mirror === 0, mark);
                        return (because = out);
                    };
                    for (let q = 0; q < sweep.omegaSize && !conflict; q++) {
                        const j = sweep.omega[q];
                        // j before i is s_j − s_i ≤ −p_j, an edge i → j; i before j is an edge j → i of weight −p_i.
                        conflict = mirror === 0 ? this.implyAt(node[i] * n + node[j], -dur[j], reason) : this.implyAt(node[j] * n + node[i], -dur[i], reason);
                    }
                    return conflict === undefined;
                });
                if (conflict)
                    return conflict;
            }
        }
        return undefined;
    }
    /**
     * Implies the atom literals of `cell` that a path of length `d` across it would imply (those
     * with bound ≥ d), each with the literals `reason` gives; answers a conflict clause when one
     * of them is false on the trail.
     */
    implyAt(cell, d, reason) {
        if (this.matrix.dist[cell] <= d)
            return undefined; // the matrix implied them already
        for (let k = this.cellFirst[cell]; k >= 0; k = this.entryNext[k]) {
            if (d > this.entryBound[k])
                continue;
            const lit = this.entryLit[k];
            const v = Math.abs(lit);
            const val = this.assigned[v];
            if (val !== 0 && val === (lit > 0 ? 1 : 2))
                continue;
            if (val === 0 && this.impliedAt[v] === this.updateRound)
                continue;
            const clause = [lit];
            for (const l of reason())
                clause.push(l);
            if (val !== 0) {
                this.resourceConflicts++;
                return clause;
            }
            this.impliedAt[v] = this.updateRound;
            this.propagations++;
            this.resourcePropagations++;
            this.reasons.push(clause);
        }
        return undefined;
    }
    /** A new clause of resource reasoning: the guard's negation, and the round marking its literals. */
    resourceReason() {
        const guard = this.resources.guard;
        return { out: guard === undefined ? [] : [-guard], mark: ++this.reasonRound };
    }
    /**
     * Appends to `out` (round `mark`) the negated literals behind a task's bound against the
     * reference: its earliest start (`early`: the path s ⇝ ref) or its latest end (ref ⇝ s).
     */
    addBound(out, v, early, mark) {
        const ref = this.resources.ref;
        if (early)
            this.addPath(out, v, ref, mark);
        else
            this.addPath(out, ref, v, mark);
    }
    /** Appends to `out` the negated literals of the edges of a shortest path a ⇝ b (each once in round `mark`). */
    addPath(out, a, b, mark) {
        if (a === b)
            return;
        const path = this.pathScratch;
        path.length = 0;
        this.matrix.path(a, b, path);
        for (const f of path)
            this.addEdge(out, f, mark);
    }
    /** Records literal `lit` implied by the path from ⇝ u, edge e (u → v), v ⇝ to. */
    imply(lit, from, to, e) {
        this.impliedAt[Math.abs(lit)] = this.updateRound;
        this.impliedLit[Math.abs(lit)] = lit;
        this.impliedEpoch[Math.abs(lit)] = this.epoch;
        this.propagations++;
        const reason = [lit];
        const mark = ++this.reasonRound;
        this.addEdge(reason, e, mark);
        // A path may run through e or repeat an edge of the other path: each literal once.
        for (let q = from; q !== this.eFrom[e]; q = this.eTo[this.bPar[q]])
            this.addEdge(reason, this.bPar[q], mark);
        for (let q = to; q !== this.eTo[e]; q = this.eFrom[this.fPar[q]])
            this.addEdge(reason, this.fPar[q], mark);
        this.reasons.push(reason);
    }
    /** Appends to `reason` the negation of edge f's literal, unless the reason (round `mark`) has it. */
    addEdge(reason, f, mark) {
        const l = this.eLit[f];
        if (this.inReason[Math.abs(l)] === mark)
            return;
        this.inReason[Math.abs(l)] = mark;
        reason.push(-l);
    }
    /**
     * Dijkstra over reduced costs from `src`, along edges (forward) or against them (backward),
     * settling at most `propagationNodes` nodes: their distances, tree edges and the list of them.
     */
    dijkstra(src, forward, round) {
        const { pi, heapNode, heapKey } = this;
        const dist = forward ? this.fDist : this.bDist;
        const par = forward ? this.fPar : this.bPar;
        const stamp = forward ? this.fStamp : this.bStamp;
        const settled = forward ? this.fSettled : this.bSettled;
        const lists = forward ? this.adj : this.radj;
        const far = forward ? this.eTo : this.eFrom;
        const near = forward ? this.eFrom : this.eTo;
        settled.length = 0;
        heapNode.length = 0;
        heapKey.length = 0;
        // stamp = round: settled; −round: reached, not yet settled.
        stamp[src] = -round;
        dist[src] = 0;
        par[src] = -1;
        heapPush(heapNode, heapKey, src, 0);
        while (heapNode.length > 0 && settled.length < this.propagationNodes) {
            const key = heapKey[0];
            const p = heapPop(heapNode, heapKey);
            if (stamp[p] === round || key > dist[p])
                continue;
            stamp[p] = round;
            settled.push(p);
            const list = lists[p];
            for (let k = 0; k < list.length; k++) {
                const f = list[k];
                const q = far[f];
                if (stamp[q] === round)
                    continue;
                const r = forward ? pi[near[f]] + this.eW[f] - pi[q] : pi[q] + this.eW[f] - pi[near[f]];
                const d = key + r;
                if (stamp[q] === -round && d >= dist[q])
                    continue;
                stamp[q] = -round;
                dist[q] = d;
                par[q] = f;
                heapPush(heapNode, heapKey, q, d);
            }
        }
    }
    /** Adds edge u → v of weight w; answers the conflict clause if it closes a negative cycle. */
    add(u, v, w, lit, pos) {
        const e = this.eFrom.length;
        this.eFrom.push(u);
        this.eTo.push(v);
        this.eW.push(w);
        this.eLit.push(lit);
        this.ePos.push(pos);
        this.adj[u].push(e);
        this.radj[v].push(e);
        const { pi, parent, stamp, queue, log } = this;
        if (pi[u] + w >= pi[v])
            return undefined;
        const round = ++this.round;
        log.length = 0;
        queue.length = 0;
        log.push(v, pi[v]);
        pi[v] = pi[u] + w;
        parent[v] = e;
        stamp[v] = round;
        queue.push(v);
        for (let head = 0; head < queue.length; head++) {
            const p = queue[head];
            const out = this.adj[p];
            for (let k = 0; k < out.length; k++) {
                const f = out[k];
                const q = this.eTo[f];
                const d = pi[p] + this.eW[f];
                if (d >= pi[q])
                    continue;
                if (q === u)
                    return this.conflict(p, f, v);
                log.push(q, pi[q]);
                pi[q] = d;
                parent[q] = f;
                stamp[q] = round;
                queue.push(q);
            }
        }
        return undefined;
    }
    /** The cycle: edge f (p → u), the parent path v ⇝ p, the new edge u → v; undoes π and the edge. */
    conflict(p, f, v) {
        const { pi, log, parent } = this;
        const clause = [-this.eLit[f]];
        for (let q = p; q !== v; q = this.eFrom[parent[q]])
            clause.push(-this.eLit[parent[q]]);
        clause.push(-this.eLit[parent[v]]);
        for (let i = log.length - 2; i >= 0; i -= 2)
            pi[log[i]] = log[i + 1];
        this.pop();
        return clause;
    }
}
/** Pushes `node` with `key` on the binary min-heap `nodes`/`keys`. */
function heapPush(nodes, keys, node, key) {
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
        const p = (i - 1) >> 1;
        if (keys[p] <= key)
            break;
        nodes[i] = nodes[p];
        keys[i] = keys[p];
        i = p;
    }
    nodes[i] = node;
    keys[i] = key;
}
/** Pops the node of least key from the binary min-heap `nodes`/`keys`. Pre: not empty. */
function heapPop(nodes, keys) {
    const top = nodes[0];
    const node = nodes.pop();
    const key = keys.pop();
    const n = nodes.length;
    if (n === 0)
        return top;
    let i = 0;
    for (;;) {
        let m = 2 * i + 1;
        if (m >= n)
            break;
        if (m + 1 < n && keys[m + 1] < keys[m])
            m++;
        if (keys[m] >= key)
            break;
        nodes[i] = nodes[m];
        keys[i] = keys[m];
        i = m;
    }
    nodes[i] = node;
    keys[i] = key;
    return top;
}
//# sourceMappingURL=propagator.js.map