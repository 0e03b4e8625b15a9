/**
 * Splits `cnf` under `assumptions` into at most `options.cubes` cubes (fewer if leaves are
 * refuted or no variable is left to split on).
 * Post: `cnf ∧ assumptions` is equisatisfiable with the disjunction over the cubes; zero
 * cubes means `cnf ∧ assumptions` is unsat.
 * @example const { cubes } = makeCubes(cnf, new Int32Array(0), { cubes: 8 });
 */
export function makeCubes(cnf, assumptions, options) {
    const p = new Propagator(cnf, assumptions);
    const result = { cubes: [], refuted: 0, probes: 0 };
    if (!p.rootOk)
        return result;
    const deadline = Date.now() + (options.budgetMs ?? 2000);
    const candidates = options.candidates ?? 24;
    let leaves = [[]];
    const final = [];
    while (leaves.length > 0 && leaves.length + final.length < options.cubes) {
        const next = [];
        for (let i = 0; i < leaves.length; i++) {
            const leaf = leaves[i];
            if (next.length + final.length + (leaves.length - i) >= options.cubes) {
                next.push(leaf); // enough leaves: keep the rest unsplit
                continue;
            }
            const split = splitLeaf(p, leaf, candidates, deadline, result);
            if (split === 'refuted')
                result.refuted++;
            else if (split.var === 0)
                final.push(split.lits);
            else
                next.push([...split.lits, split.var], [...split.lits, -split.var]);
        }
        leaves = next;
    }
    for (const leaf of [...final, ...leaves]) {
        // A leaf kept unsplit may still be refuted by propagation.
        p.reset();
        if (p.assumeAll(leaf))
            result.cubes.push(Int32Array.from(leaf));
        else
            result.refuted++;
    }
    p.reset();
    return result;
}
/** Picks the split variable of a leaf (0: none left), adding failed literals to its literals. */
function splitLeaf(p, leaf, candidates, deadline, out) {
    const lits = [...leaf];
    for (;;) {
        p.reset();
        if (!p.assumeAll(lits))
            return 'refuted';
        const vars = p.frequentUnassigned(candidates);
        if (vars.length === 0)
            return { lits, var: 0 };
        if (Date.now() > deadline)
            return { lits, var: vars[0] };
        let best = 0;
        let bestScore = -1;
        let implied = 0;
        for (const v of vars) {
            const pos = p.probe(v);
            const neg = p.probe(-v);
            out.probes += 2;
            if (pos < 0 && neg < 0)
                return 'refuted';
            if (pos < 0 || neg < 0) {
                implied = pos < 0 ? -v : v;
                break;
            }
            const score = (pos + 1) * (neg + 1);
            if (score > bestScore) {
                bestScore = score;
                best = v;
            }
        }
        if (implied === 0)
            return { lits, var: best };
        lits.push(implied); // a failed literal: its negation holds in this leaf
    }
}
/** Unit propagation over occurrence lists, with a trail to undo to the root. */
class Propagator {
    lits;
    /** Clause start offsets in `lits`, per literal index (CSR: `occStart[li]..occStart[li+1]`). */
    occ;
    occStart;
    /** Variables by decreasing number of occurrences. */
    order;
    /** 1 true, -1 false, 0 unassigned. */
    val;
    trail;
    trailSize = 0;
    rootSize = 0;
    rootOk;
    constructor(cnf, assumptions) {
        let n = cnf.numVars;
        for (const a of assumptions)
            n = Math.max(n, Math.abs(a));
        this.lits = cnf.flat();
        this.val = new Int8Array(n + 1);
        this.trail = new Int32Array(n + 1);
        const count = new Int32Array(2 * n + 3);
        const idx = (lit) => (lit > 0 ? 2 * lit : -2 * lit + 1);
        for (const lit of this.lits)
            if (lit !== 0)
                count[idx(lit)]++;
        this.occStart = new Int32Array(2 * n + 3);
        for (let i = 1; i < 2 * n + 3; i++)
            this.occStart[i] = this.occStart[i - 1] + count[i - 1];
        this.occ = new Int32Array(this.occStart[2 * n + 2]);
        const fill = this.occStart.slice();
        let start = 0;
        for (let i = 0; i < this.lits.length; i++) {
            const lit = this.lits[i];
            if (lit === 0)
                start = i + 1;
            else
                this.occ[fill[idx(lit)]++] = start;
        }
        const vars = Array.from({ length: n }, (_, i) => i + 1);
        vars.sort((a, b) => count[2 * b] + count[2 * b + 1] - (count[2 * a] + count[2 * a + 1]));
        this.order = Int32Array.from(vars);
        let ok = true;
        start = 0;
        for (let i = 0; i < this.lits.length && ok; i++) {
            if (this.lits[i] !== 0)
                continue;
            if (i === start)
                ok = false; // the empty clause
            else if (i === start + 1)
                ok = this.assume(this.lits[start]);
            start = i + 1;
        }
        for (let i = 0; i < assumptions.length && ok; i++)
            ok = this.assume(assumptions[i]);
        this.rootOk = ok;
        this.rootSize = this.trailSize;
    }
    /** Undoes everything above the root (units and base assumptions). */
    reset() {
        while (this.trailSize > this.rootSize)
            this.val[Math.abs(this.trail[--this.trailSize])] = 0;
    }
    /** Assumes every literal of `lits` with propagation; false on a conflict. */
    assumeAll(lits) {
        for (const lit of lits)
            if (!this.assume(lit))
                return false;
        return true;
    }
    /** Literals implied by `lit` (beyond the current trail), or -1 if it fails; undone after. */
    probe(lit) {
        const before = this.trailSize;
        const ok = this.assume(lit);
        const implied = this.trailSize - before;
        while (this.trailSize > before)
            this.val[Math.abs(this.trail[--this.trailSize])] = 0;
        return ok ? implied : -1;
    }
    /** Up to `k` unassigned variables, most frequent first. */
    frequentUnassigned(k) {
        const out = [];
        for (let i = 0; i < this.order.length && out.length < k; i++) {
            const v = this.order[i];
            if (this.val[v] === 0)
                out.push(v);
        }
        return out;
    }
    /** Sets `lit` true and propagates; false on a conflict (the trail then holds the partial work). */
    assume(lit) {
        const v0 = Math.abs(lit);
        const have = this.val[v0];
        if (have !== 0)
            return (have > 0) === lit > 0;
        let head = this.trailSize;
        this.set(lit);
        while (head < this.trailSize) {
            const falsified = -this.trail[head++];
            const li = falsified > 0 ? 2 * falsified : -2 * falsified + 1;
            for (let o = this.occStart[li]; o < this.occStart[li + 1]; o++) {
                let unit = 0;
                let open = 0;
                let satisfied = false;
                for (let i = this.occ[o]; this.lits[i] !== 0; i++) {
                    const l = this.lits[i];
                    const x = this.val[Math.abs(l)];
                    if (x === 0) {
                        open++;
                        unit = l;
                    }
                    else if ((x > 0) === l > 0) {
                        satisfied = true;
                        break;
                    }
                }
                if (satisfied)
                    continue;
                if (open === 0)
                    return false;
                if (open === 1)
                    this.set(unit);
            }
        }
        return true;
    }
    set(lit) {
        this.val[Math.abs(lit)] = lit > 0 ? 1 : -1;
        this.trail[this.trailSize++] = lit;
    }
}
//# sourceMappingURL=lookahead.js.map