import type { CheckStats } from '../engine/check.js';
import type { EngineOptions } from '../engine/options.js';
import { type Reducer } from '../smtlib/parser.js';
import type { Response } from '../smtlib/responses.js';
import type { SExpr } from '../smtlib/sexpr.js';
import type { Term } from '../terms/term.js';
/** Where responses and diagnostics go. */
export interface ScriptIO {
    /** One response (may span lines), printed followed by a newline. */
    out(text: string): void;
    /** The same response as data, just after `out`. */
    response?(r: Response): void;
    /** A diagnostic for stderr (not part of the SMT-LIB output). */
    diag?(text: string): void;
}
/** The state of a script at one of its checks. */
export interface CheckPoint {
    /** The assertions on the stack at the check. */
    assertions: Term[];
    /** The assumptions of a `check-sat-assuming` (else none). */
    assumptions: Term[];
    /** The constants (and functions) declared at the check. */
    declared: Term[];
}
/**
 * What to do at the `n`-th check (1-based, counting the `check-sat` and `check-sat-assuming`
 * commands that reach the solver): `solve` it, `skip` it (no response), or `stop` the script
 * there.
 */
export type CheckHook = (n: number, at: CheckPoint) => 'solve' | 'skip' | 'stop';
export declare class Executor {
    private readonly options;
    private readonly io;
    private readonly file;
    private readonly signal?;
    private readonly atCheck?;
    /** The assertion stack and its checks. */
    private readonly solver;
    /** Symbols, sorts and elaboration, at the same depth as the solver's stack. */
    private elab;
    private printSuccess;
    private produceModels;
    private produceAssignments;
    private produceUnsatCores;
    private produceUnsatAssumptions;
    private produceAssertions;
    /** The deadline of the whole run (reading and checks), if any. */
    private deadline;
    /** `:timeout`: milliseconds for each check (0 = none). */
    private checkTimeoutMs;
    /** The `:timeout` that `reset` restores (the caller's, e.g. the CLI's `-t`). */
    private initialCheckTimeoutMs;
    /** The value of `:random-seed` as set (initially the options'). */
    private randomSeed;
    /** Something was declared or asserted: the `produce-*` options are fixed from then on. */
    private started;
    /** The assertions as written, per `push` level (parallel to the solver's frames). */
    private asserted;
    /** The objectives as written, per `push` level (parallel to the solver's objectives). */
    private goals;
    /** Selectors made so far (their names are unique). */
    private selectors;
    /** The core of the last check, while its answer stands. */
    private core;
    /** Set by `exit` (or a hook's `stop`): nothing more is executed. */
    private exited;
    /** Checks reached so far (for the hook). */
    private reached;
    /**
     * An executor printing to `io`; `file` names the script in error locations, `signal`
     * cancels its checks, and `atCheck` is consulted at every check.
     * @example const ex = new Executor(defaultOptions, { out: console.log }, 'f.smt2');
     */
    constructor(options: EngineOptions, io: ScriptIO, file?: string, signal?: AbortSignal | undefined, atCheck?: CheckHook | undefined);
    /**
     * Statistics of every check, in order, for `--stats`.
     * @example ex.checks.length // 1 after one check-sat
     */
    get checks(): CheckStats[];
    /**
     * What the parser gives the lists of an `assert` as they are read (parser.ts `Reducer`):
     * elaborated in the current scope, unless `:produce-assertions` keeps the assertions' text.
     * Pre: commands run as they are parsed (each before the next is read), so the scope at a
     * list's ')' is its command's.
     * @example for (const item of parseScript(text, file, poll, undefined, 'direct', ex.reducer)) ...
     */
    readonly reducer: Reducer;
    /**
     * True once `exit` was executed (or a hook stopped the script): nothing more is executed.
     * @example ex.execute(exitCmd); ex.done // true
     */
    get done(): boolean;
    /**
     * Sets the deadline of the whole run (`Date.now()` scale): checks answer `unknown` after it.
     * @example ex.setDeadline(Date.now() + 10_000);
     */
    setDeadline(at: number | undefined): void;
    /**
     * Sets the time limit of each check in milliseconds (0 = none), as `(set-option :timeout ms)` does.
     * @example ex.setCheckTimeout(5000);
     */
    setCheckTimeout(ms: number): void;
    /**
     * Runs a whole script text (until `exit` or its end). The time limit (`options.timeout`)
     * counts from `startedAt` (`Date.now()` scale; default now): the CLI passes the start of the
     * process, so that `-t` bounds the whole run as Z3's `-T` does.
     * @example await new Executor(defaultOptions, { out: console.log }).run('(check-sat)');
     */
    run(text: string, startedAt?: number): Promise<void>;
    /**
     * Runs a script text without waiting: for a hook that solves no check (replay.ts), every
     * command completes at once (ContractError if the hook answers `solve`). Stops at `exit`, at
     * the hook's `stop`, or at the end.
     * @example new Executor(defaultOptions, { out: () => {} }, 'f.smt2', undefined, () => 'skip').runWithoutChecks(text);
     */
    runWithoutChecks(text: string): void;
    /**
     * Elaborates `e`, a Boolean term, in the current scope: for the proof checkers, which replay a
     * script to a check and add the assertions an optimisation added there.
     * @throws CommandError (an EagerSmtError) when `e` is not a well-sorted Boolean term here.
     * @example ex.elaborateAssertion(parseSExprs('(< x 5)', 'c')[0]!)
     */
    elaborateAssertion(e: SExpr): Term;
    /**
     * The time limit (or the signal) stopped the reading of the script, as Z3's `-T` stops the
     * whole run: the check still ahead, if any, is answered `unknown` (its reason is `reason`),
     * and the rest of the script is not executed.
     * @example ex.stopReading('timeout', true); // prints unknown
     */
    stopReading(reason: string, checkAhead: boolean): void;
    /**
     * Reports an error as the response `(error "message")` (a parse error of the reader).
     * @example ex.error('f.smt2:1:1: unexpected \')\'');
     */
    error(message: string): void;
    private success;
    private respond;
    private info;
    private unsupported;
    /**
     * Executes one top-level S-expression; errors are printed, never thrown. Returns a promise
     * only when the command is a check that is solved.
     * @example await ex.execute(parseSExprs('(check-sat)', 'f')[0]!);
     */
    execute(cmd: SExpr): Promise<void> | undefined;
    private report;
    private where;
    private fail;
    /** The one switch over command names: executes `cmd`, or throws an error to report. */
    private dispatch;
    /**
     * A check: the hook decides whether it is solved, skipped, or ends the script. The selectors
     * of the named assertions in scope (under `:produce-unsat-cores`) are assumed after the
     * check's own assumptions.
     */
    private checkSat;
    /** Solves check `n` of the script (certificates and per-check files are named by `n`). */
    private solve;
    /**
     * `get-objectives` as Z3 4.8 prints it: one line per objective, its value when optimal,
     * `oo` / `(* (- 1) oo)` when unbounded, and `(interval bound value)` for one the search did
     * not settle (the bound proven, then the value in the model; infinite when none).
     */
    private getObjectives;
    private requireCore;
    private resetOptions;
    private requireModel;
    private getModel;
    private setOption;
    private getOption;
    private getInfo;
    private symbol;
    private numeral;
    private list;
}
