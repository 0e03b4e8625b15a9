/**
 * Times beyond this magnitude are left to the SAT encoding, and longer durations are cut to it
 * (a shorter duration is always implied), so that energies and capacity × window products
 * stay exact in floating point.
 */
const MAX_TIME = 2n ** 30n;
const bounded = (f, v) => {
    const up = f.up.get(v);
    const down = f.down.get(v);
    return up !== undefined && down !== undefined && up < MAX_TIME && up > -MAX_TIME && down < MAX_TIME && down > -MAX_TIME;
};
/** The operations of a clique that have a window (and, for a machine clique, a bounded machine). */
export function usable(ops, machines, g, frame, mframe) {
    return ops.filter((v) => {
        if (!bounded(frame, v))
            return false;
        const m = g.machine.get(v);
        return !machines || m === undefined || bounded(mframe, m);
    });
}
/**
 * The duration of operation `a` in the clique `ops`: the least amount any of its pairs there
 * makes it keep (0 when none does: it spends no energy), at most MAX_TIME.
 * @example durationIn(v, clique.ops, g) // 7 when every pair of v demands at least 7
 */
export function durationIn(a, ops, g) {
    let d;
    for (const b of ops) {
        if (b === a)
            continue;
        const l = g.get(a, b);
        const amt = l.a === a ? l.ka : l.kb;
        if (amt !== undefined && (d === undefined || amt < d))
            d = amt;
    }
    if (d !== undefined && d > MAX_TIME)
        d = MAX_TIME;
    return Number(d ?? 0n);
}
/**
 * Tasks of a clique: the duration of an operation is the least amount any of its pairs in
 * the clique makes it keep (operations with no such amount get none and spend no energy);
 * the capacity is 1 without guarded pairs, else the size of the hull of the machine domains.
 */
export function tasksOf(ops, g, frame, mframe) {
    let lo;
    let hi;
    let anyGuarded = false;
    const tasks = ops.map((a) => {
        if (ops.some((b) => b !== a && g.get(a, b).guarded))
            anyGuarded = true;
        return { est: Number(-frame.down.get(a)), lst: Number(frame.up.get(a)), d: durationIn(a, ops, g) };
    });
    if (anyGuarded) {
        for (const a of ops) {
            const m = g.machine.get(a);
            if (m === undefined)
                continue;
            const l = -mframe.down.get(m);
            const h = mframe.up.get(m);
            if (lo === undefined || l < lo)
                lo = l;
            if (hi === undefined || h > hi)
                hi = h;
        }
    }
    const capacity = lo === undefined || hi === undefined ? 1 : Math.max(1, Number(hi - lo + 1n));
    return { tasks, capacity, guarded: anyGuarded };
}
//# sourceMappingURL=tasks.js.map