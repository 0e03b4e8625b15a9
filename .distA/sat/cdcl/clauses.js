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
export function allocClause(s, lits, n, learnt, lbd) {
    const need = s.arenaSize + HEADER + n;
    if (need > s.arena.length) {
        let cap = s.arena.length * 2;
        while (cap < need)
            cap *= 2;
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
    for (let i = 0; i < n; i++)
        arena[c + HEADER + i] = lits[i];
    s.arenaSize = need;
    if (learnt)
        s.numLearnt++;
    else
        s.numOriginal++;
    return c;
}
/** Makes room for `words` more arena words (e.g. before loading a whole CNF). */
export function reserveArena(s, words) {
    const need = s.arenaSize + words;
    if (need <= s.arena.length)
        return;
    const arena = new Int32Array(need);
    arena.set(s.arena.subarray(0, s.arenaSize));
    s.arena = arena;
    s.activityView = new Float32Array(arena.buffer);
}
/**
 * Re-attaches every clause of the arena, with watch-list blocks sized by occurrence counts
 * (used after loading a CNF in bulk and after garbage collection).
 */
export function attachAll(s) {
    const arena = s.arena;
    const end = s.arenaSize;
    const numLits = s.watches.start.length;
    const longCounts = new Int32Array(numLits);
    const binCounts = new Int32Array(numLits);
    for (let c = 0; c < end; c += HEADER + arena[c]) {
        if (arena[c + 1] & REASON)
            continue;
        const counts = arena[c] === 2 ? binCounts : longCounts;
        counts[arena[c + HEADER]] += 2;
        counts[arena[c + HEADER + 1]] += 2;
    }
    s.watches.rebuild(longCounts);
    s.bins.rebuild(binCounts);
    for (let c = 0; c < end; c += HEADER + arena[c])
        if ((arena[c + 1] & REASON) === 0)
            attachClause(s, c);
}
/** Watches the first two literals of clause `c`. */
export function attachClause(s, c) {
    const arena = s.arena;
    const a = arena[c + HEADER];
    const b = arena[c + HEADER + 1];
    const lists = arena[c] === 2 ? s.bins : s.watches;
    lists.push(a, b, c);
    lists.push(b, a, c);
}
/** The literals of clause `c` as DIMACS integers (for proof tracing; allocates). */
export function clauseDimacs(s, c) {
    const n = s.arena[c];
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const lit = s.arena[c + HEADER + i];
        out[i] = lit & 1 ? -(lit >> 1) : lit >> 1;
    }
    return out;
}
//# sourceMappingURL=clauses.js.map