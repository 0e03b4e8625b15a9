/**
 * The Boolean structure of one term in the gate layer (docs/ARCHITECTURE.md "Encoding"): a
 * comparison becomes the disjunction of its guarded cases over atom literals, a bit-vector
 * predicate goes to the bit-blaster, a connective combines the literals of its arguments (which
 * the caller has built before, in post-order). Shared by the one-problem encoder (encoder.ts)
 * and the incremental one (incremental.ts), which differ only in how an atom gets its literal.
 */
import { FALSE, TRUE } from '../cnf/gates.js';
import { UnsupportedError } from '../errors.js';
import { isBvPredicate } from '../theory/bv.js';
import { unguardedRel } from '../theory/idl/normalize.js';
/**
 * The gate literal of Boolean term `t`. Pre: the literals of its Boolean arguments and guards
 * are in `cx.lit`. Throws UnsupportedError on an operator outside the supported logics.
 * @example cx.lit.set(t.id, buildNode(cx, t));
 */
export function buildNode(cx, t) {
    const { g, bv, comparisons, atomLit, lit, boolVars } = cx;
    const guardLit = (gd) => (gd.pos ? lit.get(gd.term.id) : lit.get(gd.term.id) ^ 1);
    const forms = comparisons.get(t.id);
    if (forms) {
        // Most comparisons are one unguarded conjunction of atom literals (the general path below
        // gives the same gates for them, through one-element `orN`s and `andN`s).
        const rel = unguardedRel(t, forms);
        if (rel !== undefined) {
            if (typeof rel === 'boolean')
                return rel ? TRUE : FALSE;
            return rel.length === 1 ? atomLit(rel[0]) : g.andN(rel.map(atomLit));
        }
        const parts = forms.map((f) => g.orN(f.cases.map((c) => {
            const rel = typeof c.rel === 'boolean' ? (c.rel ? TRUE : FALSE) : g.andN(c.rel.map(atomLit));
            return g.andN([...c.guards.map(guardLit), rel]);
        })));
        // `distinct` is the conjunction of pairwise disequalities.
        return t.op === 'distinct' ? g.andN(parts.map((p) => p ^ 1)) : parts[0];
    }
    if (isBvPredicate(t))
        return bv.predicate(t);
    const a = t.args.map((x) => lit.get(x.id));
    switch (t.op) {
        case 'var': {
            const v = g.input();
            boolVars.set(t.id, v);
            return v;
        }
        case 'true':
            return TRUE;
        case 'false':
            return FALSE;
        case 'not':
            return a[0] ^ 1;
        case 'and':
            return g.andN(a);
        case 'or':
            return g.orN(a);
        case 'xor':
            return g.xor(a[0], a[1]);
        case '=>':
            return g.implies(a[0], a[1]);
        case '=':
            return g.iff(a[0], a[1]);
        case 'distinct':
            // Booleans have two values: two distinct arguments differ, three cannot.
            return a.length === 2 ? g.xor(a[0], a[1]) : FALSE;
        case 'ite':
            return g.ite(a[0], a[1], a[2]);
        default:
            throw new UnsupportedError(`operator '${t.op}' is not supported here`);
    }
}
//# sourceMappingURL=structure.js.map