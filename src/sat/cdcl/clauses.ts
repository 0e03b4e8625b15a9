/**
 * The clause arena and the watch lists. Clauses live one after another in one flat
 * `Int32Array` (MiniSat's `ClauseAllocator`, CaDiCaL's arena); a clause reference (`cref`) is
 * the offset of its header. A clause is
 *
 *     arena[c]     size (number of literals, >= 2)
 *     arena[c+1]   flags (LEARNT, DELETED, USED) | lbd << LBD_SHIFT
 *     arena[c+2]   activity as a float32 (through `State.activityView`), learnt clauses only
 *     arena[c+3..] the literals; the first two are watched
 *
 * Watches follow the two-watched-literal scheme of Chaff (Moskewicz et al., DAC 2001) with
 * blocking literals (Chu, Harwood, Stuckey, "Cache conscious data structures for Boolean
 * satisfiability solvers", JSAT 2009): `watches[lit]` holds pairs (blocker, cref) for the long
 * clauses watching `lit`. Binary clauses are kept apart in `binWatches[lit]` as pairs
 * (other literal, cref), so propagating them never touches the arena.
 */
import { EMPTY, State } from './state.js';

export const HEADER = 3;
export const LEARNT = 1;
export const DELETED = 2;
export const USED = 4;
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
  s.activityView[c + 2] = 0;
  for (let i = 0; i < n; i++) arena[c + HEADER + i] = lits[i];
  s.arenaSize = need;
  if (learnt) s.numLearnt++;
  else s.numOriginal++;
  return c;
}

/** Watches the first two literals of clause `c`. */
export function attachClause(s: State, c: number): void {
  const arena = s.arena;
  const a = arena[c + HEADER];
  const b = arena[c + HEADER + 1];
  if (arena[c] === 2) {
    pushBinWatch(s, a, b, c);
    pushBinWatch(s, b, a, c);
  } else {
    pushWatch(s, a, b, c);
    pushWatch(s, b, a, c);
  }
}

/** Adds the pair (blocker, c) to `watches[lit]`, doubling the list when full. */
export function pushWatch(s: State, lit: number, blocker: number, c: number): void {
  let ws = s.watches[lit];
  const n = s.watchSize[lit];
  if (n + 2 > ws.length) ws = growWatches(s, lit, n);
  ws[n] = blocker;
  ws[n + 1] = c;
  s.watchSize[lit] = n + 2;
}

/** Adds the pair (other, c) to `binWatches[lit]`. */
export function pushBinWatch(s: State, lit: number, other: number, c: number): void {
  let ws = s.binWatches[lit];
  const n = s.binSize[lit];
  if (n + 2 > ws.length) ws = s.binWatches[lit] = growList(ws, n);
  ws[n] = other;
  ws[n + 1] = c;
  s.binSize[lit] = n + 2;
}

/** Doubles the capacity of `watches[lit]` (keeping its first `n` words) and returns it. */
export function growWatches(s: State, lit: number, n: number): Int32Array {
  return (s.watches[lit] = growList(s.watches[lit], n));
}

function growList(ws: Int32Array, n: number): Int32Array {
  const grown = new Int32Array(ws === EMPTY ? 4 : 2 * ws.length);
  grown.set(ws.subarray(0, n));
  return grown;
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
