/**
 * The preprocessing pipeline of one check (docs/ARCHITECTURE.md "Preprocessing"): the passes
 * run in a fixed order, each on the output of the one before —
 *
 *  1. arrays.ts: arrays reduced to uninterpreted functions (read over write, extensionality);
 *  2. uf-symmetry.ts: symmetry breaking for interchangeable constants of an uninterpreted sort;
 *  3. positive-equality.ts: constants and functions compared only by equalities that must be
 *     false get distinct values and disappear;
 *  4. ackermann.ts: uninterpreted functions and sorts by Ackermann expansion;
 *  5. reals.ts: real difference logic scaled to integer difference logic;
 *  6. bv-rewrite.ts: word-level rewriting and equality substitution, with bit-vectors;
 *  7. probe.ts: a few candidate models of the rewritten problem (after bv-rewrite only).
 *
 * A model of the final problem is lifted back through the recorded lifts in reverse order. A
 * pass that finds a model ends the pipeline with that model, lifted. Resource reasoning and
 * symmetry breaking are not passes here: they need the difference atoms of the final problem
 * (theory/idl/atoms.ts), which the engine collects once after this pipeline.
 */
import type { Value } from '../model/value.js';
import type { Lift, Pass, PassName, Problem } from './problem.js';
/**
 * The passes of a check: all of them, or without symmetry breaking when `symmetry` is false.
 * @example preprocess(problem, poll, passesFor(false))
 */
export declare function passesFor(symmetry: boolean): readonly Pass[];
export interface Preprocessed {
    /** The problem to encode (the input itself when no pass applied). */
    problem: Problem;
    /** The passes that changed the problem, in order. */
    applied: PassName[];
    /** A model of the input from a model of `problem`: the passes' lifts, last pass first. */
    lift: Lift;
    /** When a pass found a model: that model, of the input. */
    model?: Map<number, Value>;
}
/**
 * Runs the passes on `problem`. `poll` is called now and then (it may throw LimitReached).
 * @example const { problem, lift } = preprocess({ assertions, assumptions: [] }, () => {});
 */
export declare function preprocess(problem: Problem, poll: () => void, passes?: readonly Pass[]): Preprocessed;
