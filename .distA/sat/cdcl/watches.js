/**
 * Watch lists, one per literal, all stored in a single `Int32Array` pool: list `lit` occupies
 * `pool[start[lit] .. start[lit] + len[lit])` inside a block of `cap[lit]` words. A list that
 * outgrows its block moves to a block twice as large at the end of the pool; the pool itself
 * grows by doubling and keeps every offset. The abandoned blocks are reclaimed when the
 * lists are rebuilt (`rebuild`, at every garbage collection of the clause arena).
 *
 * Why not one typed array per literal, as MiniSat has one `vec` per literal: in V8 a small
 * typed array costs some 250 bytes of object overhead, which for a CNF with a million
 * variables (four lists each) would be a gigabyte before a single watch is stored.
 *
 * Entries are pairs of words (for long clauses: blocker literal and clause; for binary
 * clauses: the other literal and clause).
 */
export class WatchLists {
    /** All lists. May be replaced by a larger copy on `push` (offsets are kept). */
    pool = new Int32Array(1024);
    /** Used words of `pool`, including abandoned blocks. */
    used = 0;
    /** Per literal: offset of its block in `pool`. */
    start = new Int32Array(0);
    /** Per literal: used words of its list. */
    len = new Int32Array(0);
    /** Per literal: size of its block. */
    cap = new Int32Array(0);
    /** Makes room for literals `0 .. numLits-1` (new lists empty, without a block). */
    reserve(numLits) {
        if (numLits <= this.start.length)
            return;
        this.start = grown(this.start, numLits);
        this.len = grown(this.len, numLits);
        this.cap = grown(this.cap, numLits);
    }
    /** Appends the pair (a, b) to the list of `lit`. */
    push(lit, a, b) {
        const n = this.len[lit];
        const off = n + 2 > this.cap[lit] ? this.relocate(lit) : this.start[lit];
        this.pool[off + n] = a;
        this.pool[off + n + 1] = b;
        this.len[lit] = n + 2;
    }
    /**
     * Moves the list of `lit` to a fresh block of twice its capacity at the end of the pool and
     * returns the new offset. Every other list keeps its offset; `pool` may be a new array.
     */
    relocate(lit) {
        const n = this.len[lit];
        const cap = Math.max(4, 2 * this.cap[lit]);
        this.ensure(this.used + cap);
        const off = this.used;
        this.pool.copyWithin(off, this.start[lit], this.start[lit] + n);
        this.start[lit] = off;
        this.cap[lit] = cap;
        this.used += cap;
        return off;
    }
    /**
     * Empties every list and lays out fresh blocks sized for `counts[lit]` words each (plus some
     * slack), reclaiming abandoned blocks. `counts` is indexed by literal.
     */
    rebuild(counts) {
        let total = 0;
        for (let lit = 0; lit < this.start.length; lit++) {
            const need = counts[lit];
            const cap = need === 0 ? 0 : need + (need >> 1) + 2;
            this.start[lit] = total;
            this.cap[lit] = cap;
            this.len[lit] = 0;
            total += cap;
        }
        if (total > this.pool.length || total < this.pool.length >> 2)
            this.pool = new Int32Array(Math.max(1024, total + (total >> 1)));
        this.used = total;
    }
    ensure(words) {
        if (words <= this.pool.length)
            return;
        let size = this.pool.length * 2;
        while (size < words)
            size *= 2;
        const pool = new Int32Array(size);
        pool.set(this.pool.subarray(0, this.used));
        this.pool = pool;
    }
}
function grown(a, n) {
    const b = new Int32Array(n);
    b.set(a);
    return b;
}
//# sourceMappingURL=watches.js.map