import { shortestFrom } from '../../theory/idl/graph.js';
/**
 * The EIJ encoding of one component: `vars` and the indices of its atoms in `table`.
 * The elimination runs on atom numbers first; only when it needs at most `budget` transitivity
 * clauses are the atoms and clauses built in `g`, else the result is undefined and `g` is
 * untouched.
 * Post: for any input values satisfying `axioms`, the atom literals' constraints are jointly
 * satisfiable over the integers, and `eijValues` yields values satisfying them.
 */
export function encodeEij(g, table, vars, atoms, budget, poll = () => { }) {
    const e = eliminate(table, vars, atoms, budget, poll);
    if (!e)
        return undefined;
    const { clauses, found, local, original } = e;
    const inputs = [];
    for (let a = 0; a < found.length; a++)
        inputs.push(g.input());
    const toLit = (l) => inputs[l >> 1] ^ (l & 1);
    const axioms = [];
    for (let i = 0; i < clauses.length; i += 3) {
        const third = clauses[i + 2];
        const a = g.or(toLit(clauses[i]), toLit(clauses[i + 1]));
        axioms.push(third < 0 ? a : g.or(a, toLit(third)));
    }
    const atomLits = new Map();
    atoms.forEach((i, k) => atomLits.set(i, toLit(local[k])));
    return { atomLits, atoms: found.map((a, i) => ({ ...a, lit: inputs[i] })), axioms, derived: found.length - original };
}
/**
 * Whether the EIJ encoding of the component needs at most `budget` transitivity clauses (what
 * `encodeEij` would build, without building it).
 * @example eijFits(table, [0, 1, 2], [0, 1], 1000) // true for a few atoms
 */
export function eijFits(table, vars, atoms, budget, poll = () => { }) {
    return eliminate(table, vars, atoms, budget, poll) !== undefined;
}
/**
 * The elimination of `encodeEij` on atom numbers: the transitivity clauses as flat triples of
 * local literals (−1: no third literal), the atoms (given and derived), the local literal of each
 * given atom; undefined past `budget` clauses.
 */
function eliminate(table, vars, atoms, budget, poll) {
    const into = new Map();
    const outOf = new Map();
    for (const v of vars) {
        into.set(v, []);
        outOf.set(v, []);
    }
    // Canonical atoms, as in AtomTable: `x − y ≤ c` with x < y, else the negation.
    const index = new Map();
    const found = [];
    const atomLit = (x, y, c) => {
        let neg = 0;
        if (x > y)
            [x, y, c, neg] = [y, x, -c - 1n, 1];
        const key = `${x} ${y} ${c}`;
        let a = index.get(key);
        if (a === undefined) {
            a = index.size;
            index.set(key, a);
            found.push({ x, y, c });
            const pos = { from: y, to: x, w: c, lit: 2 * a };
            const negEdge = { from: x, to: y, w: -c - 1n, lit: 2 * a + 1 };
            for (const e of [pos, negEdge]) {
                outOf.get(e.from).push(e);
                into.get(e.to).push(e);
            }
        }
        return 2 * a + neg;
    };
    const local = atoms.map((i) => atomLit(table.x[i], table.y[i], table.c[i]));
    const original = index.size;
    // Clauses as flat triples of local literals (−1: no third literal).
    const clauses = [];
    const alive = new Set(vars);
    while (alive.size > 0) {
        poll();
        // The variable with the fewest combinations (edges to dead variables no longer count).
        let best = -1;
        let bestCost = Infinity;
        for (const v of alive) {
            const ins = into.get(v).filter((e) => alive.has(e.from));
            const outs = outOf.get(v).filter((e) => alive.has(e.to));
            into.set(v, ins);
            outOf.set(v, outs);
            const cost = ins.length * outs.length;
            if (cost < bestCost)
                [best, bestCost] = [v, cost];
        }
        alive.delete(best);
        for (const e1 of into.get(best)) {
            for (const e2 of outOf.get(best)) {
                if (e1.lit === (e2.lit ^ 1))
                    continue; // the two sides of one atom
                const w = e1.w + e2.w;
                if (e1.from === e2.to) {
                    if (w < 0n)
                        clauses.push(e1.lit ^ 1, e2.lit ^ 1, -1);
                }
                else {
                    clauses.push(e1.lit ^ 1, e2.lit ^ 1, atomLit(e2.to, e1.from, w));
                }
                if (clauses.length > 3 * budget)
                    return undefined;
            }
        }
    }
    return { clauses, found, local, original };
}
/**
 * Values of the component's variables under a model of the atom literals: shortest distances
 * over the edges the literals select, with the zero variable (when present) at 0.
 * Pre: `value` satisfies the transitivity axioms (else some values may violate atoms, which the
 * model check reports).
 */
export function eijValues(vars, eij, value) {
    const source = -1;
    const edges = vars.map((v) => ({ from: source, to: v, w: 0n }));
    for (const { x, y, c, lit } of eij.atoms.slice(0, eij.atoms.length - eij.derived)) {
        edges.push(value(lit) ? { from: y, to: x, w: c } : { from: x, to: y, w: -c - 1n });
    }
    const dist = shortestFrom(vars.length + 1, edges, source);
    const out = new Map();
    const shift = vars.includes(0) ? (dist?.get(0) ?? 0n) : 0n;
    for (const v of vars)
        out.set(v, (dist?.get(v) ?? 0n) - shift);
    return out;
}
//# sourceMappingURL=eij.js.map