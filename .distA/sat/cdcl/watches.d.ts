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
export declare class WatchLists {
    /** All lists. May be replaced by a larger copy on `push` (offsets are kept). */
    pool: Int32Array;
    /** Used words of `pool`, including abandoned blocks. */
    used: number;
    /** Per literal: offset of its block in `pool`. */
    start: Int32Array;
    /** Per literal: used words of its list. */
    len: Int32Array;
    /** Per literal: size of its block. */
    cap: Int32Array;
    /** Makes room for literals `0 .. numLits-1` (new lists empty, without a block). */
    reserve(numLits: number): void;
    /** Appends the pair (a, b) to the list of `lit`. */
    push(lit: number, a: number, b: number): void;
    /**
     * Moves the list of `lit` to a fresh block of twice its capacity at the end of the pool and
     * returns the new offset. Every other list keeps its offset; `pool` may be a new array.
     */
    relocate(lit: number): number;
    /**
     * Empties every list and lays out fresh blocks sized for `counts[lit]` words each (plus some
     * slack), reclaiming abandoned blocks. `counts` is indexed by literal.
     */
    rebuild(counts: Int32Array): void;
    private ensure;
}
