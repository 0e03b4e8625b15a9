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
import { HEADER, POS } from './clauses.js';
import { NO_REF } from './state.js';
/**
 * Propagates every literal of `trail[qhead..]`.
 * Pre: no clause is falsified by `trail[0..qhead)` without having been reported.
 * Post: returns a falsified clause (and qhead = trailSize), or NO_REF when the trail is closed
 * under unit propagation; the watch invariants hold in both cases.
 */
export function propagate(s) {
    const vals = s.vals;
    const level = s.level;
    const reason = s.reason;
    const trail = s.trail;
    const arena = s.arena;
    const watches = s.watches;
    const wstart = watches.start;
    const wlen = watches.len;
    const wcap = watches.cap;
    let pool = watches.pool; // re-read whenever a list is relocated (the pool may grow)
    const bins = s.bins;
    const bpool = bins.pool;
    const bstart = bins.start;
    const blen = bins.len;
    const dl = s.decisionLevel;
    const reasonOf = dl === 0 ? 0 : 1; // level-0 assignments keep no reason
    let trailSize = s.trailSize;
    let qhead = s.qhead;
    let confl = NO_REF;
    const start = qhead;
    // Work measure (Kissat's "ticks"): one per watch-list cache line and per clause visited.
    let ticks = 0;
    outer: while (qhead < trailSize) {
        const falseLit = trail[qhead++] ^ 1;
        // Binary clauses: the other literal is implied unless already true.
        const bend = bstart[falseLit] + blen[falseLit];
        ticks += 1 + (blen[falseLit] >> 4) + (wlen[falseLit] >> 4);
        for (let i = bstart[falseLit]; i < bend; i += 2) {
            const other = bpool[i];
            const val = vals[other];
            if (val === 1)
                continue;
            if (val === 0) {
                vals[other] = 1;
                vals[other ^ 1] = -1;
                level[other >> 1] = dl;
                reason[other >> 1] = reasonOf ? bpool[i + 1] : NO_REF;
                trail[trailSize++] = other;
            }
            else {
                confl = bpool[i + 1];
                break outer;
            }
        }
        // Long clauses: find a new watch, or propagate, or conflict. The list of falseLit is
        // compacted in place (entries i.. are read, j.. written); its offset never changes here.
        const end = wstart[falseLit] + wlen[falseLit];
        let i = wstart[falseLit];
        let j = i;
        while (i < end) {
            const blocker = pool[i];
            if (vals[blocker] === 1) {
                pool[j++] = blocker;
                pool[j++] = pool[i + 1];
                i += 2;
                continue;
            }
            const c = pool[i + 1];
            i += 2;
            ticks++;
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
                pool[j++] = first;
                pool[j++] = c;
                continue;
            }
            // Look for a literal that is not false to watch instead, from the saved position on
            // and then from the start (Gent's circular search).
            const cend = lits + arena[c];
            const pos = lits + arena[c + POS];
            let k = pos;
            while (k < cend && vals[arena[k]] === -1)
                k++;
            if (k === cend) {
                k = lits + 2;
                while (k < pos && vals[arena[k]] === -1)
                    k++;
                if (k === pos)
                    k = cend;
            }
            if (k < cend) {
                const lit = arena[k];
                arena[lits + 1] = lit;
                arena[k] = falseLit;
                arena[c + POS] = k - lits;
                // watches.push(lit, first, c), inlined.
                const m = wlen[lit];
                let o = wstart[lit];
                if (m + 2 > wcap[lit]) {
                    o = watches.relocate(lit);
                    pool = watches.pool;
                }
                pool[o + m] = first;
                pool[o + m + 1] = c;
                wlen[lit] = m + 2;
                continue;
            }
            // No new watch: the clause is unit or falsified under the current assignment.
            pool[j++] = first;
            pool[j++] = c;
            if (firstVal === -1) {
                confl = c;
                while (i < end)
                    pool[j++] = pool[i++];
                wlen[falseLit] = j - wstart[falseLit];
                break outer;
            }
            vals[first] = 1;
            vals[first ^ 1] = -1;
            level[first >> 1] = dl;
            reason[first >> 1] = reasonOf ? c : NO_REF;
            trail[trailSize++] = first;
        }
        wlen[falseLit] = j - wstart[falseLit];
    }
    s.stats.propagations += qhead - start;
    s.stats.ticks += ticks;
    s.trailSize = trailSize;
    s.qhead = confl === NO_REF ? qhead : trailSize;
    return confl;
}
//# sourceMappingURL=propagate.js.map