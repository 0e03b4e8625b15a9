export interface CdclOptions {
    /** VSIDS decay factor (EVSIDS: the bump grows by 1/decay after every conflict). */
    varDecay: number;
    /** Decay factor of learnt-clause activity. */
    clauseDecay: number;
    /** Initial phase of every variable: 0 = false, 1 = true. */
    phase: number;
    /** Restart policy of focused mode: 0 = none, 1 = Luby, 2 = glucose-style EMA of LBD. */
    restart: number;
    /** Search modes: 0 = focused only, 1 = stable only, 2 = alternate focused and stable. */
    stable: number;
    /** Conflicts of the first focused phase; each focused/stable pair lasts `modeGrowth` times longer. */
    modeInit: number;
    /** Growth factor of the mode phase length after each focused/stable pair. */
    modeGrowth: number;
    /** VSIDS decay in stable mode (focused mode uses `varDecay`). */
    stableVarDecay: number;
    /** Conflicts per Luby unit of the stable-mode restarts (reluctant doubling). */
    stableLubyUnit: number;
    /** Target phases: 0 = off, 1 = in stable mode, 2 = in both modes. */
    target: number;
    /** Rephasing: conflicts before the first one; the n-th interval is n + 1 times this (0 = off). */
    rephase: number;
    /** Conflicts per Luby unit. */
    lubyUnit: number;
    /** EMA restarts: restart when the fast LBD average exceeds the slow one by this factor. */
    restartMargin: number;
    /** EMA restarts: minimum number of conflicts between two restarts. */
    restartMin: number;
    /** Trail reuse at restarts: 1 = keep the levels the next decisions would rebuild, 0 = restart to level 0 (the default). */
    reuseTrail: number;
    /** Glucose restart blocking: postpone restarts when the trail exceeds its average by this factor (0 = off). */
    restartBlock: number;
    /** Smoothing factor of the fast LBD average (about 1/window). */
    emaFast: number;
    /** Smoothing factor of the slow LBD average. */
    emaSlow: number;
    /** Learnt clauses with LBD at most this are kept forever ("core", glue clauses). */
    coreLbd: number;
    /** Learnt clauses with LBD at most this survive a reduction if used since the last one. */
    tier2Lbd: number;
    /** Conflicts before the first learnt-clause reduction. */
    reduceFirst: number;
    /** Growth of the reduction interval (in conflicts) after each reduction. */
    reduceInc: number;
    /** Vivification of learnt clauses at reductions: ticks spent per tick of search (0 = off). */
    vivify: number;
    /** Clause minimisation: 0 = none, 1 = recursive (MiniSat `ccmin-mode=2`). */
    minimize: number;
    /** Bounded variable elimination before the first search: 0 = off, 1 = on. */
    elim: number;
    /**
     * Preprocessing (`elim`, `subsume`) only when the first solve has at least this many clauses:
     * on small CNFs the search is usually short, and the preprocessor's code, run once in a fresh
     * process before the JIT has warmed up, costs more than it saves (measured on QF_BV regression
     * CNFs). A smaller CNF that `elimLateConflicts` conflicts do not decide is preprocessed then.
     */
    elimMinClauses: number;
    /**
     * A CNF below `elimMinClauses` that the first search does not decide within this many
     * conflicts: its learnt clauses are dropped, it is preprocessed, and the search goes on
     * (0 = never). Small CNFs can be hard for search alone where elimination resolves them away.
     */
    elimLateConflicts: number;
    /** Subsumption and self-subsuming resolution before the first search (with `elim`): 0 = off, 1 = on. */
    subsume: number;
    /** Subsumption: literal visits per preprocessing round before the rest is skipped. */
    subsumeLimit: number;
    /** Elimination: no resolvent may be longer than this. */
    elimClauseLimit: number;
    /** Elimination: variables with more occurrences than this are kept. */
    elimOccLimit: number;
    /** Call `shouldStop` every this many conflicts (and every 16 times as many decisions). */
    checkInterval: number;
    /** 0: deterministic default order; otherwise the seed of random initial activities (a different search per seed). */
    seed: number;
}
/**
 * The default options overridden by `overrides`, validated against the table's `cdcl` rows.
 * @example const opts = makeOptions({ restart: 1 }); // Luby restarts
 * @throws ContractError for an unknown option or a value out of range.
 */
export declare function makeOptions(overrides?: Partial<CdclOptions>): CdclOptions;
