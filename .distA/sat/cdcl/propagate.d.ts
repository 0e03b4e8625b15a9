import { State } from './state.js';
/**
 * Propagates every literal of `trail[qhead..]`.
 * Pre: no clause is falsified by `trail[0..qhead)` without having been reported.
 * Post: returns a falsified clause (and qhead = trailSize), or NO_REF when the trail is closed
 * under unit propagation; the watch invariants hold in both cases.
 */
export declare function propagate(s: State): number;
