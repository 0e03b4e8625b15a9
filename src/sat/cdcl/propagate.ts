/**
 * Boolean constraint propagation with two watched literals (Moskewicz, Madigan, Zhao, Zhang,
 * Malik, "Chaff: engineering an efficient SAT solver", DAC 2001) and blocking literals
 * (Chu, Harwood, Stuckey, JSAT 2009), following MiniSat's `Solver::propagate`. Binary clauses
 * go first through their own lists, which need no arena access unless they conflict.
 *
 * This is the hot loop: it works on locals copied from the state, on typed arrays only, and
 * allocates nothing except when a watch list has to grow (amortised doubling, rare after the
 * first conflicts).
 */
import { growWatches, HEADER } from './clauses.js';
import { NO_REF, State } from './state.js';

/**
 * Propagates every literal of `trail[qhead..]`.
 * Pre: no clause is falsified by `trail[0..qhead)` without having been reported.
 * Post: returns a falsified clause (and qhead = trailSize), or NO_REF when the trail is closed
 * under unit propagation; the watch invariants hold in both cases.
 */
export function propagate(s: State): number {
  const vals = s.vals;
  const level = s.level;
  const reason = s.reason;
  const trail = s.trail;
  const arena = s.arena;
  const watches = s.watches;
  const watchSize = s.watchSize;
  const binWatches = s.binWatches;
  const binSize = s.binSize;
  const dl = s.decisionLevel;
  const reasonOf = dl === 0 ? 0 : 1; // level-0 assignments keep no reason
  let trailSize = s.trailSize;
  let qhead = s.qhead;
  let confl = NO_REF;
  const start = qhead;

  outer: while (qhead < trailSize) {
    const falseLit = trail[qhead++] ^ 1;

    // Binary clauses: the other literal is implied unless already true.
    const bw = binWatches[falseLit];
    const bn = binSize[falseLit];
    for (let i = 0; i < bn; i += 2) {
      const other = bw[i];
      const val = vals[other];
      if (val === 1) continue;
      if (val === 0) {
        vals[other] = 1;
        vals[other ^ 1] = -1;
        level[other >> 1] = dl;
        reason[other >> 1] = reasonOf ? bw[i + 1] : NO_REF;
        trail[trailSize++] = other;
      } else {
        confl = bw[i + 1];
        break outer;
      }
    }

    // Long clauses: find a new watch, or propagate, or conflict.
    const ws = watches[falseLit];
    const n = watchSize[falseLit];
    let i = 0;
    let j = 0;
    while (i < n) {
      const blocker = ws[i];
      if (vals[blocker] === 1) {
        ws[j++] = blocker;
        ws[j++] = ws[i + 1];
        i += 2;
        continue;
      }
      const c = ws[i + 1];
      i += 2;
      const lits = c + HEADER;
      // Make sure the false literal is the second one.
      let first = arena[lits];
      if (first === falseLit) {
        first = arena[lits + 1];
        arena[lits] = first;
        arena[lits + 1] = falseLit;
      }
      // Satisfied by the other watch: keep it, with that watch as the new blocker.
      const firstVal = vals[first];
      if (first !== blocker && firstVal === 1) {
        ws[j++] = first;
        ws[j++] = c;
        continue;
      }
      // Look for a literal that is not false to watch instead.
      const end = lits + arena[c];
      let k = lits + 2;
      for (; k < end; k++) {
        const lit = arena[k];
        if (vals[lit] !== -1) {
          arena[lits + 1] = lit;
          arena[k] = falseLit;
          // pushWatch(s, lit, first, c), inlined.
          let nw = watches[lit];
          const m = watchSize[lit];
          if (m + 2 > nw.length) nw = growWatches(s, lit, m);
          nw[m] = first;
          nw[m + 1] = c;
          watchSize[lit] = m + 2;
          break;
        }
      }
      if (k < end) continue;
      // No new watch: the clause is unit or falsified under the current assignment.
      ws[j++] = first;
      ws[j++] = c;
      if (firstVal === -1) {
        confl = c;
        while (i < n) ws[j++] = ws[i++];
        watchSize[falseLit] = j;
        break outer;
      }
      vals[first] = 1;
      vals[first ^ 1] = -1;
      level[first >> 1] = dl;
      reason[first >> 1] = reasonOf ? c : NO_REF;
      trail[trailSize++] = first;
    }
    watchSize[falseLit] = j;
  }

  s.stats.propagations += qhead - start;
  s.trailSize = trailSize;
  s.qhead = confl === NO_REF ? qhead : trailSize;
  return confl;
}
