/**
 * Polynomial normal form of bit-vector arithmetic: a term of width n built from `bvadd`,
 * `bvsub`, `bvneg`, `bvnot`, `bvmul`, literals and left shifts (`(bvshl x y)` is x · 2^y, with
 * 2^y the atom `(bvshl 1 y)`) is read as a polynomial over the ring Z/2^n — a sum of monomials
 * `c · a1 · … · ak` with coefficients c mod 2^n over atoms a1..ak (every other term: declared
 * constants, `concat`, `ite`, …, compared by identity). Expanding products and collecting like
 * monomials decides the ring identities (commutativity, associativity, distributivity), so
 * `(= (bvmul a (bvadd b c)) (bvadd (bvmul a b) (bvmul a c)))` is true without bit-blasting a
 * multiplier. This is word-level normalisation in the spirit of Boolector's normalisation of
 * addition and multiplication chains and of the algebraic data-path proofs of Wienand et al.
 * ("An Algebraic Approach for Proving Data Correctness in Arithmetic Data Paths", CAV 2008),
 * restricted to what is cheap: a polynomial of more than `MAX_MONOMIALS` monomials or with a
 * monomial of more than `MAX_DEGREE` atoms is not expanded, and its term counts as an atom.
 *
 * Soundness: a polynomial identity over Z/2^n implies equality of the functions, so a zero
 * difference proves `(= x y)` and a nonzero constant difference refutes it. The converse does
 * not hold (x·(x+1)·2^(n-1) is 0 for every x), so any other difference decides nothing.
 */
import { trunc } from '../terms/bitvec.js';
import { postOrder } from '../terms/walk.js';
/** Polynomials larger than this are not expanded: their term is an atom. */
const MAX_MONOMIALS = 64;
/** Monomials of a higher degree are not expanded. */
const MAX_DEGREE = 16;
/** Operators read as ring operations. */
const ARITH = new Set(['bvadd', 'bvsub', 'bvneg', 'bvnot', 'bvmul']);
/**
 * The shift k when `t` is `(concat ((_ extract n-1-k 0) x) (_ bv0 k))` with x of t's width n,
 * that is x · 2^k (the rewriter's form of `(bvshl x k)` and `(bvmul x 2^k)`); else −1.
 */
function shiftOf(t) {
    if (t.op !== 'concat')
        return -1;
    const [hi, lo] = [t.args[0], t.args[1]];
    if (lo.op !== 'bv' || lo.value !== 0n || hi.op !== 'extract' || hi.indices[1] !== 0)
        return -1;
    if (hi.args[0].sort.width !== t.sort.width)
        return -1;
    return lo.sort.width;
}
/** Whether `t` is `(bvshl x y)` with y not a literal: x · 2^y, where 2^y is `(bvshl 1 y)`. */
const isVarShift = (t) => t.op === 'bvshl' && t.args[1].op !== 'bv';
/** Whether `t` is an application that its polynomial reads as ring operations. */
export function isArith(t) {
    return ARITH.has(t.op) || shiftOf(t) > 0 || isVarShift(t);
}
/** The ring operations on polynomials over Z/2^w. */
function constant(c, w) {
    const v = trunc(c, w);
    return v === 0n ? new Map() : new Map([['', { coef: v, atoms: [] }]]);
}
/** `p + k·q` mod 2^w. */
function addScaled(p, q, k, w) {
    const r = new Map(p);
    for (const [key, m] of q) {
        const c = trunc((r.get(key)?.coef ?? 0n) + k * m.coef, w);
        if (c === 0n)
            r.delete(key);
        else
            r.set(key, { coef: c, atoms: m.atoms });
    }
    return r;
}
/** `p · q` mod 2^w, or undefined when it would exceed the size limits. */
function multiply(p, q, w) {
    const r = new Map();
    for (const a of p.values()) {
        for (const b of q.values()) {
            if (a.atoms.length + b.atoms.length > MAX_DEGREE)
                return undefined;
            const atoms = [...a.atoms, ...b.atoms].sort((u, v) => u.id - v.id);
            const key = atoms.map((u) => u.id).join('.');
            const c = trunc((r.get(key)?.coef ?? 0n) + a.coef * b.coef, w);
            if (c === 0n)
                r.delete(key);
            else
                r.set(key, { coef: c, atoms });
        }
    }
    return r;
}
/**
 * Polynomials of bit-vector terms, memoised by term id (terms are immutable, so one instance
 * serves a whole term store).
 * @example
 * const p = new PolyNormalizer(s);
 * p.difference(s.mk('bvmul', [a, s.mk('bvadd', [b, c])]), s.mk('bvadd', [s.mk('bvmul', [a, b]), s.mk('bvmul', [a, c])])).size // 0
 */
export class PolyNormalizer {
    store;
    memo = new Map();
    /** `store` holds the atoms `(bvshl 1 y)` of shifts by a term y. */
    constructor(store) {
        this.store = store;
    }
    /** The polynomial of `t` (a bit-vector term). Post: it has at most MAX_MONOMIALS monomials. */
    poly(t) {
        const done = (u) => this.memo.has(u.id);
        const children = (u) => {
            if (ARITH.has(u.op))
                return u.args;
            if (isVarShift(u))
                return u.args;
            const k = shiftOf(u);
            return k > 0 ? [u.args[0].args[0]] : [];
        };
        postOrder([t], done, children, (u) => this.memo.set(u.id, this.expand(u) ?? atom(u)));
        return this.memo.get(t.id);
    }
    /** `poly(x) − poly(y)`: empty when x = y is a ring identity. Pre: x and y have one width. */
    difference(x, y) {
        return addScaled(this.poly(x), this.poly(y), -1n, x.sort.width);
    }
    /**
     * One term per polynomial (a key, never encoded): the monomials in key order, each the chain of
     * its atoms times its coefficient, summed — so that `(bvshl 1 y)` is one atom for all y of one
     * polynomial.
     */
    canonical(p, w) {
        const s = this.store;
        let sum;
        for (const key of [...p.keys()].sort()) {
            const m = p.get(key);
            let term = s.bv(m.coef, w);
            for (const a of m.atoms)
                term = s.mk('bvmul', [term, a]);
            sum = sum === undefined ? term : s.mk('bvadd', [sum, term]);
        }
        return sum ?? s.bv(0n, w);
    }
    /** The expansion of `u` from its children's polynomials; undefined for an atom or past the limits. */
    expand(u) {
        const w = u.sort.width;
        const arg = (i) => this.memo.get(u.args[i].id);
        let r;
        switch (u.op) {
            case 'bv':
                return constant(u.value, w);
            case 'bvadd':
                r = addScaled(arg(0), arg(1), 1n, w);
                break;
            case 'bvsub':
                r = addScaled(arg(0), arg(1), -1n, w);
                break;
            case 'bvneg':
                r = addScaled(new Map(), arg(0), -1n, w);
                break;
            case 'bvnot': // ~x = −x − 1 in two's complement
                r = addScaled(constant(-1n, w), arg(0), -1n, w);
                break;
            case 'bvmul':
                r = multiply(arg(0), arg(1), w);
                break;
            case 'bvshl': {
                if (!isVarShift(u))
                    return undefined;
                // x << y = x · (1 << y) mod 2^n, also for y ≥ n (both sides 0)
                const pow = this.store.mk('bvshl', [this.store.bv(1n, w), this.canonical(this.memo.get(u.args[1].id), w)]);
                r = multiply(arg(0), atom(pow), w);
                break;
            }
            default: {
                const k = shiftOf(u);
                if (k <= 0)
                    return undefined;
                r = addScaled(new Map(), this.memo.get(u.args[0].args[0].id), 1n << BigInt(k), w);
            }
        }
        return r !== undefined && r.size <= MAX_MONOMIALS ? r : undefined;
    }
}
/** The polynomial `1 · u` of an atom. */
function atom(u) {
    return new Map([[String(u.id), { coef: 1n, atoms: [u] }]]);
}
//# sourceMappingURL=poly.js.map