/**
 * The decision heap: a binary max-heap of variables ordered by VSIDS activity, as in MiniSat's
 * `Heap<VarOrderLt>` (Eén and Sörensson, "An Extensible SAT-solver", SAT 2003). The heap and
 * the position index are `Int32Array`s and the keys a shared `Float64Array`, so bumping and
 * popping never allocate. Variables are 1-based; position -1 means "not in the heap".
 */
export declare class VarHeap {
    /** The heap proper: `heap[0..size)` are variables, parent of i is (i-1)>>1. */
    heap: Int32Array;
    /** Number of variables in the heap. */
    size: number;
    /** Position of each variable in `heap`, or -1. */
    index: Int32Array;
    /** The keys, owned by the solver state (same array object as `State.activity`). */
    act: Float64Array;
    constructor(capacity: number, act: Float64Array);
    /** Makes room for variables up to `capacity` and takes the (re-allocated) key array. */
    grow(capacity: number, act: Float64Array): void;
    contains(v: number): boolean;
    /** Inserts `v` if absent. */
    insert(v: number): void;
    /** Restores the heap after the key of `v` grew. Pre: nothing if `v` is not in the heap. */
    increased(v: number): void;
    /** Removes and returns the variable of largest activity. Pre: size > 0. */
    removeMax(): number;
    private up;
    private down;
}
