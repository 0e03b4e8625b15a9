/**
 * Energetic bound adjustment (Baptiste, Le Pape & Nuijten, *Constraint-Based Scheduling*, 2001,
 * §3.3.6): tightened earliest and latest starts of the tasks of a resource, to give the SAT
 * encoding smaller domains when the resource reasoning does not refute the problem.
 *
 * On a resource of capacity C (at most C tasks at any time, each using one unit), a window
 * [t1, t2) offers C·(t2 − t1) units of energy; the other tasks must spend at least W − e_i in
 * it (W the window's mandatory energy, e_i task i's own share), so task i can spend at most
 * avail = C·(t2 − t1) − (W − e_i) there (a rule below only fires when avail < t2 − t1, since no
 * overlap exceeds the window).
 * The overlap of [s, s + d) with the window is concave in s: when it exceeds avail at s = est,
 * every start up to t2 − avail is too early (for any later start the overlap is at most
 * t2 − s ≤ avail), so est := t2 − avail; symmetrically, when it exceeds avail at s = lst, the
 * task must end by t1 + avail: lst := t1 + avail − d. On the windows [est_j, lct_k) this
 * includes edge-finding's adjustments for a capacity-1 resource (the window of a task set Ω
 * offers lct_Ω − est_Ω − p_Ω to the others).
 *
 * Each adjustment is implied by the resource and the current bounds alone, so applying them
 * repeatedly (until nothing changes, within a work budget) stays sound. A task whose bounds
 * cross proves the resource overloaded.
 */
import { mandatory, sorted } from './energetic.js';
/**
 * Tightens the bounds of `tasks` on a resource of `capacity`, in rounds over the windows
 * [t1, t2) with t1 among the earliest starts and latest starts and t2 among the latest ends and
 * earliest ends, until a round changes nothing or `budget` task-window evaluations are spent.
 * Pre: est ≤ lst, d ≥ 0, all safe integers. `poll` is called now and then (it may throw).
 * @example
 *   // two tasks of 3 on one machine inside [0, 6): the second must start at 3
 *   adjustBounds([{ est: 0, lst: 0, d: 3 }, { est: 0, lst: 3, d: 3 }], 1, 1e6).tasks[1] // { est: 3, lst: 3, d: 3 }
 */
export function adjustBounds(tasks, capacity, budget, poll = () => { }) {
    const cur = tasks.map((t) => ({ ...t }));
    const out = { tasks: cur, changes: 0, windows: 0, work: 0, infeasible: false };
    const n = cur.length;
    if (n === 0)
        return out;
    const energy = new Float64Array(n);
    for (let changed = true; changed;) {
        changed = false;
        const t1s = sorted(cur.flatMap((t) => [t.est, t.lst]));
        const t2s = sorted(cur.flatMap((t) => [t.lst + t.d, t.est + t.d]));
        for (const t1 of t1s) {
            poll();
            for (const t2 of t2s) {
                if (t2 <= t1)
                    continue;
                if (out.work > budget)
                    return out;
                out.work += 2 * n;
                out.windows++;
                const room = capacity * (t2 - t1);
                let w = 0;
                for (let i = 0; i < n; i++)
                    w += energy[i] = mandatory(cur[i], t1, t2);
                if (w > room) {
                    out.infeasible = true;
                    return out;
                }
                for (let i = 0; i < n; i++) {
                    const t = cur[i];
                    if (t.d === 0)
                        continue;
                    const avail = room - (w - energy[i]);
                    const overlap = (s) => Math.max(0, Math.min(s + t.d, t2) - Math.max(s, t1));
                    let est = t.est;
                    let lst = t.lst;
                    if (overlap(est) > avail)
                        est = Math.max(est, t2 - avail);
                    if (overlap(lst) > avail)
                        lst = Math.min(lst, t1 + avail - t.d);
                    if (est === t.est && lst === t.lst)
                        continue;
                    out.changes += Number(est !== t.est) + Number(lst !== t.lst);
                    [t.est, t.lst] = [est, lst];
                    if (est > lst) {
                        // The crossed bounds stay in the task: together they are the contradiction.
                        out.infeasible = true;
                        return out;
                    }
                    w -= energy[i];
                    w += energy[i] = mandatory(t, t1, t2);
                    changed = true;
                }
            }
        }
    }
    return out;
}
//# sourceMappingURL=adjust.js.map