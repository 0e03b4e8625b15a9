/**
 * Order encoding of difference logic (Crawford & Baker 1994; Tamura et al., "Compiling finite
 * linear CSP into SAT", 2009), over the per-variable ranges of the small-domain encoding.
 *
 * A variable x with range [lo, hi] gets one Boolean o(x, k) ≡ (x ≤ k) for each k in
 * [lo, hi − 1], chained by o(x, k) → o(x, k + 1); `x ≤ k` is false for k < lo and true for
 * k ≥ hi. Its value is lo plus the number of false order literals.
 *
 * An atom x − y ≤ c holds iff for every value b of y, y ≤ b implies x ≤ b + c (take b = y for
 * one direction; x ≤ y + c ≤ b + c for the other), i.e. it is the conjunction over b of
 * `¬(y ≤ b) ∨ (x ≤ b + c)`. Over the ranges, b < ly gives true clauses, b ≥ hy gives `x ≤ b + c`
 * (strongest at b = hy), b + c ≥ hx gives true clauses, and among the b with b + c < lx (clause
 * `¬(y ≤ b)`) the largest implies the others by the chain. So b runs over
 * [max(ly, min(hy, lx − c − 1)), min(hy, hx − c − 1)]: at most min(width x, width y) + 1
 * clauses. The atom is an AND gate of OR gates, so the Tseitin layer encodes either polarity.
 */
import type { Gates, Lit } from '../../cnf/gates.js';
/** An integer variable in the order encoding: `le[i]` is `x ≤ lo + i`, for lo + i < hi. */
export interface OrderVar {
    lo: bigint;
    le: Lit[];
}
/** Fresh order literals for a variable ranging over [lo, hi] (hi ≥ lo). */
export declare function orderVar(g: Gates, lo: bigint, hi: bigint): OrderVar;
/** The chain axioms o(x, k) → o(x, k + 1), as literals that must hold. */
export declare function orderAxioms(g: Gates, v: OrderVar): Lit[];
/** The literal of `x ≤ k` (a constant outside the range). */
export declare function orderLe(v: OrderVar, k: bigint): Lit;
/** Number of clauses `orderAtom` builds for `x − y ≤ c` (0 for a constant atom). */
export declare function orderAtomSize(x: OrderVar, y: OrderVar, c: bigint): number;
/**
 * The literal of `x − y ≤ c`.
 * Post: under the chain axioms of x and y, true exactly when value(x) − value(y) ≤ c.
 */
export declare function orderAtom(g: Gates, x: OrderVar, y: OrderVar, c: bigint): Lit;
/** The value of an order variable under a Boolean valuation of its literals. */
export declare function orderValue(v: OrderVar, value: (l: Lit) => boolean): bigint;
