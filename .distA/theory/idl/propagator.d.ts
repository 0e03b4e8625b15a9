import { type Resource } from './disjunctive.js';
/** Largest graph (nodes) whose theory propagation keeps all-pairs shortest paths. */
export declare const DENSE_NODES = 512;
/**
 * Fewest atoms per node for all-pairs shortest paths: on sparser graphs (a BMC unrolling of a
 * difference-logic system: about 2.8 atoms per node) the matrix costs more than the bounded
 * searches (idl-bmc-70 of benchmarks/incremental: 28 s against 9 s); job shops have 10–15,
 * where it pays 4× and more.
 */
export declare const DENSE_RATIO = 4;
/** The literals of difference atoms: atom `a` is `x[a] − y[a] ≤ c[a]`. */
export interface DifferenceAtoms {
    numNodes: number;
    x: readonly number[];
    y: readonly number[];
    c: readonly number[];
    /** Per CNF variable: the atom it stands for (positive literal = atom true), or −1. */
    atomOfVar: Int32Array;
}
/**
 * Disjunctive resources whose tasks' start variables are nodes of the graph, their bounds read
 * against node `ref` (disjunctive.ts); only used with the dense matrix.
 */
export interface ResourceTheory {
    ref: number;
    resources: readonly Resource[];
    edgeFinding: boolean;
    /** A CNF variable the reasoning waits for (true on the trail), added negated to its clauses. */
    guard?: number;
}
export declare class DifferencePropagator {
    private readonly atoms;
    private readonly propagationNodes;
    private readonly pi;
    private readonly adj;
    private readonly radj;
    private readonly eFrom;
    private readonly eTo;
    private readonly eW;
    private readonly eLit;
    private readonly ePos;
    private readonly parent;
    private readonly stamp;
    private round;
    private readonly queue;
    private readonly log;
    private readonly varsAt;
    private readonly assigned;
    private readonly impliedAt;
    private updateRound;
    private readonly impliedLit;
    private readonly impliedEpoch;
    private epoch;
    private seenTo;
    private readonly fDist;
    private readonly fPar;
    private readonly fStamp;
    private readonly bDist;
    private readonly bPar;
    private readonly bStamp;
    private searchRound;
    private readonly inReason;
    private reasonRound;
    private readonly fSettled;
    private readonly bSettled;
    private readonly heapNode;
    private readonly heapKey;
    private readonly reasons;
    private readonly matrix;
    private readonly cellFirst;
    private readonly cellWatched;
    private readonly entryLit;
    private readonly entryBound;
    private readonly entryNext;
    private readonly onShortened;
    private readonly pathScratch;
    private readonly resources;
    private readonly sweep;
    private readonly sweepNode;
    private readonly sweepDur;
    private readonly lastBounds;
    private lastEpoch;
    private guardPos;
    /** Implied literals found so far (statistics). */
    propagations: number;
    private resourceConflicts;
    private resourcePropagations;
    /**
     * @param propagationNodes nodes each Dijkstra search of theory propagation settles at most
     *   (0: no theory propagation)
     * @param denseNodes largest graph whose propagation is complete (all-pairs shortest paths)
     * @param denseRatio fewest atoms per node for it
     * @param resources the disjunctive resources to reason on, asked for only when propagation
     *   is complete (the matrix gives their bounds)
     */
    constructor(atoms: DifferenceAtoms, propagationNodes?: number, denseNodes?: number, denseRatio?: number, resources?: () => ResourceTheory | undefined);
    /**
     * Takes over the scratch memory of `old`, a propagator of the same session whose search is
     * over (it must not be used again): the undo log of its matrix.
     * @example next.inherit(previous);
     */
    inherit(old: DifferencePropagator): void;
    private addEntry;
    /**
     * The literals the last `update` found implied (theory propagation), each as its reason: a
     * DIMACS clause whose first literal is the implied one, unassigned when found, and whose
     * other literals are false on the trail. Empty after a conflict.
     * @example for (const reason of prop.implied()) assign(reason[0], reason);
     */
    implied(): readonly (readonly number[])[];
    /**
     * Counts of this propagator's work for the statistics: with resources, the conflicts and
     * implied literals resource reasoning found; nothing without.
     * @example prop.stats() // { resourceConflicts: 12, resourcePropagations: 40 }
     */
    stats(): Record<string, number>;
    /** The potential: a model of the edges present (x := π(x)). */
    get potential(): Float64Array;
    /**
     * The value of CNF variable `v`'s atom in the potential's model (the phase that adds an edge
     * the potential already satisfies, so deciding it cannot conflict), or undefined if `v` is
     * no atom's.
     * @example prop.phase(7) // true when π(x) − π(y) ≤ c for the atom x − y ≤ c of variable 7
     */
    phase(v: number): boolean | undefined;
    /**
     * Brings the graph to `trail[0..to)` (internal literals `2v + negated`), of which positions
     * before `from` were seen already. Answers the conflict clause (DIMACS literals, all false on
     * the trail) of the first negative cycle, or undefined. After a conflict, the edges from the
     * conflicting position on are not in the graph.
     * @example const conflict = prop.update(trail, seen, trailSize);
     */
    update(trail: Int32Array, from: number, to: number): number[] | undefined;
    private pop;
    /**
     * Theory propagation for edge `e` (u → v, weight w), just added and consistent with π:
     * appends the reason of every unassigned atom literal it implies through paths found by
     * bounded Dijkstra searches from v (forward) and to u (backward).
     */
    private propagate;
    /** Dense propagation: implies the unassigned atom literals whose edge spans `cell`, shortened. */
    private checkCell;
    /**
     * Overload checking and edge-finding (disjunctive.ts) on every resource whose bounds changed
     * since its last sweep in this epoch, with the bounds of the matrix against the reference:
     * answers the conflict clause of an overloaded set (the negated literals of the paths behind
     * its bounds), or undefined after appending the precedences edge-finding implies to the
     * reasons. Sound because each resource's tasks pairwise cannot overlap (the caller's
     * contract): a clause it derives holds in every model of the problem.
     */
    private reasonAboutResources;
    /**
     * Implies the atom literals of `cell` that a path of length `d` across it would imply (those
     * with bound ≥ d), each with the literals `reason` gives; answers a conflict clause when one
     * of them is false on the trail.
     */
    private implyAt;
    /** A new clause of resource reasoning: the guard's negation, and the round marking its literals. */
    private resourceReason;
    /**
     * Appends to `out` (round `mark`) the negated literals behind a task's bound against the
     * reference: its earliest start (`early`: the path s ⇝ ref) or its latest end (ref ⇝ s).
     */
    private addBound;
    /** Appends to `out` the negated literals of the edges of a shortest path a ⇝ b (each once in round `mark`). */
    private addPath;
    /** Records literal `lit` implied by the path from ⇝ u, edge e (u → v), v ⇝ to. */
    private imply;
    /** Appends to `reason` the negation of edge f's literal, unless the reason (round `mark`) has it. */
    private addEdge;
    /**
     * Dijkstra over reduced costs from `src`, along edges (forward) or against them (backward),
     * settling at most `propagationNodes` nodes: their distances, tree edges and the list of them.
     */
    private dijkstra;
    /** Adds edge u → v of weight w; answers the conflict clause if it closes a negative cycle. */
    private add;
    /** The cycle: edge f (p → u), the parent path v ⇝ p, the new edge u → v; undoes π and the edge. */
    private conflict;
}
