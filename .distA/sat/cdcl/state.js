import { VarHeap } from './heap.js';
import { WatchLists } from './watches.js';
/** "No clause": the reason of decisions and level-0 assignments, the result of a quiet propagation. */
export const NO_REF = -1;
/** `target[v]` of a variable that was never part of a target trail: the saved phase is used. */
export const NO_TARGET = 2;
/** Internal literal of a DIMACS literal (non-zero). */
export function toLit(dimacs) {
    return dimacs > 0 ? 2 * dimacs : -2 * dimacs + 1;
}
/** DIMACS literal of an internal literal. */
export function toDimacs(lit) {
    return lit & 1 ? -(lit >> 1) : lit >> 1;
}
export class State {
    // ---- configuration ----------------------------------------------------------------------------
    opts;
    proof = undefined; // receives learnt and deleted clauses
    theory = undefined; // final check of full models (lazy SMT)
    theoryHead = 0; //               trail positions the theory's partial check has seen
    // ---- variables and assignment -----------------------------------------------------------------
    numVars = 0; //                 variables are 1..numVars
    capacity = 0; //                per-variable arrays have room for variables 0..capacity
    vals; //             per literal: 1 true, -1 false, 0 unassigned
    level; //           per variable: decision level of its assignment
    reason; //          per variable: reason clause, or NO_REF (decision or level 0)
    phase; //           per variable: saved phase, the sign bit of its last literal
    target; //          per variable: target phase, its sign in the largest conflict-free trail, or NO_TARGET
    // ---- trail ------------------------------------------------------------------------------------
    trail; //           assigned literals in chronological order
    trailSize = 0;
    qhead = 0; //                   trail[qhead..] still have to be propagated
    trailLim; //        trailLim[d] = trail size when level d+1 began
    decisionLevel = 0;
    // ---- clause arena (see clauses.ts for the clause layout) --------------------------------------
    arena; //           all clauses, header then literals
    activityView; //  the same buffer seen as floats: clause activity in the header
    arenaSize = 0; //               used words
    numOriginal = 0; //             irredundant clauses in the arena
    numLearnt = 0; //               redundant (learnt) clauses in the arena
    claInc = 1; //                  learnt-clause activity bump
    // ---- watches: one list per watched literal, visited when it becomes false ---------------------
    watches = new WatchLists(); //  long clauses: pairs (blocker literal, clause)
    bins = new WatchLists(); //     binary clauses: pairs (other literal, clause)
    // ---- decisions: EVSIDS and phase saving -------------------------------------------------------
    activity; //      per variable
    varInc = 1; //                  current bump, grows by 1/varDecay per conflict
    heap; //               unassigned (and some assigned) variables by activity
    varDecay; //            decay of the current mode (opts.varDecay or opts.stableVarDecay)
    targetSize = 0; //              size of the conflict-free trail the target phases come from
    best; //            per variable: its sign in the largest conflict-free trail since the last rephase, or NO_TARGET
    bestSize = 0; //                size of that trail
    rephaseLimit; //        conflict count of the next rephase (decide.ts)
    rephaseCount = 0;
    random; //              xorshift32 state seeded by opts.seed (0: no randomisation)
    // ---- conflict analysis scratch space (sized by capacity, never re-allocated in search) --------
    seen; //            per variable: marked during analysis
    learnt; //          the clause being learnt, asserting literal first
    learntSize = 0;
    learntLbd = 0;
    stack; //           DFS stack of recursive minimisation
    toClear; //         variables whose `seen` mark must be reset
    toClearSize = 0;
    levelStamp; //      per level: last stamp, to count distinct levels (LBD)
    stamp = 0;
    // ---- assumptions (MiniSat style: the first decision levels) -----------------------------------
    assumptions = new Int32Array(0); // internal literals
    finalConflict = new Int32Array(0); // failed assumptions (internal literals)
    finalConflictSize = 0;
    // ---- restarts (restart.ts) --------------------------------------------------------------------
    lbdFast = 0; //                 biased fast EMA of learnt LBDs
    lbdFastExp = 1; //              (1 - alpha)^n, for bias correction
    lbdSlow = 0;
    lbdSlowExp = 1;
    trailAvg = 0; //                biased slow EMA of the trail size at conflicts
    trailAvgExp = 1;
    conflictsAtRestart = 0; //      conflicts at the last restart, pushed ahead to block one
    lubyIndex = 0; //               index into the Luby sequence
    lubyLimit = 0; //               conflict count of the next Luby restart
    stable; //             stable mode (Luby restarts, slow decay, target phases) or focused
    modeLimit; //           conflict count of the next mode switch (Infinity: never)
    // ---- reduction (reduce.ts) --------------------------------------------------------------------
    nextReduce = 0; //              conflict count of the next learnt-clause reduction
    reduceInterval = 0;
    fixedAtSimplify = -1; //        level-0 trail size at the last level-0 simplification
    inputUnits = []; //   the unit clauses given (their literals), for a late elimination
    elimLateAt = -1; //             conflicts at which a late elimination is due (−1: none)
    ticksAtVivify = 0; //           propagation ticks at the last vivification (vivify.ts)
    // ---- variable elimination (elim.ts) -----------------------------------------------------------
    eliminated; //      per variable: 1 if eliminated (never decided, valued by extendModel)
    elimStack = new Int32Array(0); // removed clauses: eliminated literal, others, size
    elimSize = 0;
    elimDone = false; //            elimination runs once, before the first search
    // ---- status and statistics --------------------------------------------------------------------
    ok = true; //                   false once the empty clause has been derived
    stats = {
        conflicts: 0,
        decisions: 0,
        propagations: 0,
        ticks: 0,
        restarts: 0,
        reductions: 0,
        learnt: 0,
        learntLits: 0,
        minimizedLits: 0,
        deleted: 0,
        fixed: 0,
        eliminated: 0,
        subsumed: 0,
        vivified: 0,
        vivifiedLits: 0,
        strengthened: 0,
        modeSwitches: 0,
        rephased: 0,
        lemmas: 0,
        theoryPropagations: 0,
    };
    constructor(opts) {
        this.opts = opts;
        this.vals = new Int8Array(2);
        this.level = new Int32Array(1);
        this.reason = new Int32Array(1);
        this.phase = new Uint8Array(1);
        this.target = new Uint8Array(1);
        this.best = new Uint8Array(1);
        this.eliminated = new Uint8Array(1);
        this.trail = new Int32Array(1);
        this.trailLim = new Int32Array(1);
        this.arena = new Int32Array(1024);
        this.activityView = new Float32Array(this.arena.buffer);
        this.activity = new Float64Array(1);
        this.heap = new VarHeap(0, this.activity);
        this.seen = new Uint8Array(1);
        this.learnt = new Int32Array(1);
        this.stack = new Int32Array(1);
        this.toClear = new Int32Array(1);
        this.levelStamp = new Int32Array(2);
        this.reduceInterval = opts.reduceFirst;
        this.nextReduce = opts.reduceFirst;
        this.stable = opts.stable === 1;
        this.varDecay = this.stable ? opts.stableVarDecay : opts.varDecay;
        this.modeLimit = opts.stable === 2 ? opts.modeInit : Infinity;
        this.rephaseLimit = opts.rephase === 0 ? Infinity : opts.rephase;
        this.random = opts.seed === 0 ? 0 : (Math.imul(opts.seed, 0x9e3779b1) ^ 0x5bd1e995) >>> 0 || 1;
    }
    /** The next number of the seeded xorshift32 sequence, in [0, 1). Pre: opts.seed > 0. */
    nextRandom() {
        let x = this.random;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.random = x >>> 0;
        return this.random / 4294967296;
    }
    /**
     * Declares variables up to `n` (new ones unassigned, in the heap, phase from the options,
     * activity 0 or, with a seed, random below the first bump).
     * Pre: decision level 0 (called between solves).
     */
    reserve(n) {
        if (n <= this.numVars)
            return;
        if (n > this.capacity) {
            let cap = Math.max(16, this.capacity);
            while (cap < n)
                cap *= 2;
            this.vals = grow(this.vals, 2 * cap + 2);
            this.level = grow(this.level, cap + 1);
            this.reason = grow(this.reason, cap + 1);
            this.phase = grow(this.phase, cap + 1);
            this.target = grow(this.target, cap + 1);
            this.best = grow(this.best, cap + 1);
            this.eliminated = grow(this.eliminated, cap + 1);
            this.trail = grow(this.trail, cap + 1);
            this.trailLim = grow(this.trailLim, cap + 1);
            this.watches.reserve(2 * cap + 2);
            this.bins.reserve(2 * cap + 2);
            this.activity = grow(this.activity, cap + 1);
            this.heap.grow(cap, this.activity);
            this.seen = grow(this.seen, cap + 1);
            this.learnt = grow(this.learnt, cap + 1);
            this.stack = grow(this.stack, cap + 1);
            this.toClear = grow(this.toClear, cap + 1);
            this.levelStamp = grow(this.levelStamp, cap + 2);
            this.capacity = cap;
        }
        const seeded = this.opts.seed !== 0;
        for (let v = this.numVars + 1; v <= n; v++) {
            // With a seed, a small random initial activity (below the first bump) orders the
            // variables no conflict has touched yet: a different search per seed.
            if (seeded)
                this.activity[v] = 1e-3 * this.nextRandom();
            this.reason[v] = NO_REF;
            this.phase[v] = this.opts.phase ? 0 : 1;
            this.target[v] = NO_TARGET;
            this.best[v] = NO_TARGET;
            this.heap.insert(v);
        }
        this.numVars = n;
    }
    /**
     * Makes room for `n` decision levels. Levels can outnumber variables only through
     * assumptions that are already true (each still opens a level), so `solve` calls this with
     * numVars + number of assumptions.
     */
    reserveLevels(n) {
        if (n + 1 > this.trailLim.length)
            this.trailLim = grow(this.trailLim, n + 1);
        if (n + 2 > this.levelStamp.length)
            this.levelStamp = grow(this.levelStamp, n + 2);
    }
    /** Makes `lit` true at the current level with `reason`. Pre: `lit` is unassigned. */
    assign(lit, reason) {
        const v = lit >> 1;
        this.vals[lit] = 1;
        this.vals[lit ^ 1] = -1;
        this.level[v] = this.decisionLevel;
        this.reason[v] = this.decisionLevel === 0 ? NO_REF : reason;
        this.trail[this.trailSize++] = lit;
    }
    /**
     * Takes back every level-0 assignment but those of the unit clauses given: the units the
     * search learnt, and what they propagated. Sound only while no clause was simplified by them
     * (`fixedAtSimplify` still −1): the clauses are then the given ones. Pre: decision level 0.
     */
    forgetLearntUnits() {
        const { trail, vals, heap } = this;
        for (let i = this.trailSize - 1; i >= 0; i--) {
            const lit = trail[i];
            vals[lit] = 0;
            vals[lit ^ 1] = 0;
            heap.insert(lit >> 1);
        }
        this.trailSize = 0;
        this.qhead = 0;
        this.theoryHead = 0;
        for (const lit of this.inputUnits)
            if (vals[lit] === 0)
                this.assign(lit, NO_REF);
    }
    /** Records that the clauses are unsatisfiable, logging the empty clause to the proof. */
    refuted() {
        this.ok = false;
        this.proof?.add(new Int32Array(0));
    }
    newDecisionLevel() {
        this.trailLim[this.decisionLevel++] = this.trailSize;
    }
    /**
     * Backtracks to `level`, unassigning everything above it, saving phases and returning the
     * variables to the heap. Post: decisionLevel = min(decisionLevel, level), qhead = trailSize.
     */
    cancelUntil(level) {
        if (this.decisionLevel <= level)
            return;
        const trail = this.trail;
        const vals = this.vals;
        const phase = this.phase;
        const heap = this.heap;
        const start = this.trailLim[level];
        for (let i = this.trailSize - 1; i >= start; i--) {
            const lit = trail[i];
            const v = lit >> 1;
            vals[lit] = 0;
            vals[lit ^ 1] = 0;
            phase[v] = lit & 1;
            heap.insert(v);
        }
        this.trailSize = start;
        this.qhead = start;
        if (this.theoryHead > start)
            this.theoryHead = start;
        this.decisionLevel = level;
    }
}
/** A copy of `a` with length max(n, a.length), zero-filled beyond `a`. */
function grow(a, n) {
    if (n <= a.length)
        return a;
    const b = new a.constructor(n);
    b.set(a);
    return b;
}
//# sourceMappingURL=state.js.map