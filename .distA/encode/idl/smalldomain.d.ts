/**
 * Small-domain encoding of difference logic (Bryant, Lahiri & Seshia, CAV 2002), with ranges
 * tightened by unconditional bounds and allocated per variable (after Talupur, Sinha,
 * Strichman & Pnueli, CAV 2004).
 *
 * Range. In a component of n variables whose atoms have constants of absolute value at most
 * cmax, any model can be squeezed — every gap wider than cmax + 1 between consecutive values
 * shrunk to cmax + 1 — without changing any atom's truth value, so some model has span at most
 * (n − 1)(cmax + 1). Fixing a reference variable r at 0 (all atoms are differences, so
 * shifting is free), every variable lies in [−(R−1), R−1] with R − 1 = (n − 1)(cmax + 1), and
 * within [lb, ub] when the unconditional constraints bound it relative to r (every model obeys
 * those). The zero variable is the reference when it is present, so unary bounds cost nothing.
 * When nothing bounds any variable, the squeezed model is shifted to start at 0 instead, so
 * every variable (r included) lies in [0, R−1].
 *
 * Variables become `offset + bits` with an unsigned word of ⌈log2(size)⌉ bits. Values outside
 * the allocated range remain integer values, so the encoding stays sound for any bit pattern;
 * the range only has to contain one model. An atom `x − y ≤ c` is, with k = c − ox + oy,
 * `bx − by ≤ k`, i.e. `bx + ¬by ≤ k + 2^wy − 1` over unsigned words: one adder per ordered
 * pair of variables, shared by all atoms on that pair, and a comparator with a constant.
 */
import type { Gates, Lit } from '../../cnf/gates.js';
import type { AtomLit, AtomTable } from '../../theory/idl/normalize.js';
import { type OrderVar } from './order.js';
/**
 * An integer variable as encoded: `offset + (unsigned value of bits)`, or in the order encoding
 * (`order` set, no bits) the value of its order literals.
 */
export interface EncodedVar {
    offset: bigint;
    bits: Lit[];
    order?: OrderVar;
}
export interface ComponentStats {
    encoding: 'sd' | 'order' | 'eij' | 'eq';
    vars: number;
    atoms: number;
    cmax: bigint;
    /** Theorem range R (values per variable before tightening). */
    range: bigint;
    /** Variables whose range unconditional bounds tightened. */
    bounded: number;
    /** Total number of bits (sd) or order literals (order) over the component's variables; 0 for eij. */
    bits: number;
    /** Largest width hi − lo of a variable's allocated range. */
    width: bigint;
    /** Gates built for the component's atoms. */
    gates: number;
    /** Estimated clause counts of sd and order (what `auto` compares with eij's exact count). */
    estimate: SizeEstimate;
    /** When eij was tried: its transitivity clauses and derived atoms, or the budget it exceeded. */
    eij?: {
        clauses: number;
        derived: number;
    } | {
        overBudget: number;
    };
    /** When the equality encoding was tried: its transitivity clauses and fill-in edges, or the budget it exceeded. */
    eq?: {
        clauses: number;
        fill: number;
    } | {
        overBudget: number;
    };
}
export interface SmallDomainResult {
    atomLits: Lit[];
    /** Each variable as encoded (a variable of an eij or equality component has neither bits nor order). */
    vars: EncodedVar[];
    components: ComponentStats[];
    /** Literals that must hold (the order encoding's chain axioms, eij's and eq's transitivity clauses). */
    axioms: Lit[];
    /** The value of every variable (index 0, the zero variable: 0) under a Boolean valuation. */
    values(value: (l: Lit) => boolean): bigint[];
}
export interface SizeEstimate {
    sd: number;
    order: number;
    /** Order literals the order encoding would allocate. */
    literals: number;
}
/** A connected component of the difference graph with its allocated ranges. */
export interface ComponentRange {
    /** Smallest member: the zero variable when it belongs to the component. */
    root: number;
    vars: number[];
    atoms: number;
    cmax: bigint;
    /** R − 1 = (n − 1)(cmax + 1). */
    span: bigint;
    bounded: number;
}
export interface Ranges {
    comps: ComponentRange[];
    /** Allocated range [lo[v], hi[v]] of each variable (the root of a bounded component: [0, 0]). */
    lo: bigint[];
    hi: bigint[];
    /** Component root of each variable. */
    comp: Int32Array;
}
/**
 * Most order literals one component may get: a wider component (large constants) is encoded with
 * sd even when order is forced, as its order encoding would not fit in memory.
 */
export declare const MAX_ORDER_LITERALS = 100000;
/** Which encoding a component gets: forced, or chosen by estimated clause count. */
export type ComponentChoice = 'auto' | 'sd' | 'order' | 'eij';
/**
 * The widest range a variable would get in a component that the `auto` choice would encode with
 * sd (neither eq nor eij, within their budgets, nor the order encoding being smaller): 0 when
 * there is none. What the engine asks to decide whether difference logic is better solved lazily
 * (engine/check.ts): wide ranges are where eager encodings are weakest, and equality logic
 * (diamonds: x_i = y_i = x_i+1 or x_i = z_i = x_i+1) is where transitivity constraints win and
 * a lazy search without them does not end. `eqOnly` as for `encodeSmallDomain`.
 * @example widestSdRange(table, facts) // 476n on a 10×10 job shop with durations 1–99
 */
export declare function widestSdRange(table: AtomTable, facts: readonly AtomLit[], eqOnly?: Uint8Array, poll?: () => void): bigint;
/**
 * Encodes every atom of `table` into the gate layer, each component with the small-domain
 * encoding, the order encoding (order.ts), the per-constraint encoding (eij.ts) or the equality
 * encoding (equality.ts) as `choice` says. `auto` takes the equality encoding for a component
 * whose atoms `eqOnly` marks all, and eij, when their transitivity clauses are fewer than the
 * smaller estimate of sd and order (trying eij only on small components: MAX_AUTO_EIJ_ATOMS,
 * MAX_AUTO_EIJ_CLAUSES), else the one with the smaller estimate.
 * Pre: `facts` are atom literals that hold in every model of the problem; `eqOnly` (from
 * `equalityOnlyAtoms`) marks atoms the problem uses only inside equality forms.
 * Post: for any values of the returned inputs that satisfy `axioms`, the atoms' literals are
 * consistent, and `values` gives integers under which atom i's literal is true exactly when
 * `value(x) − value(y) ≤ c` — for an atom of an equality component, under which each equality
 * form's conjunction of literals is true exactly when x = y; and if the problem has a model, it
 * has one the encoding represents.
 */
export declare function encodeSmallDomain(g: Gates, table: AtomTable, facts: readonly AtomLit[], poll?: () => void, choice?: ComponentChoice, eqOnly?: Uint8Array): SmallDomainResult;
/** The value of an encoded variable under a Boolean valuation of the gate literals. */
export declare function encodedValue(v: EncodedVar, value: (l: Lit) => boolean): bigint;
