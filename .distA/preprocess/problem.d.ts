/**
 * What a preprocessing pass works on (docs/ARCHITECTURE.md "Preprocessing"): a problem is the
 * assertions that must hold and the assumptions of one check. A pass maps a problem to an
 * equisatisfiable one — usually in a fresh term store, so that the caller's DAG stays intact
 * for the model check — and a `lift` that turns a model of the new problem into a model of
 * the old one; or it decides the problem outright with a model of it. The pipeline
 * (pipeline.ts) runs the passes in order and composes the lifts.
 */
import type { Value } from '../model/value.js';
import type { Term } from '../terms/term.js';
export interface Problem {
    readonly assertions: readonly Term[];
    readonly assumptions: readonly Term[];
}
/** A model of the input from `values`, a model of the output (both by term id). */
export type Lift = (values: ReadonlyMap<number, Value>) => Map<number, Value>;
/** The result of a pass that changed the problem. */
export interface Reduction {
    assertions: Term[];
    assumptions: Term[];
    lift: Lift;
}
/** The result of a pass that found a model of its input (values by the input's term ids). */
export interface Decided {
    model: Map<number, Value>;
}
/** The passes, by name (in pipeline order). */
export type PassName = 'arrays' | 'uf-symmetry' | 'positive-equality' | 'ackermann' | 'reals' | 'bv-rewrite' | 'probe';
/**
 * The sorts and operators of a problem that decide whether a pass applies, found in one walk of
 * its terms: a pass with nothing to do learns it without a walk of its own.
 */
export interface Contents {
    /** Some term is an array. */
    array: boolean;
    /** Some term applies an uninterpreted function or is of an uninterpreted sort. */
    uninterpreted: boolean;
    /** Some term is real. */
    real: boolean;
    /** Some term is a bit-vector. */
    bitVec: boolean;
}
export interface PassContext {
    /** Called now and then; throws LimitReached to stop. */
    poll: () => void;
    /** The passes that changed the problem so far, in order. */
    applied: readonly PassName[];
    /** What the problem given to the pass contains (computed on first use, once per problem). */
    readonly contents: Contents;
}
/** One preprocessing step: undefined when it does not apply (the problem stays as it is). */
export interface Pass {
    readonly name: PassName;
    run(problem: Problem, ctx: PassContext): Reduction | Decided | undefined;
}
