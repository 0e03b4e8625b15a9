/**
 * Restarts and search modes. The search alternates, as in CaDiCaL and Kissat (Biere et al.,
 * "CaDiCaL, Kissat, Paracooba, Plingeling and Treengeling entering the SAT Competition 2020"),
 * between a *focused* mode — frequent restarts (the `restart` policy, glucose EMA by default)
 * and fast VSIDS decay, good at refuting — and a *stable* mode — rare restarts (Luby with a
 * large unit: reluctant doubling), slower decay (`stableVarDecay`) and target phases, good at
 * finding models (Oh, "Between SAT and UNSAT: the fundamental difference in CDCL SAT", SAT
 * 2015). The first focused phase lasts `modeInit` conflicts, the stable phase after it as
 * long, and each later focused/stable pair `modeGrowth` times longer than the one before.
 *
 * Restart policies:
 *  - Luby: restart after `lubyUnit * luby(i)` conflicts, the universal sequence of Luby,
 *    Sinclair and Zuckerman ("Optimal speedup of Las Vegas algorithms", IPL 1993) as used by
 *    MiniSat 2.2 (Huang, "The effect of restarts on the efficiency of clause learning", IJCAI 2007).
 *  - Glucose-style: restart when the recent learnt clauses are worse than usual, i.e. when a fast
 *    moving average of their LBD exceeds a slow one by a margin (Audemard and Simon,
 *    "Refining restarts strategies for SAT and UNSAT", CP 2012), with exponential moving
 *    averages and bias correction as in CaDiCaL (Biere and Fröhlich, "Evaluating CDCL restart
 *    schemes", POS 2015). Restarts are blocked, as in the same CP 2012 paper, while the trail is
 *    much longer than its average at conflicts — the search may be close to a model.
 *
 * A restart keeps the decision levels that the decisions after it would rebuild anyway (van
 * der Tak, Ramos and Heule, "Reusing the assignment trail in CDCL solvers", JSAT 2011): those
 * whose decision variables are all more active than the variable VSIDS would decide next.
 * Off by default (`reuseTrail`): on the BohanLi job shops it took four to five times the
 * conflicts (the kept prefix defeats what restarts with target phases are for), and on lazy
 * difference logic, where the rebuilt prefix is costly, it saved 8% of the matrix work per
 * conflict but no conflicts.
 */
import { State } from './state.js';
/** Whether the search should switch between focused and stable mode now. */
export declare function modeSwitchDue(s: State): boolean;
/**
 * Switches between focused and stable mode and schedules the next switch.
 * Pre: decision level 0 (the caller restarts first).
 * Post: the decay, the restart schedule and the target trail belong to the new mode.
 */
export declare function switchMode(s: State): void;
/** The Luby sequence 1 1 2 1 1 2 4 1 1 2 ... at index `i` (0-based), as in MiniSat. */
export declare function luby(i: number): number;
/**
 * Feeds the LBD of a new learnt clause and the trail size at the conflict to the moving
 * averages. A trail much longer than usual suggests the search is close to a model, so (as in
 * Glucose 2.1) the next restart is postponed by `restartMin` + 50 conflicts.
 * `trailSize` is the size of the trail at the conflict, before backjumping.
 */
export declare function updateRestartAverages(s: State, lbd: number, trailSize: number): void;
/** Whether the search should restart now (called between conflicts, before deciding). */
export declare function restartDue(s: State): boolean;
/** Records a restart and schedules the next Luby one (with the unit of the current mode). */
export declare function restarted(s: State): void;
/** Conflicts per Luby unit in the current mode. */
export declare function lubyUnit(s: State): number;
/**
 * The decision level a restart backtracks to (`reuseTrail`, see the file header): 0, or the
 * number of leading levels whose decision variables are more active than the unassigned
 * variable of highest activity. Drops assigned variables from the top of the heap on the way
 * (backtracking inserts them again).
 * @example s.cancelUntil(restartLevel(s)); // a restart
 */
export declare function restartLevel(s: State): number;
