/**
 * Word-level rewriting of bit-vector terms before bit-blasting (docs/ARCHITECTURE.md "Rewriting"), in the manner
 * of Bitwuzla's and Boolector's node-creation rewriting: each application is simplified as it
 * is built from already simplified arguments, so one bottom-up pass reaches a fixpoint of
 * these local rules. Every rule is an equivalence (the same value for every assignment), so
 * the model of the rewritten problem is a model of the original one.
 *
 * Each rule names its SMT-LIB form: `match:` the shape, `result:` what replaces it. `c`, `d`
 * are literals, `n` the width, `0`/`1`/`~0` the literals zero, one and all ones of width n.
 */
import { bvApply, ones } from '../terms/bitvec.js';
import { arithRule } from './arith.js';
import { isArith, PolyNormalizer } from './poly.js';
const isLit = (t) => t.op === 'bv';
const isVal = (t, v) => t.op === 'bv' && t.value === v;
/** The k with c = 2^k, for a literal c that is a power of two, else −1. */
function log2Lit(t) {
    if (t.op !== 'bv' || t.value === 0n || (t.value & (t.value - 1n)) !== 0n)
        return -1;
    return t.value.toString(2).length - 1;
}
const sameIndices = (x, y) => (x.indices ?? []).join() === (y.indices ?? []).join();
/** The canonical argument order of commutative operators: literals last, else by id. */
function before(a, b) {
    if (isLit(a) !== isLit(b))
        return isLit(b);
    return a.id < b.id;
}
/** Associative and commutative operators whose chains are normalised, and the chain bound. */
const AC = new Set(['bvadd', 'bvmul', 'bvand', 'bvor', 'bvxor']);
const AC_LIMIT = 8;
const COMMUTATIVE = new Set(['bvadd', 'bvmul', 'bvand', 'bvor', 'bvxor', 'bvnand', 'bvnor', 'bvxnor', 'bvcomp', '=']);
/**
 * Builds simplified applications in `store`.
 * @example new BvRewriter(store).mk('bvadd', [x, store.bv(0n, 8)]) // x
 */
export class BvRewriter {
    store;
    poly;
    constructor(store) {
        this.store = store;
        this.poly = new PolyNormalizer(store);
    }
    /** `(name args)` with `indices`, simplified. Pre: `args` are themselves simplified. */
    /**
     * The application of `t`'s operator to new arguments, simplified by the rules (`TermStore.rebuild`
     * with `mk`); an uninterpreted function's or a constant array's head is not rewritten.
     * Pre: `t` is an application.
     * @example rw.rebuild(t, t.args.map(simplify))
     */
    rebuild(t, args) {
        if (t.op === 'apply' || t.op === 'const')
            return this.store.rebuild(t, args);
        return this.mk(t.op === 'neg' ? '-' : t.op, args, t.indices);
    }
    mk(name, args, indices = [], flatten = true) {
        const s = this.store;
        if (flatten && args.length === 2 && AC.has(name) && !(isLit(args[0]) && isLit(args[1]))) {
            const n = this.normalizeAc(name, args[0], args[1]);
            if (n)
                return n;
        }
        // match: (op x y) with op commutative and y before x in the canonical order (literals last,
        //        else by term id)  /  result: (op y x) — so (bvmul a b) and (bvmul b a) are one term
        if (args.length === 2 && COMMUTATIVE.has(name) && before(args[1], args[0]))
            args = [args[1], args[0]];
        const t = s.mk(name, args, undefined, indices);
        if (args.length === 0)
            return t;
        const [x, y] = [args[0], args[1]];
        switch (t.op) {
            case '=':
                // match: (= x x)  /  result: true
                if (x === y)
                    return s.true;
                // match: (= c d) for bit-vector literals  /  result: true or false
                if (isLit(x) && isLit(y))
                    return s.bool(x.value === y.value);
                if (x.sort.kind === 'Int' || x.sort.kind === 'Real')
                    return arithRule(s, t) ?? t;
                return this.polyEqual(x, y) ?? t;
            case 'distinct': {
                // match: (distinct ... x ... x ...)  /  result: false
                if (new Set(args).size < args.length)
                    return s.false;
                // match: (distinct c1 ... ck) with pairwise different literals  /  result: true
                if (args.every(isLit) && new Set(args.map((a) => a.value)).size === args.length)
                    return s.true;
                if (x.sort.kind === 'Int' || x.sort.kind === 'Real')
                    return arithRule(s, t) ?? t;
                // match: (distinct x y)  /  result: (not r), where r is the result of (= x y) below
                if (args.length === 2) {
                    const eq = this.polyEqual(x, y);
                    if (eq !== undefined)
                        return eq === s.true ? s.false : s.true;
                }
                return t;
            }
            case 'ite':
                // match: (ite c x x)  /  result: x
                if (y === args[2])
                    return y;
                // match: (ite true x y)  /  result: x ;  match: (ite false x y)  /  result: y
                if (x === s.true)
                    return y;
                if (x === s.false)
                    return args[2];
                return t;
            case 'not':
                // match: (not (not x))  /  result: x
                if (x.op === 'not')
                    return x.args[0];
                // match: (not true)  /  result: false ;  match: (not false)  /  result: true
                if (x === s.true || x === s.false)
                    return s.bool(x === s.false);
                return t;
            case 'and':
            case 'or': {
                const [unit, zero] = t.op === 'and' ? [s.true, s.false] : [s.false, s.true];
                // match: (and ... false ...)  /  result: false ;  match: (or ... true ...)  /  result: true
                if (args.includes(zero))
                    return zero;
                // match: (and x1 ... true ... xk)  /  result: (and x1 ... xk), true when none is left,
                //        the one left when one is left; (or ...) alike without false
                // match: (and ... x ... (not x) ...)  /  result: false ;  (or ...) alike: true
                if (args.length > 1) {
                    const present = new Set(args.map((a) => a.id));
                    if (args.some((a) => a.op === 'not' && present.has(a.args[0].id)))
                        return zero;
                }
                if (!args.includes(unit))
                    return t;
                const rest = args.filter((a) => a !== unit);
                return rest.length === 0 ? unit : rest.length === 1 ? rest[0] : s.mk(t.op, rest);
            }
            case '=>':
                // match: (=> false y)  /  result: true ;  match: (=> x true)  /  result: true ;
                // match: (=> true y)  /  result: y
                if (x === s.false || y === s.true)
                    return s.true;
                if (x === s.true)
                    return y;
                return t;
            default:
                break;
        }
        if (x.sort.kind === 'Int' || x.sort.kind === 'Real')
            return arithRule(s, t) ?? t;
        if (x.sort.kind !== 'BitVec')
            return t;
        const op = t.op;
        // match: (op c1 ... ck) with literal arguments  /  result: the literal of its value
        if (args.every(isLit)) {
            const v = bvApply(op, indices, args.map((a) => a.value), args.map((a) => a.sort.width), t.sort.width);
            return typeof v === 'boolean' ? s.bool(v) : s.bv(v, t.sort.width);
        }
        return this.rule(op, t, x, y, indices) ?? t;
    }
    /**
     * match: (op (op a b) (op c d)) for op in bvadd, bvmul, bvand, bvor, bvxor, up to 8 operands
     * result: the operands' literals folded into one, the others sorted by term id and chained
     *         left to right, then the literal: ((a ∘ c) ∘ d) ∘ (b ∘ k) → (((a ∘ b) ∘ c) ∘ d) ∘ k.
     *         Also (bvand … x … x …) / (bvor …) keep one x, (bvxor … x … x …) drops both.
     * So a·(b·c) and c·(a·b) are one term. Undefined when there is nothing to normalise.
     */
    normalizeAc(op, x, y) {
        const leaves = [];
        const stack = [y, x];
        while (stack.length > 0) {
            const t = stack.pop();
            if (t.op === op && leaves.length + stack.length < AC_LIMIT)
                stack.push(t.args[1], t.args[0]);
            else
                leaves.push(t);
        }
        if (leaves.length <= 2)
            return undefined; // the commutative order of `mk` is enough
        const w = x.sort.width;
        let lit;
        let rest = [];
        for (const t of leaves) {
            if (isLit(t))
                lit = lit === undefined ? t.value : bvApply(op, [], [lit, t.value], [w, w], w);
            else
                rest.push(t);
        }
        rest.sort((a, b) => a.id - b.id);
        if (op === 'bvand' || op === 'bvor')
            rest = rest.filter((t, i) => i === 0 || rest[i - 1] !== t);
        if (op === 'bvxor') {
            const odd = [];
            for (const t of rest) {
                if (odd[odd.length - 1] === t)
                    odd.pop();
                else
                    odd.push(t);
            }
            rest = odd;
        }
        let acc;
        for (const t of rest)
            acc = acc === undefined ? t : this.store.mk(op, [acc, t]);
        const k = lit === undefined ? undefined : this.store.bv(lit, w);
        if (acc === undefined)
            return k ?? (op === 'bvxor' ? this.store.bv(0n, w) : undefined);
        return k === undefined ? acc : this.mk(op, [acc, k], [], false);
    }
    /**
     * `x · c` as additions and subtractions of shifted copies of x, by the canonical signed digit
     * (non-adjacent) form of c, when it has fewer nonzero digits than c has 1-bits; else undefined.
     */
    shiftAdd(x, c, n) {
        const digits = [];
        let ones = 0;
        for (let v = c; v > 0n; v >>= 1n)
            if (v & 1n)
                ones++;
        for (let v = c, i = 0; v !== 0n && i < n; v >>= 1n, i++) {
            if ((v & 1n) === 0n)
                continue;
            const d = (v & 3n) === 1n ? 1 : -1;
            digits.push([i, d]);
            v -= BigInt(d);
        }
        if (digits.length >= ones)
            return undefined;
        digits.sort((a, b) => b[1] - a[1]); // a positive digit first: x·7 is (8x − x), not (−x + 8x)
        const shifted = (k) => this.mk('bvshl', [x, this.store.bv(BigInt(k), n)]);
        let acc;
        for (const [k, d] of digits) {
            const term = shifted(k);
            if (acc === undefined)
                acc = d > 0 ? term : this.mk('bvneg', [term]);
            else
                acc = this.mk(d > 0 ? 'bvadd' : 'bvsub', [acc, term]);
        }
        return acc ?? this.store.bv(0n, n);
    }
    /**
     * match: (= x y) for bit-vectors x, y, one of them arithmetic (bvadd, bvsub, bvneg, bvnot,
     *        bvmul, a left shift by a constant), with x − y a polynomial over Z/2^n (poly.ts)
     * result: true when x − y is the zero polynomial, e.g. (= (bvmul a (bvadd b c)) (bvadd
     *         (bvmul a b) (bvmul a c))); false when it is a nonzero constant, e.g.
     *         (= (bvadd a 1) (bvadd a 2)); undefined (no rule) otherwise.
     */
    polyEqual(x, y) {
        if (x.sort.kind !== 'BitVec')
            return undefined;
        if (isArith(x) || isArith(y)) {
            const d = this.poly.difference(x, y);
            if (d.size === 0)
                return this.store.true;
            if (d.size === 1 && d.has(''))
                return this.store.false;
        }
        // match: (= (f a1 ... ak) (f b1 ... bk)), each ai = bi by the rule above (or identical)
        // result: true — e.g. (= (bvshl s (bvadd t ~0)) (bvshl s (bvnot (bvneg t))))
        if (x.op === y.op && x.args.length === y.args.length && x.args.length > 0 && sameIndices(x, y)) {
            const equal = (a, b) => a === b || (a.sort === b.sort && a.sort.kind === 'BitVec' && (isArith(a) || isArith(b)) && this.poly.difference(a, b).size === 0);
            if (x.args.every((a, i) => equal(a, y.args[i])))
                return this.store.true;
        }
        return undefined;
    }
    /** `(ite (= y 0) c 0)`: a division of 0 by y. */
    zeroDividend(y, c) {
        const n = y.sort.width;
        return this.mk('ite', [this.mk('=', [y, this.store.bv(0n, n)]), this.store.bv(c, n), this.store.bv(0n, n)]);
    }
    /** The simplification of `t` = (op x y) (binary or unary), or undefined if no rule applies. */
    rule(op, t, x, y, ix) {
        const s = this.store;
        const n = x.sort.width;
        const zero = () => s.bv(0n, n);
        const allOnes = ones(n);
        switch (op) {
            case 'bvadd':
                // match: (bvadd x 0)  /  result: x
                if (isVal(y, 0n))
                    return x;
                return undefined;
            case 'bvsub':
                // match: (bvsub x 0)  /  result: x
                if (isVal(y, 0n))
                    return x;
                // match: (bvsub x x)  /  result: 0
                if (x === y)
                    return zero();
                return undefined;
            case 'bvmul': {
                // match: (bvmul x 0)  /  result: 0
                if (isVal(y, 0n))
                    return zero();
                // match: (bvmul x 1)  /  result: x
                if (isVal(y, 1n))
                    return x;
                // match: (bvmul x ~0)  /  result: (bvneg x)
                if (isVal(y, allOnes))
                    return this.mk('bvneg', [x]);
                // match: (bvmul x 2^k), 0 < k < n  /  result: (concat ((_ extract n-1-k 0) x) (_ bv0 k))
                const k = log2Lit(y);
                if (k > 0)
                    return this.mk('concat', [this.mk('extract', [x], [n - 1 - k, 0]), s.bv(0n, k)]);
                // match: (bvmul x c), c with fewer signed digits than 1-bits  /  result: Σ ±(bvshl x k) over
                //        the canonical signed digits of c, e.g. (bvmul x 7) → (bvsub (bvshl x 3) x).
                // (Other constants need no rule: the multiplier's rows of 0 bits vanish in the gate layer,
                // which leaves the shift-add of the 1-bits.)
                if (isLit(y))
                    return this.shiftAdd(x, y.value, n);
                return undefined;
            }
            case 'bvand':
                // match: (bvand x 0)  /  result: 0 ;  match: (bvand x ~0)  /  result: x ;  match: (bvand x x)  /  result: x
                if (isVal(y, 0n))
                    return zero();
                if (isVal(y, allOnes) || x === y)
                    return x;
                return undefined;
            case 'bvor':
                // match: (bvor x 0)  /  result: x ;  match: (bvor x ~0)  /  result: ~0 ;  match: (bvor x x)  /  result: x
                if (isVal(y, 0n) || x === y)
                    return x;
                if (isVal(y, allOnes))
                    return y;
                return undefined;
            case 'bvxor':
                // match: (bvxor x 0)  /  result: x ;  match: (bvxor x x)  /  result: 0 ;  match: (bvxor x ~0)  /  result: (bvnot x)
                if (isVal(y, 0n))
                    return x;
                if (x === y)
                    return zero();
                if (isVal(y, allOnes))
                    return this.mk('bvnot', [x]);
                return undefined;
            case 'bvnot':
            case 'bvneg':
                // match: (bvnot (bvnot x))  /  result: x ;  match: (bvneg (bvneg x))  /  result: x
                if (x.op === op)
                    return x.args[0];
                return undefined;
            case 'extract': {
                const [i, j] = [ix[0], ix[1]];
                // match: ((_ extract n-1 0) x)  /  result: x
                if (j === 0 && i === n - 1)
                    return x;
                // match: ((_ extract i j) ((_ extract k l) x))  /  result: ((_ extract i+l j+l) x)
                if (x.op === 'extract') {
                    const l = x.indices[1];
                    return this.mk('extract', [x.args[0]], [i + l, j + l]);
                }
                if (x.op === 'concat') {
                    // match: ((_ extract i j) (concat a b)), i < |b|  /  result: ((_ extract i j) b)
                    // match: ((_ extract i j) (concat a b)), j ≥ |b|  /  result: ((_ extract i-|b| j-|b|) a)
                    const [hi, lo] = [x.args[0], x.args[1]];
                    const wl = lo.sort.width;
                    if (i < wl)
                        return this.mk('extract', [lo], [i, j]);
                    if (j >= wl)
                        return this.mk('extract', [hi], [i - wl, j - wl]);
                }
                if (x.op === 'zero_extend' || x.op === 'sign_extend') {
                    // match: ((_ extract i j) ((_ zero_extend k) a)), i < |a|  /  result: ((_ extract i j) a)
                    const a = x.args[0];
                    if (i < a.sort.width)
                        return this.mk('extract', [a], [i, j]);
                }
                return undefined;
            }
            case 'concat':
                // match: (concat ((_ extract i j) x) ((_ extract j-1 k) x))  /  result: ((_ extract i k) x)
                if (x.op === 'extract' && y.op === 'extract' && x.args[0] === y.args[0] && x.indices[1] === y.indices[0] + 1)
                    return this.mk('extract', [x.args[0]], [x.indices[0], y.indices[1]]);
                return undefined;
            case 'zero_extend':
            case 'sign_extend':
                // match: ((_ zero_extend 0) x)  /  result: x ;  match: ((_ sign_extend 0) x)  /  result: x
                if (ix[0] === 0)
                    return x;
                // match: ((_ zero_extend k) x)  /  result: (concat (_ bv0 k) x)
                if (op === 'zero_extend')
                    return this.mk('concat', [s.bv(0n, ix[0]), x]);
                return undefined;
            case 'repeat':
                // match: ((_ repeat 1) x)  /  result: x
                if (ix[0] === 1)
                    return x;
                return undefined;
            case 'rotate_left':
            case 'rotate_right':
                // match: ((_ rotate_left k) x), k mod n = 0  /  result: x
                if (ix[0] % n === 0)
                    return x;
                return undefined;
            case 'bvshl':
            case 'bvlshr': {
                if (!isLit(y))
                    return undefined;
                const k = y.value;
                // match: (bvshl x 0)  /  result: x
                if (k === 0n)
                    return x;
                // match: (bvshl x c), c ≥ n  /  result: 0
                if (k >= BigInt(n))
                    return zero();
                const c = Number(k);
                // match: (bvshl x c), 0 < c < n  /  result: (concat ((_ extract n-1-c 0) x) (_ bv0 c))
                if (op === 'bvshl')
                    return this.mk('concat', [this.mk('extract', [x], [n - 1 - c, 0]), s.bv(0n, c)]);
                // match: (bvlshr x c), 0 < c < n  /  result: (concat (_ bv0 c) ((_ extract n-1 c) x))
                return this.mk('concat', [s.bv(0n, c), this.mk('extract', [x], [n - 1, c])]);
            }
            case 'bvashr':
                // match: (bvashr x 0)  /  result: x
                if (isVal(y, 0n))
                    return x;
                return undefined;
            case 'bvudiv': {
                // match: (bvudiv x 1)  /  result: x
                if (isVal(y, 1n))
                    return x;
                // match: (bvudiv x 0)  /  result: ~0
                if (isVal(y, 0n))
                    return s.bv(allOnes, n);
                // match: (bvudiv 0 x)  /  result: (ite (= x 0) ~0 0)
                if (isVal(x, 0n))
                    return this.zeroDividend(y, allOnes);
                // match: (bvudiv x 2^k), k > 0  /  result: (bvlshr x k)
                const k = log2Lit(y);
                if (k > 0)
                    return this.mk('bvlshr', [x, s.bv(BigInt(k), n)]);
                return undefined;
            }
            case 'bvurem': {
                // match: (bvurem x 1)  /  result: 0 ;  match: (bvurem 0 x)  /  result: 0
                if (isVal(y, 1n) || isVal(x, 0n))
                    return zero();
                // match: (bvurem x 0)  /  result: x
                if (isVal(y, 0n))
                    return x;
                // match: (bvurem x 2^k), k > 0  /  result: (concat (_ bv0 n-k) ((_ extract k-1 0) x))
                const k = log2Lit(y);
                if (k > 0)
                    return this.mk('concat', [s.bv(0n, n - k), this.mk('extract', [x], [k - 1, 0])]);
                return undefined;
            }
            case 'bvsdiv':
                // match: (bvsdiv x 1)  /  result: x
                if (isVal(y, 1n))
                    return x;
                // match: (bvsdiv 0 x)  /  result: (ite (= x 0) ~0 0)
                if (isVal(x, 0n))
                    return this.zeroDividend(y, allOnes);
                return undefined;
            case 'bvsrem':
            case 'bvsmod':
                // match: (bvsrem 0 x)  /  result: 0 ;  match: (bvsmod 0 x)  /  result: 0
                if (isVal(x, 0n))
                    return x;
                // match: (bvsrem x 0)  /  result: x ;  match: (bvsmod x 0)  /  result: x
                if (isVal(y, 0n))
                    return x;
                return undefined;
            // Comparisons become bvule / bvsle, negated or not (as Z3 writes them), so that a strict
            // comparison and the non-strict one it negates are one atom:
            // match: (bvult x y)  /  result: (not (bvule y x)) ;  match: (bvugt x y)  /  result: (not (bvule x y))
            // match: (bvuge x y)  /  result: (bvule y x) ;  and bvslt, bvsgt, bvsge alike with bvsle
            case 'bvult':
            case 'bvslt':
                return this.mk('not', [this.mk(op === 'bvult' ? 'bvule' : 'bvsle', [y, x])]);
            case 'bvugt':
            case 'bvsgt':
                return this.mk('not', [this.mk(op === 'bvugt' ? 'bvule' : 'bvsle', [x, y])]);
            case 'bvuge':
            case 'bvsge':
                return this.mk(op === 'bvuge' ? 'bvule' : 'bvsle', [y, x]);
            case 'bvule':
            case 'bvsle': {
                // match: (bvule x x)  /  result: true
                if (x === y)
                    return s.true;
                // match: (bvule 0 x), (bvule x ~0)  /  result: true ;  match: (bvsle min x), (bvsle x max)
                //        with min = 10…0 and max = 01…1  /  result: true
                const [low, high] = op === 'bvule' ? [0n, allOnes] : [1n << BigInt(n - 1), allOnes >> 1n];
                if (isVal(x, low) || isVal(y, high))
                    return s.true;
                return undefined;
            }
            case 'bvcomp':
                // match: (bvcomp x x)  /  result: #b1
                if (x === y)
                    return s.bv(1n, 1);
                return undefined;
            case 'bvredor':
            case 'bvredand':
                // match: (bvredor x) with n = 1  /  result: x ;  match: (bvredand x) with n = 1  /  result: x
                if (n === 1)
                    return x;
                return undefined;
            case 'bvusubo':
            case 'bvssubo':
                // match: (bvusubo x x)  /  result: false ;  match: (bvssubo x x)  /  result: false
                // match: (bvusubo x 0)  /  result: false ;  match: (bvssubo x 0)  /  result: false
                if (x === y || isVal(y, 0n))
                    return s.false;
                // match: (bvusubo 0 x)  /  result: (distinct x 0)
                if (op === 'bvusubo' && isVal(x, 0n))
                    return s.mk('distinct', [y, x]);
                return undefined;
            case 'bvuaddo':
            case 'bvsaddo':
            case 'bvumulo':
            case 'bvsmulo':
                // match: (bvuaddo x 0), (bvuaddo 0 x), (bvsaddo x 0), (bvsaddo 0 x)  /  result: false
                // match: (bvumulo x 0), (bvumulo 0 x), (bvsmulo x 0), (bvsmulo 0 x)  /  result: false
                if (isVal(x, 0n) || isVal(y, 0n))
                    return s.false;
                // match: (bvumulo x 1), (bvumulo 1 x)  /  result: false
                if (op === 'bvumulo' && (isVal(x, 1n) || isVal(y, 1n)))
                    return s.false;
                return undefined;
            case 'bvsdivo':
                // match: (bvsdivo x c) with c ≠ ~0  /  result: false
                if (isLit(y) && !isVal(y, allOnes))
                    return s.false;
                return undefined;
            default:
                return undefined;
        }
    }
}
//# sourceMappingURL=bv.js.map