/**
 * Equality logic: a component of the difference graph whose atoms are used only as equalities
 * `x = y` (the uninterpreted sorts of QF_UF after Ackermann expansion, machine choices compared
 * for equality) needs no order at all. Each pair gets one Boolean e_xy for `x = y`, and what the
 * Booleans lose — transitivity — comes back as *sparse transitivity constraints* (Bryant &
 * Velev, "Boolean satisfiability with transitivity constraints", ACM TOCL 3(4), 2002): the
 * graph of the pairs is made chordal by eliminating its vertices one by one (the remaining
 * neighbours of an eliminated vertex become pairwise adjacent, each fill-in edge a new Boolean),
 * and every triangle of the chordal graph gets its three clauses `e_ab ∧ e_bc → e_ac`. On a
 * chordal graph, an assignment that satisfies every triangle has no cycle with exactly one false
 * edge, so the true edges partition the variables into classes that agree with every edge.
 *
 * Versus the other encodings: small-domain gives n variables ⌈log2 n⌉ bits each and compares
 * words; eij turns a disequality into a strict inequality, and elimination then derives atoms
 * whose constants grow along chains (a chain of 80 diamonds exceeds any budget). Here the number
 * of clauses is three per triangle of the chordal graph, which for sparse equality graphs (chains,
 * diamonds, processor models) is linear.
 *
 * Atoms: an equality is the conjunction `x − y ≤ 0 ∧ ¬(x − y ≤ −1)` of two canonical atoms; the
 * first becomes e_xy and the second false. That valuation of the atoms is not an integer one
 * (e_xy false claims x > y), but no formula can tell: every atom of the component occurs only in
 * that conjunction. Values: the classes of the true edges, numbered 0, 1, ... (the zero
 * variable's class at 0 when it belongs to the component).
 */
import { type Gates, type Lit } from '../../cnf/gates.js';
import type { AtomLit, AtomTable, Comparison } from '../../theory/idl/normalize.js';
/**
 * Per atom of `table`: 1 when it occurs in some comparison, and only inside equality forms
 * (a case `x − y ≤ 0 ∧ ¬(x − y ≤ −1)`, guards allowed) of `=` and `distinct` terms.
 * `comparisons` are the normal forms of every comparison term, `eq` set for `=` and `distinct`.
 * An atom the caller uses elsewhere (a symmetry-breaking fact) must be cleared by the caller.
 */
export declare function equalityOnlyAtoms(table: AtomTable, comparisons: Iterable<{
    eq: boolean;
    forms: readonly Comparison[];
}>): Uint8Array;
/**
 * Whether a conjunction of atom literals is an equality form `x − y ≤ c ∧ ¬(x − y ≤ c − 1)`,
 * i.e. x − y = c, with c = 0 between two variables (x = y) and any c against the zero variable
 * (y = −c: a variable equal to a constant).
 */
export declare function isEqualityRel(table: AtomTable, rel: readonly AtomLit[]): boolean;
/** One edge of the chordal graph: `x = y` exactly when `lit` holds (nodes as in `EqualityResult`). */
export interface EqualityEdge {
    x: number;
    y: number;
    lit: Lit;
}
export interface EqualityResult {
    /** Literal of each atom of the component, by atom index in the table. */
    atomLits: Map<number, Lit>;
    /**
     * The edges of the chordal graph: the component's pairs, then the fill-in. A node is a
     * variable, or `numVars + i` for the i-th of `constants`.
     */
    edges: EqualityEdge[];
    /** The constants the component's variables are compared with, in increasing order. */
    constants: bigint[];
    /** Transitivity clauses, as OR gates that must hold. */
    axioms: Lit[];
    /** Edges added by the chordal completion. */
    fill: number;
}
/**
 * Whether the equality encoding of the component needs at most `budget` transitivity clauses
 * (what `encodeEquality` would build, without building it).
 */
export declare function equalityFits(table: AtomTable, vars: readonly number[], atoms: readonly number[], budget: number, poll?: () => void): boolean;
/**
 * The equality encoding of one component: `vars` and the indices of its atoms in `table`, all
 * of them equality-only (`equalityOnlyAtoms`). Only when it needs at most `budget` transitivity
 * clauses are the Booleans and clauses built in `g`, else the result is undefined and `g` is
 * untouched.
 *
 * Atoms: between two variables, `x − y ≤ 0` is e_xy and `x − y ≤ −1` false (the pair occurs only
 * as the conjunction of the first and the negation of the second: x = y). Against the zero
 * variable, `0 − v ≤ c` (v ≥ m for m = −c) is `∧ ¬e_vk` over the constants k < m: the values
 * give a variable in no constant's class a value above every constant, so that is exact for
 * every m up to one past the largest constant, which covers both atoms of every `v = k`.
 * Post: for any input values satisfying `axioms`, `equalityValues` gives integers under which
 * every equality form over the component's atoms has the truth value its literals give it.
 */
export declare function encodeEquality(g: Gates, table: AtomTable, vars: readonly number[], atoms: readonly number[], budget: number, poll?: () => void): EqualityResult | undefined;
/**
 * Values of the component's variables under a model of the edge literals: the classes of the
 * true edges, a class with a constant at that constant, the others numbered above the largest
 * constant (from 0 when there is none) in order of their first member. The zero variable is 0.
 * Pre: `value` satisfies the transitivity axioms (else an edge may disagree with the values,
 * which the model check reports).
 */
export declare function equalityValues(table: AtomTable, vars: readonly number[], r: EqualityResult, value: (l: Lit) => boolean): Map<number, bigint>;
