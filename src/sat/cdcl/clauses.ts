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

export const ACTIVITY = 2;
export const POS = 3;
export const HEADER = 4;
export const LEARNT = 1;
export const DELETED = 2;
export const USED = 4;
export const VIVIFIED = 8;
export const REASON = 16;
export const LBD_SHIFT = 8;

/**
 * Appends a clause of `n` literals taken from `lits[0..n)` to the arena and returns its cref.
 * Does not attach it. Pre: n >= 2.
 */
export function allocClause(s: State, lits: Int32Array, n: number, learnt: boolean, lbd: number): number {
  const need = s.arenaSize + HEADER + n;
  if (need > s.arena.length) {
    let cap = s.arena.length * 2;
    while (cap < need) cap *= 2;
    const arena = new Int32Array(cap);
    arena.set(s.arena.subarray(0, s.arenaSize));
    s.arena = arena;
    s.activityView = new Float32Array(arena.buffer);
  }
  const c = s.arenaSize;
  const arena = s.arena;
  arena[c] = n;
  arena[c + 1] = (learnt ? LEARNT : 0) | (Math.min(lbd, 0xffffff) << LBD_SHIFT);
  s.activityView[c + ACTIVITY] = 0;
  arena[c + POS] = 2;
  for (let i = 0; i < n; i++) arena[c + HEADER + i] = lits[i];
  s.arenaSize = need;
  if (learnt) s.numLearnt++;
  else s.numOriginal++;
  return c;
}

/** Makes room for `words` more arena words (e.g. before loading a whole CNF). */
export function reserveArena(s: State, words: number): void {
  const need = s.arenaSize + words;
  if (need <= s.arena.length) return;
  const arena = new Int32Array(need);
  arena.set(s.arena.subarray(0, s.arenaSize));
  s.arena = arena;
  s.activityView = new Float32Array(arena.buffer);
}

/**
 * Re-attaches every clause of the arena, with watch-list blocks sized by occurrence counts
 * (used after loading a CNF in bulk and after garbage collection).
 */
export function attachAll(s: State): void {
  const arena = s.arena;
  const end = s.arenaSize;
  const numLits = s.watches.start.length;
  const longCounts = new Int32Array(numLits);
  const binCounts = new Int32Array(numLits);
  for (let c = 0; c < end; c += HEADER + arena[c]) {
    if (arena[c + 1] & REASON) continue;
    const counts = arena[c] === 2 ? binCounts : longCounts;
    counts[arena[c + HEADER]] += 2;
    counts[arena[c + HEADER + 1]] += 2;
  }
  s.watches.rebuild(longCounts);
  s.bins.rebuild(binCounts);
  for (let c = 0; c < end; c += HEADER + arena[c]) if ((arena[c + 1] & REASON) === 0) attachClause(s, c);
}

/** Watches the first two literals of clause `c`. */
export function attachClause(s: State, c: number): void {
  const arena = s.arena;
  const a = arena[c + HEADER];
  const b = arena[c + HEADER + 1];
  const lists = arena[c] === 2 ? s.bins : s.watches;
  lists.push(a, b, c);
  lists.push(b, a, c);
}

/** The literals of clause `c` as DIMACS integers (for proof tracing; allocates). */
export function clauseDimacs(s: State, c: number): Int32Array {
  const n = s.arena[c];
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const lit = s.arena[c + HEADER + i];
    out[i] = lit & 1 ? -(lit >> 1) : lit >> 1;
  }
  return out;
}
