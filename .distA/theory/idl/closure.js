/**
 * All-pairs shortest paths over the edges of a constraint graph, kept as edges are added and
 * removed in stack order: the dense difference-logic theory of DPLL(T) solvers, for graphs of a
 * few hundred nodes (a job shop's operations), where a matrix lookup per atom makes theory
 * propagation complete and cheap.
 *
 * `dist[i·n + j]` is the length of a shortest path i ⇝ j over the edges present (Infinity if
 * none, 0 on the diagonal). Adding an edge u → v of weight w (with no negative cycle: the
 * caller checks) can shorten only pairs (i, j) with dist(i, u) + w < dist(i, v) and
 * w + dist(v, j) < dist(u, j), because a shorter path i ⇝ j must be i ⇝ u → v ⇝ j; those
 * rows and columns are found in O(n), and each pair in O(1). Every changed cell is logged, so
 * removing the last edge restores the matrix exactly.
 *
 * `via[i·n + j]` is the edge e = u → v of the last improvement: then dist(i, j) =
 * dist(i, u) + w + dist(v, j) still holds (a later strict improvement of dist(i, u) or
 * dist(v, j) improves dist(i, j) too, through the same edge, and sets its own via), and the
 * cells (i, u) and (v, j) got their vias from edges added before e (a path through e back to u
 * would be a negative cycle). So a shortest path is rebuilt by recursion on via, and uses only
 * edges older than the improvement that set the cell.
 */
import { assert } from '../../errors.js';
export class PathMatrix {
    n;
    /** Shortest path lengths, row-major; Infinity where there is no path. */
    dist;
    via; //    the edge of each cell's last improvement (−1: none)
    from = []; // per edge: its tail, head
    to = [];
    mark = []; // per edge: the undo log's length before it
    undo = new Float64Array(3 * 1024); // the undo log: (cell, old distance, old via) triples
    undoSize = 0; //                      entries used (3 per changed cell)
    rows; //   the rows and columns an edge can shorten
    cols;
    colDist; // per column found: w + dist(v, j)
    stack; //  path's pending pairs
    constructor(n) {
        this.n = n;
        this.dist = new Float64Array(n * n).fill(Infinity);
        this.via = new Int32Array(n * n).fill(-1);
        for (let i = 0; i < n; i++)
            this.dist[i * n + i] = 0;
        this.rows = new Int32Array(n);
        this.cols = new Int32Array(n);
        this.colDist = new Float64Array(n);
        this.stack = new Int32Array(4 * n + 4);
    }
    /** Edges added and not removed. */
    get size() {
        return this.from.length;
    }
    /**
     * Adds edge number `size` (u → v of weight w) and calls `changed(cell)` for every cell whose
     * distance it shortened and that `watched` marks (non-zero), after setting it.
     * Pre: dist(v, u) + w ≥ 0 (no negative cycle).
     * @example m.add(0, 1, 5, all, (cell) => check(cell)); // dist[0·n + 1] ≤ 5 afterwards
     */
    add(u, v, w, watched, changed) {
        const { n, dist, via, rows, cols, colDist } = this;
        const e = this.from.length;
        this.from.push(u);
        this.to.push(v);
        this.mark.push(this.undoSize);
        if (dist[u * n + v] <= w)
            return;
        let nr = 0;
        let nc = 0;
        for (let i = 0; i < n; i++)
            if (dist[i * n + u] + w < dist[i * n + v])
                rows[nr++] = i;
        const rv = v * n;
        const ru = u * n;
        for (let j = 0; j < n; j++) {
            const d = w + dist[rv + j];
            if (d < dist[ru + j]) {
                colDist[nc] = d;
                cols[nc++] = j;
            }
        }
        let undo = this.undo;
        let at = this.undoSize;
        for (let r = 0; r < nr; r++) {
            const ri = rows[r] * n;
            const head = dist[ri + u];
            for (let k = 0; k < nc; k++) {
                const cell = ri + cols[k];
                const d = head + colDist[k];
                if (d >= dist[cell])
                    continue;
                if (at + 3 > undo.length) {
                    this.undoSize = at;
                    undo = this.grow();
                }
                undo[at] = cell;
                undo[at + 1] = dist[cell];
                undo[at + 2] = via[cell];
                at += 3;
                dist[cell] = d;
                via[cell] = e;
                if (watched[cell] !== 0)
                    changed(cell);
            }
        }
        this.undoSize = at;
    }
    /** Removes the last edge added, restoring every cell it changed. Pre: size > 0. */
    pop() {
        const { dist, via, undo } = this;
        const to = this.mark.pop();
        this.from.pop();
        this.to.pop();
        for (let k = this.undoSize - 3; k >= to; k -= 3) {
            const cell = undo[k];
            dist[cell] = undo[k + 1];
            via[cell] = undo[k + 2];
        }
        this.undoSize = to;
    }
    /**
     * Takes over the undo log of `old`, a matrix no longer used (a search's matrix handed to the
     * next search of the same session): the log has grown to what such a search needs, and a
     * fresh one would grow again, page by page. Pre: this matrix is empty.
     * @example next.adoptLog(previous);
     */
    adoptLog(old) {
        assert(this.from.length === 0, 'adoptLog: the matrix has edges');
        if (old.undo.length > this.undo.length)
            this.undo = old.undo;
        old.undo = new Float64Array(0);
        old.undoSize = 0;
    }
    /** Doubles the undo log; returns it. */
    grow() {
        const undo = new Float64Array(this.undo.length * 2);
        undo.set(this.undo.subarray(0, this.undoSize));
        this.undo = undo;
        return undo;
    }
    /**
     * Appends to `out` the edges (by number) of a shortest path i ⇝ j, in no particular order.
     * Pre: dist(i, j) finite.
     * @example const path: number[] = []; m.path(0, 3, path);
     */
    path(i, j, out) {
        // Iterative: the pairs still to expand, on a stack (a path has fewer than n edges, and
        // the stack holds at most one pending pair per edge found, plus the current one).
        const stack = this.stack;
        stack[0] = i;
        stack[1] = j;
        let sp = 2;
        while (sp > 0) {
            const b = stack[--sp];
            const a = stack[--sp];
            if (a === b)
                continue;
            const e = this.via[a * this.n + b];
            out.push(e);
            stack[sp++] = this.to[e];
            stack[sp++] = b;
            stack[sp++] = a;
            stack[sp++] = this.from[e];
        }
    }
}
//# sourceMappingURL=closure.js.map