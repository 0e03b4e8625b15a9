/**
 * The one assertion stack: a solver over terms, under both the typed `Solver` of the library
 * (solver.ts) and the SMT-LIB script executor (script/executor.ts).
 *
 * A `TermSolver` owns a hash-consed term store and the assertions in frames that `push`/`pop`
 * open and close (SMT-LIB 2.6 §4.1.4). A check decides the assertions of every open frame
 * together with assumptions that hold for that check only, through the engine (`check` in
 * engine/check.ts: encode → SAT → model check), within a deadline and an AbortSignal. The
 * answer — status, model of a `sat`, reason of an `unknown` — is kept until the assertions
 * change; the statistics of every check are kept for good, and number the checks (the index a
 * certificate or a CNF dump is named by).
 *
 * States (as CaDiCaL's API): *input* (`assert`, `push`, `pop`, `reset...` change the stack),
 * *checking* (while the promise of `check` is pending: `checking` is true and callers must not
 * change the stack), then *answered* until the next change. See docs/ARCHITECTURE.md.
 */
import { check, refuteOnce } from '../engine/check.js';
import { IncrementalChecker } from '../engine/incremental.js';
import { optimize } from '../engine/optimize.js';
import { ContractError, EagerSmtError, SortError, UnsupportedError } from '../errors.js';
import { TermStore } from '../terms/term.js';
import { ResourceRefuter } from '../resource/reason.js';
import { sinkFor } from '../engine/sink.js';
import { printTerm } from '../smtlib/print-term.js';
export class TermSolver {
    opts;
    current = new TermStore();
    /** Assertions per open `push` level; frame 0 is the base. */
    frames = [[]];
    /** Objectives per open `push` level, parallel to `frames`. */
    goals = [[]];
    /** What the last optimisation found of each objective, while its answer stands. */
    outcomes;
    answer;
    running = false;
    /** The live SAT session and encoding of the checks after the first (engine/incremental.ts). */
    live;
    /** Whether incremental checks apply to the options (decided at the first check). */
    liveApplies;
    /** Checks since the store was made: the first of them goes from scratch. */
    checksHere = 0;
    /** Statistics of every check so far, oldest first (kept across `reset`). */
    stats = [];
    /**
     * A solver with an empty stack and a store of its own.
     * @example const s = new TermSolver(defaultOptions);
     */
    constructor(opts) {
        this.opts = opts;
    }
    /** The options of the checks to come. */
    get options() {
        return this.opts;
    }
    /**
     * Replaces the options of the checks to come (e.g. a new random seed). The live session, made
     * under the old ones, is closed: the next check opens one under the new options.
     * @example s.configure({ ...s.options, randomSeed: 7 });
     */
    configure(options) {
        this.live?.close();
        this.live = undefined;
        this.liveApplies = undefined;
        this.opts = options;
    }
    /**
     * The store the terms of this solver live in (a new one after `reset`).
     * @example s.assert(s.store.mk('<', [x, y]));
     */
    get store() {
        return this.current;
    }
    /**
     * Number of open `push` levels.
     * @example new TermSolver(defaultOptions).depth // 0
     */
    get depth() {
        return this.frames.length - 1;
    }
    /**
     * True while a check runs (the stack must not change then).
     * @example s.checking // false
     */
    get checking() {
        return this.running;
    }
    /**
     * The answer of the last check, or undefined when there was none since the last change.
     * @example (await s.check([]), s.last?.status) // 'sat'
     */
    get last() {
        return this.answer;
    }
    /**
     * All assertions of all open frames, oldest first.
     * @example s.assertions().length
     */
    assertions() {
        return this.frames.flat();
    }
    /**
     * Asserts terms (of sort Bool) at the current level.
     * @example s.assert(s.store.mk('<', [x, y]));
     */
    assert(...terms) {
        this.frames[this.frames.length - 1].push(...terms);
        this.answer = undefined;
    }
    /**
     * Opens `n` levels.
     * @example s.push(); s.assert(t); await s.check([]); s.pop();
     */
    push(n = 1) {
        for (let i = 0; i < n; i++) {
            this.frames.push([]);
            this.goals.push([]);
        }
        this.answer = undefined;
    }
    /**
     * Closes `n` levels; ContractError (at `loc`, if given) when fewer are open.
     * @example s.pop(2);
     */
    pop(n = 1, loc) {
        if (n > this.depth)
            throw new ContractError(`cannot pop ${n} level${n === 1 ? '' : 's'}: only ${this.depth} pushed`, loc);
        this.frames.length -= n;
        this.goals.length -= n;
        this.answer = undefined;
    }
    /**
     * `reset-assertions`: closes every level and empties the base one.
     * @example s.resetAssertions(); s.assertions() // []
     */
    resetAssertions() {
        this.frames = [[]];
        this.goals = [[]];
        this.answer = undefined;
    }
    /**
     * `reset`: as `resetAssertions`, with a new term store (terms of the old one must not be
     * asserted any more). The statistics, and so the numbering of checks, go on.
     * @example s.reset(); s.store // a new store
     */
    reset() {
        this.current = new TermStore();
        this.live?.close();
        this.live = undefined;
        this.checksHere = 0;
        this.resetAssertions();
    }
    /**
     * Forgets the last answer (something it depends on changed, e.g. a new declaration).
     * @example s.invalidate(); s.last // undefined
     */
    invalidate() {
        this.answer = undefined;
    }
    /**
     * Adds an objective at the current level (popped with it): `min` or `max` of a term of sort
     * Int or a bit-vector sort (SortError otherwise, at `loc` if given). Checks made with
     * `optimize` take the objectives in the order added, lexicographically.
     * @example s.objective({ term: x, sense: 'min' }); await s.optimize([]);
     */
    objective(goal, loc) {
        const kind = goal.term.sort.kind;
        if (kind !== 'Int' && kind !== 'BitVec')
            throw new SortError(`objective is not of sort Int or a bit-vector sort (sort ${goal.term.sort.name})`, loc);
        this.goals[this.goals.length - 1].push(goal);
        this.answer = undefined;
    }
    /**
     * The objectives of every open level, in the order added.
     * @example s.objectives().length
     */
    objectives() {
        return this.goals.flat();
    }
    /**
     * What the last `optimize` found of each objective (in the order of `objectives()`), while
     * its answer stands and is not `unsat`; undefined otherwise.
     * @example (await s.optimize([]), s.lastObjectives?.[0]) // { status: 'optimal', value: 3n, bound: 3n }
     */
    get lastObjectives() {
        return this.answer && this.answer.status !== 'unsat' ? this.outcomes : undefined;
    }
    /**
     * Optimises the objectives (engine/optimize.ts) over the assertions and `assumptions` by
     * repeated checks, each numbered and recorded as `check` records it; the checks share the
     * deadline and the signal of `limits`. The answer is that of the best model: `sat` when every
     * objective was settled (optimal or unbounded), `unknown` with the model found so far when
     * the search stopped first (the bounds in `lastObjectives`), `unsat` or `unknown` without a
     * model as a check's.
     * @example s.objective({ term: x, sense: 'max' }); const r = await s.optimize([], { deadline: Date.now() + 10_000 });
     */
    async optimize(assumptions, limits = {}) {
        const goals = this.objectives();
        const fresh = this.options.optimizeIncremental === false;
        let error;
        const index = this.checkNumber(limits);
        // Refutation-only probes share one detection of the resources (engine/check.ts `refuteOnce`).
        const refuter = new ResourceRefuter([...this.assertions(), ...assumptions], this.options);
        const solve = async (extra, how = 'solve', share) => {
            if (how === 'refute')
                return this.refute(refuter, extra, assumptions, { ...limits, index, quiet: true });
            const now = Date.now();
            const deadline = share !== undefined && limits.deadline !== undefined ? now + share * Math.max(0, limits.deadline - now) : limits.deadline;
            this.push();
            this.assert(...extra);
            try {
                const r = await this.check(assumptions, { ...limits, deadline, index, quiet: true, fresh: fresh || limits.fresh, liveFirst: !fresh });
                error ??= r.error;
                return r;
            }
            finally {
                this.pop();
            }
        };
        let result;
        try {
            const resources = this.options.resources !== false;
            result = await optimize(this.current, [...this.assertions(), ...assumptions], goals, solve, {
                refute: resources,
                initial: resources ? () => refuter.schedule(() => { }) : undefined,
            });
        }
        catch (e) {
            if (!(e instanceof EagerSmtError) || limits.errors !== 'unknown')
                throw e;
            const reason = e instanceof UnsupportedError ? `unsupported: ${e.message}` : e.message;
            result = { status: 'unknown', reason, objectives: goals.map(() => ({ status: 'skipped' })), checks: 0 };
            error = e;
        }
        if (sinkFor(this.options)?.certify === true)
            result = await this.certifyOptimum(assumptions, goals, result, { ...limits, index });
        const settled = result.objectives.every((o) => o.status === 'optimal' || o.status === 'unbounded' || o.status === 'skipped');
        const status = result.status === 'sat' && (!settled || result.reason !== undefined) ? 'unknown' : result.status;
        this.answer = { status, reason: status === 'unknown' ? result.reason : undefined, model: result.model };
        this.outcomes = result.objectives;
        return { ...result, status, goals, error };
    }
    /**
     * A refutation-only check (engine/check.ts `refuteOnce`) of `refuter`'s formulas (the
     * assertions and `assumptions`) and `extra`, recorded as `check` records one.
     */
    refute(refuter, extra, assumptions, limits) {
        this.answer = undefined;
        this.checksHere++;
        return this.record(refuteOnce(refuter, extra, this.options, { deadline: limits.deadline, signal: limits.signal, index: this.checkNumber(limits), quiet: limits.quiet, label: limits.label }, assumptions));
    }
    /**
     * Under `--proof`, the certificate of an optimisation's answer, as one more check from scratch
     * that writes it (the searching checks write none): for `unsat`, that of the assertions; for an
     * optimum of every objective, that no model is lexicographically better — the assertions and
     * `(or (< t1 v1) (and (= t1 v1) (< t2 v2)) ...)` (`>` to maximise, `bvult`/`bvugt` for
     * bit-vectors) are unsat; `check-proof` replays the script to the check and adds that term.
     * Nothing for other answers (no optimum proven, an unbounded objective). A certifying check that
     * does not answer unsat (the time limit) leaves the answer as it is, without certificate; one
     * that finds a better model makes the answer `unknown`: the search was wrong, which the model
     * check should have made impossible.
     */
    async certifyOptimum(assumptions, goals, result, limits) {
        const base = { ...limits, fresh: true, quiet: false, refuteOnly: false, liveFirst: false };
        if (result.status === 'unsat') {
            await this.check(assumptions, base);
            return result;
        }
        if (result.status !== 'sat' || result.reason !== undefined || !result.objectives.every((o) => o.status === 'optimal' && o.value !== undefined))
            return result;
        const store = this.current;
        const valueOf = (i) => {
            const sort = goals[i].term.sort;
            return sort.kind === 'BitVec' ? store.bv(result.objectives[i].value, sort.width) : store.int(result.objectives[i].value);
        };
        const better = goals.map((g, i) => {
            const bv = g.term.sort.kind === 'BitVec';
            const op = g.sense === 'min' ? (bv ? 'bvult' : '<') : bv ? 'bvugt' : '>';
            const equalBefore = goals.slice(0, i).map((h, j) => store.mk('=', [h.term, valueOf(j)]));
            const step = store.mk(op, [g.term, valueOf(i)]);
            return equalBefore.length === 0 ? step : store.mk('and', [...equalBefore, step]);
        });
        const claim = better.length === 1 ? better[0] : store.mk('or', better);
        this.push();
        this.assert(claim);
        try {
            const r = await this.check(assumptions, { ...base, label: { check: limits.index, assert: [printTerm(claim)] } });
            if (r.status === 'sat')
                return { ...result, reason: 'internal error: a model better than the optimum found appeared when certifying it' };
            return result;
        }
        finally {
            this.pop();
        }
    }
    /** The number certificates and per-check files give the check `limits` are for. */
    checkNumber(limits) {
        return limits.index ?? this.stats.length + 1;
    }
    /**
     * Answers `unknown` for `reason` without a check (a time limit reached before it started).
     * @example s.giveUp('timeout'); s.last // { status: 'unknown', reason: 'timeout' }
     */
    giveUp(reason) {
        this.answer = { status: 'unknown', reason };
    }
    /**
     * Decides the assertions together with `assumptions` (for this check only). The check is
     * number `stats.length + 1`.
     * @example const r = await s.check([], { deadline: Date.now() + 10_000 }); r.status // 'sat'
     */
    async check(assumptions, limits = {}) {
        this.answer = undefined;
        this.running = true;
        let result;
        try {
            const engineLimits = {
                deadline: limits.deadline,
                signal: limits.signal,
                index: this.checkNumber(limits),
                store: this.current,
                refuteOnly: limits.refuteOnly,
                quiet: limits.quiet,
                label: limits.label,
            };
            // The first check of a stack runs the whole from-scratch pipeline (preprocessing, resource
            // reasoning, symmetry breaking); later ones go through the live session when it applies,
            // and fall back to the from-scratch check when it cannot take the input. The live session
            // solves in this thread, where an AbortSignal fired from elsewhere is not seen until it
            // returns: a check given a signal goes from scratch (a worker, cancelled at once).
            let incremental;
            const first = this.checksHere++ === 0;
            if ((!first || limits.liveFirst === true || this.options.liveFirst === true) && limits.signal === undefined && limits.fresh !== true && limits.refuteOnly !== true && (this.liveApplies ??= IncrementalChecker.applies(this.options))) {
                this.live ??= new IncrementalChecker(this.options);
                incremental = await this.live.check(this.frames, assumptions, engineLimits);
            }
            result = incremental ?? (await check(this.assertions(), assumptions, this.options, engineLimits));
        }
        catch (e) {
            if (!(e instanceof EagerSmtError) || limits.errors !== 'unknown')
                throw e;
            const reason = e instanceof UnsupportedError ? `unsupported: ${e.message}` : e.message;
            result = { status: 'unknown', reason, stats: { encodeMs: 0, solveMs: 0, vars: 0, clauses: 0 }, error: e };
        }
        finally {
            this.running = false;
        }
        return this.record(result);
    }
    /** Keeps the statistics of a check and its answer. */
    record(result) {
        this.stats.push(result.stats);
        this.answer = { status: result.status, reason: result.reason, model: result.status === 'sat' ? result.model : undefined };
        return result;
    }
}
//# sourceMappingURL=term-solver.js.map