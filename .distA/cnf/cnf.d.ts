/**
 * A CNF formula stored flat: literals are DIMACS integers (variable v > 0 is `v`, its negation
 * `-v`), clauses are stored one after another in a growable Int32Array, each ended by 0.
 * This is the hand-off format between the encoders and every SAT backend.
 */
export declare class Cnf {
    /** Number of variables; variables are 1..numVars. */
    numVars: number;
    /** Number of clauses stored. */
    numClauses: number;
    /** Clause literals, each clause terminated by 0; valid up to `size`. */
    lits: Int32Array;
    /** Used length of `lits`. */
    size: number;
    /** Allocates a fresh variable and returns it. */
    newVar(): number;
    /**
     * Appends a clause (copied): `clause[0..n)`, by default all of it. Variables above `numVars`
     * extend it.
     * @example cnf.addClause([1, -2]);
     */
    addClause(clause: ArrayLike<number>, n?: number): void;
    /**
     * Appends the binary clause (a ∨ b) without an array for it (the Tseitin translation emits
     * millions of these).
     * @example cnf.addBinary(-3, 1);
     */
    addBinary(a: number, b: number): void;
    /**
     * Appends the ternary clause (a ∨ b ∨ c) without an array for it.
     * @example cnf.addTernary(-3, 1, 2);
     */
    addTernary(a: number, b: number, c: number): void;
    /** Room for `n` more entries of `lits`. */
    private reserve;
    /** Appends one literal (the caller reserved room), extending `numVars` to its variable. */
    private push;
    /**
     * Appends every clause of a flat, 0-terminated literal array (copied), and declares variables
     * up to `numVars`. Pre: `lits` is empty or ends with 0.
     * @example cnf.addFlat(other.flat(), other.numVars);
     */
    addFlat(lits: Int32Array, numVars?: number): void;
    /** Calls `fn` with each clause as a subarray view (valid only during the call). */
    forEachClause(fn: (clause: Int32Array) => void): void;
    /** The used part of the literal array (clauses separated by 0). */
    flat(): Int32Array;
}
