/** Scratch space of the sweeps for resources of at most `k` tasks. */
export class Sweep {
    est;
    lct;
    byEst; //  task indices by decreasing est
    byLct; //  task indices by increasing lct
    omega; //  the tasks of the current task interval
    cand; //     edge-finding: the tasks of later lct
    firedE; // per task: est of the largest Ω it must end after (NaN: none)
    firedLo; // per task: min(est_i, that est)
    size = 0; //                    tasks of the current resource with finite bounds
    omegaSize = 0;
    constructor(k) {
        this.est = new Float64Array(k);
        this.lct = new Float64Array(k);
        this.byEst = new Int32Array(k);
        this.byLct = new Int32Array(k);
        this.omega = new Int32Array(k);
        this.cand = new Int32Array(k);
        this.firedE = new Float64Array(k);
        this.firedLo = new Float64Array(k);
    }
    /**
     * Sorts the first `size` tasks (of bounds `est`, `lct`, set by the caller).
     * Pre: size ≤ the capacity given to the constructor.
     */
    prepare(size) {
        this.size = size;
        const { est, lct, byEst, byLct } = this;
        for (let i = 0; i < size; i++)
            byEst[i] = byLct[i] = i;
        insertionSort(byEst, size, (a, b) => est[b] - est[a]);
        insertionSort(byLct, size, (a, b) => lct[a] - lct[b]);
    }
    /**
     * An overloaded task interval of the prepared tasks with durations `dur` (indexed like them):
     * true with `omega[0..omegaSize)` set to its tasks, or false if there is none.
     * @example s.prepare(3); if (s.overload(dur)) report(s.omega.subarray(0, s.omegaSize));
     */
    overload(dur) {
        const { est, lct, byEst, byLct, size } = this;
        for (let b = 0; b < size; b++) {
            const L = lct[byLct[b]];
            if (b + 1 < size && lct[byLct[b + 1]] === L)
                continue; // the largest Ω of this lct
            let p = 0;
            for (let a = 0; a < size; a++) {
                const j = byEst[a];
                if (lct[j] > L)
                    continue;
                p += dur[j];
                if (est[j] + p > L) {
                    this.collect(L, est[j]);
                    this.shrink(dur);
                    return true;
                }
            }
        }
        return false;
    }
    /**
     * Edge-finding over the prepared tasks (no overload among them): calls `found(i, E)` with
     * `omega[0..omegaSize)` set to a task interval Ω that task i must end after — for each lct_Ω,
     * the largest such Ω — and E the least earliest start of Ω ∪ {i} (the bound its reason
     * needs). Stops early when `found` answers false.
     */
    edgeFind(dur, found) {
        const { est, lct, byEst, byLct, size, cand, firedE, firedLo } = this;
        for (let b = 0; b < size; b++) {
            const L = lct[byLct[b]];
            if (b + 1 < size && lct[byLct[b + 1]] === L)
                continue;
            // The tasks that may end after Ω: those with a later lct.
            let nc = 0;
            let longest = 0;
            for (let q = b + 1; q < size; q++) {
                const i = byLct[q];
                cand[nc++] = i;
                firedE[i] = NaN;
                if (dur[i] > longest)
                    longest = dur[i];
            }
            if (nc === 0)
                break;
            let p = 0;
            for (let a = 0; a < size; a++) {
                const j = byEst[a];
                if (lct[j] > L)
                    continue;
                p += dur[j];
                // Ω: the tasks with est ≥ E (ties later in the order too: more energy, the same rule).
                const E = est[j];
                // Both cases of the rule need p_i > slack.
                const slack = L - E - p;
                if (slack >= longest)
                    continue;
                for (let q = 0; q < nc; q++) {
                    const i = cand[q];
                    if (dur[i] <= slack)
                        continue;
                    const lo = est[i] < E ? est[i] : E;
                    if (lo + p + dur[i] <= L)
                        continue;
                    firedE[i] = E; // Ω grows with a: the last one that fires is the largest
                    firedLo[i] = lo;
                }
            }
            for (let q = 0; q < nc; q++) {
                const i = cand[q];
                if (Number.isNaN(firedE[i]))
                    continue;
                this.collect(L, firedE[i]);
                if (!found(i, firedLo[i]))
                    return;
            }
        }
    }
    /**
     * Drops tasks from the overloaded omega while the rest stays overloaded (shortest first):
     * fewer tasks, fewer bounds in the conflict's reason.
     */
    shrink(dur) {
        const { est, lct, omega } = this;
        let n = this.omegaSize;
        insertionSort(omega, n, (a, b) => dur[a] - dur[b]);
        for (let q = 0; q < n && n > 2;) {
            let E = Infinity;
            let L = -Infinity;
            let p = 0;
            for (let r = 0; r < n; r++) {
                if (r === q)
                    continue;
                const j = omega[r];
                if (est[j] < E)
                    E = est[j];
                if (lct[j] > L)
                    L = lct[j];
                p += dur[j];
            }
            if (E + p > L) {
                omega.copyWithin(q, q + 1, n);
                n--;
            }
            else
                q++;
        }
        this.omegaSize = n;
    }
    /** Sets omega to the tasks with est ≥ E and lct ≤ L. */
    collect(L, E) {
        let k = 0;
        for (let j = 0; j < this.size; j++)
            if (this.lct[j] <= L && this.est[j] >= E)
                this.omega[k++] = j;
        this.omegaSize = k;
    }
}
/** Sorts `xs[0..n)` in place by `cmp` (small n: a resource's tasks). */
function insertionSort(xs, n, cmp) {
    for (let i = 1; i < n; i++) {
        const x = xs[i];
        let j = i - 1;
        while (j >= 0 && cmp(xs[j], x) > 0) {
            xs[j + 1] = xs[j];
            j--;
        }
        xs[j + 1] = x;
    }
}
//# sourceMappingURL=disjunctive.js.map