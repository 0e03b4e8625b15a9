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

export class PathMatrix {
  /** Shortest path lengths, row-major; Infinity where there is no path. */
  readonly dist: Float64Array;
  private readonly via: Int32Array; //    the edge of each cell's last improvement (−1: none)
  private readonly from: number[] = []; // per edge: its tail, head
  private readonly to: number[] = [];
  private readonly mark: number[] = []; // per edge: the undo log's length before it
  private undoCell = new Int32Array(1024); // the undo log: cell, old distance, old via
  private undoDist = new Float64Array(1024);
  private undoVia = new Int32Array(1024);
  private undoSize = 0;
  private readonly rows: Int32Array; //   the rows and columns an edge can shorten
  private readonly cols: Int32Array;
  private readonly stack: Int32Array; //  path's pending pairs

  constructor(readonly n: number) {
    this.dist = new Float64Array(n * n).fill(Infinity);
    this.via = new Int32Array(n * n).fill(-1);
    for (let i = 0; i < n; i++) this.dist[i * n + i] = 0;
    this.rows = new Int32Array(n);
    this.cols = new Int32Array(n);
    this.stack = new Int32Array(4 * n + 4);
  }

  /** Edges added and not removed. */
  get size(): number {
    return this.from.length;
  }

  /**
   * Adds edge number `size` (u → v of weight w) and calls `changed(cell)` for every cell whose
   * distance it shortened and that `watched` marks (non-zero), after setting it.
   * Pre: dist(v, u) + w ≥ 0 (no negative cycle).
   * @example m.add(0, 1, 5, all, (cell) => check(cell)); // dist[0·n + 1] ≤ 5 afterwards
   */
  add(u: number, v: number, w: number, watched: Uint8Array, changed: (cell: number) => void): void {
    const { n, dist, via, rows, cols } = this;
    const e = this.from.length;
    this.from.push(u);
    this.to.push(v);
    this.mark.push(this.undoSize);
    if (dist[u * n + v]! <= w) return;
    let nr = 0;
    let nc = 0;
    for (let i = 0; i < n; i++) if (dist[i * n + u]! + w < dist[i * n + v]!) rows[nr++] = i;
    const rv = v * n;
    const ru = u * n;
    for (let j = 0; j < n; j++) if (w + dist[rv + j]! < dist[ru + j]!) cols[nc++] = j;
    for (let r = 0; r < nr; r++) {
      const ri = rows[r]! * n;
      const head = dist[ri + u]! + w;
      for (let k = 0; k < nc; k++) {
        const j = cols[k]!;
        const cell = ri + j;
        const d = head + dist[rv + j]!;
        if (d >= dist[cell]!) continue;
        if (this.undoSize === this.undoCell.length) this.grow();
        const at = this.undoSize++;
        this.undoCell[at] = cell;
        this.undoDist[at] = dist[cell]!;
        this.undoVia[at] = via[cell]!;
        dist[cell] = d;
        via[cell] = e;
        if (watched[cell] !== 0) changed(cell);
      }
    }
  }

  /** Removes the last edge added, restoring every cell it changed. Pre: size > 0. */
  pop(): void {
    const { dist, via, undoCell, undoDist, undoVia } = this;
    const to = this.mark.pop()!;
    this.from.pop();
    this.to.pop();
    for (let k = this.undoSize - 1; k >= to; k--) {
      dist[undoCell[k]!] = undoDist[k]!;
      via[undoCell[k]!] = undoVia[k]!;
    }
    this.undoSize = to;
  }

  private grow(): void {
    const size = this.undoCell.length * 2;
    const cell = new Int32Array(size);
    const dist = new Float64Array(size);
    const via = new Int32Array(size);
    cell.set(this.undoCell);
    dist.set(this.undoDist);
    via.set(this.undoVia);
    this.undoCell = cell;
    this.undoDist = dist;
    this.undoVia = via;
  }

  /**
   * Appends to `out` the edges (by number) of a shortest path i ⇝ j, in no particular order.
   * Pre: dist(i, j) finite.
   * @example const path: number[] = []; m.path(0, 3, path);
   */
  path(i: number, j: number, out: number[]): void {
    // Iterative: the pairs still to expand, on a stack (a path has fewer than n edges, and
    // the stack holds at most one pending pair per edge found, plus the current one).
    const stack = this.stack;
    stack[0] = i;
    stack[1] = j;
    let sp = 2;
    while (sp > 0) {
      const b = stack[--sp]!;
      const a = stack[--sp]!;
      if (a === b) continue;
      const e = this.via[a * this.n + b]!;
      out.push(e);
      stack[sp++] = this.to[e]!;
      stack[sp++] = b;
      stack[sp++] = a;
      stack[sp++] = this.from[e]!;
    }
  }
}
