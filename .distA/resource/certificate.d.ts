import type { AtomTable } from '../theory/idl/normalize.js';
import type { Fact } from './detect.js';
/**
 * What a certificate names as its check: the script's `check` number and, for a check an
 * optimisation adds, the Boolean terms (SMT-LIB text, in the script's scope at that check)
 * asserted on top of the script's assertions.
 */
export interface CheckLabel {
    readonly check: number;
    readonly assert?: readonly string[];
}
/** The head of a certificate: `(check n)`, then `(assert t)` for each added assertion. */
export declare function labelItems(label: CheckLabel): string[];
export interface CertOp {
    v: number;
    d: bigint;
    /** Fact chains for `ref − v ≤ −est` and `v − ref ≤ lst`. */
    start: [number[], number[]];
    machine?: {
        m: number;
        lo: number[];
        hi: number[];
    };
}
/** Builds the steps of a certificate; facts and sums are shared. */
export declare class CertificateBuilder {
    private readonly table;
    private readonly facts;
    private readonly lines;
    private readonly claims;
    private readonly factStep;
    private readonly sumStep;
    constructor(table: AtomTable, facts: readonly Fact[], label: CheckLabel);
    name(v: number): string;
    private step;
    /** The step of fact `i`, cited from its formula. */
    fact(i: number): number;
    private sum;
    /**
     * The step proving the sum of a chain of facts (each fact's x is the next one's y), or
     * `v − v ≤ 0` for the empty chain at `v`. Summed from the end nearest `anchor` (the
     * reference), so that chains to the same reference share their steps.
     */
    chain(facts: readonly number[], v: number, anchorAtStart: boolean): number;
    /** The certificate of an overload of [t1, t2) (times relative to `ref`). */
    overload(ref: number, mref: number, ops: readonly CertOp[], pairs: readonly string[], t1: bigint, t2: bigint): string;
    /** The certificate of a negative cycle of facts. */
    contradiction(cycle: readonly number[]): string;
    private render;
}
/** An integer in SMT-LIB: `3`, `(- 3)`. */
export declare function int(c: bigint): string;
