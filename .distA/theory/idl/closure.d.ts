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
export declare class PathMatrix {
    readonly n: number;
    /** Shortest path lengths, row-major; Infinity where there is no path. */
    readonly dist: Float64Array;
    private readonly via;
    private readonly from;
    private readonly to;
    private readonly mark;
    private undo;
    private undoSize;
    private readonly rows;
    private readonly cols;
    private readonly colDist;
    private readonly stack;
    constructor(n: number);
    /** Edges added and not removed. */
    get size(): number;
    /**
     * Adds edge number `size` (u → v of weight w) and calls `changed(cell)` for every cell whose
     * distance it shortened and that `watched` marks (non-zero), after setting it.
     * Pre: dist(v, u) + w ≥ 0 (no negative cycle).
     * @example m.add(0, 1, 5, all, (cell) => check(cell)); // dist[0·n + 1] ≤ 5 afterwards
     */
    add(u: number, v: number, w: number, watched: Uint8Array, changed: (cell: number) => void): void;
    /** Removes the last edge added, restoring every cell it changed. Pre: size > 0. */
    pop(): void;
    /**
     * Takes over the undo log of `old`, a matrix no longer used (a search's matrix handed to the
     * next search of the same session): the log has grown to what such a search needs, and a
     * fresh one would grow again, page by page. Pre: this matrix is empty.
     * @example next.adoptLog(previous);
     */
    adoptLog(old: PathMatrix): void;
    /** Doubles the undo log; returns it. */
    private grow;
    /**
     * Appends to `out` the edges (by number) of a shortest path i ⇝ j, in no particular order.
     * Pre: dist(i, j) finite.
     * @example const path: number[] = []; m.path(0, 3, path);
     */
    path(i: number, j: number, out: number[]): void;
}
