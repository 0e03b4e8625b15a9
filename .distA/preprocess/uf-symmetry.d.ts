/**
 * Symmetry breaking for interchangeable constants of an uninterpreted sort (Déharbe, Fontaine,
 * Merz & Woltzenlogel Paleo, "Exploiting symmetry in SMT problems", CADE 2011).
 *
 * Finite-model-finding problems (a first-order theory instantiated over k distinct domain
 * constants) and pigeonhole-like ones are invariant under every permutation of a set C of
 * constants: renaming them maps the assertions onto themselves. An unsatisfiable problem then
 * has |C|! symmetric copies of every refutation. This pass detects such sets and adds clauses
 * that keep at least one model of every orbit.
 *
 * Detection. The assertions are a multiset of conjuncts, each in a canonical form where the
 * arguments of commutative operators (`=`, `distinct`, `and`, `or`, `xor`) are sorted. Two
 * constants a, b of one sort are interchangeable when the swap (a b) maps that multiset onto
 * itself. A class grows as a star: b joins the class of representative a when (a b) is a
 * symmetry. The transpositions of a star generate the whole symmetric group of the class, so
 * every permutation of the class is a symmetry.
 *
 * Breaking. A term t is total over C when some conjunct is a disjunction of equalities
 * `t = c` with every c in C (so every model gives t the value of some c ∈ C). Keeping a set
 * `used` ⊆ C (initially empty) and the clauses Δ added so far (which mention only constants of
 * `used`): pick a total t, add t's own constants of C to `used`, then one fresh c ∈ C \ used,
 * and add `∨_{c' ∈ used} t = c'`. Sound: in a model M of F ∧ Δ, t equals some x ∈ C; if x is
 * not in `used`, the swap σ = (x c) fixes t, Δ and (being a symmetry) F, and the model M∘σ
 * satisfies F ∧ Δ with t = c. So F ∧ Δ stays equisatisfiable, and every model of the output is
 * a model of the input (the lift only renames the copied symbols back).
 *
 * A class broken after another is first checked again against F ∧ Δ (its star swaps must
 * still be symmetries). Problems with assumptions are left alone: a core of assumptions would
 * have to account for the clauses. Detection stops after a budget of term visits.
 */
import { TermStore, type Term } from '../terms/term.js';
import type { Pass } from './problem.js';
/** What the pass found: the classes broken and the clauses added. */
export interface UfSymmetryStats {
    classes: number[];
    clauses: number;
}
/**
 * The symmetry-breaking clauses of `assertions` (over its own terms, built in `store`), with
 * the classes they break. Pre: `store` holds the assertions.
 * @example const { clauses } = breakUfSymmetry(store, [store.mk('distinct', [a, b, c])]);
 */
export declare function breakUfSymmetry(store: TermStore, assertions: readonly Term[], poll?: () => void): {
    clauses: Term[];
    stats: UfSymmetryStats;
};
/**
 * The pass: a copy of the problem with the symmetry-breaking clauses added, or undefined when
 * it has assumptions or no class to break.
 */
export declare const ufSymmetryPass: Pass;
