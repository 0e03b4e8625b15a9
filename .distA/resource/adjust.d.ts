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
import { type Task } from './energetic.js';
export interface Adjusted {
    /** New bounds per task (same order as the input); equal to the input where nothing changed. */
    tasks: Task[];
    /** Number of bound changes made. */
    changes: number;
    /** Windows evaluated, and the work they took (task-window evaluations). */
    windows: number;
    work: number;
    /**
     * The resource cannot be scheduled: a window is overloaded, or some task's earliest start
     * passed its latest start (that task is returned with the crossed bounds).
     */
    infeasible: boolean;
}
/**
 * Tightens the bounds of `tasks` on a resource of `capacity`, in rounds over the windows
 * [t1, t2) with t1 among the earliest starts and latest starts and t2 among the latest ends and
 * earliest ends, until a round changes nothing or `budget` task-window evaluations are spent.
 * Pre: est ≤ lst, d ≥ 0, all safe integers. `poll` is called now and then (it may throw).
 * @example
 *   // two tasks of 3 on one machine inside [0, 6): the second must start at 3
 *   adjustBounds([{ est: 0, lst: 0, d: 3 }, { est: 0, lst: 3, d: 3 }], 1, 1e6).tasks[1] // { est: 3, lst: 3, d: 3 }
 */
export declare function adjustBounds(tasks: readonly Task[], capacity: number, budget: number, poll?: () => void): Adjusted;
