import type { Diff, Fact, PairGraph } from './detect.js';
import { type Frame } from './windows.js';
export interface Tightening {
    /** Implied bounds tighter than the facts', as `x − y ≤ c` (one side is the frame's reference). */
    bounds: Diff[];
    /** Rounds over the resources, bound changes made by energetic adjustment, windows evaluated, work. */
    rounds: number;
    changes: number;
    windows: number;
    work: number;
    /** The adjusted bounds crossed or a window overflowed: the problem is unsatisfiable (no bounds then). */
    infeasible: boolean;
}
/**
 * Tightens the windows of the operations of `cliques` (relative to `frame.ref`), within
 * `budget` task-window evaluations in all (as adjust.ts counts them).
 * @example const t = tightenWindows(g, facts, numVars, cliques, frame, mframe, 1e6, () => {});
 */
export declare function tightenWindows(g: PairGraph, facts: readonly Fact[], numVars: number, cliques: readonly {
    ops: number[];
    machines: boolean;
}[], frame: Frame, mframe: Frame, budget: number, poll: () => void): Tightening;
