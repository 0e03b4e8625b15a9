/**
 * From gates to clauses: the Tseitin transformation with polarity (Plaisted & Greenbaum 1986).
 * A gate that is only needed true gets only the clauses `g → f(inputs)`, one needed only
 * false gets `f(inputs) → g`. Trees of AND gates whose inner nodes have a single fanout are
 * flattened into one n-ary definition, so `(or a b c d)` costs one variable and five clauses,
 * not three variables. Top-level conjunctions are split into separate roots, and a top-level
 * disjunction becomes one clause with no variable for it at all.
 *
 * An ITE gate `o = c ? t : e` gets the clauses `o ∧ c → t`, `o ∧ ¬c → e` (needed true) and
 * `¬o ∧ c → ¬t`, `¬o ∧ ¬c → ¬e` (needed false), each side with its redundant clause
 * (`o → t ∨ e`, `¬o → ¬t ∨ ¬e`) that lets unit propagation see through an unassigned
 * condition (Eén & Sörensson, "Translating pseudo-Boolean constraints into SAT", 2006).
 *
 * Every input gets a CNF variable (inputs first, in creation order), so encoders can decode
 * their inputs' values from any SAT model. `keep` literals get variables with full
 * (two-sided) definitions: they are what assumptions refer to.
 */
import { Cnf } from './cnf.js';
import { type Gates, type Lit } from './gates.js';
export interface TseitinResult {
    cnf: Cnf;
    /** CNF variable of each node (0 where none was needed). */
    nodeVar: Int32Array;
    /** DIMACS literal of a gate literal: only for inputs and nodes that got a variable. */
    dimacs(l: Lit): number;
}
/**
 * Clauses asserting every literal of `roots`, plus variables for `keep`.
 * Pre: gate fanins have smaller node ids than their gates (guaranteed by Gates).
 * Post: the CNF is satisfiable iff the roots are jointly satisfiable, and any model restricted
 * to inputs (and `keep` nodes) satisfies them.
 * `poll` is called every 65,536 nodes of each pass (it may throw, e.g. LimitReached): a graph of
 * millions of gates takes seconds to translate.
 * @example const { cnf } = tseitin(g, [g.or(a, b)], []);
 */
export declare function tseitin(g: Gates, roots: readonly Lit[], keep: readonly Lit[], poll?: () => void): TseitinResult;
