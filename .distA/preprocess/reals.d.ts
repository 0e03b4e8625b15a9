import { type Term } from '../terms/term.js';
import type { Pass, Reduction } from './problem.js';
/**
 * Reduces the real difference constraints of `assertions` and `assumptions` to integer ones, or
 * returns undefined when there are no reals. Throws UnsupportedError for a non-difference atom.
 * @example const r = reduceReals([store.mk('<', [x, y])], [], () => {}); // (< X Y) over Int
 */
export declare function reduceReals(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void): Reduction | undefined;
/** The pass: real difference logic scaled to integer difference logic. */
export declare const realsPass: Pass;
