/**
 * The state of the CDCL solver, laid out as a table of contents in the manner of MiniSat's
 * `Solver.h`: one member per line, grouped by the step of the algorithm that owns it. The
 * algorithm itself lives in one file per concern (`propagate`, `analyze`, `decide`, `restart`,
 * `reduce`, `search`) as functions over this state; only the few trail primitives that every
 * step needs (`assign`, `newDecisionLevel`, `cancelUntil`) are methods here.
 *
 * Variables are 1-based (DIMACS numbering, index 0 unused); a literal is `2*var + sign` with
 * sign 1 for the negation, so `lit ^ 1` negates and `lit >> 1` is the variable. Values are
 * kept per literal (`vals[lit]` is 1 true, -1 false, 0 unassigned) so propagation reads one byte.
 */
import type { CdclOptions } from './options.js';
import { VarHeap } from './heap.js';
import { WatchLists } from './watches.js';
import type { TheoryCheck } from '../session.js';
/** "No clause": the reason of decisions and level-0 assignments, the result of a quiet propagation. */
export declare const NO_REF = -1;
/** `target[v]` of a variable that was never part of a target trail: the saved phase is used. */
export declare const NO_TARGET = 2;
/** Internal literal of a DIMACS literal (non-zero). */
export declare function toLit(dimacs: number): number;
/** DIMACS literal of an internal literal. */
export declare function toDimacs(lit: number): number;
/** Receives every clause the solver adds or deletes (DIMACS literals), e.g. to write DRAT. */
export interface ProofTracer {
    add(lits: Int32Array): void;
    delete(lits: Int32Array): void;
}
/** Counters reported by `stats`. */
export interface CdclStats {
    conflicts: number;
    decisions: number;
    propagations: number;
    /** Propagation work: watch-list cache lines and clauses visited (as Kissat's ticks). */
    ticks: number;
    restarts: number;
    reductions: number;
    learnt: number;
    learntLits: number;
    minimizedLits: number;
    deleted: number;
    fixed: number;
    eliminated: number;
    subsumed: number;
    vivified: number;
    vivifiedLits: number;
    strengthened: number;
    modeSwitches: number;
    rephased: number;
    /** Theory lemmas added by the final check. */
    lemmas: number;
    /** Literals assigned by theory propagation. */
    theoryPropagations: number;
}
export declare class State {
    readonly opts: CdclOptions;
    proof: ProofTracer | undefined;
    theory: TheoryCheck | undefined;
    theoryHead: number;
    numVars: number;
    capacity: number;
    vals: Int8Array;
    level: Int32Array;
    reason: Int32Array;
    phase: Uint8Array;
    target: Uint8Array;
    trail: Int32Array;
    trailSize: number;
    qhead: number;
    trailLim: Int32Array;
    decisionLevel: number;
    arena: Int32Array;
    activityView: Float32Array;
    arenaSize: number;
    numOriginal: number;
    numLearnt: number;
    claInc: number;
    watches: WatchLists;
    bins: WatchLists;
    activity: Float64Array;
    varInc: number;
    heap: VarHeap;
    varDecay: number;
    targetSize: number;
    best: Uint8Array;
    bestSize: number;
    rephaseLimit: number;
    rephaseCount: number;
    random: number;
    seen: Uint8Array;
    learnt: Int32Array;
    learntSize: number;
    learntLbd: number;
    stack: Int32Array;
    toClear: Int32Array;
    toClearSize: number;
    levelStamp: Int32Array;
    stamp: number;
    assumptions: Int32Array;
    finalConflict: Int32Array;
    finalConflictSize: number;
    lbdFast: number;
    lbdFastExp: number;
    lbdSlow: number;
    lbdSlowExp: number;
    trailAvg: number;
    trailAvgExp: number;
    conflictsAtRestart: number;
    lubyIndex: number;
    lubyLimit: number;
    stable: boolean;
    modeLimit: number;
    nextReduce: number;
    reduceInterval: number;
    fixedAtSimplify: number;
    inputUnits: number[];
    elimLateAt: number;
    ticksAtVivify: number;
    eliminated: Uint8Array;
    elimStack: Int32Array;
    elimSize: number;
    elimDone: boolean;
    ok: boolean;
    stats: CdclStats;
    constructor(opts: CdclOptions);
    /** The next number of the seeded xorshift32 sequence, in [0, 1). Pre: opts.seed > 0. */
    nextRandom(): number;
    /**
     * Declares variables up to `n` (new ones unassigned, in the heap, phase from the options,
     * activity 0 or, with a seed, random below the first bump).
     * Pre: decision level 0 (called between solves).
     */
    reserve(n: number): void;
    /**
     * Makes room for `n` decision levels. Levels can outnumber variables only through
     * assumptions that are already true (each still opens a level), so `solve` calls this with
     * numVars + number of assumptions.
     */
    reserveLevels(n: number): void;
    /** Makes `lit` true at the current level with `reason`. Pre: `lit` is unassigned. */
    assign(lit: number, reason: number): void;
    /**
     * Takes back every level-0 assignment but those of the unit clauses given: the units the
     * search learnt, and what they propagated. Sound only while no clause was simplified by them
     * (`fixedAtSimplify` still −1): the clauses are then the given ones. Pre: decision level 0.
     */
    forgetLearntUnits(): void;
    /** Records that the clauses are unsatisfiable, logging the empty clause to the proof. */
    refuted(): void;
    newDecisionLevel(): void;
    /**
     * Backtracks to `level`, unassigning everything above it, saving phases and returning the
     * variables to the heap. Post: decisionLevel = min(decisionLevel, level), qhead = trailSize.
     */
    cancelUntil(level: number): void;
}
