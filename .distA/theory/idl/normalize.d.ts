import type { Term } from '../../terms/term.js';
/** `Σ coef·var + k`, variables keyed by IDL variable number (1-based; 0 is the zero variable). */
export interface Linear {
    coefs: Map<number, bigint>;
    k: bigint;
}
/** A Boolean term that must be true (`pos`) or false for a case to apply. */
export interface Guard {
    term: Term;
    pos: boolean;
}
export interface Case {
    guards: Guard[];
    lin: Linear;
}
/** A literal over canonical atoms: atom index and sign. */
export interface AtomLit {
    atom: number;
    pos: boolean;
}
/** A conjunction of atom literals, or a constant. */
export type Rel = boolean | AtomLit[];
/** The normal form of one comparison term: a disjunction of guarded conjunctions. */
export interface Comparison {
    cases: {
        guards: Guard[];
        rel: Rel;
    }[];
}
/**
 * The relation of comparison `t` when its normal form `forms` is one case without guards (no
 * `ite` inside, not a `distinct` of several pairs): most comparisons; undefined otherwise.
 * @example unguardedRel(t, comparisons.get(t.id)!) // [{ atom: 3, pos: true }] for (<= (- x y) 2)
 */
export declare function unguardedRel(t: Term, forms: readonly Comparison[]): Rel | undefined;
/**
 * The Boolean children of a term once its comparisons are normal forms: a comparison's guard
 * terms, any other term's arguments. For walks over the Boolean structure with `postOrder`.
 * @example postOrder(roots, done, booleanChildren(comparisons), visit)
 */
export declare function booleanChildren(comparisons: ReadonlyMap<number, readonly Comparison[]>): (t: Term) => readonly Term[];
/**
 * Largest number of guard literals, summed over the cases of one term (or of one comparison),
 * before we refuse it. Without it, n nested `ite`s whose conditions sit on one branch make n
 * cases of up to n guards each at every level: cubic work and memory (n = 2,000 grew past 4 GB
 * and ran for minutes without reaching a poll).
 */
export declare const MAX_GUARD_LITS: number;
/**
 * Throws UnsupportedError when `cases` hold more than MAX_GUARD_LITS guard literals in all.
 * @example limitGuards([{ guards: [], lin }], 'integer term') // returns its argument
 */
export declare function limitGuards<C extends {
    guards: readonly unknown[];
}>(cases: C[], what: string): C[];
/**
 * Throws UnsupportedError when the pairs of `lc` and `rc` (a comparison) would hold more than
 * MAX_GUARD_LITS guard literals in all.
 */
export declare function limitPairGuards(lc: readonly {
    guards: readonly unknown[];
}[], rc: readonly {
    guards: readonly unknown[];
}[]): void;
export declare function floorDiv(a: bigint, b: bigint): bigint;
/**
 * The canonical atoms of a problem and the integer variables they mention.
 * Pre: every term given is well-sorted (built by the TermStore).
 */
export declare class AtomTable {
    /** Atom i is `x[i] − y[i] ≤ c[i]` with x[i] < y[i]. */
    readonly x: number[];
    readonly y: number[];
    readonly c: bigint[];
    /** The `var` term of each IDL variable (index 0, the zero variable, has none). */
    readonly varTerms: (Term | undefined)[];
    /** Whether the zero variable occurs in some atom. */
    usesZero: boolean;
    /** The atoms by (x, y, c): open addressing, atom index + 1 per slot (0: empty). */
    private slots;
    private readonly varIndex;
    private readonly caseMemo;
    /** The sum `smallCompare` reads: variables with their (small) coefficients, and a constant. */
    private readonly smallVars;
    private readonly smallCoefs;
    private smallSize;
    private smallK;
    get size(): number;
    get numVars(): number;
    /** The IDL variable number of an Int `var` term. */
    varOf(t: Term): number;
    /** The IDL variable number of `t` if the table has it, else undefined (the table is not changed). */
    lookup(t: Term): number | undefined;
    /** A fresh variable with no term of its own (for constraints that encoders add). */
    freshVar(): number;
    /**
     * The canonical literal of `x − y ≤ c` for two different variables.
     * @example table.atomLit(1, 0, 5n) // x1 ≤ 5: { atom: 0, pos: true }
     */
    atomLit(x: number, y: number, c: bigint): AtomLit;
    /**
     * Normal form of a comparison `(op l r)` for op in `<=`, `<`, `>=`, `>`, `=` over Int.
     * @example table.compare('<', x, y) // { cases: [{ guards: [], rel: [{ atom: 0, pos: true }] }] }
     */
    compare(op: '<=' | '<' | '>=' | '>' | '=', l: Term, r: Term): Comparison;
    /**
     * `l op r` without linear forms when both sides are Int variables, numerals or binary `+`/`-`
     * of those (almost every atom of a scheduling problem) and the difference is a difference
     * constraint; undefined otherwise, for the general path. The same atoms as that path, with the
     * variables numbered in the same order.
     */
    private smallCompare;
    /**
     * Adds `sign`·t to the small sum of `smallCompare`, false when t is not of its shapes.
     * Variables are numbered in the order `cases` visits them: the arguments of an operator last
     * to first.
     */
    private addSmall;
    /** `sign`·(the small sum) + k ≤ 0, as `leZero` gives it. Pre: a difference constraint. */
    private smallLeZero;
    /** `e ≤ 0` as a conjunction of canonical atom literals. */
    private leZero;
    /** The canonical literal for `x − y ≤ c` (a constant when x = y). */
    private atom;
    /** Doubles the atom index. */
    private growSlots;
    /** The cases of an Int term: guarded linear forms. Iterative, memoised by term id. */
    cases(term: Term): Case[];
    private casesOf;
}
