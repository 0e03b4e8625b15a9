import type { Term, TermStore } from '../terms/term.js';
/**
 * The simplified form of `t`, an application over Int or Real arguments whose arguments are
 * simplified already, or undefined when no rule applies.
 * @example arithRule(store, store.mk('+', [store.int(1n), store.int(2n)])) // 3
 */
export declare function arithRule(store: TermStore, t: Term): Term | undefined;
