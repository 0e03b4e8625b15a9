import { State } from './state.js';
/**
 * Vivifies learnt clauses with LBD at most `tier2Lbd` that were not tried before.
 * Pre: decision level 0, trail propagated without conflict. Post: decision level 0; a unit
 * found here is on the trail, propagated (or `s.ok` is false).
 */
export declare function vivifyLearnts(s: State): void;
