/**
 * Value symmetry of interchangeable integer variables, and its breaking by value precedence
 * (Law & Lee, "Global constraints for integer and set value precedence", CP 2004).
 *
 * Scheduling problems choose a machine for each operation with variables m bounded to a common
 * domain and compared only for equality with each other: `m_a = m_b → (a and b do not overlap)`.
 * Renaming the machines — any permutation σ of the domain applied to every such variable at
 * once — maps models to models, so an unsatisfiable problem has k! symmetric copies of every
 * refutation, and CDCL has to find them all.
 *
 * Detection, on the canonical atoms: a group is a set of variables m, a reference variable r
 * (the zero variable, or any other, as in `0 ≤ m − ref ≤ 4`) and a domain [lo, hi] such that
 *  - every atom between m and r is a fact (holds in every model) and the facts give each m the
 *    same bounds lo ≤ m − r ≤ hi;
 *  - every other atom of m is `m − m' ≤ 0` or `m − m' ≤ −1` between two members, used only by
 *    equalities (or distinct) of the form m = m' (both atoms, nothing else; guards allowed);
 * Then m ↦ r + σ(m − r) preserves every atom's truth: the facts stay true inside the domain,
 * equalities between members are preserved by a bijection, and no other atom mentions m.
 *
 * Breaking: in variable order m1, m2, ..., the first takes lo, and each later one takes at most
 * one more than the largest value before it — any model can be renamed into this form by
 * numbering values in order of first use. With prefix maxima M1 = m1 and fresh variables Mj:
 *   m1 − r ≤ lo;  Mj ≥ Mj−1;  Mj ≥ mj;  Mj ≤ Mj−1 ∨ Mj ≤ mj;  mj ≤ Mj−1 + 1;  lo ≤ Mj − r ≤ hi.
 * All of these are difference constraints; all but the disjunctions are facts.
 *
 * This is encoding-side, not a preprocessing pass: detection and breaking both work on the
 * check's atom table (theory/idl/atoms.ts) and add fresh variables and atoms to it.
 */
import type { AtomLit, AtomTable, Comparison } from '../../theory/idl/normalize.js';
/** A group of interchangeable variables: members (in variable order), reference, domain. */
export interface ValueSymmetry {
    members: number[];
    ref: number;
    lo: bigint;
    hi: bigint;
}
/** What breaking adds: new facts, and disjunctions of two atom literals that must hold. */
export interface SymmetryBreaking {
    facts: AtomLit[];
    clauses: [AtomLit, AtomLit][];
}
/**
 * The groups of interchangeable variables (of at least 2 members and 2 values).
 * `comparisons` are the normal forms of every comparison term of the problem, with `eq` set for
 * `=` and `distinct` terms; `facts` the atom literals that hold in every model.
 */
export declare function valueSymmetries(table: AtomTable, comparisons: Iterable<{
    eq: boolean;
    forms: readonly Comparison[];
}>, facts: readonly AtomLit[]): ValueSymmetry[];
/**
 * Adds the value-precedence constraints of `group` to `table` (new prefix-maximum variables
 * and atoms) and returns them.
 * Post: the problem with these constraints is satisfiable iff it was without them.
 */
export declare function breakValueSymmetry(table: AtomTable, group: ValueSymmetry): SymmetryBreaking;
