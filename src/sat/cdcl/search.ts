/**
 * The CDCL search loop (conflict-driven clause learning: Marques-Silva and Sakallah, GRASP,
 * 1999; Moskewicz et al., Chaff, 2001), shaped like MiniSat's `Solver::search`: propagate; on a
 * conflict analyse, backjump and learn; otherwise switch mode, restart or reduce when due
 * (recording the conflict-free trail as target phases before backtracking), then decide —
 * the assumptions first, each on its own decision level (Eén and Sörensson, "Temporal induction
 * by incremental SAT solving", BMC 2003), then the VSIDS choice.
 */
import { analyze, analyzeFinal } from './analyze.js';
import { ACTIVITY, allocClause, attachClause } from './clauses.js';
import { decayVars, pickBranchLit, rephase, rephaseDue, updateTarget } from './decide.js';
import { reduceDue, reduceLearnts } from './reduce.js';
import { luby, lubyUnit, modeSwitchDue, restartDue, restarted, switchMode, updateRestartAverages } from './restart.js';
import { NO_REF, State, toDimacs } from './state.js';
import { propagate } from './propagate.js';

export type SearchResult = 'sat' | 'unsat' | 'unknown';

/** Budgets of one `solve` call; all optional. */
export interface SearchLimits {
  /** Polled every `checkInterval` conflicts (and 16 times as many decisions); true stops. */
  shouldStop?: () => boolean;
  /** Maximum number of conflicts in this call. */
  conflictLimit?: number;
  /** Maximum number of propagated literals in this call (checked at conflicts). */
  propagationLimit?: number;
}

/**
 * Searches for a model of the clauses extending `s.assumptions`.
 * Pre: decision level 0, `s.ok`, `finalConflict` has room for every assumption plus one.
 * Post: 'sat' leaves the full model on the trail; 'unsat' with `s.ok` still true means the
 * assumptions failed (`finalConflict` holds them), with `s.ok` false that the clauses are
 * unsatisfiable; 'unknown' means a limit was hit, at decision level 0.
 */
export function search(s: State, limits: SearchLimits): SearchResult {
  const stats = s.stats;
  const assumptions = s.assumptions;
  const shouldStop = limits.shouldStop;
  const interval = s.opts.checkInterval;
  const maxConflicts = stats.conflicts + (limits.conflictLimit ?? Infinity);
  const maxPropagations = stats.propagations + (limits.propagationLimit ?? Infinity);
  let nextConflictCheck = stats.conflicts + interval;
  let nextDecisionCheck = stats.decisions + 16 * interval;
  s.lubyIndex = 0;
  s.lubyLimit = stats.conflicts + lubyUnit(s) * luby(s.lubyIndex++);
  s.conflictsAtRestart = stats.conflicts;

  for (;;) {
    const confl = propagate(s);
    if (confl !== NO_REF) {
      stats.conflicts++;
      if (s.decisionLevel === 0) {
        s.refuted();
        return 'unsat';
      }
      const trailAtConflict = s.trailSize;
      updateTarget(s, s.trailLim[s.decisionLevel - 1]);
      const bt = analyze(s, confl);
      s.cancelUntil(bt);
      learn(s);
      decayVars(s);
      s.claInc /= s.opts.clauseDecay;
      updateRestartAverages(s, s.learntLbd, trailAtConflict);
      if (stats.conflicts >= maxConflicts || stats.propagations >= maxPropagations) return stop(s);
      if (stats.conflicts >= nextConflictCheck) {
        nextConflictCheck = stats.conflicts + interval;
        if (shouldStop?.()) return stop(s);
      }
      continue;
    }

    if (modeSwitchDue(s)) {
      updateTarget(s, s.trailSize);
      s.cancelUntil(0);
      switchMode(s);
    } else if (restartDue(s)) {
      updateTarget(s, s.trailSize);
      s.cancelUntil(0);
      restarted(s);
      if (rephaseDue(s)) rephase(s);
    }
    if (reduceDue(s)) {
      updateTarget(s, s.trailSize);
      s.cancelUntil(0);
      reduceLearnts(s);
      if (!s.ok) return 'unsat'; // vivification derived the empty clause
    }

    let next = -1;
    while (s.decisionLevel < assumptions.length) {
      const a = assumptions[s.decisionLevel];
      const val = s.vals[a];
      if (val === 1) {
        s.newDecisionLevel(); // already true: an empty level keeps levels and assumptions aligned
      } else if (val === -1) {
        analyzeFinal(s, a);
        return 'unsat';
      } else {
        next = a;
        break;
      }
    }
    if (next === -1) {
      next = pickBranchLit(s);
      if (next === -1) return 'sat';
      stats.decisions++;
      if (stats.decisions >= nextDecisionCheck) {
        nextDecisionCheck = stats.decisions + 16 * interval;
        if (shouldStop?.()) return stop(s);
      }
    }
    s.newDecisionLevel();
    s.assign(next, NO_REF);
  }
}

/**
 * Adds the clause of the last analysis and asserts its first literal.
 * Pre: backjumped to the level of `learnt[1]` (or 0 for a unit).
 */
function learn(s: State): void {
  const n = s.learntSize;
  const learnt = s.learnt;
  s.stats.learnt++;
  if (s.proof) {
    const lits = new Int32Array(n);
    for (let i = 0; i < n; i++) lits[i] = toDimacs(learnt[i]);
    s.proof.add(lits);
  }
  if (n === 1) {
    s.assign(learnt[0], NO_REF);
    return;
  }
  const c = allocClause(s, learnt, n, true, s.learntLbd);
  s.activityView[c + ACTIVITY] = s.claInc;
  attachClause(s, c);
  s.assign(learnt[0], c);
}

function stop(s: State): SearchResult {
  s.cancelUntil(0);
  return 'unknown';
}
