import { State } from './state.js';
/** Whether a reduction is scheduled now. */
export declare function reduceDue(s: State): boolean;
/**
 * Deletes the less useful learnt clauses and collects the arena.
 * Pre: decision level 0, trail propagated without conflict. Post: watches rebuilt.
 */
export declare function reduceLearnts(s: State): void;
/**
 * Compacts the arena, dropping clauses marked DELETED or REASON and — if level-0 assignments appeared
 * since the last call — clauses satisfied at level 0 and false literals, then re-attaches every
 * clause. Pre: decision level 0, trail propagated without conflict, no reasons refer to the
 * arena (level-0 assignments keep none). Post: `arenaSize` counts live clauses only.
 */
export declare function collect(s: State): void;
