/**
 * Decisions: the VSIDS heuristic of Chaff (Moskewicz et al., DAC 2001) in MiniSat's
 * exponential form, EVSIDS (Eén and Sörensson, SAT 2003): every variable seen in a conflict
 * analysis is bumped by `varInc`, and `varInc` grows by 1/varDecay after each conflict, which
 * decays all other activities without touching them (the decay depends on the search mode, see
 * `restart.ts`). The polarity is the saved phase (Pipatsrisawat and Darwiche, "A lightweight
 * component caching scheme for satisfiability solvers", SAT 2007): a variable is retried with
 * the value it last had — or, where target phases are on, its target phase (Biere and Fleury,
 * "Chasing target phases", POS 2020): the value it had in the largest conflict-free trail seen
 * since the last mode switch, which steers the search back towards that near-model.
 *
 * Rephasing (Biere and Fleury, POS 2020, as in CaDiCaL and Kissat) resets the saved phases
 * now and then, at growing intervals, in the cycle best, original, best, inverted: "best" is
 * the largest conflict-free trail since the previous rephase, "original" the initial phase and
 * "inverted" its opposite. It moves a search stuck near a wrong near-model somewhere else.
 */
import { State } from './state.js';
/** Bumps the activity of `v`, rescaling all activities when they grow too large. */
export declare function bumpVar(s: State, v: number): void;
/** After a conflict: decays every activity by raising the bump. */
export declare function decayVars(s: State): void;
/**
 * Records `trail[0..size)` as the target assignment if it is larger than the current one.
 * Pre: `trail[0..size)` is conflict-free (closed under propagation, or the levels below a
 * conflicting one). Called before every backjump and restart.
 */
export declare function updateTarget(s: State, size: number): void;
/** Whether a rephase is due (checked at restarts). */
export declare function rephaseDue(s: State): boolean;
/**
 * Resets the saved phases (best, original, best, inverted, ...) and forgets the target and
 * best phases, so the new saved phases lead. Pre: decision level 0.
 */
export declare function rephase(s: State): void;
/**
 * Picks the next decision literal: the unassigned, not eliminated variable of highest activity, with the
 * phase its theory proposes (if any), else its target phase (when active and set) or saved phase.
 * Returns -1 when every variable is assigned.
 */
export declare function pickBranchLit(s: State): number;
