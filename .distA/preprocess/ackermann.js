/**
 * Ackermann expansion (Ackermann 1954; Kroening & Strichman, "Decision Procedures", §4.2):
 * removes uninterpreted functions and sorts, for QF_UF, QF_UFIDL and QF_UFBV.
 *
 * Every application `f(a1..an)` becomes a fresh constant r of f's range, and every pair of
 * applications of the same f adds the functional-consistency constraint
 * `(a1 = b1 ∧ … ∧ an = bn) → r = s` over the (rewritten) arguments. A pair whose arguments
 * include two different literals at one position needs no constraint. The result is
 * equisatisfiable; a model of it gives f the table argument values ↦ r.
 *
 * An uninterpreted sort U (declared with arity 0) becomes Int: its terms are only compared
 * with `=` and `distinct` (and chosen by `ite`), which difference logic encodes; the small-domain
 * encoding then gives k constants of U at most k values. In the model the integers used are
 * renumbered 0, 1, ... in increasing order: elements `U!val!0`, `U!val!1`, ...
 *
 * Problems with functions (UCLID's processor models) nest `ite`s over integer terms deeply,
 * and an atom over such terms would expand into exponentially many cases in the difference
 * normaliser (which lifts `ite`s out of atoms). So an integer (or uninterpreted) `ite` whose
 * term would have more than MAX_LIFTED cases is named, as UCLID does: a fresh constant v with
 * `(ite c (= v a) (= v b))`. Smaller ones are left to the normaliser: naming every `ite` adds
 * integer constants, which widens every small-domain range.
 */
import { UnsupportedError } from '../errors.js';
import { evaluate } from '../model/evaluate.js';
import { defaultValue, FunTable } from '../model/value.js';
import { Sort } from '../terms/sort.js';
import { TermStore } from '../terms/term.js';
import { someTerm } from '../terms/walk.js';
import { copyDag } from './copy.js';
/** Largest number of cases (see the file header) an integer term may have before it is named. */
const MAX_LIFTED = 16;
/** Most consistency constraints one problem may need before we refuse it. */
const MAX_PAIRS = 5_000_000;
const ARITH = new Set(['+', '-', 'neg', '*']);
/** Int for an uninterpreted sort, else the sort itself. */
const carrier = (s) => (s.kind === 'Uninterpreted' ? Sort.Int : s);
/**
 * The Ackermann expansion of `assertions` and `assumptions`, or undefined when they have no
 * uninterpreted functions or sorts.
 * @example const r = ackermann([store.mk('distinct', [store.apply(f, [x]), store.apply(f, [y])])], [], () => {});
 */
export function ackermann(assertions, assumptions, poll) {
    const roots = [...assertions, ...assumptions];
    if (!someTerm(roots, (t) => t.op === 'apply' || t.sort.kind === 'Uninterpreted'))
        return undefined;
    const store = new TermStore();
    const origin = new Map();
    const domain = pinDistinct(assertions);
    const apps = new Map(); // by function symbol id, in post-order
    const definitions = [];
    const cases = new Map();
    const count = (t) => cases.get(t.id) ?? 1;
    const copy = copyDag(store, roots, (t) => t.args, (t, copyOf) => {
        const pin = domain.pinned.get(t.id);
        if (pin !== undefined)
            return store.int(pin);
        if (t.op === 'var') {
            const c = store.var(t.name, carrier(t.sort), t.id);
            origin.set(c.id, t);
            return c;
        }
        if (carrier(t.sort) === Sort.Int) {
            // The number of cases of the copy, as the normaliser would lift its ites.
            const n = t.op === 'ite' ? count(t.args[1]) + count(t.args[2]) : ARITH.has(t.op) ? t.args.reduce((p, a) => p * count(a), 1) : 1;
            cases.set(t.id, Math.min(n, Number.MAX_SAFE_INTEGER));
        }
        if (t.op === 'ite' && cases.get(t.id) > MAX_LIFTED) {
            cases.set(t.id, 1);
            const [c, a, b] = t.args.map(copyOf);
            const v = store.var('ite', Sort.Int, t.id);
            definitions.push(store.mk('ite', [c, store.mk('=', [v, a]), store.mk('=', [v, b])]));
            return v;
        }
        if (t.op !== 'apply')
            return undefined;
        const result = store.var(`${t.fn.name}!app`, carrier(t.sort), t.id);
        let list = apps.get(t.fn.id);
        if (!list)
            apps.set(t.fn.id, (list = []));
        list.push({ term: t, args: t.args.map(copyOf), result });
        return result;
    }, poll);
    const closed = tables(apps, domain);
    const consistency = [];
    let pairs = 0;
    for (const list of apps.values()) {
        const inTable = (a) => closed.has(a.term.id) && !closed.get(a.term.id).base;
        const lookups = list.filter(inTable).length;
        pairs += (list.length * (list.length - 1)) / 2 - (lookups * (lookups - 1)) / 2;
        if (pairs > MAX_PAIRS)
            throw new UnsupportedError(`Ackermann expansion needs more than ${MAX_PAIRS} consistency constraints`);
        for (let i = 0; i < list.length; i++) {
            poll();
            for (let j = i + 1; j < list.length; j++) {
                const [a, b] = [list[i], list[j]];
                if (inTable(a) && inTable(b))
                    continue;
                if (a.args.some((x, k) => differentLiterals(x, b.args[k])))
                    continue;
                const eqs = a.args.map((x, k) => store.mk('=', [x, b.args[k]]));
                consistency.push(store.mk('=>', [store.mk('and', eqs), store.mk('=', [a.result, b.result])]));
            }
        }
    }
    const bounds = [];
    const bound = (t, hi) => bounds.push(store.mk('<=', [store.int(0n), t]), store.mk('<=', [t, store.int(hi)]));
    for (const [id, hi] of domain.bounded)
        bound(copy.get(id), hi);
    for (const [id, { base, hi }] of closed)
        if (!base && !domain.bounded.has(id))
            bound(copy.get(id), hi);
    return {
        assertions: [...assertions.map((t) => copy.get(t.id)), ...definitions, ...consistency, ...bounds],
        assumptions: assumptions.map((t) => copy.get(t.id)),
        lift(values) {
            // Elements of each uninterpreted sort, renumbered in increasing order.
            const used = new Map();
            const element = (sort, v) => {
                if (sort.kind !== 'Uninterpreted' || v === undefined)
                    return;
                const u = used.get(sort) ?? [];
                used.set(sort, u);
                u.push(v);
            };
            for (const [id, v] of values)
                element(origin.get(id)?.sort ?? Sort.Bool, v);
            for (const [id, v] of domain.pinned)
                element(domain.terms.get(id).sort, v);
            for (const list of apps.values())
                for (const a of list)
                    element(a.term.sort, values.get(a.result.id));
            const index = new Map();
            for (const [sort, vs] of used) {
                const sorted = [...new Set(vs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
                index.set(sort, new Map(sorted.map((v, i) => [v, BigInt(i)])));
            }
            const lifted = (sort, v) => v === undefined ? defaultValue(sort) : sort.kind === 'Uninterpreted' ? index.get(sort).get(v) : v;
            const out = new Map();
            for (const [id, v] of values) {
                const o = origin.get(id);
                if (o)
                    out.set(o.id, lifted(o.sort, v));
            }
            for (const [id, v] of domain.pinned)
                out.set(id, lifted(domain.terms.get(id).sort, v));
            // Tables, innermost applications first, so that evaluating arguments finds their entries.
            const tables = new Map();
            const order = [...apps.values()].flat().sort((a, b) => a.result.id - b.result.id);
            const memo = new Map();
            for (const a of order) {
                const fn = a.term.fn;
                let table = tables.get(fn.id);
                if (!table) {
                    tables.set(fn.id, (table = new FunTable(defaultValue(fn.sort))));
                    out.set(fn.id, table);
                }
                const args = a.term.args.map((x) => evaluate(x, out, memo));
                if (!table.has(args))
                    table.set(args, lifted(a.term.sort, values.get(a.result.id)));
            }
            for (const t of tables.values())
                t.chooseOtherwise();
            return out;
        },
    };
}
/**
 * The domain constants of each uninterpreted sort: those of its largest top-level `distinct` of
 * constants, or of a larger set of constants pairwise apart by top-level `(not (= a b))` (a
 * clique grown greedily), pinned to the integers 0, 1, ... (they become numerals in the copy). The sort's
 * terms are compared only for equality, so renaming values by any bijection of the integers
 * maps models to models, and one renaming gives pairwise distinct constants exactly these
 * values. Finite-model-finding problems name their domain this way; pinned, an equality with a
 * domain constant is one with a numeral, which the encoding propagates at once, and a
 * consistency constraint between applications to different domain constants vanishes.
 * `bounded` holds the terms a top-level disjunction makes equal to one of a sort's pinned
 * constants (totality), with the largest value: `0 ≤ t ≤ hi` holds in every model. `sizes`:
 * the number of pinned constants of each sort that has them.
 */
function pinDistinct(assertions) {
    const best = new Map();
    const conjuncts = [];
    const stack = [...assertions];
    while (stack.length > 0) {
        const t = stack.pop();
        if (t.op === 'and')
            stack.push(...t.args);
        else
            conjuncts.push(t);
    }
    const constants = (t) => t.args[0].sort.kind === 'Uninterpreted' && t.args.every((a) => a.op === 'var') && new Set(t.args).size === t.args.length;
    // Pairwise disequalities `(not (= a b))` (as finite-model-finding problems state their domain).
    const apart = new Map();
    const offer = (sort, cs) => {
        if (cs.length > (best.get(sort)?.length ?? 1))
            best.set(sort, cs);
    };
    for (const t of conjuncts) {
        if (t.op === 'distinct' && constants(t))
            offer(t.args[0].sort, t.args);
        const e = t.op === 'not' ? t.args[0] : undefined;
        if (e && e.op === '=' && e.args.length === 2 && constants(e)) {
            const [a, b] = e.args;
            for (const [x, y] of [[a, b], [b, a]]) {
                let s = apart.get(x);
                if (!s)
                    apart.set(x, (s = new Set()));
                s.add(y);
            }
        }
    }
    // A clique of them, grown greedily from the constants with the most partners.
    const bySort = new Map();
    for (const c of apart.keys()) {
        const list = bySort.get(c.sort) ?? [];
        bySort.set(c.sort, list);
        list.push(c);
    }
    for (const [sort, cs] of bySort) {
        cs.sort((a, b) => apart.get(b).size - apart.get(a).size || a.id - b.id);
        const clique = [];
        for (const c of cs)
            if (clique.every((d) => apart.get(c).has(d)))
                clique.push(c);
        offer(sort, clique);
    }
    const pinned = new Map();
    const terms = new Map();
    const sizes = new Map();
    for (const [sort, d] of best)
        sizes.set(sort, d.length);
    for (const d of best.values())
        d.forEach((c, i) => {
            pinned.set(c.id, BigInt(i));
            terms.set(c.id, c);
        });
    const bounded = new Map();
    for (const t of conjuncts) {
        const ds = t.op === 'or' ? t.args : [];
        let term;
        let hi = -1n;
        for (const d of ds) {
            if (d.op !== '=' || d.args.length !== 2)
                break;
            const [x, y] = d.args;
            const [u, c] = pinned.has(y.id) && !pinned.has(x.id) ? [x, y] : pinned.has(x.id) && !pinned.has(y.id) ? [y, x] : [undefined, undefined];
            if (!u || (term && u !== term))
                break;
            term = u;
            hi = hi > pinned.get(c.id) ? hi : pinned.get(c.id);
        }
        if (term && ds.length > 0 && ds.every((d) => d.op === '=' && d.args.includes(term)) && !bounded.has(term.id))
            bounded.set(term.id, hi);
    }
    return { pinned, terms, bounded, sizes };
}
/**
 * Functions given by a full table over pinned domains (finite-model-finding problems: the
 * theory instantiated over a domain d0..d(k−1), every `f(d_i, d_j)` equal to some d). A function
 * f is *tabled* when every argument sort has pinned domain constants, an application to
 * constants (an *entry*) exists for every tuple of them, and every entry is bounded (a
 * top-level disjunction makes it one of the constants). Then an application whose arguments
 * are all domain values (a constant, a bounded term or an application of a tabled function
 * of this kind) equals the entry at its arguments' values, by its consistency constraint with
 * that entry; so two such non-entry applications need no constraint between them (both equal
 * the entry when their arguments agree), and each is a domain constant, bounded like the
 * entries. On the nested applications of the instantiated axioms (associativity has k³ of them)
 * this removes almost all of the quadratically many pairs, and the bounds keep every result
 * within the domain for the small-domain encoding.
 * Returns the applications of tabled functions whose arguments are all domain values, by the
 * id of the application term.
 */
function tables(apps, domain) {
    const out = new Map();
    const isValue = (t) => domain.pinned.has(t.id) || domain.bounded.has(t.id) || out.has(t.id);
    const done = new Set();
    for (let changed = true; changed;) {
        changed = false;
        for (const [fn, list] of apps) {
            if (done.has(fn))
                continue;
            const argSorts = list[0].term.args.map((a) => a.sort);
            const sizes = argSorts.map((s) => domain.sizes.get(s) ?? 0);
            if (sizes.some((k) => k === 0)) {
                done.add(fn);
                continue;
            }
            const entries = list.filter((a) => a.term.args.every((x) => domain.pinned.has(x.id)));
            if (entries.length !== sizes.reduce((p, k) => p * k, 1) || !entries.every((a) => domain.bounded.has(a.term.id))) {
                done.add(fn);
                continue;
            }
            let hi = 0n;
            for (const a of entries)
                if (domain.bounded.get(a.term.id) > hi)
                    hi = domain.bounded.get(a.term.id);
            // Applications in post-order: an inner application of f is decided before the outer one.
            // Arguments that are applications of other functions may become values in a later round.
            let pending = false;
            for (const a of list) {
                if (out.has(a.term.id))
                    continue;
                if (a.term.args.every(isValue)) {
                    out.set(a.term.id, { base: a.term.args.every((x) => domain.pinned.has(x.id)), hi });
                    changed = true;
                }
                else
                    pending = true;
            }
            if (!pending)
                done.add(fn);
        }
    }
    return out;
}
/** Two literals of different values (their equality is false). */
function differentLiterals(a, b) {
    const literal = (t) => t.op === 'int' || t.op === 'bv' || t.op === 'true' || t.op === 'false' || t.op === 'real';
    return a !== b && literal(a) && literal(b);
}
/** The pass: Ackermann expansion of a problem with uninterpreted functions or sorts. */
export const ackermannPass = {
    name: 'ackermann',
    run: (p, ctx) => (ctx.contents.uninterpreted ? ackermann(p.assertions, p.assumptions, ctx.poll) : undefined),
};
//# sourceMappingURL=ackermann.js.map