/**
 * Exact reduction of real difference logic (QF_RDL) to integer difference logic.
 *
 * Every comparison over Real terms is read as a disjunction of guarded cases (an `ite` inside
 * is lifted, as in the integer normaliser, theory/idl/normalize.ts), each case a linear form
 * over rationals that must be a difference constraint `x − y ⋈ c` or a bound `x ⋈ c` with
 * ⋈ ∈ {≤, <, ≥, >, =} and c rational. Let D be the least common multiple of the denominators of
 * all such c, and N = D·(n+1) for n real constants. Each real x becomes an integer X standing
 * for N·x, and `x − y ⋈ c` the integer comparison `X − Y ⋈ N·c` (so a strict `x − y < c` is
 * `X − Y ≤ N·c − 1` once the integer normaliser has read it). This is exact: a simple cycle of
 * the constraint graph (n real constants and the zero node) has at most n+1 edges, so with
 * integer constants D·c its real weight W and its s strict edges become the integer weight
 * (n+1)·W − s, negative exactly when W < 0, or W = 0 and s > 0 — the real system's condition
 * for infeasibility. An integer model X gives the real model x = X / N.
 *
 * When no constraint can be strict — in negation normal form every real literal is a
 * non-strict `x − y ≤ c` (`≤`, `≥`, `=` occurring only positively, `<`, `>`, `distinct` only
 * negatively) — the factor n+1 is not needed: N = D is exact. The formula is then monotone in
 * its literals, so a real model satisfies it through a set of non-strict difference constraints
 * with integer constants D·c, which is feasible over the reals exactly when it is over the
 * integers (a negative cycle is the only obstacle in both). Scheduling problems have this
 * form, and their ranges stay n+1 times smaller.
 *
 * Anything else over the reals (a product of two variables, a sum of three, `to_real` of an
 * integer variable) is reported as unsupported, never approximated.
 */
import { UnsupportedError } from '../errors.js';
import { lcm, rat, ratAdd, ratCmp, ratDiv, ratMul, ratNeg } from '../terms/rational.js';
import { Sort } from '../terms/sort.js';
import { TermStore } from '../terms/term.js';
import { forEachTerm, postOrder } from '../terms/walk.js';
import { limitGuards, limitPairGuards } from '../theory/idl/normalize.js';
import { copyDag } from './copy.js';
/** Largest number of cases one term may expand to (nested `ite`s). */
const MAX_CASES = 4096;
const FLIP = { '<=': '>=', '<': '>', '>=': '<=', '>': '<', '=': '=' };
function isRealComparison(t) {
    return t.sort === Sort.Bool && t.args.length > 0 && t.args[0].sort === Sort.Real && t.op !== 'ite' && t.op !== 'apply';
}
/**
 * Reduces the real difference constraints of `assertions` and `assumptions` to integer ones, or
 * returns undefined when there are no reals. Throws UnsupportedError for a non-difference atom.
 * @example const r = reduceReals([store.mk('<', [x, y])], [], () => {}); // (< X Y) over Int
 */
export function reduceReals(assertions, assumptions, poll) {
    const roots = [...assertions, ...assumptions];
    const reals = new Map();
    const comparisons = [];
    forEachTerm(roots, (t) => {
        if (t.op === 'var' && t.sort === Sort.Real)
            reals.set(t.id, t);
        if (isRealComparison(t))
            comparisons.push(t);
    });
    if (comparisons.length === 0)
        return undefined;
    // Read every comparison; collect the denominators of its constants.
    const reader = new RealReader();
    const forms = new Map();
    let d = 1n;
    for (const t of comparisons) {
        poll();
        const fs = reader.comparison(t);
        forms.set(t.id, fs);
        for (const f of fs)
            for (const { atom } of f.cases)
                if (typeof atom !== 'boolean')
                    d = lcm(d, atom.c.den);
    }
    // Without strict constraints, D alone is exact (see `strictness`).
    const n = BigInt(reals.size);
    const scale = strictness(roots, forms) ? d * (n + 1n) : d;
    const store = new TermStore();
    const origin = new Map();
    const children = (t) => {
        const fs = forms.get(t.id);
        return fs ? fs.flatMap((f) => f.cases.flatMap((c) => c.guards.map((g) => g.term))) : t.args;
    };
    const copyVar = (v) => {
        const c = store.var(v.name, v.sort === Sort.Real ? Sort.Int : v.sort, v.id);
        origin.set(c.id, v);
        return c;
    };
    const copy = copyDag(store, roots, children, (t, copyOf) => {
        if (t.op === 'var')
            return copyVar(t);
        const fs = forms.get(t.id);
        if (!fs) {
            if (t.sort === Sort.Real)
                throw new UnsupportedError(`a real term under '${t.op}' is not supported`);
            return undefined;
        }
        const mkAtom = (a) => {
            if (typeof a === 'boolean')
                return store.bool(a);
            const x = copyVar(a.x);
            const lhs = a.y ? store.mk('-', [x, copyVar(a.y)]) : x;
            const c = (a.c.num * scale) / a.c.den; // exact: den divides scale
            return store.mk(a.op, [lhs, c < 0n ? store.mk('-', [store.int(-c)]) : store.int(c)]);
        };
        // One argument is not wrapped, so that an unconditional atom stays a top-level fact.
        const nary = (op, xs) => (xs.length === 1 ? xs[0] : store.mk(op, xs));
        const guard = (g) => (g.pos ? copyOf(g.term) : store.mk('not', [copyOf(g.term)]));
        const parts = fs.map((f) => nary('or', f.cases.map((c) => nary('and', [...c.guards.map(guard), mkAtom(c.atom)]))));
        // `distinct` is the conjunction of the pairwise disequalities.
        return t.op === 'distinct' ? nary('and', parts.map((p) => store.mk('not', [p]))) : parts[0];
    }, poll);
    return {
        assertions: assertions.map((t) => copy.get(t.id)),
        assumptions: assumptions.map((t) => copy.get(t.id)),
        lift(values) {
            const out = new Map();
            for (const [id, v] of values) {
                const o = origin.get(id);
                if (!o)
                    continue;
                out.set(o.id, o.sort === Sort.Real ? rat(v, scale) : v);
            }
            return out;
        },
    };
}
/** Reads real terms as guarded linear forms and comparisons as guarded difference atoms. */
class RealReader {
    memo = new Map();
    /** The real constants met, by term id. */
    vars = new Map();
    /** The forms of a (binary) comparison, or of each pair of arguments of a `distinct`. */
    comparison(t) {
        if (t.op !== 'distinct')
            return [this.compare(t.op, t.args[0], t.args[1])];
        const forms = [];
        for (let i = 0; i < t.args.length; i++)
            for (let j = i + 1; j < t.args.length; j++)
                forms.push(this.compare('=', t.args[i], t.args[j]));
        return forms;
    }
    compare(op, l, r) {
        const lc = this.cases(l);
        const rc = this.cases(r);
        if (lc.length * rc.length > MAX_CASES)
            throw new UnsupportedError(`comparison expands to more than ${MAX_CASES} cases (nested ite)`);
        limitPairGuards(lc, rc);
        const cases = [];
        for (const a of lc)
            for (const b of rc)
                cases.push({ guards: a.guards.concat(b.guards), atom: atomOf(op, combine(a.lin, b.lin, rat(-1n)), this.vars) });
        return { cases };
    }
    cases(term) {
        postOrder([term], (t) => this.memo.has(t.id), (t) => (t.op === 'ite' ? [t.args[1], t.args[2]] : t.op === 'to_real' ? [] : t.args), (t) => {
            const out = this.casesOf(t);
            if (out.length > MAX_CASES)
                throw new UnsupportedError(`real term expands to more than ${MAX_CASES} cases (nested ite)`);
            this.memo.set(t.id, limitGuards(out, 'real term'));
        });
        return this.memo.get(term.id);
    }
    casesOf(t) {
        const memo = (u) => this.memo.get(u.id);
        const constant = (k) => [{ guards: [], lin: { coefs: new Map(), k } }];
        switch (t.op) {
            case 'var':
                this.vars.set(t.id, t);
                return [{ guards: [], lin: { coefs: new Map([[t.id, rat(1n)]]), k: rat(0n) } }];
            case 'real':
                return constant(t.rational);
            case 'to_real': {
                const a = t.args[0];
                if (a.op === 'int')
                    return constant(rat(a.value));
                if (a.op === 'neg' && a.args[0].op === 'int')
                    return constant(rat(-a.args[0].value));
                throw new UnsupportedError('to_real of an integer term: mixed integer and real arithmetic is not supported');
            }
            case 'ite': {
                const c = t.args[0];
                const branch = (u, pos) => memo(u).map((x) => ({ guards: [{ term: c, pos }, ...x.guards], lin: x.lin }));
                return branch(t.args[1], true).concat(branch(t.args[2], false));
            }
            case '+':
            case '-':
            case 'neg':
            case '*':
            case '/': {
                let acc = constant(rat(t.op === '*' || t.op === '/' ? 1n : 0n));
                t.args.forEach((a, i) => {
                    const next = [];
                    for (const x of acc)
                        for (const y of memo(a)) {
                            let lin;
                            if (t.op === '*' || (t.op === '/' && i === 0))
                                lin = product(x.lin, y.lin);
                            else if (t.op === '/')
                                lin = quotient(x.lin, y.lin);
                            else
                                lin = combine(x.lin, y.lin, rat(t.op === 'neg' || (t.op === '-' && i > 0) ? -1n : 1n));
                            next.push({ guards: x.guards.concat(y.guards), lin });
                        }
                    acc = next;
                });
                return acc;
            }
            default:
                throw new UnsupportedError(`real term with operator '${t.op}' is not supported in difference logic`);
        }
    }
}
/** a + s·b. */
function combine(a, b, s) {
    const coefs = new Map(a.coefs);
    for (const [v, c] of b.coefs)
        coefs.set(v, ratAdd(coefs.get(v) ?? rat(0n), ratMul(s, c)));
    return { coefs, k: ratAdd(a.k, ratMul(s, b.k)) };
}
function isConstant(a) {
    for (const c of a.coefs.values())
        if (c.num !== 0n)
            return false;
    return true;
}
function product(a, b) {
    if (isConstant(a))
        return combine({ coefs: new Map(), k: rat(0n) }, b, a.k);
    if (isConstant(b))
        return combine({ coefs: new Map(), k: rat(0n) }, a, b.k);
    throw new UnsupportedError('non-linear multiplication of reals is not supported');
}
function quotient(a, b) {
    if (!isConstant(b) || b.k.num === 0n)
        throw new UnsupportedError('division by a real term other than a non-zero constant is not supported');
    return combine({ coefs: new Map(), k: rat(0n) }, a, ratDiv(rat(1n), b.k));
}
/** `e ⋈ 0` as a difference atom `x − y ⋈ c`, a bound `x ⋈ c` or a constant. */
function atomOf(op, e, vars) {
    const terms = [...e.coefs].filter(([, a]) => a.num !== 0n);
    const zero = rat(0n);
    if (terms.length === 0) {
        const s = ratCmp(e.k, zero);
        return op === '<=' ? s <= 0 : op === '<' ? s < 0 : op === '>=' ? s >= 0 : op === '>' ? s > 0 : s === 0;
    }
    const [[x, a], second] = terms;
    if (terms.length > 2 || (second && ratCmp(second[1], ratNeg(a)) !== 0))
        throw new UnsupportedError('not a difference-logic constraint over the reals');
    // a·(x − y) + k ⋈ 0  ⇔  x − y ⋈' −k/a, ⋈' flipped when a < 0.
    const c = ratDiv(ratNeg(e.k), a);
    return { op: a.num < 0n ? FLIP[op] : op, x: vars.get(x), y: second ? vars.get(second[0]) : undefined, c };
}
/**
 * Whether some real comparison of `forms` may act as a strict constraint: `<`, `>` or
 * `distinct` occurring positively, `<=`, `>=` or `=` negatively, anything under a Boolean `=`,
 * `xor`, `distinct` or an `ite` condition (both polarities), or an `ite` inside a real term
 * (its case split makes guards of both polarities).
 */
function strictness(roots, forms) {
    const seen = new Set();
    const stack = roots.map((t) => [t, true]);
    while (stack.length > 0) {
        const [t, pos] = stack.pop();
        const key = `${t.id}${pos ? '+' : '-'}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const fs = forms.get(t.id);
        if (fs) {
            if (fs.some((f) => f.cases.length > 1))
                return true;
            const strict = t.op === '<' || t.op === '>' || t.op === 'distinct';
            if (strict === pos)
                return true;
            continue;
        }
        switch (t.op) {
            case 'not':
                stack.push([t.args[0], !pos]);
                break;
            case 'and':
            case 'or':
                for (const a of t.args)
                    stack.push([a, pos]);
                break;
            case '=>':
                stack.push([t.args[0], !pos], [t.args[1], pos]);
                break;
            case 'ite':
                if (t.sort === Sort.Bool)
                    stack.push([t.args[0], true], [t.args[0], false], [t.args[1], pos], [t.args[2], pos]);
                else
                    for (const a of t.args)
                        stack.push([a, true], [a, false]);
                break;
            default:
                for (const a of t.args)
                    stack.push([a, true], [a, false]);
        }
    }
    return false;
}
/** The pass: real difference logic scaled to integer difference logic. */
export const realsPass = {
    name: 'reals',
    run: (p, ctx) => (ctx.contents.real ? reduceReals(p.assertions, p.assumptions, ctx.poll) : undefined),
};
//# sourceMappingURL=reals.js.map