import { forEachTerm } from '../terms/walk.js';
/** The linear form of an Int term, or undefined for a term outside +, −, numerals, constants and products by numerals. */
function linear(t, vars) {
    switch (t.op) {
        case 'int':
            return { coef: new Map(), c: t.value };
        case 'var':
            vars.set(t.id, t);
            return { coef: new Map([[t.id, 1n]]), c: 0n };
        case '+':
        case '-':
        case 'neg': {
            const parts = t.args.map((a) => linear(a, vars));
            if (parts.some((p) => p === undefined))
                return undefined;
            const out = { coef: new Map(), c: 0n };
            parts.forEach((p, i) => {
                const s = t.op === 'neg' || (t.op === '-' && (i > 0 || parts.length === 1)) ? -1n : 1n;
                out.c += s * p.c;
                for (const [v, k] of p.coef)
                    out.coef.set(v, (out.coef.get(v) ?? 0n) + s * k);
            });
            return out;
        }
        case '*': {
            const parts = t.args.map((a) => linear(a, vars));
            if (parts.some((p) => p === undefined))
                return undefined;
            let out = { coef: new Map(), c: 1n };
            for (const p of parts) {
                if (p.coef.size === 0)
                    out = { coef: new Map([...out.coef].map(([v, k]) => [v, k * p.c])), c: out.c * p.c };
                else if (out.coef.size === 0)
                    out = { coef: new Map([...p.coef].map(([v, k]) => [v, k * out.c])), c: p.c * out.c };
                else
                    return undefined;
            }
            return out;
        }
        default:
            return undefined;
    }
}
/** Nodes × edges above which Bellman–Ford is not run. */
const WORK = 50_000_000;
const COMPARISONS = new Set(['<=', '<', '>=', '>', '=', 'distinct']);
/**
 * A model that agrees with `model` on every Boolean and every difference atom of `assertions`
 * and minimises `objective` (which must be `x − y + c`, `x + c` or `−x + c` over Int
 * constants) among such models; undefined when the problem is not read as plain difference
 * logic. Pre: `model` satisfies `assertions`. The result must still be checked by the caller.
 * @example const better = shift(assertions, store.mk('-', [makespan, zero]), model);
 */
export function shift(assertions, objective, model) {
    return shifter(assertions, objective)?.(model);
}
/**
 * `shift` with the assertions read once: undefined when they are not plain difference logic or
 * the objective is not of the form above, else the function that shifts one model (undefined
 * for a model it cannot shift, e.g. one that is not a model).
 * @example const s = shifter(assertions, objective); const better = s?.(model);
 */
export function shifter(assertions, objective) {
    const vars = new Map();
    const obj = linear(objective, vars);
    if (!obj)
        return undefined;
    const terms = [...obj.coef].filter(([, k]) => k !== 0n);
    if (terms.length === 0 || terms.length > 2 || terms.some(([, k]) => k !== 1n && k !== -1n))
        return undefined;
    if (terms.length === 2 && terms[0][1] === terms[1][1])
        return undefined;
    const index = new Map(); // constant id → node (0 is zero)
    const node = (id) => {
        let n = index.get(id);
        if (n === undefined)
            index.set(id, (n = index.size + 1));
        return n;
    };
    const atoms = [];
    let readable = true;
    forEachTerm(assertions, (t) => {
        if (!readable)
            return;
        if (t.sort.kind === 'Int' && t.op !== 'var' && t.op !== 'int' && !['+', '-', 'neg', '*'].includes(t.op))
            readable = false;
        if (t.sort.kind === 'Real' || t.sort.kind === 'BitVec' || t.op === 'apply' || t.op === 'select')
            readable = false;
        if (!COMPARISONS.has(t.op) || t.args[0]?.sort.kind !== 'Int')
            return;
        for (let i = 0; readable && i < t.args.length; i++) {
            for (let j = i + 1; readable && j < t.args.length; j++) {
                if (t.op !== 'distinct' && j !== i + 1)
                    break;
                const a = linear(t.args[i], vars);
                const b = linear(t.args[j], vars);
                if (!a || !b) {
                    readable = false;
                    break;
                }
                // d = a − b.
                const coef = new Map(a.coef);
                for (const [v, k] of b.coef)
                    coef.set(v, (coef.get(v) ?? 0n) - k);
                const nz = [...coef].filter(([, k]) => k !== 0n);
                if (nz.length > 2 || nz.some(([, k]) => k !== 1n && k !== -1n) || (nz.length === 2 && nz[0][1] === nz[1][1])) {
                    readable = false;
                    break;
                }
                const pos = nz.find(([, k]) => k === 1n);
                const neg = nz.find(([, k]) => k === -1n);
                atoms.push({
                    op: t.op,
                    pos: pos ? node(pos[0]) : 0,
                    neg: neg ? node(neg[0]) : 0,
                    ids: nz.map(([v]) => v),
                    coefs: nz.map(([, k]) => k),
                    c: a.c - b.c,
                });
            }
        }
    });
    if (!readable)
        return undefined;
    const source = terms.find(([, k]) => k === 1n);
    const sink = terms.find(([, k]) => k === -1n);
    // Minimise x − y: x_v = dist(x, v). With no positive term (−y), dist from zero maximises y.
    const from = source ? node(source[0]) : 0;
    const to = sink ? node(sink[0]) : 0;
    const n = index.size + 1;
    // An '=' or a disequality side adds at most two edges per atom.
    if (n * 2 * atoms.length > WORK)
        return undefined;
    return (model) => {
        const edges = [];
        // d ≤ k is the edge neg → pos of weight k − c; d ≥ k the edge pos → neg of weight c − k.
        const le = (a, k) => edges.push({ from: a.neg, to: a.pos, w: k - a.c });
        const ge = (a, k) => edges.push({ from: a.pos, to: a.neg, w: a.c - k });
        for (const a of atoms) {
            let dv = a.c;
            for (let i = 0; i < a.ids.length; i++)
                dv += a.coefs[i] * (model.get(a.ids[i]) ?? 0n);
            // The facts that keep the atom's value.
            switch (a.op) {
                case '<=':
                    if (dv <= 0n)
                        le(a, 0n);
                    else
                        ge(a, 1n);
                    break;
                case '<':
                    if (dv < 0n)
                        le(a, -1n);
                    else
                        ge(a, 0n);
                    break;
                case '>=':
                    if (dv >= 0n)
                        ge(a, 0n);
                    else
                        le(a, -1n);
                    break;
                case '>':
                    if (dv > 0n)
                        ge(a, 1n);
                    else
                        le(a, 0n);
                    break;
                default: // '=' and 'distinct': equal stays equal, a side of a disequality stays that side
                    if (dv === 0n) {
                        le(a, 0n);
                        ge(a, 0n);
                    }
                    else if (dv < 0n)
                        le(a, -1n);
                    else
                        ge(a, 1n);
            }
        }
        const dist = new Array(n).fill(undefined);
        dist[from] = 0n;
        for (let round = 0; round < n; round++) {
            let changed = false;
            for (const e of edges) {
                const d = dist[e.from];
                if (d === undefined)
                    continue;
                const nd = d + e.w;
                if (dist[e.to] === undefined || nd < dist[e.to]) {
                    dist[e.to] = nd;
                    changed = true;
                }
            }
            if (!changed)
                break;
            if (round === n - 1)
                return undefined; // a negative cycle: the model was not a model
        }
        // Without a constant in any atom, `zero` is free: the solution is anchored at x instead.
        const anchored = edges.some((e) => e.from === 0 || e.to === 0);
        if (!anchored && (from === 0 || to === 0))
            return undefined;
        if (dist.some((d, v) => d === undefined && (v !== 0 || anchored)))
            return undefined;
        const base = anchored ? dist[0] : 0n;
        // Constants outside the graph (in no difference atom) keep their values.
        const out = new Map(model);
        for (const [id, v] of index)
            out.set(id, dist[v] - base);
        return out;
    };
}
//# sourceMappingURL=shift.js.map