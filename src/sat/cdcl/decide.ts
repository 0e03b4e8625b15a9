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
 */
import { NO_TARGET, State } from './state.js';

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
  s.varInc /= s.varDecay;
}

/** Whether decisions take target phases in the current mode. */
export function targetActive(s: State): boolean {
  return s.opts.target === 2 || (s.opts.target === 1 && s.stable);
}

/**
 * Records `trail[0..size)` as the target assignment if it is larger than the current one.
 * Pre: `trail[0..size)` is conflict-free (closed under propagation, or the levels below a
 * conflicting one). Called before every backjump and restart.
 */
export function updateTarget(s: State, size: number): void {
  if (size <= s.targetSize) return;
  const trail = s.trail;
  const target = s.target;
  for (let i = 0; i < size; i++) {
    const lit = trail[i];
    target[lit >> 1] = lit & 1;
  }
  s.targetSize = size;
}

/**
 * Picks the next decision literal: the unassigned, not eliminated variable of highest activity, with its
 * target phase (when active and set) or saved phase. Returns -1 when every variable is assigned.
 */
export function pickBranchLit(s: State): number {
  const heap = s.heap;
  const vals = s.vals;
  const eliminated = s.eliminated;
  const target = targetActive(s) ? s.target : undefined;
  while (heap.size > 0) {
    const v = heap.removeMax();
    if (vals[2 * v] !== 0 || eliminated[v] !== 0) continue;
    const t = target === undefined ? NO_TARGET : target[v];
    return 2 * v + (t === NO_TARGET ? s.phase[v] : t);
  }
  return -1;
}
