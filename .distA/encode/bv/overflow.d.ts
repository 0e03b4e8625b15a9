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
import { type Gates, type Lit } from '../../cnf/gates.js';
/** The names of the overflow predicates. */
export declare const OVERFLOW_OPS: Set<string>;
/**
 * The literal of the overflow predicate `op` on words `x` (and `y`) of one width.
 * @example overflowLit(g, 'bvusubo', x, y) // x <u y
 */
export declare function overflowLit(g: Gates, op: string, x: readonly Lit[], y: readonly Lit[], poll?: () => void): Lit;
