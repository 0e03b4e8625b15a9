import { type Value } from '../model/evaluate.js';
import type { Term, TermStore } from '../terms/term.js';
/** One objective: the term and whether it is minimised or maximised. */
export interface Objective {
    term: Term;
    sense: 'min' | 'max';
}
/**
 * What is known of one objective after the search. `value` is the objective's value in the
 * reported model; `bound` the best bound proven (for a minimisation, the optimum is ≥ bound; for
 * a maximisation ≤ bound). Optimal when the two are equal. `unbounded`: the objective goes
 * to −∞ (min) or +∞ (max); `skipped`: not optimised (an earlier objective was unbounded, or time ran out first).
 */
export interface ObjectiveOutcome {
    status: 'optimal' | 'unbounded' | 'bounds' | 'skipped';
    value?: bigint;
    bound?: bigint;
}
export interface OptimizeResult {
    /** `sat` once some model was found (even if the optimum was not proven), `unsat`, or `unknown`. */
    status: 'sat' | 'unsat' | 'unknown';
    /** Why the search stopped early (a check's `unknown` reason). */
    reason?: string;
    /** The best model: optimal for every objective that is `optimal`. */
    model?: Map<number, Value>;
    objectives: ObjectiveOutcome[];
    /** Checks made. */
    checks: number;
}
/** One check's answer, as `solve` returns it. */
export interface SolveAnswer {
    status: 'sat' | 'unsat' | 'unknown';
    reason?: string;
    model?: Map<number, Value>;
}
/**
 * Decides the caller's assertions together with the extra terms `extra` (bounds on the
 * objectives). With `how = 'refute'`, only a cheap refutation is tried (resource reasoning,
 * engine `CheckLimits.refuteOnly`): `unsat` is a proof, anything else proves nothing, and the
 * reason `not refuted` means no refutation was found (any other `unknown` stops the search).
 * With `share`, under a deadline, the check may use only that fraction of the time left, and
 * answers `unknown` with reason `timeout` when it runs out first.
 */
export type Solve = (extra: readonly Term[], how?: 'solve' | 'refute', share?: number) => Promise<SolveAnswer>;
/** What the caller knows and can do beyond `solve`. */
export interface OptimizeHints {
    /** A bound already proven per objective (a minimisation's optimum is ≥ it; a maximisation's ≤ it). */
    lower?: readonly (bigint | undefined)[];
    /** Whether `solve(extra, 'refute')` can refute (resource reasoning is on). */
    refute?: boolean;
    /**
     * A candidate first model (a heuristic schedule): taken instead of a first check when the
     * assertions hold under it.
     */
    initial?: () => Map<number, Value> | undefined;
}
/**
 * Optimises `objectives` in lexicographic order over the models of the caller's assertions,
 * checking through `solve`. `assertions` are read only to bound Int objectives (see the file
 * header). With `hints.refute`, each objective's search first raises its lower bound by cheap
 * refutations (galloping down from the best value, then bisecting) before any SAT search, so
 * that the first full probe is at a bound that scheduling problems often attain.
 *
 * Pre: every objective is of sort Int or a bit-vector sort. Post: `status` is `sat` iff a
 * model is returned; an objective is `optimal` only when a model attains a value that an
 * `unsat` answer (or the sort's range) proves no model improves.
 * @example const r = await optimize(store, asserted, [{ term: x, sense: 'min' }], (extra) => check([...asserted, ...extra]));
 */
export declare function optimize(store: TermStore, assertions: readonly Term[], objectives: readonly Objective[], solve: Solve, hints?: OptimizeHints): Promise<OptimizeResult>;
/**
 * A magnitude that no finite optimum of an Int objective exceeds (file header). Each term gets
 * a bound on the magnitude of the constant it can contribute to an atom — a numeral its value,
 * a product the product of its arguments' bounds (at least 1 each), anything else the sum of
 * its arguments' bounds — and the result is the sum of all of them plus the number of terms (a
 * negated atom adds 1), times the number of terms (a bound on the atoms of a path), plus one.
 * Linear in the size of the DAG. UnsupportedError for real arithmetic (scaled to integers by
 * preprocessing, so that its numerals do not bound the atoms' constants).
 */
export declare function unboundedBeyond(assertions: readonly Term[], objectives: readonly Objective[]): bigint;
