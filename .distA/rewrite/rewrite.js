/**
 * The word-level rewriter, a library that the bv-rewrite pass (preprocess/bv-rewrite.ts) and
 * `simplify` call: copies the assertions' DAG into a fresh term store, simplifying every
 * application on the way (bottom-up, so each rule sees simplified arguments; rules: bv.ts).
 * A fresh store keeps the caller's DAG intact: the model check evaluates the original
 * assertions, and the encoder works on the copy. Declared constants are copied one to one
 * (`origin` maps each copy back), so a model of the copy is a model of the original; a
 * constant that rewriting removed may take any value.
 *
 * Then equality substitution (docs/ARCHITECTURE.md "Rewriting"): a top-level conjunct
 * `(= v t)` with a bit-vector constant `v` that does not occur in `t` (through earlier
 * definitions either) defines `v`; every definition is substituted into the assertions,
 * which are simplified again, so that
 * `(= v (bvmul a b))` with `(distinct v (bvmul b a))` meets the rules as one term. `defined`
 * keeps the definitions: `complete` gives a defined constant the value of its term.
 */
import { evaluate } from '../model/evaluate.js';
import { TermStore } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';
import { BvRewriter } from './bv.js';
/**
 * Adds to `values` (a model of the rewritten problem, by the copy's term ids) the values of the
 * constants that substitution eliminated.
 */
export function complete(rw, values) {
    const memo = new Map();
    for (const [id, def] of rw.defined)
        values.set(id, evaluate(def, values, memo));
}
/** Visits at most this many terms per occurs check; a bigger candidate is left alone. */
const OCCURS_LIMIT = 100_000;
/**
 * Rewrites `assertions` and `assumptions` into a fresh store. `poll` is called now and then
 * (it may throw LimitReached).
 * @example const { assertions, origin } = rewrite([store.mk('=', [x, x])], []); // [true]
 */
export function rewrite(assertions, assumptions, poll = () => { }) {
    const store = new TermStore();
    const rw = new BvRewriter(store);
    const copy = new Map();
    const origin = new Map();
    let ticks = 0;
    postOrder([...assertions, ...assumptions], (t) => copy.has(t.id), (t) => t.args, (t) => {
        if ((++ticks & 4095) === 0)
            poll();
        let c;
        switch (t.op) {
            case 'var':
                c = store.var(t.name, t.sort, t.id);
                origin.set(c.id, t);
                break;
            case 'true':
            case 'false':
                c = store.bool(t.op === 'true');
                break;
            case 'int':
                c = store.int(t.value);
                break;
            case 'real':
                c = store.real(t.rational);
                break;
            case 'bv':
                c = store.bv(t.value, t.sort.width);
                break;
            case 'fun':
            case 'apply':
                // Uninterpreted functions (reached by `simplify`; the bv-rewrite pass runs after the
                // Ackermann pass removed them): nothing to rewrite at the head.
                c = store.import(t, t.args.map((a) => copy.get(a.id)));
                break;
            default:
                c = rw.mk(t.op === 'neg' ? '-' : t.op, t.args.map((a) => copy.get(a.id)), t.indices);
        }
        copy.set(t.id, c);
    });
    let roots = assertions.map((t) => copy.get(t.id));
    let assumed = assumptions.map((t) => copy.get(t.id));
    const defs = definitions(roots, poll);
    const defined = new Map();
    if (defs.size > 0) {
        const memo = new Map();
        roots = substitute(roots, defs, rw, memo, poll);
        assumed = substitute(assumed, defs, rw, memo, poll);
        // The definitions themselves, fully substituted, for `complete`.
        for (const [id, t] of defs)
            defined.set(id, substitute([t], defs, rw, memo, poll)[0]);
    }
    roots = propagateFacts(roots, rw, poll);
    return { assertions: roots, assumptions: assumed, origin, defined };
}
/** Rounds of `propagateFacts` at most. */
const FACT_ROUNDS = 3;
const CONNECTIVES = new Set(['and', 'or', 'not', '=>', 'xor', 'ite']);
/**
 * The top-level literals of the assertions as facts (Z3's propagate-values, on literals): the
 * conjuncts reached through `and` that are atoms or negated atoms stay as they are, and in every
 * other conjunct each occurrence of such an atom becomes its value, simplified on the way — so
 * `(bvslt a d)` asserted makes `(or (bvsle d a) ...)` lose that disjunct. A few rounds, while
 * conjuncts keep turning into literals. Contradictory facts give `false`. The result is
 * equivalent to the input (the facts are kept), so its models are the input's.
 */
function propagateFacts(roots, rw, poll) {
    // The conjuncts reached through `and`, `(not (or ...))` and `(not (=> ...))`.
    const s = rw.store;
    let out = roots.slice();
    for (let round = 0; round < FACT_ROUNDS; round++) {
        const conjuncts = [];
        const seen = new Set();
        const stack = out.slice().reverse();
        while (stack.length > 0) {
            const t = stack.pop();
            if (seen.has(t.id))
                continue;
            seen.add(t.id);
            if (t.op === 'and')
                for (let i = t.args.length - 1; i >= 0; i--)
                    stack.push(t.args[i]);
            else if (t.op === 'not' && t.args[0].op === 'or') {
                // (not (or a b)) is (and (not a) (not b)); (not (=> a b)) is (and a (not b)).
                const d = t.args[0].args;
                for (let i = d.length - 1; i >= 0; i--)
                    stack.push(rw.mk('not', [d[i]]));
            }
            else if (t.op === 'not' && t.args[0].op === '=>') {
                const [a, b] = t.args[0].args;
                stack.push(rw.mk('not', [b]), a);
            }
            else
                conjuncts.push(t);
        }
        const facts = new Map(); // atom id → true or false
        // An atom: a Boolean constant, or an application that is no connective (an `=` over
        // Booleans is one).
        const literal = (t) => t.sort.kind === 'Bool' && (t.op === 'var' || (t.args.length > 0 && !CONNECTIVES.has(t.op) && !(t.op === '=' && t.args[0].sort.kind === 'Bool'))) ? t : undefined;
        for (const c of conjuncts) {
            if (c === s.false)
                return [s.false];
            const [atom, value] = c.op === 'not' ? [literal(c.args[0]), s.false] : [literal(c), s.true];
            if (!atom)
                continue;
            const known = facts.get(atom.id);
            if (known !== undefined && known !== value)
                return [s.false];
            facts.set(atom.id, value);
        }
        if (facts.size === 0)
            return out;
        const isFact = (c) => facts.has((c.op === 'not' ? c.args[0] : c).id);
        const rest = conjuncts.filter((c) => !isFact(c));
        if (rest.length === 0)
            return out;
        const memo = new Map();
        let ticks = 0;
        let changed = false;
        postOrder(rest, (t) => memo.has(t.id), (t) => (facts.has(t.id) ? [] : t.args), (t) => {
            if ((++ticks & 4095) === 0)
                poll();
            const value = facts.get(t.id);
            if (value !== undefined) {
                memo.set(t.id, value);
                changed = true;
                return;
            }
            if (t.args.length === 0) {
                memo.set(t.id, t);
                return;
            }
            const args = t.args.map((a) => memo.get(a.id));
            const same = args.every((a, i) => a === t.args[i]);
            memo.set(t.id, same ? t : rw.rebuild(t, args));
        });
        if (!changed)
            return out;
        out = conjuncts.map((c) => (isFact(c) ? c : memo.get(c.id)));
    }
    return out;
}
/**
 * The definitions `v := t` found among the top-level conjuncts `(= v t)` / `(= t v)`, for
 * bit-vector constants `v` not reachable from `t` through `t`'s own constants and the
 * definitions chosen before (so the definitions are acyclic).
 */
function definitions(roots, poll) {
    const defs = new Map();
    const top = roots.slice();
    const seen = new Set();
    /** Whether `v` is reachable from `t` through arguments and definitions (undefined: too big). */
    const reaches = (t, v) => {
        const visited = new Set();
        const stack = [t];
        while (stack.length > 0) {
            const u = stack.pop();
            if (u === v)
                return true;
            if (visited.has(u.id))
                continue;
            visited.add(u.id);
            if (visited.size > OCCURS_LIMIT)
                return undefined;
            const d = u.op === 'var' ? defs.get(u.id) : undefined;
            if (d)
                stack.push(d);
            for (const a of u.args)
                stack.push(a);
        }
        return false;
    };
    while (top.length > 0) {
        const t = top.pop();
        if (seen.has(t.id))
            continue;
        seen.add(t.id);
        if (t.op === 'and') {
            top.push(...t.args);
            continue;
        }
        if (t.op !== '=' || t.args[0].sort.kind !== 'BitVec')
            continue;
        poll();
        for (const [v, d] of [[t.args[0], t.args[1]], [t.args[1], t.args[0]]]) {
            if (v.op !== 'var' || defs.has(v.id) || reaches(d, v) !== false)
                continue;
            defs.set(v.id, d);
            break;
        }
    }
    return defs;
}
/** `roots` with every defined constant replaced by its definition, simplified on the way. */
function substitute(roots, defs, rw, memo, poll) {
    let ticks = 0;
    const children = (t) => {
        const d = t.op === 'var' ? defs.get(t.id) : undefined;
        return d ? [d] : t.args;
    };
    postOrder(roots, (t) => memo.has(t.id), children, (t) => {
        if ((++ticks & 4095) === 0)
            poll();
        const d = t.op === 'var' ? defs.get(t.id) : undefined;
        if (d)
            memo.set(t.id, memo.get(d.id));
        else if (t.args.length === 0)
            memo.set(t.id, t);
        else {
            const args = t.args.map((a) => memo.get(a.id));
            const same = args.every((a, i) => a === t.args[i]);
            memo.set(t.id, same ? t : rw.rebuild(t, args));
        }
    });
    return roots.map((t) => memo.get(t.id));
}
//# sourceMappingURL=rewrite.js.map