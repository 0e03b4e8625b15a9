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
import { type CheckResult, type CheckStats } from '../engine/check.js';
import type { EngineOptions } from '../engine/options.js';
import { type Objective, type ObjectiveOutcome, type OptimizeResult } from '../engine/optimize.js';
import { EagerSmtError, type SourceLoc } from '../errors.js';
import type { Value } from '../model/evaluate.js';
import { TermStore, type Term } from '../terms/term.js';
import type { CheckLabel } from '../resource/certificate.js';
/** The answer of the last check, while the assertions are unchanged. */
export interface Answer {
    status: 'sat' | 'unsat' | 'unknown';
    /** For `unknown`: why. */
    reason?: string;
    /** For `sat` (and an optimisation stopped early): values of the constants the problem mentions. */
    model?: Map<number, Value>;
}
/** Limits of one check. */
export interface TermCheckLimits {
    /** Absolute deadline (ms since the epoch, as `Date.now()`). */
    deadline?: number;
    /** Cancels the check: it answers `unknown`, reason `canceled`. */
    signal?: AbortSignal;
    /**
     * What an error of the engine (e.g. UnsupportedError) becomes: thrown as is (`throw`, the
     * default: nothing is recorded), or an `unknown` answer with the message as its reason
     * (`unknown`: recorded as a check with empty statistics; the error is in `error`).
     */
    errors?: 'throw' | 'unknown';
    /** Solve from scratch even where the live session applies (the checks of an optimisation, by default). */
    fresh?: boolean;
    /** Only try resource reasoning's refutation (engine `CheckLimits.refuteOnly`; implies `fresh`). */
    refuteOnly?: boolean;
    /**
     * Use the live session for the first check of a stack too (where it applies): for the checks
     * of an incremental optimisation, whose later checks all go there anyway.
     */
    liveFirst?: boolean;
    /**
     * The number of this check in its script, which its certificate and per-check files name
     * (default: the number of checks this solver made, plus one). The script executor passes the
     * number of the `check-sat`, which an optimisation's many checks do not advance.
     */
    index?: number;
    /** Nothing to the sink (`--proof`, `--dump-cnf`): the searching checks of an optimisation. */
    quiet?: boolean;
    /** What the certificate names as the check (engine `CheckLimits.label`). */
    label?: CheckLabel;
}
/** The outcome of `optimize`: the search's result, the objectives it was about, and the engine error of an `unknown`. */
export type TermOptimizeResult = OptimizeResult & {
    goals: Objective[];
    error?: EagerSmtError;
};
/** A check's result, with the engine error it was made from under `errors: 'unknown'`. */
export type TermCheckResult = CheckResult & {
    error?: EagerSmtError;
};
export declare class TermSolver {
    private opts;
    private current;
    /** Assertions per open `push` level; frame 0 is the base. */
    private frames;
    /** Objectives per open `push` level, parallel to `frames`. */
    private goals;
    /** What the last optimisation found of each objective, while its answer stands. */
    private outcomes;
    private answer;
    private running;
    /** The live SAT session and encoding of the checks after the first (engine/incremental.ts). */
    private live;
    /** Whether incremental checks apply to the options (decided at the first check). */
    private liveApplies;
    /** Checks since the store was made: the first of them goes from scratch. */
    private checksHere;
    /** Statistics of every check so far, oldest first (kept across `reset`). */
    readonly stats: CheckStats[];
    /**
     * A solver with an empty stack and a store of its own.
     * @example const s = new TermSolver(defaultOptions);
     */
    constructor(opts: EngineOptions);
    /** The options of the checks to come. */
    get options(): EngineOptions;
    /**
     * Replaces the options of the checks to come (e.g. a new random seed). The live session, made
     * under the old ones, is closed: the next check opens one under the new options.
     * @example s.configure({ ...s.options, randomSeed: 7 });
     */
    configure(options: EngineOptions): void;
    /**
     * The store the terms of this solver live in (a new one after `reset`).
     * @example s.assert(s.store.mk('<', [x, y]));
     */
    get store(): TermStore;
    /**
     * Number of open `push` levels.
     * @example new TermSolver(defaultOptions).depth // 0
     */
    get depth(): number;
    /**
     * True while a check runs (the stack must not change then).
     * @example s.checking // false
     */
    get checking(): boolean;
    /**
     * The answer of the last check, or undefined when there was none since the last change.
     * @example (await s.check([]), s.last?.status) // 'sat'
     */
    get last(): Answer | undefined;
    /**
     * All assertions of all open frames, oldest first.
     * @example s.assertions().length
     */
    assertions(): Term[];
    /**
     * Asserts terms (of sort Bool) at the current level.
     * @example s.assert(s.store.mk('<', [x, y]));
     */
    assert(...terms: Term[]): void;
    /**
     * Opens `n` levels.
     * @example s.push(); s.assert(t); await s.check([]); s.pop();
     */
    push(n?: number): void;
    /**
     * Closes `n` levels; ContractError (at `loc`, if given) when fewer are open.
     * @example s.pop(2);
     */
    pop(n?: number, loc?: SourceLoc): void;
    /**
     * `reset-assertions`: closes every level and empties the base one.
     * @example s.resetAssertions(); s.assertions() // []
     */
    resetAssertions(): void;
    /**
     * `reset`: as `resetAssertions`, with a new term store (terms of the old one must not be
     * asserted any more). The statistics, and so the numbering of checks, go on.
     * @example s.reset(); s.store // a new store
     */
    reset(): void;
    /**
     * Forgets the last answer (something it depends on changed, e.g. a new declaration).
     * @example s.invalidate(); s.last // undefined
     */
    invalidate(): void;
    /**
     * Adds an objective at the current level (popped with it): `min` or `max` of a term of sort
     * Int or a bit-vector sort (SortError otherwise, at `loc` if given). Checks made with
     * `optimize` take the objectives in the order added, lexicographically.
     * @example s.objective({ term: x, sense: 'min' }); await s.optimize([]);
     */
    objective(goal: Objective, loc?: SourceLoc): void;
    /**
     * The objectives of every open level, in the order added.
     * @example s.objectives().length
     */
    objectives(): Objective[];
    /**
     * What the last `optimize` found of each objective (in the order of `objectives()`), while
     * its answer stands and is not `unsat`; undefined otherwise.
     * @example (await s.optimize([]), s.lastObjectives?.[0]) // { status: 'optimal', value: 3n, bound: 3n }
     */
    get lastObjectives(): ObjectiveOutcome[] | undefined;
    /**
     * Optimises the objectives (engine/optimize.ts) over the assertions and `assumptions` by
     * repeated checks, each numbered and recorded as `check` records it; the checks share the
     * deadline and the signal of `limits`. The answer is that of the best model: `sat` when every
     * objective was settled (optimal or unbounded), `unknown` with the model found so far when
     * the search stopped first (the bounds in `lastObjectives`), `unsat` or `unknown` without a
     * model as a check's.
     * @example s.objective({ term: x, sense: 'max' }); const r = await s.optimize([], { deadline: Date.now() + 10_000 });
     */
    optimize(assumptions: readonly Term[], limits?: TermCheckLimits): Promise<TermOptimizeResult>;
    /**
     * A refutation-only check (engine/check.ts `refuteOnce`) of `refuter`'s formulas (the
     * assertions and `assumptions`) and `extra`, recorded as `check` records one.
     */
    private refute;
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
    private certifyOptimum;
    /** The number certificates and per-check files give the check `limits` are for. */
    private checkNumber;
    /**
     * Answers `unknown` for `reason` without a check (a time limit reached before it started).
     * @example s.giveUp('timeout'); s.last // { status: 'unknown', reason: 'timeout' }
     */
    giveUp(reason: string): void;
    /**
     * Decides the assertions together with `assumptions` (for this check only). The check is
     * number `stats.length + 1`.
     * @example const r = await s.check([], { deadline: Date.now() + 10_000 }); r.status // 'sat'
     */
    check(assumptions: readonly Term[], limits?: TermCheckLimits): Promise<TermCheckResult>;
    /** Keeps the statistics of a check and its answer. */
    private record;
}
