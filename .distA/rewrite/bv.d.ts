import type { TermStore, Term } from '../terms/term.js';
/**
 * Builds simplified applications in `store`.
 * @example new BvRewriter(store).mk('bvadd', [x, store.bv(0n, 8)]) // x
 */
export declare class BvRewriter {
    readonly store: TermStore;
    private readonly poly;
    constructor(store: TermStore);
    /** `(name args)` with `indices`, simplified. Pre: `args` are themselves simplified. */
    /**
     * The application of `t`'s operator to new arguments, simplified by the rules (`TermStore.rebuild`
     * with `mk`); an uninterpreted function's or a constant array's head is not rewritten.
     * Pre: `t` is an application.
     * @example rw.rebuild(t, t.args.map(simplify))
     */
    rebuild(t: Term, args: readonly Term[]): Term;
    mk(name: string, args: readonly Term[], indices?: readonly number[], flatten?: boolean): Term;
    /**
     * match: (op (op a b) (op c d)) for op in bvadd, bvmul, bvand, bvor, bvxor, up to 8 operands
     * result: the operands' literals folded into one, the others sorted by term id and chained
     *         left to right, then the literal: ((a ∘ c) ∘ d) ∘ (b ∘ k) → (((a ∘ b) ∘ c) ∘ d) ∘ k.
     *         Also (bvand … x … x …) / (bvor …) keep one x, (bvxor … x … x …) drops both.
     * So a·(b·c) and c·(a·b) are one term. Undefined when there is nothing to normalise.
     */
    private normalizeAc;
    /**
     * `x · c` as additions and subtractions of shifted copies of x, by the canonical signed digit
     * (non-adjacent) form of c, when it has fewer nonzero digits than c has 1-bits; else undefined.
     */
    private shiftAdd;
    /**
     * match: (= x y) for bit-vectors x, y, one of them arithmetic (bvadd, bvsub, bvneg, bvnot,
     *        bvmul, a left shift by a constant), with x − y a polynomial over Z/2^n (poly.ts)
     * result: true when x − y is the zero polynomial, e.g. (= (bvmul a (bvadd b c)) (bvadd
     *         (bvmul a b) (bvmul a c))); false when it is a nonzero constant, e.g.
     *         (= (bvadd a 1) (bvadd a 2)); undefined (no rule) otherwise.
     */
    private polyEqual;
    /** `(ite (= y 0) c 0)`: a division of 0 by y. */
    private zeroDividend;
    /** The simplification of `t` = (op x y) (binary or unary), or undefined if no rule applies. */
    private rule;
}
