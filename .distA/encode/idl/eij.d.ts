/**
 * Per-constraint (EIJ) encoding of difference logic (Strichman, Seshia & Bryant, "Deciding
 * separation formulas with SAT", CAV 2002).
 *
 * Every atom `x − y ≤ c` gets a Boolean of its own and no variable gets bits: the integers are
 * gone from the CNF. What the Booleans lose — that a set of atom values may be arithmetically
 * impossible — comes back as *transitivity constraints*, found by Fourier–Motzkin elimination
 * over the inequality graph. An atom literal l for `x − y ≤ c` is an edge y → x of weight c
 * (x ≤ y + c) when true and an edge x → y of weight −c − 1 when false. Eliminating a variable v
 * combines every edge u → v (w1, l1) with every edge v → z (w2, l2):
 *  - u ≠ z: the clause `l1 ∧ l2 → l3` where l3 is the atom `z − u ≤ w1 + w2`, created when new
 *    (a new atom adds its two edges between the remaining variables);
 *  - u = z and w1 + w2 < 0: the clause `¬l1 ∨ ¬l2` (a negative cycle).
 * Soundness and completeness: the clauses hold in every integer model, and for any atom values
 * that satisfy them the selected constraints survive each elimination step exactly as
 * Fourier–Motzkin requires (each combination is implied by a literal that is true), so after the
 * last step only constant checks remain, all enforced; the selected constraints are consistent.
 *
 * The number of clauses can grow quickly with fill-in (dense constraint graphs), so variables are
 * eliminated in increasing order of in-degree × out-degree and the whole component is given up
 * once a clause budget is exceeded: the caller then encodes it another way.
 *
 * Decoding: the values are the shortest distances from a virtual source over the edges of the
 * table's atoms under the model (Bellman–Ford), shifted so that the zero variable is 0.
 */
import type { Gates, Lit } from '../../cnf/gates.js';
import type { AtomTable } from '../../theory/idl/normalize.js';
/** An atom of the encoding, original or derived: `x − y ≤ c` when `lit` is true. */
export interface EijAtom {
    x: number;
    y: number;
    c: bigint;
    lit: Lit;
}
export interface EijResult {
    /** Literal of each atom of the component, by atom index in the table. */
    atomLits: Map<number, Lit>;
    /** Every atom: the table's (first, in the order given) and those elimination created. */
    atoms: EijAtom[];
    /** Transitivity clauses, as OR gates that must hold. */
    axioms: Lit[];
    /** Atoms created by elimination. */
    derived: number;
}
/**
 * The EIJ encoding of one component: `vars` and the indices of its atoms in `table`.
 * The elimination runs on atom numbers first; only when it needs at most `budget` transitivity
 * clauses are the atoms and clauses built in `g`, else the result is undefined and `g` is
 * untouched.
 * Post: for any input values satisfying `axioms`, the atom literals' constraints are jointly
 * satisfiable over the integers, and `eijValues` yields values satisfying them.
 */
export declare function encodeEij(g: Gates, table: AtomTable, vars: readonly number[], atoms: readonly number[], budget: number, poll?: () => void): EijResult | undefined;
/**
 * Whether the EIJ encoding of the component needs at most `budget` transitivity clauses (what
 * `encodeEij` would build, without building it).
 * @example eijFits(table, [0, 1, 2], [0, 1], 1000) // true for a few atoms
 */
export declare function eijFits(table: AtomTable, vars: readonly number[], atoms: readonly number[], budget: number, poll?: () => void): boolean;
/**
 * Values of the component's variables under a model of the atom literals: shortest distances
 * over the edges the literals select, with the zero variable (when present) at 0.
 * Pre: `value` satisfies the transitivity axioms (else some values may violate atoms, which the
 * model check reports).
 */
export declare function eijValues(vars: readonly number[], eij: EijResult, value: (l: Lit) => boolean): Map<number, bigint>;
