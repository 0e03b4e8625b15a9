/**
 * The gate layer: an and-inverter graph with XOR and ITE (multiplexer) nodes, structural
 * hashing and constant propagation (Kuehlmann et al., "Robust Boolean reasoning for
 * equivalence checking", 2002). A multiplexer is one node rather than three ANDs, so the
 * barrel shifters, dividers and comparators of bit-blasting cost one CNF variable per bit.
 * Every encoder (difference logic comparators, bit-blasting, Boolean structure) builds
 * circuits through this small interface only; tseitin.ts turns the result into clauses.
 *
 * A literal is `2 * node + negated`. Node 0 is the constant false, so `FALSE = 0` and
 * `TRUE = 1`; `not(l)` flips the low bit. Node kinds are stored in typed arrays; a gate's
 * fanins always have smaller node ids than the gate (a topological order for free).
 */
export type Lit = number;
export declare const FALSE: Lit;
export declare const TRUE: Lit;
/** Node kinds (plain numbers so the typed arrays hold them directly). */
export declare const GateKind: {
    readonly Const: 0;
    readonly Input: 1;
    readonly And: 2;
    readonly Xor: 3;
    readonly Ite: 4;
};
export type GateKind = (typeof GateKind)[keyof typeof GateKind];
/** Negation of a literal. */
export declare function not(l: Lit): Lit;
export declare class Gates {
    private readonly poll;
    /** Kind of each node. */
    kind: Uint8Array<ArrayBuffer>;
    /** First and second fanin literal of And/Xor nodes; condition and then-branch of Ite nodes. */
    fanin0: Int32Array<ArrayBuffer>;
    fanin1: Int32Array<ArrayBuffer>;
    /** Else-branch of Ite nodes (0 for the other kinds). */
    fanin2: Int32Array<ArrayBuffer>;
    /** Number of nodes, including the constant node 0. */
    size: number;
    /** Number of input nodes. */
    inputs: number;
    private slots;
    private used;
    /**
     * @param poll called every 65,536 entries while the hash table grows (it may throw, e.g.
     *   LimitReached): growing a table of millions of gates takes a second. A throw leaves the
     *   old table in place, so the gates stay usable.
     */
    constructor(poll?: () => void);
    /** A fresh unconstrained input. */
    input(): Lit;
    /** Conjunction, with constant folding and structural hashing. */
    and(a: Lit, b: Lit): Lit;
    /** Exclusive or; negations are pushed to the output so equal circuits hash together. */
    xor(a: Lit, b: Lit): Lit;
    or(a: Lit, b: Lit): Lit;
    implies(a: Lit, b: Lit): Lit;
    iff(a: Lit, b: Lit): Lit;
    /**
     * If-then-else `(c ∧ t) ∨ (¬c ∧ e)`: folded when the inputs allow it, else an Ite node,
     * normalised so that the condition and the then-branch are not negated.
     */
    ite(c: Lit, t: Lit, e: Lit): Lit;
    /** Conjunction of many literals (true when empty). */
    andN(lits: readonly Lit[]): Lit;
    /** Disjunction of many literals (false when empty). */
    orN(lits: readonly Lit[]): Lit;
    private balanced;
    /**
     * Values of all nodes for given input values (simulation), for tests and model decoding.
     * @example const val = g.simulate((node) => inputs.get(node) ?? false); val[lit >>> 1] ^ (lit & 1)
     */
    simulate(input: (node: number) => boolean): Uint8Array;
    private newNode;
    private hashed;
    private rehash;
}
