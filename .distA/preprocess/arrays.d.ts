import { type Term } from '../terms/term.js';
import type { Pass, Reduction } from './problem.js';
/**
 * The reduction of the arrays in `assertions` and `assumptions`, or undefined when no term is
 * an array.
 * @example arrays([store.mk('=', [store.mk('select', [a, i]), store.int(1n)])], [], () => {})
 */
export declare function arrays(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void): Reduction | undefined;
/** The pass: arrays reduced to uninterpreted functions (before the Ackermann pass). */
export declare const arraysPass: Pass;
