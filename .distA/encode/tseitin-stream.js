/**
 * The Tseitin transformation for a gate graph that keeps growing (docs/ARCHITECTURE.md
 * "Incremental checks"): every node gets its CNF variable and its clauses once, the first time a
 * literal above it is asked for, and the clauses go to a buffer that the caller drains into a
 * live SAT session. Unlike `cnf/tseitin.ts` (one problem, with polarity) the definitions here
 * are full, two-sided equivalences: a node first needed true in one assertion may be needed
 * false in an assertion added later, and a definition never has to be guarded or withdrawn —
 * it holds in every model whatever is asserted, so it survives `pop` and keeps every clause the
 * solver learnt from it valid.
 *
 * Variables are numbered in the order nodes are first needed; `nodeVar` maps back for decoding.
 */
import { FALSE, GateKind, TRUE } from '../cnf/gates.js';
export class TseitinStream {
    g;
    /** CNF variable of each node (0: none yet). */
    nodeVar = new Int32Array(1024);
    vars = 0;
    /** Clauses not yet drained: DIMACS literals, each clause ended by 0. */
    buf = [];
    stack = [];
    constructor(g) {
        this.g = g;
    }
    /** Number of CNF variables allocated so far. */
    get numVars() {
        return this.vars;
    }
    /** A fresh CNF variable that belongs to no gate (e.g. an activation literal). */
    freshVar() {
        return ++this.vars;
    }
    /**
     * The DIMACS literal of gate literal `l`, defining every node of its cone not defined yet.
     * Pre: `l` is neither TRUE nor FALSE.
     * @example const d = stream.lit(g.and(a, b)); // clauses for the AND (and its inputs' variables) are buffered
     */
    lit(l) {
        if (l === TRUE || l === FALSE)
            throw new RangeError('a constant has no CNF literal');
        this.define(l >>> 1);
        const v = this.nodeVar[l >>> 1];
        return l & 1 ? -v : v;
    }
    /** The value of gate literal `l` under a SAT model (by variable, 1 = true); false for a node never defined. */
    value(l, model) {
        if (l === TRUE)
            return true;
        if (l === FALSE)
            return false;
        const node = l >>> 1;
        const v = node < this.nodeVar.length ? this.nodeVar[node] : 0;
        const b = v !== 0 && model[v] === 1;
        return l & 1 ? !b : b;
    }
    /** The DIMACS literal of gate literal `l` if its node has a CNF variable already, else 0. */
    defined(l) {
        const node = l >>> 1;
        const v = node < this.nodeVar.length ? this.nodeVar[node] : 0;
        return l & 1 ? -v : v;
    }
    /** Appends a clause (DIMACS literals) to the buffer. */
    clause(lits) {
        for (const x of lits)
            this.buf.push(x);
        this.buf.push(0);
    }
    /** The buffered clauses as a flat 0-terminated array; the buffer is emptied. */
    drain() {
        const out = Int32Array.from(this.buf);
        this.buf = [];
        return out;
    }
    varOf(node) {
        if (node >= this.nodeVar.length) {
            const grown = new Int32Array(Math.max(node + 1, this.nodeVar.length * 2));
            grown.set(this.nodeVar);
            this.nodeVar = grown;
        }
        return this.nodeVar[node] || (this.nodeVar[node] = ++this.vars);
    }
    /** Defines `root` and every undefined node below it, children first (explicit stack). */
    define(root) {
        const { g, stack } = this;
        if (root < this.nodeVar.length && this.nodeVar[root] !== 0)
            return;
        stack.push(root);
        while (stack.length > 0) {
            const node = stack[stack.length - 1];
            if (node < this.nodeVar.length && this.nodeVar[node] !== 0) {
                stack.pop();
                continue;
            }
            const k = g.kind[node];
            if (k === GateKind.Input) {
                this.varOf(node);
                stack.pop();
                continue;
            }
            const fanins = k === GateKind.Ite ? [g.fanin0[node], g.fanin1[node], g.fanin2[node]] : [g.fanin0[node], g.fanin1[node]];
            let ready = true;
            for (const f of fanins) {
                const m = f >>> 1;
                if (m !== 0 && !(m < this.nodeVar.length && this.nodeVar[m] !== 0)) {
                    stack.push(m);
                    ready = false;
                }
            }
            if (!ready)
                continue;
            stack.pop();
            this.emit(node, k, fanins);
        }
    }
    /** The two-sided definition of a gate whose fanins are all defined (constant fanins fold). */
    emit(node, kind, fanins) {
        const out = this.varOf(node);
        // Fanins are never constants for AND/XOR (the gate layer folds them); an ITE branch may be.
        const d = (l) => (l === TRUE ? true : l === FALSE ? false : this.lit(l));
        const put = (lits) => {
            if (lits.includes(true))
                return;
            this.clause(lits.filter((x) => typeof x === 'number'));
        };
        const neg = (x) => (typeof x === 'boolean' ? !x : -x);
        if (kind === GateKind.And) {
            const a = d(fanins[0]);
            const b = d(fanins[1]);
            put([-out, a]);
            put([-out, b]);
            put([out, neg(a), neg(b)]);
        }
        else if (kind === GateKind.Xor) {
            const a = d(fanins[0]);
            const b = d(fanins[1]);
            put([-out, a, b]);
            put([-out, neg(a), neg(b)]);
            put([out, neg(a), b]);
            put([out, a, neg(b)]);
        }
        else if (kind === GateKind.Ite) {
            const c = d(fanins[0]);
            const t = d(fanins[1]);
            const e = d(fanins[2]);
            put([-out, neg(c), t]);
            put([-out, c, e]);
            put([-out, t, e]);
            put([out, neg(c), neg(t)]);
            put([out, c, neg(e)]);
            put([out, neg(t), neg(e)]);
        }
    }
}
//# sourceMappingURL=tseitin-stream.js.map