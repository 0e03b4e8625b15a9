/**
 * The clause arena and the watch lists. Clauses live one after another in one flat
 * `Int32Array` (MiniSat's `ClauseAllocator`, CaDiCaL's arena); a clause reference (`cref`) is
 * the offset of its header. A clause is
 *
 *     arena[c]     size (number of literals, >= 2)
 *     arena[c+1]   flags (LEARNT, DELETED, USED, VIVIFIED, REASON) | lbd << LBD_SHIFT
 *     arena[c+2]   activity as a float32 (through `State.activityView`), learnt clauses only
 *     arena[c+3]   search position: where the last replacement watch was found (Gent,
 *                  "Optimal implementation of watched literals and more general techniques",
 *                  JAIR 2013), so long clauses are not rescanned from the start every time
 *     arena[c+4..] the literals; the first two are watched
 *
 * Watches follow the two-watched-literal scheme of Chaff (Moskewicz et al., DAC 2001) with
 * blocking literals (Chu, Harwood, Stuckey, "Cache conscious data structures for Boolean
 * satisfiability solvers", JSAT 2009): the list of `lit` in `State.watches` holds pairs
 * (blocker, cref) for the long clauses watching `lit`. Binary clauses are kept apart in
 * `State.bins` as pairs (other literal, cref), so propagating them never touches the arena.
 *
 * A REASON clause (also LEARNT) is the explanation of a literal a theory propagated: it lives in
 * the arena only to be read by conflict analysis while that literal is assigned, is never
 * watched, and is dropped at the next garbage collection (which runs at decision level 0,
 * where no literal has a reason).
 */
import { State } from './state.js';
export declare const ACTIVITY = 2;
export declare const POS = 3;
export declare const HEADER = 4;
export declare const LEARNT = 1;
export declare const DELETED = 2;
export declare const USED = 4;
export declare const VIVIFIED = 8;
export declare const REASON = 16;
export declare const LBD_SHIFT = 8;
/**
 * Appends a clause of `n` literals taken from `lits[0..n)` to the arena and returns its cref.
 * Does not attach it. Pre: n >= 2.
 */
export declare function allocClause(s: State, lits: Int32Array, n: number, learnt: boolean, lbd: number): number;
/** Makes room for `words` more arena words (e.g. before loading a whole CNF). */
export declare function reserveArena(s: State, words: number): void;
/**
 * Re-attaches every clause of the arena, with watch-list blocks sized by occurrence counts
 * (used after loading a CNF in bulk and after garbage collection).
 */
export declare function attachAll(s: State): void;
/** Watches the first two literals of clause `c`. */
export declare function attachClause(s: State, c: number): void;
/** The literals of clause `c` as DIMACS integers (for proof tracing; allocates). */
export declare function clauseDimacs(s: State, c: number): Int32Array;
