/**
 * Equality logic: a component of the difference graph whose atoms are used only as equalities
 * `x = y` (the uninterpreted sorts of QF_UF after Ackermann expansion, machine choices compared
 * for equality) needs no order at all. Each pair gets one Boolean e_xy for `x = y`, and what the
 * Booleans lose — transitivity — comes back as *sparse transitivity constraints* (Bryant &
 * Velev, "Boolean satisfiability with transitivity constraints", ACM TOCL 3(4), 2002): the
 * graph of the pairs is made chordal by eliminating its vertices one by one (the remaining
 * neighbours of an eliminated vertex become pairwise adjacent, each fill-in edge a new Boolean),
 * and every triangle of the chordal graph gets its three clauses `e_ab ∧ e_bc → e_ac`. On a
 * chordal graph, an assignment that satisfies every triangle has no cycle with exactly one false
 * edge, so the true edges partition the variables into classes that agree with every edge.
 *
 * Versus the other encodings: small-domain gives n variables ⌈log2 n⌉ bits each and compares
 * words; eij turns a disequality into a strict inequality, and elimination then derives atoms
 * whose constants grow along chains (a chain of 80 diamonds exceeds any budget). Here the number
 * of clauses is three per triangle of the chordal graph, which for sparse equality graphs (chains,
 * diamonds, processor models) is linear.
 *
 * Atoms: an equality is the conjunction `x − y ≤ 0 ∧ ¬(x − y ≤ −1)` of two canonical atoms; the
 * first becomes e_xy and the second false. That valuation of the atoms is not an integer one
 * (e_xy false claims x > y), but no formula can tell: every atom of the component occurs only in
 * that conjunction. Values: the classes of the true edges, numbered 0, 1, ... (the zero
 * variable's class at 0 when it belongs to the component).
 */
import { FALSE, TRUE } from '../../cnf/gates.js';
/**
 * Per atom of `table`: 1 when it occurs in some comparison, and only inside equality forms
 * (a case `x − y ≤ 0 ∧ ¬(x − y ≤ −1)`, guards allowed) of `=` and `distinct` terms.
 * `comparisons` are the normal forms of every comparison term, `eq` set for `=` and `distinct`.
 * An atom the caller uses elsewhere (a symmetry-breaking fact) must be cleared by the caller.
 */
export function equalityOnlyAtoms(table, comparisons) {
    const used = new Uint8Array(table.size);
    const other = new Uint8Array(table.size);
    for (const { eq, forms } of comparisons) {
        for (const f of forms) {
            for (const c of f.cases) {
                if (typeof c.rel === 'boolean')
                    continue;
                const mark = eq && isEqualityRel(table, c.rel) ? used : other;
                for (const l of c.rel)
                    mark[l.atom] = 1;
            }
        }
    }
    for (let i = 0; i < table.size; i++)
        if (other[i])
            used[i] = 0;
    return used;
}
/**
 * Whether a conjunction of atom literals is an equality form `x − y ≤ c ∧ ¬(x − y ≤ c − 1)`,
 * i.e. x − y = c, with c = 0 between two variables (x = y) and any c against the zero variable
 * (y = −c: a variable equal to a constant).
 */
export function isEqualityRel(table, rel) {
    if (rel.length !== 2)
        return false;
    const [a, b] = rel;
    if (table.x[a.atom] !== table.x[b.atom] || table.y[a.atom] !== table.y[b.atom])
        return false;
    const [pos, neg] = a.pos ? [a, b] : [b, a];
    if (!pos.pos || neg.pos)
        return false;
    const c = table.c[pos.atom];
    return table.c[neg.atom] === c - 1n && (c === 0n || table.x[pos.atom] === 0);
}
/**
 * The nodes and edges of a component: a variable per variable but the zero variable, a node per
 * constant a variable is compared with (`numVars + i`), an edge per pair of variables with an
 * atom, an edge from each variable compared with constants to every constant (the literal of
 * `v ≥ m` needs `v = k` for every constant k < m), and the edges between constants first.
 */
function graphOf(table, vars, atoms) {
    const n = table.numVars;
    // Per variable compared with the zero variable: the constants c of its atoms 0 − v ≤ c.
    const bounds = new Map();
    for (const i of atoms) {
        if (table.x[i] !== 0)
            continue;
        const v = table.y[i];
        let set = bounds.get(v);
        if (!set)
            bounds.set(v, (set = new Set()));
        set.add(table.c[i]);
    }
    // v = −c is the form of the atoms c and c − 1.
    const values = new Set();
    for (const cs of bounds.values())
        for (const c of cs)
            if (cs.has(c - 1n))
                values.add(-c);
    const constants = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pairs = [];
    for (let i = 0; i < constants.length; i++)
        for (let j = i + 1; j < constants.length; j++)
            pairs.push(n + i, n + j);
    const apart = pairs.length / 2;
    for (const v of bounds.keys())
        for (let i = 0; i < constants.length; i++)
            pairs.push(v, n + i);
    for (const i of atoms)
        if (table.x[i] !== 0)
            pairs.push(table.x[i], table.y[i]);
    const nodes = vars.filter((v) => v !== 0);
    for (let i = 0; i < constants.length; i++)
        nodes.push(n + i);
    return { nodes, pairs, constants, apart };
}
/**
 * The chordal completion of `graph` as flat triangles (three edge numbers each) over `pairs`
 * (x, y of each edge: the given ones, without repeats, then the fill-in); undefined when the
 * triangles would need more than `budget` clauses (three per triangle).
 */
function triangulate(graph, budget, poll) {
    const n = graph.nodes.reduce((m, v) => Math.max(m, v + 1), 1);
    const key = (x, y) => (x < y ? x * n + y : y * n + x);
    const edgeOf = new Map();
    const pairs = [];
    const adj = new Map();
    for (const v of graph.nodes)
        adj.set(v, new Set());
    const addEdge = (x, y) => {
        const k = key(x, y);
        let e = edgeOf.get(k);
        if (e === undefined) {
            e = pairs.length / 2;
            edgeOf.set(k, e);
            pairs.push(x, y);
            adj.get(x).add(y);
            adj.get(y).add(x);
        }
        return e;
    };
    for (let i = 0; i < graph.pairs.length; i += 2)
        addEdge(graph.pairs[i], graph.pairs[i + 1]);
    const given = pairs.length / 2;
    // Greedy minimum-degree elimination: the vertex with the fewest remaining neighbours first.
    const triangles = [];
    const alive = new Set(graph.nodes);
    // Buckets by degree, refreshed lazily: a vertex popped with a stale degree is pushed again.
    const buckets = [];
    const push = (v) => {
        const d = adj.get(v).size;
        (buckets[d] ??= []).push(v);
    };
    for (const v of graph.nodes)
        push(v);
    let low = 0;
    while (alive.size > 0) {
        poll();
        while (!buckets[low] || buckets[low].length === 0)
            low++;
        const v = buckets[low].pop();
        if (!alive.has(v))
            continue;
        const nv = adj.get(v);
        if (nv.size !== low) {
            push(v);
            continue;
        }
        alive.delete(v);
        const ns = [...nv];
        if (3 * (triangles.length / 3 + (ns.length * (ns.length - 1)) / 2) > budget)
            return undefined;
        for (let a = 0; a < ns.length; a++) {
            for (let b = a + 1; b < ns.length; b++) {
                const [p, q] = [ns[a], ns[b]];
                triangles.push(edgeOf.get(key(v, p)), edgeOf.get(key(v, q)), addEdge(p, q));
            }
        }
        for (const u of ns) {
            adj.get(u).delete(v);
            push(u);
        }
        adj.delete(v);
        low = 0;
    }
    return { pairs, given, triangles, edge: (x, y) => edgeOf.get(key(x, y)) };
}
/**
 * Whether the equality encoding of the component needs at most `budget` transitivity clauses
 * (what `encodeEquality` would build, without building it).
 */
export function equalityFits(table, vars, atoms, budget, poll = () => { }) {
    return triangulate(graphOf(table, vars, atoms), budget, poll) !== undefined;
}
/**
 * The equality encoding of one component: `vars` and the indices of its atoms in `table`, all
 * of them equality-only (`equalityOnlyAtoms`). Only when it needs at most `budget` transitivity
 * clauses are the Booleans and clauses built in `g`, else the result is undefined and `g` is
 * untouched.
 *
 * Atoms: between two variables, `x − y ≤ 0` is e_xy and `x − y ≤ −1` false (the pair occurs only
 * as the conjunction of the first and the negation of the second: x = y). Against the zero
 * variable, `0 − v ≤ c` (v ≥ m for m = −c) is `∧ ¬e_vk` over the constants k < m: the values
 * give a variable in no constant's class a value above every constant, so that is exact for
 * every m up to one past the largest constant, which covers both atoms of every `v = k`.
 * Post: for any input values satisfying `axioms`, `equalityValues` gives integers under which
 * every equality form over the component's atoms has the truth value its literals give it.
 */
export function encodeEquality(g, table, vars, atoms, budget, poll = () => { }) {
    const graph = graphOf(table, vars, atoms);
    const t = triangulate(graph, budget, poll);
    if (!t)
        return undefined;
    const { pairs, given, triangles, edge } = t;
    const n = table.numVars;
    const edges = [];
    for (let e = 0; e < pairs.length / 2; e++) {
        const [x, y] = [pairs[2 * e], pairs[2 * e + 1]];
        edges.push({ x, y, lit: x >= n && y >= n ? FALSE : g.input() });
    }
    const axioms = [];
    for (let i = 0; i < triangles.length; i += 3) {
        const [a, b, c] = [edges[triangles[i]].lit, edges[triangles[i + 1]].lit, edges[triangles[i + 2]].lit];
        axioms.push(g.or(g.or(a ^ 1, b ^ 1), c), g.or(g.or(a ^ 1, c ^ 1), b), g.or(g.or(b ^ 1, c ^ 1), a));
    }
    const lit = (x, y) => edges[edge(x, y)].lit;
    const atomLits = new Map();
    for (const i of atoms) {
        const [x, y, c] = [table.x[i], table.y[i], table.c[i]];
        if (x !== 0) {
            atomLits.set(i, c === 0n ? lit(x, y) : FALSE);
            continue;
        }
        let l = TRUE;
        graph.constants.forEach((k, j) => {
            if (k < -c)
                l = g.and(l, lit(y, n + j) ^ 1);
        });
        atomLits.set(i, l);
    }
    return { atomLits, edges, constants: graph.constants, axioms, fill: edges.length - given };
}
/**
 * Values of the component's variables under a model of the edge literals: the classes of the
 * true edges, a class with a constant at that constant, the others numbered above the largest
 * constant (from 0 when there is none) in order of their first member. The zero variable is 0.
 * Pre: `value` satisfies the transitivity axioms (else an edge may disagree with the values,
 * which the model check reports).
 */
export function equalityValues(table, vars, r, value) {
    const n = table.numVars;
    const parent = new Map();
    const nodes = [...vars.filter((v) => v !== 0), ...r.constants.map((_, i) => n + i)];
    for (const v of nodes)
        parent.set(v, v);
    const find = (v) => {
        let root = v;
        while (parent.get(root) !== root)
            root = parent.get(root);
        while (parent.get(v) !== root) {
            const next = parent.get(v);
            parent.set(v, root);
            v = next;
        }
        return root;
    };
    for (const e of r.edges) {
        if (!value(e.lit))
            continue;
        const a = find(e.x);
        const b = find(e.y);
        if (a !== b)
            parent.set(a, b);
    }
    const classValue = new Map();
    r.constants.forEach((k, i) => classValue.set(find(n + i), k));
    let next = r.constants.length > 0 ? r.constants[r.constants.length - 1] + 1n : 0n;
    const out = new Map();
    for (const v of vars) {
        if (v === 0) {
            out.set(v, 0n);
            continue;
        }
        const root = find(v);
        let k = classValue.get(root);
        if (k === undefined)
            classValue.set(root, (k = next++));
        out.set(v, k);
    }
    return out;
}
//# sourceMappingURL=equality.js.map