/**
 * Checks a resource certificate (written by src/resource/certificate.ts) against the original
 * problem; `eagersmt check-proof` reaches it through the dispatch of check.ts.
 *
 * Independent of the reasoning code on purpose: it shares only the SMT-LIB parser, the
 * elaborator (through the script replay of script/replay.ts) and the terms. It
 * replays the script's declarations and assertions up to the certified check, reads each
 * top-level conjunct of each formula as a clause (a disjunction of literals) with its own
 * reading of linear integer terms, and then checks, in order:
 *  - `(step k CLAIM (assertion i))`: some top-level clause of formula i (a top-level n-ary
 *    `distinct` gives one clause per pair) implies CLAIM
 *    (`x − y ≤ c`): every literal of the clause implies it;
 *  - `(step k CLAIM (sum i j))`: CLAIM is the sum of steps i and j (weaker constant allowed);
 *    `(refl)`: CLAIM is `x − x ≤ c` with c ≥ 0;
 *  - `(op s d (start e l) (machine m lo hi))`: d ≥ 1; the steps bound s (and m) relative to
 *    the references;
 *  - `(pair a b (assertion i))`: some clause of formula i implies
 *    `a + d_a ≤ b ∨ b + d_b ≤ a ∨ m_a ≠ m_b` (the last only when both operations have
 *    machines); `(pair a b (step k))`: step k is one of the first two disjuncts;
 *  - `(overload t1 t2)`: every two operations form a pair, and the energy the operations
 *    must spend in [t1, t2) exceeds capacity · (t2 − t1), the capacity being 1 when no
 *    operation has a machine and the size of the hull of the machine domains otherwise;
 *  - `(contradiction k)`: step k proves `x − x ≤ c` with c < 0.
 * Why this is sound: at any time the operations running pairwise violate both precedence
 * disjuncts, so their machines differ pairwise (or, without machines, at most one runs); the
 * machine values lie in the hull; so at most `capacity` run at once, and the energy they spend
 * in the window is at most capacity · (t2 − t1).
 */
import { EagerSmtError } from '../errors.js';
import { parseSExprs } from '../smtlib/parser.js';
import { replayToCheck } from '../script/replay.js';
import { invalid, VALID } from './verdict.js';
class Invalid extends Error {
}
/**
 * Checks `cert` (text of a resource certificate) against `problem` (text of the SMT-LIB script).
 * @example checkResourceCertificate(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export function checkResourceCertificate(problem, problemFile, cert, certFile) {
    try {
        new Checker(problem, problemFile, cert, certFile).run();
        return VALID;
    }
    catch (e) {
        if (e instanceof Invalid || e instanceof EagerSmtError)
            return invalid(e.message);
        throw e;
    }
}
const fail = (msg) => {
    throw new Invalid(msg);
};
class Checker {
    problem;
    problemFile;
    items;
    formulas = [];
    names = new Map();
    steps = new Map();
    index = new Map();
    constructor(problem, problemFile, cert, certFile) {
        this.problem = problem;
        this.problemFile = problemFile;
        const top = parseSExprs(cert, certFile);
        const root = top[0];
        if (top.length !== 1 || root?.kind !== 'list' || head(root) !== 'certificate')
            fail('not a certificate: expected one (certificate ...)');
        this.items = root.items.slice(1);
    }
    run() {
        const first = this.items[0];
        if (!first || head(first) !== 'check')
            fail('the certificate must start with (check n)');
        // The assertions an optimisation added to the check, right after it: (assert t) ...
        let k = 1;
        const added = [];
        for (; k < this.items.length && head(this.items[k]) === 'assert'; k++) {
            const xs = list(this.items[k]);
            if (xs.length !== 2)
                fail('(assert t): expected one term');
            added.push(xs[1]);
        }
        this.replay(Number(num(list(first)[1])), added);
        let ref = null;
        let mref = null;
        const ops = [];
        const opByName = new Map();
        const pairs = new Set();
        let concluded = false;
        for (const item of this.items.slice(k)) {
            if (concluded)
                fail('items after the conclusion');
            const xs = list(item);
            const what = head(item);
            switch (what) {
                case 'step': {
                    const id = Number(num(xs[1]));
                    const where = `step ${id}`;
                    if (this.steps.has(id))
                        fail(`${where}: duplicate step number`);
                    const claim = this.claim(xs[2], where);
                    this.justify(claim, xs[3], where);
                    this.steps.set(id, claim);
                    break;
                }
                // One origin for all times and one for all machine values: set once, before any op.
                case 'reference':
                    if (ref !== null || ops.length > 0)
                        fail('reference: set twice or after an op');
                    ref = this.varOrZero(xs[1], 'reference');
                    break;
                case 'machine-reference':
                    if (mref !== null || ops.length > 0)
                        fail('machine-reference: set twice or after an op');
                    mref = this.varOrZero(xs[1], 'machine-reference');
                    break;
                case 'op': {
                    const name = sym(xs[1]);
                    const where = `op ${name}`;
                    if (ref === null)
                        fail(`${where}: no (reference ...) before it`);
                    if (opByName.has(name))
                        fail(`${where}: listed twice`);
                    const s = this.var(xs[1], where);
                    const d = num(xs[2]);
                    if (d < 1n)
                        fail(`${where}: duration ${d} < 1`);
                    const start = list(xs[3]);
                    if (head(xs[3]) !== 'start')
                        fail(`${where}: expected (start e l)`);
                    const est = -this.bound(start[1], ref, s, where);
                    const lst = this.bound(start[2], s, ref, where);
                    const op = { name, s, d, est, lst };
                    if (xs[4]) {
                        const mach = list(xs[4]);
                        if (head(xs[4]) !== 'machine')
                            fail(`${where}: expected (machine m lo hi)`);
                        if (mref === null)
                            fail(`${where}: no (machine-reference ...) before it`);
                        op.m = this.var(mach[1], where);
                        op.lo = -this.bound(mach[2], mref, op.m, where);
                        op.hi = this.bound(mach[3], op.m, mref, where);
                    }
                    ops.push(op);
                    opByName.set(name, op);
                    break;
                }
                case 'pair': {
                    const [na, nb] = [sym(xs[1]), sym(xs[2])];
                    const where = `pair ${na} ${nb}`;
                    const a = opByName.get(na) ?? fail(`${where}: '${na}' is not an operation`);
                    const b = opByName.get(nb) ?? fail(`${where}: '${nb}' is not an operation`);
                    if (a === b)
                        fail(`${where}: an operation paired with itself`);
                    const disj = [
                        { x: a.s, y: b.s, c: -a.d },
                        { x: b.s, y: a.s, c: -b.d },
                    ];
                    const why = list(xs[3]);
                    if (head(xs[3]) === 'step') {
                        const c = this.step(why[1], where);
                        if (!disj.some((d) => c.x === d.x && c.y === d.y && c.c <= d.c))
                            fail(`${where}: step does not order the two operations`);
                    }
                    else {
                        const guard = a.m && b.m && a.m !== b.m ? [{ x: a.m, y: b.m, c: -1n }, { x: b.m, y: a.m, c: -1n }] : [];
                        if (!this.implied([...disj, ...guard], xs[3], where) && !(guard.length > 0 && this.implied(disj, xs[3], where)))
                            fail(`${where}: no top-level constraint of formula ${num(why[1])} implies ${show(disj.concat(guard))}`);
                    }
                    pairs.add(`${na} ${nb}`).add(`${nb} ${na}`);
                    break;
                }
                case 'overload': {
                    const [t1, t2] = [num(xs[1]), num(xs[2])];
                    if (t2 <= t1)
                        fail(`overload: empty window [${t1}, ${t2})`);
                    for (let i = 0; i < ops.length; i++)
                        for (let j = i + 1; j < ops.length; j++)
                            if (!pairs.has(`${ops[i].name} ${ops[j].name}`))
                                fail(`overload: operations ${ops[i].name} and ${ops[j].name} form no pair`);
                    const ms = ops.filter((o) => o.m);
                    let capacity = 1n;
                    if (ms.length > 0) {
                        const lo = ms.reduce((a, o) => (o.lo < a ? o.lo : a), ms[0].lo);
                        const hi = ms.reduce((a, o) => (o.hi > a ? o.hi : a), ms[0].hi);
                        if (hi - lo + 1n > capacity)
                            capacity = hi - lo + 1n;
                    }
                    let energy = 0n;
                    for (const o of ops) {
                        const ov = (s) => max(0n, min(s + o.d, t2) - max(s, t1));
                        energy += min(ov(o.est), ov(o.lst));
                    }
                    if (energy <= capacity * (t2 - t1))
                        fail(`overload: energy ${energy} in [${t1}, ${t2}) does not exceed capacity ${capacity} × ${t2 - t1}`);
                    concluded = true;
                    break;
                }
                case 'contradiction': {
                    const c = this.step(xs[1], 'contradiction');
                    if (c.x !== c.y || c.c >= 0n)
                        fail(`contradiction: step does not prove x − x ≤ c with c < 0`);
                    concluded = true;
                    break;
                }
                default:
                    fail(`unknown item '${what}'`);
            }
        }
        if (!concluded)
            fail('no conclusion: expected (overload t1 t2) or (contradiction k)');
    }
    /** Replays the script up to its `n`-th check, `added` asserted there; keeps its assertions and assumptions. */
    replay(n, added) {
        const at = replayToCheck(this.problem, this.problemFile, n, added);
        if (!at)
            fail(`the problem has no check number ${n}`);
        this.formulas = [...at.assertions, ...at.assumptions];
        for (const t of at.declared)
            if (t.sort.name === 'Int' && !t.domain)
                this.names.set(t.name, t);
    }
    var(e, where) {
        const name = sym(e);
        return this.names.get(name) ?? fail(`${where}: '${name}' is not a declared Int constant`);
    }
    varOrZero(e, where) {
        return e?.kind === 'numeral' && e.value === 0n ? undefined : this.var(e, where);
    }
    /** `(<= (- x y) c)`. */
    claim(e, where) {
        const xs = list(e);
        if (head(e) !== '<=' || xs.length !== 3 || head(xs[1]) !== '-' || list(xs[1]).length !== 3)
            fail(`${where}: expected (<= (- x y) c)`);
        const [, x, y] = list(xs[1]);
        return { x: this.varOrZero(x, where), y: this.varOrZero(y, where), c: num(xs[2]) };
    }
    step(e, where) {
        const id = Number(num(e));
        return this.steps.get(id) ?? fail(`${where}: step ${id} is not (yet) proved`);
    }
    /** The constant of step `e`, which must bound `x − y`. */
    bound(e, x, y, where) {
        const c = this.step(e, where);
        if (c.x !== x || c.y !== y)
            fail(`${where}: step ${num(e)} bounds ${show([c])}, not ${name(x)} − ${name(y)}`);
        return c.c;
    }
    justify(claim, why, where) {
        const xs = list(why);
        switch (head(why)) {
            case 'assertion':
                if (!this.implied([claim], why, where))
                    fail(`${where}: no top-level constraint of formula ${num(xs[1])} implies ${show([claim])}`);
                return;
            case 'sum': {
                const p = this.step(xs[1], where);
                const q = this.step(xs[2], where);
                const sum = new Map();
                const add = (t, k) => {
                    if (t)
                        sum.set(t.id, (sum.get(t.id) ?? 0n) + k);
                };
                for (const [c, k] of [[p, 1n], [q, 1n], [claim, -1n]]) {
                    add(c.x, k);
                    add(c.y, -k);
                }
                if ([...sum.values()].some((k) => k !== 0n) || p.c + q.c > claim.c)
                    fail(`${where}: not the sum of steps ${num(xs[1])} and ${num(xs[2])}`);
                return;
            }
            case 'refl':
                if (claim.x !== claim.y || claim.c < 0n)
                    fail(`${where}: not of the form x − x ≤ c with c ≥ 0`);
                return;
            default:
                fail(`${where}: unknown justification`);
        }
    }
    /** Some top-level clause of formula `(assertion i)` implies the disjunction `disj`. */
    implied(disj, why, where) {
        if (head(why) !== 'assertion')
            fail(`${where}: expected (assertion i)`);
        const i = Number(num(list(why)[1]));
        if (!(i >= 1 && i <= this.formulas.length))
            fail(`${where}: there is no formula ${i} (the check has ${this.formulas.length})`);
        const key = keyOf(disj.flatMap((c) => [c.x, c.y]));
        for (const clause of this.clauses(i - 1).get(key) ?? []) {
            if (clause.every((alts) => alts.every((conj) => conj.some((q) => disj.some((c) => implies(q, c))))))
                return true;
        }
        return false;
    }
    /** The top-level clauses of formula i, keyed by the variables they mention. */
    clauses(i) {
        let m = this.index.get(i);
        if (m)
            return m;
        m = new Map();
        const stack = [[this.formulas[i], true]];
        const seen = new Set();
        while (stack.length > 0) {
            const [t, pos] = stack.pop();
            if (seen.has(`${t.id}${pos}`))
                continue;
            seen.add(`${t.id}${pos}`);
            if (t.op === 'not')
                stack.push([t.args[0], !pos]);
            else if ((t.op === 'and' && pos) || (t.op === 'or' && !pos))
                for (const a of t.args)
                    stack.push([a, pos]);
            else if (t.op === '=>' && !pos)
                stack.push([t.args[0], true], [t.args[1], false]);
            else if (t.op === 'distinct' && pos && t.args.length > 2 && t.args[0].sort.name === 'Int') {
                // every two arguments differ: one clause per pair
                for (let j = 0; j < t.args.length; j++)
                    for (let k = j + 1; k < t.args.length; k++)
                        addClause(m, [comparison('=', t.args[j], t.args[k], false)]);
            }
            else
                addClause(m, disjuncts(t, pos).map(([u, p]) => literal(u, p)));
        }
        this.index.set(i, m);
        return m;
    }
}
/** Files a clause under the variables it mentions (unless a literal is not arithmetic). */
function addClause(m, lits) {
    if (lits.some((l) => l === undefined))
        return;
    const clause = lits;
    const key = keyOf(clause.flat(2).flatMap((q) => [...q.coefs].filter(([, k]) => k !== 0n).map(([v]) => v)));
    const list = m.get(key);
    if (list)
        list.push(clause);
    else
        m.set(key, [clause]);
}
/** The literals of a disjunction. */
function disjuncts(t, pos) {
    const out = [];
    const stack = [[t, pos]];
    while (stack.length > 0) {
        const [u, p] = stack.pop();
        if (u.op === 'not')
            stack.push([u.args[0], !p]);
        else if ((u.op === 'or' && p) || (u.op === 'and' && !p))
            for (const a of u.args)
                stack.push([a, p]);
        else if (u.op === '=>' && p)
            stack.push([u.args[0], false], [u.args[1], true]);
        else
            out.push([u, p]);
    }
    return out;
}
/** A literal as alternatives of conjunctions of inequalities, or undefined if not arithmetic. */
function literal(t, pos) {
    if (t.op === 'true' || t.op === 'false')
        return (t.op === 'true') === pos ? [[]] : [];
    let op = t.op;
    if (op === 'distinct') {
        if (t.args.length !== 2)
            return undefined;
        op = '=';
        pos = !pos;
    }
    if (!['<=', '<', '>=', '>', '='].includes(op) || t.args[0].sort.name !== 'Int')
        return undefined;
    return comparison(op, t.args[0], t.args[1], pos);
}
/** `(op a b)` over Int, or its negation, as alternatives. */
function comparison(op, a, b, pos) {
    let [l, r] = [linear(a), linear(b)];
    if (!l || !r)
        return undefined;
    if (op === '>=' || op === '>')
        [l, r] = [r, l];
    const e = new Map(l.coefs);
    for (const [v, k] of r.coefs)
        e.set(v, (e.get(v) ?? 0n) - k);
    const k = r.k - l.k; // Σ e ≤ k  is  l ≤ r
    const neg = new Map([...e].map(([v, a]) => [v, -a]));
    const le = (c) => ({ coefs: e, k: c });
    const ge = (c) => ({ coefs: neg, k: -c }); // Σ e ≥ c
    if (op === '=')
        return pos ? [[le(k), ge(k)]] : [[le(k - 1n)], [ge(k + 1n)]];
    const strict = op === '<' || op === '>';
    const bound = strict ? k - 1n : k;
    return pos ? [[le(bound)]] : [[ge(bound + 1n)]];
}
/** A linear integer term `Σ coefs·v + k`, or undefined (ite, non-linear, non-Int). */
function linear(t) {
    switch (t.op) {
        case 'int':
            return { coefs: new Map(), k: t.value };
        case 'var':
            return t.sort.name === 'Int' ? { coefs: new Map([[t.id, 1n]]), k: 0n } : undefined;
        case 'neg':
        case '-':
        case '+':
        case '*': {
            const parts = t.args.map(linear);
            if (parts.some((p) => !p))
                return undefined;
            if (t.op === '*') {
                let acc = parts[0];
                for (const p of parts.slice(1)) {
                    const [c, other] = acc.coefs.size === 0 ? [acc.k, p] : p.coefs.size === 0 ? [p.k, acc] : [undefined, acc];
                    if (c === undefined)
                        return undefined;
                    acc = scale(other, c);
                }
                return acc;
            }
            let acc = t.op === 'neg' ? scale(parts[0], -1n) : parts[0];
            for (const p of parts.slice(1))
                acc = addLin(acc, t.op === '-' ? scale(p, -1n) : p);
            return acc;
        }
        default:
            return undefined;
    }
}
function scale(a, s) {
    return { coefs: new Map([...a.coefs].map(([v, c]) => [v, c * s])), k: a.k * s };
}
function addLin(a, b) {
    const coefs = new Map(a.coefs);
    for (const [v, c] of b.coefs)
        coefs.set(v, (coefs.get(v) ?? 0n) + c);
    return { coefs, k: a.k + b.k };
}
/** Whether `Σ ≤ k` implies `x − y ≤ c` (same variables, α > 0 times, constant at most c). */
function implies(q, c) {
    const vars = [...q.coefs].filter(([, a]) => a !== 0n);
    if (vars.length === 0)
        return q.k < 0n; // 0 ≤ k false: implies anything
    if (c.x === c.y)
        return false;
    let alpha;
    for (const [v, a] of vars) {
        const want = c.x?.id === v ? 1n : c.y?.id === v ? -1n : 0n;
        if (want === 0n)
            return false;
        const al = a * want;
        if (al <= 0n || (alpha !== undefined && al !== alpha))
            return false;
        alpha = al;
    }
    if (vars.length !== (c.x ? 1 : 0) + (c.y ? 1 : 0))
        return false;
    return floorDiv(q.k, alpha) <= c.c;
}
function floorDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
function keyOf(ts) {
    const ids = new Set();
    for (const t of ts)
        if (t !== undefined)
            ids.add(typeof t === 'number' ? t : t.id);
    return [...ids].sort((a, b) => a - b).join(' ');
}
const min = (a, b) => (a < b ? a : b);
const max = (a, b) => (a > b ? a : b);
function name(t) {
    return t ? t.name : '0';
}
function show(cs) {
    return cs.map((c) => `${name(c.x)} − ${name(c.y)} ≤ ${c.c}`).join(' ∨ ');
}
function head(e) {
    return e.kind === 'list' && e.items[0]?.kind === 'symbol' ? e.items[0].name : undefined;
}
function list(e) {
    return e?.kind === 'list' ? e.items : fail(`expected a list at ${e ? `${e.pos.line}:${e.pos.col}` : 'end'}`);
}
function sym(e) {
    return e?.kind === 'symbol' ? e.name : fail(`expected a symbol at ${e ? `${e.pos.line}:${e.pos.col}` : 'end'}`);
}
/** A numeral or `(- numeral)`. */
function num(e) {
    if (e?.kind === 'numeral')
        return e.value;
    if (e?.kind === 'list' && e.items.length === 2 && head(e) === '-' && e.items[1].kind === 'numeral')
        return -e.items[1].value;
    return fail(`expected an integer at ${e ? `${e.pos.line}:${e.pos.col}` : 'end'}`);
}
//# sourceMappingURL=check-resource.js.map