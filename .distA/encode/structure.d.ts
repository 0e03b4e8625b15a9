/**
 * The Boolean structure of one term in the gate layer (docs/ARCHITECTURE.md "Encoding"): a
 * comparison becomes the disjunction of its guarded cases over atom literals, a bit-vector
 * predicate goes to the bit-blaster, a connective combines the literals of its arguments (which
 * the caller has built before, in post-order). Shared by the one-problem encoder (encoder.ts)
 * and the incremental one (incremental.ts), which differ only in how an atom gets its literal.
 */
import { type Gates, type Lit } from '../cnf/gates.js';
import type { Term } from '../terms/term.js';
import { type AtomLit, type Comparison } from '../theory/idl/normalize.js';
import type { BvBlaster } from './bv/bitblast.js';
/** What building a node reads and records. */
export interface StructureContext {
    g: Gates;
    bv: BvBlaster;
    /** The normal forms of the comparison terms (theory/idl/atoms.ts). */
    comparisons: ReadonlyMap<number, readonly Comparison[]>;
    /** The gate literal of an atom literal. */
    atomLit(a: AtomLit): Lit;
    /** The literal of every Boolean term built so far, by term id. */
    lit: Map<number, Lit>;
    /** The input of every Boolean constant, by term id (filled here). */
    boolVars: Map<number, Lit>;
}
/**
 * The gate literal of Boolean term `t`. Pre: the literals of its Boolean arguments and guards
 * are in `cx.lit`. Throws UnsupportedError on an operator outside the supported logics.
 * @example cx.lit.set(t.id, buildNode(cx, t));
 */
export declare function buildNode(cx: StructureContext, t: Term): Lit;
