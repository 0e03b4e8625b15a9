/**
 * Decisions: the VSIDS heuristic of Chaff (Moskewicz et al., DAC 2001) in MiniSat's
 * exponential form, EVSIDS (Eén and Sörensson, SAT 2003): every variable seen in a conflict
 * analysis is bumped by `varInc`, and `varInc` grows by 1/varDecay after each conflict, which
 * decays all other activities without touching them. The polarity is the saved phase
 * (Pipatsrisawat and Darwiche, "A lightweight component caching scheme for satisfiability
 * solvers", SAT 2007): a variable is retried with the value it last had.
 */
import { State } from './state.js';

/** Bumps the activity of `v`, rescaling all activities when they grow too large. */
export function bumpVar(s: State, v: number): void {
  const act = s.activity;
  if ((act[v] += s.varInc) > 1e100) {
    for (let u = 1; u <= s.numVars; u++) act[u] *= 1e-100;
    s.varInc *= 1e-100;
  }
  s.heap.increased(v);
}

/** After a conflict: decays every activity by raising the bump. */
export function decayVars(s: State): void {
  s.varInc /= s.opts.varDecay;
}

/**
 * Picks the next decision literal: the unassigned variable of highest activity, with its
 * saved phase. Returns -1 when every variable is assigned.
 */
export function pickBranchLit(s: State): number {
  const heap = s.heap;
  const vals = s.vals;
  while (heap.size > 0) {
    const v = heap.removeMax();
    if (vals[2 * v] === 0) return 2 * v + s.phase[v];
  }
  return -1;
}
