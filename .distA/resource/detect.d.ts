import { AtomTable } from '../theory/idl/normalize.js';
import type { Term } from '../terms/term.js';
/** `x − y ≤ c` over IDL variable numbers (0 is the zero variable). */
export interface Diff {
    x: number;
    y: number;
    c: bigint;
}
/** An unconditional difference constraint and the formula (0-based) whose conjunct it is. */
export interface Fact extends Diff {
    source: number;
}
/**
 * `guard → (s_a + ka ≤ s_b ∨ s_b + kb ≤ s_a)` from the top-level clause of formula `source`;
 * `kb` undefined for a precedence (`s_a + ka ≤ s_b` unconditionally, from a fact).
 */
export interface Pair {
    a: number;
    b: number;
    ka: bigint;
    kb: bigint | undefined;
    /** The machine variables of `m_x = m_y`, or undefined for guard true. */
    guard: [number, number] | undefined;
    source: number;
}
export interface Detected {
    table: AtomTable;
    facts: Fact[];
    pairs: Pair[];
}
/**
 * Reads the top-level clauses of `formulas` (assertions, then assumptions: all must hold),
 * normalising their literals in `table`: the check's table of difference atoms
 * (theory/idl/atoms.ts) when the engine collected one over these formulas, so that its atoms
 * are shared with the encoding; a table of its own otherwise.
 *
 * With `more`, the formulas extend an earlier collection: they are numbered from `more.first`
 * (the earlier formulas' count), and their facts are read even when they hold no pair (the
 * earlier ones had pairs).
 * Pre: the formulas are Boolean terms. `poll` is called now and then (it may throw to stop).
 * @example const d = collect([store.mk('or', [before(a, b), before(b, a)])], () => {});
 */
export declare function collect(formulas: readonly Term[], poll: () => void, table?: AtomTable, more?: {
    first: number;
}): Detected;
/** Edge of the pair graph between two operations, seen from `a`'s side. */
export interface Link {
    /** `a` runs `ka` before `b` (or later than it): the amounts each side must keep. */
    ka: bigint;
    kb: bigint | undefined;
    a: number;
    b: number;
    guarded: boolean;
    /** The formula whose top-level conjunct gives the pair, or −1 for a derived precedence. */
    source: number;
    /** For a derived precedence: the facts along the path that proves `a − b ≤ −ka`. */
    chain?: number[];
}
/** The pair graph: operations and, for every constrained pair, its best link. */
export declare class PairGraph {
    /** Operations (start variables of two-sided pairs), in order of first appearance. */
    readonly ops: number[];
    readonly machine: Map<number, number>;
    /** `adj.get(a).get(b)`: the link of the pair (either orientation). */
    readonly adj: Map<number, Map<number, Link>>;
    constructor(d: Detected);
    /** Number of constrained pairs. */
    get edges(): number;
    /**
     * Adds the precedences the facts imply between operations not yet linked: a path b ⇝ a of
     * weight w ≤ −1 proves `a − b ≤ w`, so a runs at least −w before b. `pathsFrom(b)` gives
     * the shortest distances from b and the path to a target; at most `maxRuns` sources.
     */
    addPrecedences(pathsFrom: (b: number) => {
        dist: Map<number, bigint>;
        chain: (a: number) => number[];
    } | undefined, maxRuns: number): number;
    /** Keeps one link per pair: an unguarded one over a guarded one, else the first. */
    private link;
    /**
     * The machine variable of each operation: the variable common to the guards of all its
     * guarded pairs; when both of a guard's variables qualify (one guarded pair only), the
     * partner's machine decides, else the guard's orientation.
     */
    private assignMachines;
    /** The link between `a` and `b`, if they are constrained. */
    get(a: number, b: number): Link | undefined;
    /**
     * Greedy cliques: from each of the `maxSeeds` highest-degree operations not yet in a clique,
     * add neighbours (highest degree first) adjacent to every member. `unguardedOnly` restricts
     * to links with guard true (capacity 1); `disjunctionsOnly` to two-sided links (a precedence,
     * already decided, is left out: a machine's operations rather than a mix with a job's).
     * Cliques smaller than 2 are dropped.
     */
    cliques(unguardedOnly: boolean, maxSeeds: number, disjunctionsOnly?: boolean): number[][];
}
