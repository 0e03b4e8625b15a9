/**
 * Arrays by eager reduction (docs/ARCHITECTURE.md "Preprocessing"): removes `select`, `store`,
 * constant arrays, `ite` over arrays and equalities between arrays, for QF_ABV, QF_AUFBV and
 * QF_AX, leaving uninterpreted functions for the Ackermann pass (ackermann.ts). This is the
 * reduction of the array property fragment to uninterpreted functions (Bradley, Manna & Sipma
 * 2006; Kroening & Strichman, "Decision Procedures", ch. 7), restricted to ground terms:
 *
 * - every array constant `a` becomes a function `a!array` from indices to elements, and a read
 *   of an array term at an index term j is unfolded over the term's structure (read over write):
 *   `read(a, j) = (a!array j)`, `read((store b i e), j) = (ite (= i j) e read(b, j))`,
 *   `read(((as const S) v), j) = v`, `read((ite c x y), j) = (ite c read(x, j) read(y, j))`;
 * - `(select t j)` is `read(t, j)`;
 * - the index set I_S of an index sort S holds every index term of sort S (of a `select` or a
 *   `store`), and, when some equality compares arrays over S, one fresh index λ_S that differs
 *   from all of them — it stands for every index no index term takes, so an array's value at λ
 *   is its value "elsewhere". When S is finite and small (Bool, or bit-vectors with 2^w ≤ |I_S|
 *   + 1) the literals of S join I_S instead, as λ might have no value left;
 * - an equality `(= x y)` between arrays over S becomes a fresh Boolean p with
 *   `p ⇔ ⋀_{j ∈ I_S} read(x, j) = read(y, j)` (extensionality: in the model built below, two
 *   arrays differ somewhere exactly when they differ at an index of I_S, λ included).
 *
 * The result is equisatisfiable. The lift gives each array constant the table of its function:
 * its value at every index term's value, and the value at λ_S everywhere else (the `else`
 * value of the table when there is no λ). Functions with array arguments or results, and
 * arrays of arrays, are not supported.
 */
import { UnsupportedError } from '../errors.js';
import { ArrayValue, defaultValue, FunTable, valueEq } from '../model/value.js';
import { Sort } from '../terms/sort.js';
import { TermStore } from '../terms/term.js';
import { forEachTerm, postOrder, someTerm } from '../terms/walk.js';
/** Most index-set instances (equalities × |I_S|) one problem may need before we refuse it. */
const MAX_INSTANCES = 2_000_000;
const isArray = (t) => t.sort.kind === 'Array';
/** Whether the finite sort S has at most `n` values (Bool, narrow bit-vectors); its literals then. */
function smallDomain(store, s, n) {
    if (s.kind === 'Bool')
        return n >= 2 ? [store.false, store.true] : undefined;
    if (s.kind !== 'BitVec' || s.width > 20 || 1 << s.width > n)
        return undefined;
    return Array.from({ length: 1 << s.width }, (_, v) => store.bv(BigInt(v), s.width));
}
/**
 * The reduction of the arrays in `assertions` and `assumptions`, or undefined when no term is
 * an array.
 * @example arrays([store.mk('=', [store.mk('select', [a, i]), store.int(1n)])], [], () => {})
 */
export function arrays(assertions, assumptions, poll) {
    const roots = [...assertions, ...assumptions];
    if (!someTerm(roots, isArray))
        return undefined;
    // The index terms of each index sort, and the index sorts that equalities compare over.
    const indexTerms = new Map();
    const compared = new Set();
    const arrayVars = [];
    forEachTerm(roots, (t) => {
        if (t.sort.kind === 'Array' && t.sort.element.kind === 'Array')
            throw new UnsupportedError('arrays of arrays are not supported');
        if ((t.op === 'apply' && (isArray(t) || t.args.some(isArray))) || (t.op === 'fun' && isArray(t)))
            throw new UnsupportedError('functions with array arguments or results are not supported');
        if (t.op === 'select' || t.op === 'store') {
            const s = t.args[1].sort;
            let list = indexTerms.get(s);
            if (!list)
                indexTerms.set(s, (list = []));
            list.push(t.args[1]);
        }
        if ((t.op === '=' || t.op === 'distinct') && isArray(t.args[0]))
            compared.add(t.args[0].sort.index);
        if (t.op === 'var' && isArray(t))
            arrayVars.push(t);
    });
    const store = new TermStore();
    const copy = new Map();
    const copyOf = (t) => copy.get(t.id);
    const origin = new Map(); // output constant or function id → input one
    const funs = new Map(); // input array constant id → its function
    const reads = new Map();
    const equalities = [];
    const funOf = (a) => {
        let f = funs.get(a.id);
        if (!f)
            funs.set(a.id, (f = store.fun(`${a.name}!array`, [a.sort.index], a.sort.element, a.id)));
        return f;
    };
    const key = (r) => `${r.array.id} ${r.at.id}`;
    /** The output term of `read(array, at)`, unfolded iteratively (store chains may be long). */
    const read = (array, at) => {
        postOrder([{ array, at }], (r) => reads.has(key(r)), (r) => {
            const t = r.array;
            if (t.op === 'store')
                return sameIndex(copyOf(t.args[1]), r.at) ? [] : [{ array: t.args[0], at: r.at }];
            if (t.op === 'ite')
                return [{ array: t.args[1], at: r.at }, { array: t.args[2], at: r.at }];
            return [];
        }, (r) => {
            const t = r.array;
            const sub = (u) => reads.get(key({ array: u, at: r.at }));
            let out;
            switch (t.op) {
                case 'var':
                    out = store.apply(funOf(t), [r.at]);
                    break;
                case 'const':
                    out = copyOf(t.args[0]);
                    break;
                case 'store': {
                    const i = copyOf(t.args[1]);
                    const e = copyOf(t.args[2]);
                    if (i === r.at)
                        out = e;
                    else if (distinctLiterals(i, r.at))
                        out = sub(t.args[0]);
                    else
                        out = store.mk('ite', [store.mk('=', [i, r.at]), e, sub(t.args[0])]);
                    break;
                }
                case 'ite':
                    out = store.mk('ite', [copyOf(t.args[0]), sub(t.args[1]), sub(t.args[2])]);
                    break;
                default:
                    throw new UnsupportedError(`array terms built with '${t.op}' are not supported`);
            }
            reads.set(key(r), out);
        });
        return reads.get(key({ array, at }));
    };
    const equality = (x, y) => {
        if (x === y)
            return store.true;
        const p = store.var('array!eq', Sort.Bool, -1 - equalities.length);
        equalities.push({ p, x, y });
        return p;
    };
    let ticks = 0;
    postOrder(roots, (t) => copy.has(t.id), (t) => t.args, (t) => {
        if ((++ticks & 4095) === 0)
            poll();
        let out;
        if (isArray(t))
            out = store.true; // arrays have no copy: they are read through read()
        else if (t.op === 'select')
            out = read(t.args[0], copyOf(t.args[1]));
        else if (t.op === '=' && isArray(t.args[0]))
            out = equality(t.args[0], t.args[1]);
        else if (t.op === 'distinct' && isArray(t.args[0])) {
            const diff = [];
            for (let i = 0; i < t.args.length; i++)
                for (let j = i + 1; j < t.args.length; j++)
                    diff.push(store.mk('not', [equality(t.args[i], t.args[j])]));
            out = store.mk('and', diff);
        }
        else {
            out = store.import(t, t.args.map(copyOf));
            if (t.op === 'var')
                origin.set(out.id, t);
            if (t.op === 'apply')
                origin.set(out.fn.id, t.fn);
        }
        copy.set(t.id, out);
    });
    // The index sets, with λ or the literals of a small sort where equalities need them.
    const constraints = [];
    const lambdas = new Map();
    const indexSet = new Map();
    for (const s of compared) {
        const set = [...new Set((indexTerms.get(s) ?? []).map(copyOf))];
        const all = smallDomain(store, s, set.length + 1);
        if (all)
            indexSet.set(s, [...new Set([...set, ...all])]);
        else {
            const lambda = store.var('array!else', s, -1 - lambdas.size);
            lambdas.set(s, lambda);
            for (const j of set)
                constraints.push(store.mk('not', [store.mk('=', [lambda, j])]));
            indexSet.set(s, [...set, lambda]);
        }
    }
    let instances = 0;
    for (const { p, x, y } of equalities) {
        const set = indexSet.get(x.sort.index);
        instances += set.length;
        if (instances > MAX_INSTANCES)
            throw new UnsupportedError(`array extensionality needs more than ${MAX_INSTANCES} instances`);
        poll();
        const eqs = set.map((j) => store.mk('=', [read(x, j), read(y, j)]));
        constraints.push(store.mk('=', [p, store.mk('and', eqs)]));
    }
    return {
        assertions: [...assertions.map(copyOf), ...constraints],
        assumptions: assumptions.map(copyOf),
        lift(values) {
            const out = new Map();
            for (const [id, v] of values) {
                const o = origin.get(id);
                if (o)
                    out.set(o.id, v);
            }
            for (const a of arrayVars) {
                const f = funs.get(a.id);
                const table = f ? values.get(f.id) : undefined;
                if (!(table instanceof FunTable)) {
                    out.set(a.id, defaultValue(a.sort));
                    continue;
                }
                const lambda = lambdas.get(a.sort.index);
                const at = lambda ? (values.get(lambda.id) ?? defaultValue(lambda.sort)) : undefined;
                const otherwise = at === undefined ? table.otherwise : table.get([at]);
                let value = new ArrayValue(a.sort, otherwise);
                for (const [args, v] of table.entries)
                    if (at === undefined || !valueEq(args[0], at))
                        value = value.store(args[0], v);
                out.set(a.id, value);
            }
            return out;
        },
    };
}
/** Whether two output index terms are the same term. */
function sameIndex(i, j) {
    return i === j;
}
/** Two literals of different values. */
function distinctLiterals(a, b) {
    const literal = (t) => t.op === 'int' || t.op === 'bv' || t.op === 'true' || t.op === 'false';
    return a !== b && literal(a) && literal(b);
}
/** The pass: arrays reduced to uninterpreted functions (before the Ackermann pass). */
export const arraysPass = {
    name: 'arrays',
    run: (p, ctx) => (ctx.contents.array ? arrays(p.assertions, p.assumptions, ctx.poll) : undefined),
};
//# sourceMappingURL=arrays.js.map