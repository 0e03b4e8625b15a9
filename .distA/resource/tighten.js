/**
 * Tightened time windows for the SAT encoding, when resource reasoning does not refute the
 * problem (issue 10, item 4): energetic bound adjustment (adjust.ts) on every resource, and the
 * new bounds propagated through the unconditional difference constraints to every variable
 * (a later start of one operation delays its successors in the job), to a fixpoint over all
 * resources within a work budget.
 *
 * The result is a list of difference constraints `x − y ≤ c` between a variable and the frame's
 * reference, each implied by the problem (by the resources' pairwise disjunctions and the
 * facts), and strictly tighter than what the facts alone give; the encoder takes them as
 * unconditional facts, which shrinks the domains of the order and small-domain encodings. Or
 * the finding that the problem is infeasible (crossed bounds, an overflowing window).
 */
import { adjustBounds } from './adjust.js';
import { tasksOf, usable } from './tasks.js';
import { Windows } from './windows.js';
/** Rounds over all resources at most. */
const MAX_ROUNDS = 8;
/**
 * Tightens the windows of the operations of `cliques` (relative to `frame.ref`), within
 * `budget` task-window evaluations in all (as adjust.ts counts them).
 * @example const t = tightenWindows(g, facts, numVars, cliques, frame, mframe, 1e6, () => {});
 */
export function tightenWindows(g, facts, numVars, cliques, frame, mframe, budget, poll) {
    const out = { bounds: [], rounds: 0, changes: 0, windows: 0, work: 0, infeasible: false };
    const ref = frame.ref;
    const added = [];
    let cur = frame;
    while (out.rounds < MAX_ROUNDS && out.work < budget) {
        out.rounds++;
        const before = added.length;
        for (const clique of cliques) {
            const ops = usable(clique.ops, clique.machines, g, cur, mframe);
            if (ops.length < 2)
                continue;
            const { tasks, capacity } = tasksOf(ops, g, cur, mframe);
            if (capacity >= ops.length)
                continue;
            const a = adjustBounds(tasks, capacity, budget - out.work, poll);
            out.windows += a.windows;
            out.work += a.work;
            out.changes += a.changes;
            if (a.infeasible)
                out.infeasible = true;
            a.tasks.forEach((t, i) => {
                const v = ops[i];
                // est ≤ v − ref ≤ lst, as facts v − ref ≤ lst and ref − v ≤ −est.
                if (t.lst < tasks[i].lst)
                    added.push({ x: v, y: ref, c: BigInt(t.lst), source: -1 });
                if (t.est > tasks[i].est)
                    added.push({ x: ref, y: v, c: BigInt(-t.est), source: -1 });
            });
            if (out.infeasible)
                break;
        }
        if (added.length === before || out.infeasible)
            break;
        const next = new Windows(numVars, [...facts, ...added]).frame(ref);
        if (!next) {
            out.infeasible = true;
            break;
        }
        cur = next;
    }
    if (out.infeasible)
        return out;
    for (const [v, up] of cur.up) {
        const old = frame.up.get(v);
        if (v !== ref && (old === undefined || up < old))
            out.bounds.push({ x: v, y: ref, c: up });
    }
    for (const [v, down] of cur.down) {
        const old = frame.down.get(v);
        if (v !== ref && (old === undefined || down < old))
            out.bounds.push({ x: ref, y: v, c: down });
    }
    return out;
}
//# sourceMappingURL=tighten.js.map