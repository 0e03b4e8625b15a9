/**
 * The CDCL search loop (conflict-driven clause learning: Marques-Silva and Sakallah, GRASP,
 * 1999; Moskewicz et al., Chaff, 2001), shaped like MiniSat's `Solver::search`: propagate; on a
 * conflict analyse, backjump and learn; otherwise switch mode, restart or reduce when due
 * (recording the conflict-free trail as target phases before backtracking), then decide —
 * the assumptions first, each on its own decision level (Eén and Sörensson, "Temporal induction
 * by incremental SAT solving", BMC 2003), then the VSIDS choice.
 */
import { analyze, analyzeFinal } from './analyze.js';
import { ACTIVITY, allocClause, attachClause, REASON } from './clauses.js';
import { decayVars, pickBranchLit, rephase, rephaseDue, updateTarget } from './decide.js';
import { reduceDue, reduceLearnts } from './reduce.js';
import { luby, lubyUnit, modeSwitchDue, restartDue, restarted, restartLevel, switchMode, updateRestartAverages } from './restart.js';
import { ContractError } from '../../errors.js';
import { NO_REF, toDimacs, toLit } from './state.js';
import { propagate } from './propagate.js';
/**
 * Searches for a model of the clauses extending `s.assumptions`.
 * Pre: decision level 0, `s.ok`, `finalConflict` has room for every assumption plus one.
 * Post: 'sat' leaves the full model on the trail; 'unsat' with `s.ok` still true means the
 * assumptions failed (`finalConflict` holds them), with `s.ok` false that the clauses are
 * unsatisfiable; 'unknown' means a limit was hit, at decision level 0.
 */
export function search(s, limits) {
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
    let theoryConfl = NO_REF;
    // Theory checks can cost milliseconds each (complete difference-logic propagation): the
    // limits are polled every THEORY_POLL of them too, so a time limit is kept within a few
    // tens of milliseconds.
    let theoryCalls = 0;
    for (;;) {
        const confl = theoryConfl !== NO_REF ? theoryConfl : propagate(s);
        theoryConfl = NO_REF;
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
            if (stats.conflicts >= maxConflicts || stats.propagations >= maxPropagations)
                return stop(s);
            if (stats.conflicts >= nextConflictCheck) {
                nextConflictCheck = stats.conflicts + interval;
                if (shouldStop?.())
                    return stop(s);
            }
            continue;
        }
        if (modeSwitchDue(s)) {
            updateTarget(s, s.trailSize);
            s.cancelUntil(0);
            switchMode(s);
        }
        else if (restartDue(s)) {
            updateTarget(s, s.trailSize);
            // Rephasing needs level 0; otherwise the levels the next decisions would rebuild stay.
            const rephasing = rephaseDue(s);
            s.cancelUntil(rephasing ? 0 : restartLevel(s));
            restarted(s);
            if (rephasing)
                rephase(s);
        }
        if (reduceDue(s)) {
            updateTarget(s, s.trailSize);
            s.cancelUntil(0);
            reduceLearnts(s);
            if (!s.ok)
                return 'unsat'; // vivification derived the empty clause
        }
        const theory = s.theory;
        if (theory?.partial && s.theoryHead < s.trailSize) {
            if (++theoryCalls % THEORY_POLL === 0 && shouldStop?.())
                return stop(s);
            const lemma = theory.partial(s.trail, s.theoryHead, s.trailSize);
            if (lemma === undefined) {
                s.theoryHead = s.trailSize;
                const reasons = theory.implied?.();
                if (reasons && reasons.length > 0) {
                    const r = theoryPropagate(s, reasons);
                    if (!s.ok)
                        return 'unsat';
                    if (r !== NO_REF) {
                        if (r !== RESUME)
                            theoryConfl = r;
                        continue;
                    }
                    if (s.theoryHead < s.trailSize)
                        continue; // propagate what the theory implied
                }
            }
            else {
                const r = theoryConflict(s, [lemma]);
                if (!s.ok)
                    return 'unsat';
                if (r !== RESUME)
                    theoryConfl = r;
                continue;
            }
        }
        let next = -1;
        while (s.decisionLevel < assumptions.length) {
            const a = assumptions[s.decisionLevel];
            const val = s.vals[a];
            if (val === 1) {
                s.newDecisionLevel(); // already true: an empty level keeps levels and assumptions aligned
            }
            else if (val === -1) {
                analyzeFinal(s, a);
                return 'unsat';
            }
            else {
                next = a;
                break;
            }
        }
        if (next === -1) {
            next = pickBranchLit(s);
            if (next === -1) {
                if (!s.theory)
                    return 'sat';
                const r = theoryConflict(s, s.theory.final((v) => s.vals[2 * v] === 1));
                if (r === NO_REF)
                    return 'sat';
                if (!s.ok)
                    return 'unsat';
                if (r !== RESUME)
                    theoryConfl = r;
                continue;
            }
            stats.decisions++;
            if (stats.decisions >= nextDecisionCheck) {
                nextDecisionCheck = stats.decisions + 16 * interval;
                if (shouldStop?.())
                    return stop(s);
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
function learn(s) {
    const n = s.learntSize;
    const learnt = s.learnt;
    s.stats.learnt++;
    if (s.proof) {
        const lits = new Int32Array(n);
        for (let i = 0; i < n; i++)
            lits[i] = toDimacs(learnt[i]);
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
/** Scratch space for a theory reason on its way into the arena (allocClause copies it). */
let reasonScratch = new Int32Array(64);
/** Theory checks between calls of `shouldStop`. */
const THEORY_POLL = 64;
/** `theoryConflict`: the lemma changed the trail without a conflict to analyse; search on. */
const RESUME = -2;
/**
 * A theory check's answer: no lemma (consistent) is NO_REF. Otherwise adds
 * the lemma whose highest decision level is lowest (an irredundant clause, all of it false),
 * backjumps to that level and answers it as the conflict, so that it is analysed like any other.
 * Lemmas false at level 0 refute the clauses (`s.ok` false). The other lemmas are dropped: the
 * theory finds them again if an assignment still needs them.
 */
function theoryConflict(s, lemmas) {
    if (lemmas.length === 0)
        return NO_REF;
    let best;
    let bestLevel = Infinity;
    for (const lemma of lemmas) {
        const lits = Int32Array.from(lemma, toLit);
        let level = 0;
        for (const lit of lits) {
            if (s.vals[lit] !== -1)
                throw new ContractError(`theory lemma ${Array.from(lemma).join(' ')} is not false under the assignment`);
            level = Math.max(level, s.level[lit >> 1]);
        }
        if (level < bestLevel) {
            best = lits;
            bestLevel = level;
        }
    }
    const lits = best;
    s.stats.lemmas++;
    if (bestLevel === 0) {
        s.refuted();
        return RESUME;
    }
    // Watch the two literals of highest level (the first is at bestLevel).
    for (let w = 0; w < Math.min(2, lits.length); w++) {
        let top = w;
        for (let i = w + 1; i < lits.length; i++)
            if (s.level[lits[i] >> 1] > s.level[lits[top] >> 1])
                top = i;
        const t = lits[w];
        lits[w] = lits[top];
        lits[top] = t;
    }
    if (lits.length === 1) {
        // A unit lemma: it holds at level 0.
        s.cancelUntil(0);
        s.assign(lits[0], NO_REF);
        return RESUME;
    }
    s.cancelUntil(bestLevel);
    const c = allocClause(s, lits, lits.length, false, lits.length);
    attachClause(s, c);
    return c;
}
/**
 * Theory propagation: assigns the first literal of each reason clause (the others are false on
 * the trail) with the clause, kept unwatched in the arena (REASON, clauses.ts), as its reason. A reason whose first
 * literal is already false is a conflict (handled as `theoryConflict`, whose answer this is);
 * otherwise answers NO_REF.
 */
function theoryPropagate(s, reasons) {
    for (const reason of reasons) {
        const first = toLit(reason[0]);
        const val = s.vals[first];
        if (val === 1)
            continue;
        if (val === -1)
            return theoryConflict(s, [reason]);
        s.stats.theoryPropagations++;
        if (reason.length === 1) {
            // Implied by the theory alone: holds at level 0 (no search state depends on it yet).
            s.cancelUntil(0);
            s.assign(first, NO_REF);
            return RESUME;
        }
        if (reasonScratch.length < reason.length)
            reasonScratch = new Int32Array(2 * reason.length);
        const lits = reasonScratch;
        for (let i = 0; i < reason.length; i++)
            lits[i] = toLit(reason[i]);
        const c = allocClause(s, lits, reason.length, true, reason.length);
        s.arena[c + 1] |= REASON;
        s.numLearnt--;
        s.assign(lits[0], c);
    }
    return NO_REF;
}
function stop(s) {
    s.cancelUntil(0);
    return 'unknown';
}
//# sourceMappingURL=search.js.map