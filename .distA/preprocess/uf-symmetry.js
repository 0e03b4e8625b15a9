/**
 * Symmetry breaking for interchangeable constants of an uninterpreted sort (Déharbe, Fontaine,
 * Merz & Woltzenlogel Paleo, "Exploiting symmetry in SMT problems", CADE 2011).
 *
 * Finite-model-finding problems (a first-order theory instantiated over k distinct domain
 * constants) and pigeonhole-like ones are invariant under every permutation of a set C of
 * constants: renaming them maps the assertions onto themselves. An unsatisfiable problem then
 * has |C|! symmetric copies of every refutation. This pass detects such sets and adds clauses
 * that keep at least one model of every orbit.
 *
 * Detection. The assertions are a multiset of conjuncts, each in a canonical form where the
 * arguments of commutative operators (`=`, `distinct`, `and`, `or`, `xor`) are sorted. Two
 * constants a, b of one sort are interchangeable when the swap (a b) maps that multiset onto
 * itself. A class grows as a star: b joins the class of representative a when (a b) is a
 * symmetry. The transpositions of a star generate the whole symmetric group of the class, so
 * every permutation of the class is a symmetry.
 *
 * Breaking. A term t is total over C when some conjunct is a disjunction of equalities
 * `t = c` with every c in C (so every model gives t the value of some c ∈ C). Keeping a set
 * `used` ⊆ C (initially empty) and the clauses Δ added so far (which mention only constants of
 * `used`): pick a total t, add t's own constants of C to `used`, then one fresh c ∈ C \ used,
 * and add `∨_{c' ∈ used} t = c'`. Sound: in a model M of F ∧ Δ, t equals some x ∈ C; if x is
 * not in `used`, the swap σ = (x c) fixes t, Δ and (being a symmetry) F, and the model M∘σ
 * satisfies F ∧ Δ with t = c. So F ∧ Δ stays equisatisfiable, and every model of the output is
 * a model of the input (the lift only renames the copied symbols back).
 *
 * A class broken after another is first checked again against F ∧ Δ (its star swaps must
 * still be symmetries). Problems with assumptions are left alone: a core of assumptions would
 * have to account for the clauses. Detection stops after a budget of term visits.
 */
import { TermStore } from '../terms/term.js';
import { postOrder, someTerm } from '../terms/walk.js';
import { copyDag } from './copy.js';
/** Most term visits the detection may spend (each swap tested costs one walk of the assertions). */
const BUDGET = 4_000_000;
/**
 * Most classes a constant is tested against (largest first) before it opens a class of its
 * own. A chain of diamonds has hundreds of constants of one signature, each symmetric to one
 * other only: testing every class costs quadratically many walks; the classes worth breaking
 * (domains, pigeons) are large and come first.
 */
const TESTS_PER_CONSTANT = 8;
const COMMUTATIVE = new Set(['=', 'distinct', 'and', 'or', 'xor']);
/** Canonical forms of terms under a renaming of constants, interned as integers. */
class Canon {
    keys = new Map();
    visits = 0;
    /**
     * Canonical ids of `roots`, in their order, with the constants of `swap` exchanged (none: the
     * identity), or with every constant of an uninterpreted sort the same leaf (`abstract`).
     */
    forms(roots, swap, abstract = false) {
        const memo = new Map();
        const out = [];
        postOrder(roots, (t) => memo.has(t.id), (t) => t.args, (t) => {
            this.visits++;
            let self = t;
            if (swap && t === swap[0])
                self = swap[1];
            else if (swap && t === swap[1])
                self = swap[0];
            const kids = t.args.map((a) => memo.get(a.id));
            if (COMMUTATIVE.has(t.op))
                kids.sort((x, y) => x - y);
            const leaf = abstract && t.op === 'var' && t.sort.kind === 'Uninterpreted' ? `*${t.sort.name}` : `#${self.id}`;
            const head = t.args.length === 0 ? leaf : `${t.op}|${t.sort.name}|${t.fn?.id ?? ''}|${t.indices?.join(',') ?? ''}`;
            const key = `${head}(${kids.join(',')})`;
            let id = this.keys.get(key);
            if (id === undefined)
                this.keys.set(key, (id = this.keys.size));
            memo.set(t.id, id);
        });
        for (const r of roots)
            out.push(memo.get(r.id));
        return out;
    }
}
/** The top-level conjuncts of `roots`. */
function conjuncts(roots) {
    const out = [];
    const stack = [...roots].reverse();
    while (stack.length > 0) {
        const t = stack.pop();
        if (t.op === 'and')
            for (let i = t.args.length - 1; i >= 0; i--)
                stack.push(t.args[i]);
        else
            out.push(t);
    }
    return out;
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The term `t` of a disjunct `t = c` (either side) with c in `cls`, when there is one. */
function totalTerm(d, cls) {
    if (d.op !== '=' || d.args.length !== 2)
        return undefined;
    const [x, y] = d.args;
    if (cls.has(y) && !cls.has(x))
        return [x, y];
    if (cls.has(x) && !cls.has(y))
        return [y, x];
    return undefined;
}
/**
 * The symmetry-breaking clauses of `assertions` (over its own terms, built in `store`), with
 * the classes they break. Pre: `store` holds the assertions.
 * @example const { clauses } = breakUfSymmetry(store, [store.mk('distinct', [a, b, c])]);
 */
export function breakUfSymmetry(store, assertions, poll = () => { }) {
    const stats = { classes: [], clauses: 0 };
    const parts = conjuncts(assertions);
    const canon = new Canon();
    const clauses = [];
    // Constants of uninterpreted sorts, with their number of occurrences (a cheap invariant a
    // swap must preserve) and the constants inside each term.
    const occurrences = new Map();
    const inside = new Map();
    postOrder(parts, (t) => inside.has(t.id), (t) => t.args, (t) => {
        const s = new Set();
        if (t.op === 'var' && t.sort.kind === 'Uninterpreted')
            s.add(t);
        for (const a of t.args) {
            for (const c of inside.get(a.id))
                s.add(c);
            if (a.op === 'var')
                occurrences.set(a, (occurrences.get(a) ?? 0) + 1);
        }
        inside.set(t.id, s);
    });
    const candidates = [...occurrences.keys()].filter((c) => c.sort.kind === 'Uninterpreted');
    if (candidates.length < 2)
        return { clauses, stats };
    // The swap (a b) maps the conjuncts onto themselves (as a multiset) iff it maps those that
    // mention a or b onto themselves: the others do not change. So a test walks only those.
    let current = [...parts];
    let identity = []; //                       canonical id of each conjunct of `current`
    let mentions = new Map(); //          constant → the conjuncts that mention it
    const reindex = () => {
        identity = canon.forms(current);
        mentions = new Map();
        current.forEach((p, i) => {
            for (const c of inside.get(p.id)) {
                const at = mentions.get(c);
                if (at)
                    at.push(i);
                else
                    mentions.set(c, [i]);
            }
        });
    };
    reindex();
    const byId = (x, y) => x - y;
    const symmetric = (a, b) => {
        poll();
        const touched = [...new Set([...(mentions.get(a) ?? []), ...(mentions.get(b) ?? [])])];
        const before = touched.map((i) => identity[i]).sort(byId);
        const after = canon.forms(touched.map((i) => current[i]), [a, b]).sort(byId);
        return sameList(before, after);
    };
    // A signature a swap must preserve: sort, occurrences, and the shapes (every constant one
    // leaf) of the conjuncts that mention the constant.
    const shape = canon.forms(current, undefined, true);
    const signature = (c) => `${c.sort.name}|${occurrences.get(c)}|${(mentions.get(c) ?? []).map((i) => shape[i]).sort(byId).join(',')}`;
    // Star classes per signature.
    const classes = [];
    const open = new Map();
    for (const c of candidates) {
        if (canon.visits > BUDGET)
            break;
        const sig = signature(c);
        const list = open.get(sig) ?? [];
        open.set(sig, list);
        list.sort((a, b) => b.length - a.length);
        const home = list.slice(0, TESTS_PER_CONSTANT).find((cls) => canon.visits <= BUDGET && symmetric(cls[0], c));
        if (home)
            home.push(c);
        else
            list.push([c]);
    }
    for (const list of open.values())
        for (const cls of list)
            if (cls.length >= 2)
                classes.push(cls);
    classes.sort((a, b) => b.length - a.length);
    let changed = false;
    for (const cls of classes) {
        // After a class was broken, the next must still be symmetric in F ∧ Δ.
        if (changed && !cls.slice(1).every((c) => canon.visits <= BUDGET && symmetric(cls[0], c)))
            continue;
        const members = new Set(cls);
        const totals = [];
        const seen = new Set();
        for (const p of current) {
            const ds = p.op === 'or' ? p.args : [p];
            const pairs = ds.map((d) => totalTerm(d, members));
            if (pairs.some((x) => x === undefined))
                continue;
            const t = pairs[0][0];
            if (pairs.some((x) => x[0] !== t) || seen.has(t.id))
                continue;
            seen.add(t.id);
            totals.push(t);
        }
        if (totals.length === 0)
            continue;
        const used = [];
        const isUsed = new Set();
        const fresh = (t) => [...inside.get(t.id)].filter((c) => members.has(c) && !isUsed.has(c)).length;
        const added = [];
        while (totals.length > 0 && used.length < cls.length) {
            // The total term with the fewest constants of the class not yet used.
            let best = 0;
            for (let i = 1; i < totals.length; i++)
                if (fresh(totals[i]) < fresh(totals[best]))
                    best = i;
            const t = totals.splice(best, 1)[0];
            for (const c of cls)
                if (inside.get(t.id).has(c) && !isUsed.has(c))
                    (used.push(c), isUsed.add(c));
            const c = cls.find((x) => !isUsed.has(x));
            if (c === undefined)
                break;
            used.push(c);
            isUsed.add(c);
            if (used.length < cls.length)
                added.push(store.mk('or', used.map((u) => store.mk('=', [t, u]))));
        }
        if (added.length === 0)
            continue;
        // Every constant inside each clause (its terms' and the class's): a swap test walks the
        // conjuncts that mention the swapped constants, so none may be missing.
        for (const a of added)
            postOrder([a], (t) => inside.has(t.id), (t) => t.args, (t) => inside.set(t.id, new Set(t.args.flatMap((x) => [...inside.get(x.id)]))));
        clauses.push(...added);
        current = [...current, ...added];
        reindex();
        stats.classes.push(cls.length);
        stats.clauses += added.length;
        changed = true;
    }
    return { clauses, stats };
}
/**
 * The pass: a copy of the problem with the symmetry-breaking clauses added, or undefined when
 * it has assumptions or no class to break.
 */
export const ufSymmetryPass = {
    name: 'uf-symmetry',
    run(p, ctx) {
        if (p.assumptions.length > 0 || p.assertions.length === 0 || !ctx.contents.uninterpreted)
            return undefined;
        if (!someTerm(p.assertions, (t) => t.op === 'var' && t.sort.kind === 'Uninterpreted'))
            return undefined;
        const store = new TermStore();
        const back = new Map();
        const copy = copyDag(store, p.assertions, (t) => (t.op === 'apply' ? [...t.args, t.fn] : t.args), (t, copyOf) => {
            if (t.op !== 'apply')
                return undefined;
            return store.apply(copyOf(t.fn), t.args.map(copyOf));
        }, ctx.poll);
        for (const [id, c] of copy) {
            const t = c.op === 'var' || c.op === 'fun' ? c : undefined;
            if (t)
                back.set(t.id, id);
        }
        const assertions = p.assertions.map((t) => copy.get(t.id));
        const { clauses } = breakUfSymmetry(store, assertions, ctx.poll);
        if (clauses.length === 0)
            return undefined;
        return {
            assertions: [...assertions, ...clauses],
            assumptions: [],
            lift(values) {
                const out = new Map();
                for (const [id, v] of values) {
                    const o = back.get(id);
                    if (o !== undefined)
                        out.set(o, v);
                }
                return out;
            },
        };
    },
};
//# sourceMappingURL=uf-symmetry.js.map