/**
 * The decision heap: a binary max-heap of variables ordered by VSIDS activity, as in MiniSat's
 * `Heap<VarOrderLt>` (Eén and Sörensson, "An Extensible SAT-solver", SAT 2003). The heap and
 * the position index are `Int32Array`s and the keys a shared `Float64Array`, so bumping and
 * popping never allocate. Variables are 1-based; position -1 means "not in the heap".
 */
export class VarHeap {
    /** The heap proper: `heap[0..size)` are variables, parent of i is (i-1)>>1. */
    heap;
    /** Number of variables in the heap. */
    size = 0;
    /** Position of each variable in `heap`, or -1. */
    index;
    /** The keys, owned by the solver state (same array object as `State.activity`). */
    act;
    constructor(capacity, act) {
        this.heap = new Int32Array(capacity + 1);
        this.index = new Int32Array(capacity + 1).fill(-1);
        this.act = act;
    }
    /** Makes room for variables up to `capacity` and takes the (re-allocated) key array. */
    grow(capacity, act) {
        this.act = act;
        if (capacity + 1 <= this.index.length)
            return;
        const heap = new Int32Array(capacity + 1);
        heap.set(this.heap.subarray(0, this.size));
        const index = new Int32Array(capacity + 1).fill(-1);
        index.set(this.index);
        this.heap = heap;
        this.index = index;
    }
    contains(v) {
        return this.index[v] >= 0;
    }
    /** Inserts `v` if absent. */
    insert(v) {
        if (this.index[v] >= 0)
            return;
        const i = this.size++;
        this.heap[i] = v;
        this.index[v] = i;
        this.up(i);
    }
    /** Restores the heap after the key of `v` grew. Pre: nothing if `v` is not in the heap. */
    increased(v) {
        const i = this.index[v];
        if (i >= 0)
            this.up(i);
    }
    /** Removes and returns the variable of largest activity. Pre: size > 0. */
    removeMax() {
        const heap = this.heap;
        const top = heap[0];
        const last = heap[--this.size];
        this.index[top] = -1;
        if (this.size > 0) {
            heap[0] = last;
            this.index[last] = 0;
            this.down(0);
        }
        return top;
    }
    up(i) {
        const heap = this.heap;
        const index = this.index;
        const act = this.act;
        const v = heap[i];
        const a = act[v];
        while (i > 0) {
            const p = (i - 1) >> 1;
            const pv = heap[p];
            if (!(a > act[pv]))
                break;
            heap[i] = pv;
            index[pv] = i;
            i = p;
        }
        heap[i] = v;
        index[v] = i;
    }
    down(i) {
        const heap = this.heap;
        const index = this.index;
        const act = this.act;
        const size = this.size;
        const v = heap[i];
        const a = act[v];
        for (;;) {
            let c = 2 * i + 1;
            if (c >= size)
                break;
            const r = c + 1;
            if (r < size && act[heap[r]] > act[heap[c]])
                c = r;
            const cv = heap[c];
            if (!(act[cv] > a))
                break;
            heap[i] = cv;
            index[cv] = i;
            i = c;
        }
        heap[i] = v;
        index[v] = i;
    }
}
//# sourceMappingURL=heap.js.map