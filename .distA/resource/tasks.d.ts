/**
 * The operations of a resource as scheduling tasks: which operations of a clique have a time
 * window (and a bounded machine), their windows and durations, and the clique's capacity.
 * Shared by the refutation (reason.ts) and the bound tightening (tighten.ts).
 */
import type { PairGraph } from './detect.js';
import type { Task } from './energetic.js';
import type { Frame } from './windows.js';
/** The operations of a clique that have a window (and, for a machine clique, a bounded machine). */
export declare function usable(ops: readonly number[], machines: boolean, g: PairGraph, frame: Frame, mframe: Frame): number[];
/**
 * The duration of operation `a` in the clique `ops`: the least amount any of its pairs there
 * makes it keep (0 when none does: it spends no energy), at most MAX_TIME.
 * @example durationIn(v, clique.ops, g) // 7 when every pair of v demands at least 7
 */
export declare function durationIn(a: number, ops: readonly number[], g: PairGraph): number;
/**
 * Tasks of a clique: the duration of an operation is the least amount any of its pairs in
 * the clique makes it keep (operations with no such amount get none and spend no energy);
 * the capacity is 1 without guarded pairs, else the size of the hull of the machine domains.
 */
export declare function tasksOf(ops: readonly number[], g: PairGraph, frame: Frame, mframe: Frame): {
    tasks: Task[];
    capacity: number;
    guarded: boolean;
};
