import { type Term } from '../terms/term.js';
import type { Pass, Reduction } from './problem.js';
/**
 * The Ackermann expansion of `assertions` and `assumptions`, or undefined when they have no
 * uninterpreted functions or sorts.
 * @example const r = ackermann([store.mk('distinct', [store.apply(f, [x]), store.apply(f, [y])])], [], () => {});
 */
export declare function ackermann(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void): Reduction | undefined;
/** The pass: Ackermann expansion of a problem with uninterpreted functions or sorts. */
export declare const ackermannPass: Pass;
