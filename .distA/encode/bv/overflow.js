/**
 * Circuits for the overflow predicates of SMT-LIB 2.7 and the one-bit reductions (docs/ARCHITECTURE.md
 * "Encoding"). Each predicate computes the exact result on widened operands and asks whether it
 * leaves the range of the width (terms/bitvec.ts has the same definitions on values):
 *
 * - `bvuaddo`: the carry out of the (n+1)-bit sum of the zero-extended operands;
 * - `bvsaddo`, `bvssubo`: the two top bits of the (n+1)-bit sum (difference) of the
 *   sign-extended operands differ;
 * - `bvusubo`: a borrow, a <u b;
 * - `bvumulo`: some high half bit of the 2n-bit product of the zero-extended operands is set;
 * - `bvsmulo`: the top n+1 bits of the 2n-bit product of the sign-extended operands are not
 *   all equal;
 * - `bvnego`: a is the most negative value; `bvsdivo`: a is that value and b is −1.
 */
import { FALSE } from '../../cnf/gates.js';
import { minSigned, ones } from '../../terms/bitvec.js';
import { InternalError } from '../../errors.js';
import { addWord, constWord, mulWord, subWord } from './arith.js';
import { eqWord, ultWord } from './compare.js';
/** The names of the overflow predicates. */
export const OVERFLOW_OPS = new Set(['bvnego', 'bvuaddo', 'bvsaddo', 'bvumulo', 'bvsmulo', 'bvusubo', 'bvssubo', 'bvsdivo']);
const zext = (w, k) => [...w, ...new Array(k).fill(FALSE)];
const sext = (w, k) => [...w, ...new Array(k).fill(w[w.length - 1])];
/**
 * The literal of the overflow predicate `op` on words `x` (and `y`) of one width.
 * @example overflowLit(g, 'bvusubo', x, y) // x <u y
 */
export function overflowLit(g, op, x, y, poll = () => { }) {
    const n = x.length;
    switch (op) {
        case 'bvnego':
            return eqWord(g, x, constWord(minSigned(n), n));
        case 'bvsdivo':
            return g.and(eqWord(g, x, constWord(minSigned(n), n)), eqWord(g, y, constWord(ones(n), n)));
        case 'bvusubo':
            return ultWord(g, x, y);
        case 'bvuaddo':
            return addWord(g, zext(x, 1), zext(y, 1))[n];
        case 'bvsaddo':
        case 'bvssubo': {
            const r = (op === 'bvsaddo' ? addWord : subWord)(g, sext(x, 1), sext(y, 1));
            return g.xor(r[n], r[n - 1]);
        }
        case 'bvumulo': {
            const p = mulWord(g, zext(x, n), zext(y, n), poll);
            return g.orN(p.slice(n));
        }
        case 'bvsmulo': {
            const p = mulWord(g, sext(x, n), sext(y, n), poll);
            return g.orN(p.slice(n).map((b) => g.xor(b, p[n - 1])));
        }
        default:
            throw new InternalError(`'${op}' is not an overflow predicate`);
    }
}
//# sourceMappingURL=overflow.js.map