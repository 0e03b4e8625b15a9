/**
 * Rules of the word-level rewriter (rewrite.ts) for Int and Real terms: numerals folded, units
 * dropped, comparisons of numerals decided. What `simplify` shows of arithmetic; the Int and
 * Real reductions of the solver (theory/idl/normalize.ts) do their own normalisation.
 */
import { rat, ratAdd, ratCmp, ratMul, ratNeg } from '../terms/rational.js';
/** The value of an Int or Real numeral, else undefined. */
function valueOf(t) {
    if (t.op === 'int')
        return rat(t.value);
    if (t.op === 'real')
        return t.rational;
    return undefined;
}
const isZero = (r) => r.num === 0n;
const isOne = (r) => r.num === 1n && r.den === 1n;
/** The numeral of value `r` in the sort of `like` (Int or Real). Pre: r is an integer for Int. */
function numeral(store, like, r) {
    return like.sort.kind === 'Int' ? store.int(r.num) : store.real(r);
}
/**
 * The simplified form of `t`, an application over Int or Real arguments whose arguments are
 * simplified already, or undefined when no rule applies.
 * @example arithRule(store, store.mk('+', [store.int(1n), store.int(2n)])) // 3
 */
export function arithRule(store, t) {
    const args = t.args;
    const x = args[0];
    switch (t.op) {
        case 'neg': {
            // match: (- c) for a numeral c  /  result: the numeral −c ;  match: (- (- x))  /  result: x
            const v = valueOf(x);
            if (v)
                return numeral(store, t, ratNeg(v));
            if (x.op === 'neg')
                return x.args[0];
            return undefined;
        }
        case '+':
        case '*': {
            // match: (+ x1 ... xk)  /  result: the numerals among them summed into one, first (as Z3
            //        prints it), dropped when 0; the sum itself when only it is left
            // match: (* x1 ... xk)  /  result: alike with the product, dropped when 1; 0 when it is 0
            const sum = t.op === '+';
            let k = sum ? rat(0n) : rat(1n);
            const rest = [];
            let numerals = 0;
            for (const a of args) {
                const v = valueOf(a);
                if (!v)
                    rest.push(a);
                else {
                    numerals++;
                    k = sum ? ratAdd(k, v) : ratMul(k, v);
                }
            }
            if (!sum && isZero(k))
                return numeral(store, t, k);
            if (numerals === 0)
                return undefined;
            const unit = sum ? isZero(k) : isOne(k);
            if (rest.length === 0)
                return numeral(store, t, k);
            if (unit && rest.length === 1)
                return rest[0];
            const out = unit ? rest : [numeral(store, t, k), ...rest];
            if (numerals === 1 && out.length === args.length && out.every((a, i) => a === args[i]))
                return undefined;
            return store.mk(t.op, out);
        }
        case '-': {
            // match: (- x c1 ... ck) with numerals ci  /  result: (- x c) with c their sum, x when c is 0;
            //        the numeral x − c when x is a numeral too
            const v = valueOf(x);
            let k = rat(0n);
            const rest = [];
            for (const a of args.slice(1)) {
                const w = valueOf(a);
                if (w)
                    k = ratAdd(k, w);
                else
                    rest.push(a);
            }
            if (rest.length === 0 && v)
                return numeral(store, t, ratAdd(v, ratNeg(k)));
            if (rest.length === args.length - 1)
                return undefined; // no numeral after the first argument
            if (rest.length > 0)
                return undefined; // (- x a 3): left alone (no reordering of a difference)
            if (isZero(k))
                return x;
            return args.length === 2 ? undefined : store.mk('-', [x, numeral(store, t, k)]);
        }
        case '<':
        case '<=':
        case '>':
        case '>=':
        case '=':
        case 'distinct': {
            // match: (op c d) for numerals c, d  /  result: true or false
            // match: (<= x x), (>= x x)  /  result: true ;  match: (< x x), (> x x)  /  result: false
            if (args.length !== 2)
                return undefined;
            const y = args[1];
            const [v, w] = [valueOf(x), valueOf(y)];
            if (v && w) {
                const c = ratCmp(v, w);
                const holds = { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '=': c === 0, distinct: c !== 0 }[t.op];
                return store.bool(holds);
            }
            if (x === y && t.op !== '=' && t.op !== 'distinct')
                return store.bool(t.op === '<=' || t.op === '>=');
            return undefined;
        }
        default:
            return undefined;
    }
}
//# sourceMappingURL=arith.js.map