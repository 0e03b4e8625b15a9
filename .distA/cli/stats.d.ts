/**
 * `--stats`: a readable summary on stderr of where the time went and how big the CNF was,
 * per check and in total.
 */
import type { CheckStats } from '../engine/check.js';
/** Formats the statistics of a run (times in seconds). */
export declare function formatStats(checks: readonly CheckStats[], totalMs: number): string;
