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
import { Sort } from '../terms/sort.js';
import { forEachTerm } from '../terms/walk.js';
import { ackermannPass } from './ackermann.js';
import { arraysPass } from './arrays.js';
import { bvRewritePass } from './bv-rewrite.js';
import type { Contents, Lift, Pass, PassContext, PassName, Problem } from './problem.js';
import { positiveEqualityPass } from './positive-equality.js';
import { probePass } from './probe.js';
import { realsPass } from './reals.js';
import { ufSymmetryPass } from './uf-symmetry.js';

/** The passes, in the order they run. */
const PASSES: readonly Pass[] = [arraysPass, ufSymmetryPass, positiveEqualityPass, ackermannPass, realsPass, bvRewritePass, probePass];

/**
 * The passes of a check: all of them, or without symmetry breaking when `symmetry` is false.
 * @example preprocess(problem, poll, passesFor(false))
 */
export function passesFor(symmetry: boolean): readonly Pass[] {
  return symmetry ? PASSES : PASSES.filter((p) => p !== ufSymmetryPass);
}

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
export function preprocess(problem: Problem, poll: () => void, passes: readonly Pass[] = PASSES): Preprocessed {
  const applied: PassName[] = [];
  const lifts: Lift[] = [];
  const lift: Lift = (values) => {
    let out = values as Map<number, Value>;
    for (let i = lifts.length - 1; i >= 0; i--) out = lifts[i]!(out);
    return out;
  };
  let contents: Contents | undefined;
  const ctx: PassContext = {
    poll,
    applied,
    get contents() {
      return (contents ??= contentsOf(problem));
    },
  };
  for (const pass of passes) {
    const r = pass.run(problem, ctx);
    if (!r) continue;
    if ('model' in r) return { problem, applied, lift, model: lift(r.model) };
    applied.push(pass.name);
    lifts.push(r.lift);
    problem = { assertions: r.assertions, assumptions: r.assumptions };
    contents = undefined;
  }
  return { problem, applied, lift };
}

/** What `problem` contains, in one walk of its terms. */
function contentsOf(problem: Problem): Contents {
  const c: Contents = { array: false, uninterpreted: false, real: false, bitVec: false };
  forEachTerm([...problem.assertions, ...problem.assumptions], (t) => {
    const kind = t.sort.kind;
    if (kind === 'Array') c.array = true;
    if (kind === 'Uninterpreted' || t.op === 'apply') c.uninterpreted = true;
    if (t.sort === Sort.Real) c.real = true;
    if (kind === 'BitVec') c.bitVec = true;
  });
  return c;
}
