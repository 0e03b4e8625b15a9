import type { Fact } from './detect.js';
/** Bounds relative to a reference variable: `v − ref ≤ up(v)`, `ref − v ≤ down(v)`. */
export interface Frame {
    ref: number;
    up: Map<number, bigint>;
    down: Map<number, bigint>;
}
export declare class Windows {
    private readonly numVars;
    private readonly facts;
    private readonly fwd;
    private readonly rev;
    /** Facts entering / leaving each variable in the forward graph (fact indices). */
    private readonly incoming;
    private readonly outgoing;
    private readonly frames;
    constructor(numVars: number, facts: readonly Fact[]);
    /** Reference candidates: the zero variable if facts use it, and the variable most facts mention. */
    candidates(): number[];
    /** Bounds relative to `ref`, or undefined when a negative cycle is reachable. Memoised. */
    frame(ref: number): Frame | undefined;
    /** The candidate frame that bounds the most of `vars` both ways (undefined if none does). */
    bestFrame(vars: readonly number[]): Frame | undefined;
    /** Shortest distances from `v` (`u − v ≤ dist(u)`) with the fact chains behind them. */
    pathsFrom(v: number): {
        dist: Map<number, bigint>;
        chain: (u: number) => number[];
    } | undefined;
    /** Facts along a shortest path ref ⇝ v (they sum to `v − ref ≤ up(v)`), in path order. */
    chainUp(f: Frame, v: number): number[];
    /** Facts along a shortest path v ⇝ ref (they sum to `ref − v ≤ down(v)`), in path order. */
    chainDown(f: Frame, v: number): number[];
    /**
     * Breadth-first search from `v` back to `ref` over tight edges of `dist`; returns the fact
     * indices from v's end. Pre: dist holds exact shortest distances with dist(ref) = 0.
     */
    private walkBack;
    /**
     * A negative cycle of facts (their sum is `0 ≤ c` with c < 0), in order so that each fact's
     * x is the next fact's y; undefined when the facts are consistent. Bellman–Ford with every
     * distance starting at 0 (a virtual source); `poll` may throw to stop.
     */
    negativeCycle(poll: () => void): number[] | undefined;
}
