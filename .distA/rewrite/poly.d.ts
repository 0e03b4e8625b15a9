import type { Term, TermStore } from '../terms/term.js';
/** A monomial `coef · atoms[0] · … · atoms[k-1]`; atoms sorted by id, with repetition. */
export interface Monomial {
    readonly coef: bigint;
    readonly atoms: readonly Term[];
}
/** A polynomial: its monomials by key (the atoms' ids joined by '.'; '' is the constant). */
export type Poly = ReadonlyMap<string, Monomial>;
/** Whether `t` is an application that its polynomial reads as ring operations. */
export declare function isArith(t: Term): boolean;
/**
 * Polynomials of bit-vector terms, memoised by term id (terms are immutable, so one instance
 * serves a whole term store).
 * @example
 * const p = new PolyNormalizer(s);
 * p.difference(s.mk('bvmul', [a, s.mk('bvadd', [b, c])]), s.mk('bvadd', [s.mk('bvmul', [a, b]), s.mk('bvmul', [a, c])])).size // 0
 */
export declare class PolyNormalizer {
    private readonly store;
    private readonly memo;
    /** `store` holds the atoms `(bvshl 1 y)` of shifts by a term y. */
    constructor(store: TermStore);
    /** The polynomial of `t` (a bit-vector term). Post: it has at most MAX_MONOMIALS monomials. */
    poly(t: Term): Poly;
    /** `poly(x) − poly(y)`: empty when x = y is a ring identity. Pre: x and y have one width. */
    difference(x: Term, y: Term): Poly;
    /**
     * One term per polynomial (a key, never encoded): the monomials in key order, each the chain of
     * its atoms times its coefficient, summed — so that `(bvshl 1 y)` is one atom for all y of one
     * polynomial.
     */
    private canonical;
    /** The expansion of `u` from its children's polynomials; undefined for an atom or past the limits. */
    private expand;
}
