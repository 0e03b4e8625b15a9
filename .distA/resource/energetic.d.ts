/**
 * Energetic reasoning over time windows (Erschler & Lopez 1990; Baptiste, Le Pape & Nuijten,
 * *Constraint-Based Scheduling*, 2001, ch. 3).
 *
 * A task with start s ∈ [est, lst] and duration d must spend, inside a window [t1, t2), at
 * least the smaller of its left-shifted and right-shifted overlaps (the overlap of
 * [s, s + d) with the window is concave in s, so its minimum is at an end of [est, lst]). On a
 * resource of capacity M (at most M tasks at any time), a window whose tasks must spend more
 * than M·(t2 − t1) is an overload: the constraints are unsatisfiable.
 *
 * Windows tried: first the whole horizon [min est, max lct), then [t1, t2) for t1 among the
 * earliest starts and t2 among the latest ends, then t1 among est ∪ ect ∪ lst and t2 among
 * lct ∪ ect ∪ lst (the relevant points of Baptiste et al.), within a work budget.
 */
export interface Task {
    est: number;
    lst: number;
    d: number;
}
/** The distinct values of `xs`, ascending (the time points windows are made of). @example sorted([3, 1, 3]) // [1, 3] */
export declare function sorted(xs: readonly number[]): number[];
/** The energy `t` must spend inside [t1, t2). @example mandatory({ est: 0, lst: 2, d: 3 }, 1, 4) // 2 */
export declare function mandatory(t: Task, t1: number, t2: number): number;
export interface Overload {
    t1: number;
    t2: number;
    /** Indices of the tasks with positive energy in the window. */
    tasks: number[];
    energy: number;
}
/**
 * Looks for an overloaded window. Pre: every task has est ≤ lst, d ≥ 1, and all values are
 * safe integers. `budget` bounds the task-window evaluations; `tried` counts the windows;
 * `poll` is called now and then (it may throw to stop).
 */
export declare function findOverload(tasks: readonly Task[], capacity: number, budget: number, tried: {
    windows: number;
}, poll?: () => void): Overload | undefined;
