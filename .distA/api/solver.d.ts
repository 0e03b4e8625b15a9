import type { CheckStats } from '../engine/check.js';
import { type EngineOptions } from '../engine/options.js';
import { type BitVecValue, type ModelValue } from '../model/value.js';
import { type AnyExpr, type Arith, type BitVec, type Bool, type BoolLike } from './expr.js';
export type CheckStatus = 'sat' | 'unsat' | 'unknown';
/**
 * Options of a solver: the engine options of the CLI's table (engine/options.ts: `backend`,
 * `idlEncoding`, `resources`, `satCmd`, ...). `timeout` (seconds, 0 = none) bounds each check.
 */
export type SolverOptions = Partial<EngineOptions>;
/** Limits of one check. */
export interface CheckOptions {
    /** Cancels the check: it answers `unknown`, reason `canceled`. */
    signal?: AbortSignal;
    /** Seconds for this check (default: the solver's `timeout`); 0 means none. */
    timeout?: number;
}
/** Values of the constants in a `sat` answer; constants the problem does not constrain take their sort's default (false, 0, all zero bits). */
export interface Model {
    /**
     * The value of a declared constant; ContractError for a term that is not a constant.
     * @example model.get(Int('x')) // 3n
     */
    get(x: Bool): boolean;
    get(x: Arith): bigint;
    get<W extends number>(x: BitVec<W>): BitVecValue<W>;
    /**
     * The value of any term under the model.
     * @example model.eval(x.sub(y)) // -2n
     */
    eval(t: Bool): boolean;
    eval(t: Arith): bigint;
    eval<W extends number>(t: BitVec<W>): BitVecValue<W>;
    /**
     * Each constant of the check's assertions and assumptions (trackers included), in the order
     * of first occurrence, as a term that can be passed back (`get`, `add`), with its value as
     * `eval` gives it.
     * @example for (const [c, v] of model) console.log(`${c} = ${v}`);
     */
    [Symbol.iterator](): IterableIterator<[AnyExpr, ModelValue]>;
    /**
     * The model as SMT-LIB text, as the CLI prints `get-model`: one `define-fun` per constant.
     * @example String(model) // '(\n  (define-fun x () Int 3)\n)'
     */
    toString(): string;
}
/**
 * What the last check with objectives found of one objective (`objectives()`): `optimal` with
 * its value; `unbounded`; `bounds` when the search stopped first (time limit): `value` is the
 * objective's value in the best model found and `bound` the best bound proven, if any (the
 * optimum lies between them); `skipped` when it was not optimised (an earlier one was
 * unbounded, or time ran out first). Values of bit-vector objectives are unsigned.
 */
export interface ObjectiveResult {
    expr: Arith | BitVec<number>;
    sense: 'min' | 'max';
    status: 'optimal' | 'unbounded' | 'bounds' | 'skipped';
    value?: bigint;
    bound?: bigint;
}
export declare class Solver {
    private readonly options;
    private readonly core;
    private readonly terms;
    /** The expression each constant was first given as, by term id (for model iteration). */
    private readonly constants;
    /** The assertions of each open level, as `core` holds them; level 0 is the base. */
    private levels;
    /** The objectives of each open level, as given (parallel to `levels`). */
    private goals;
    /** The assumptions of the last check, trackers included (their constants belong to its model). */
    private assumed;
    /** The failed assumptions of the last `unsat`, as given. */
    private failedCore;
    /** Statistics of every check so far (times, CNF size, encodings), oldest first. */
    readonly stats: CheckStats[];
    /**
     * A new solver with its own term store. Throws ContractError for an unknown backend or
     * contradictory backend options.
     * @example const s = new Solver({ idlEncoding: 'order', timeout: 10 });
     */
    constructor(options?: SolverOptions);
    /**
     * Asserts Boolean terms (or JavaScript booleans) at the current level.
     * @example solver.add(x.ge(0), x.lt(y));
     */
    add(...facts: BoolLike[]): void;
    /**
     * Asserts `fact` tracked by `tracker`, a Boolean constant (or the name of one): `(=> tracker
     * fact)` is asserted and every check assumes `tracker`, so that after an `unsat` the core
     * (`unsatCore()`) names the tracked assertions it needs by their trackers. Returns the
     * tracker. ContractError when the tracker is not a Boolean constant or already tracks an
     * assertion in scope.
     * @example const a1 = solver.addAndTrack(x.gt(3), 'a1'); solver.add(x.lt(2)); await solver.check(); solver.unsatCore() // [a1]
     */
    addAndTrack(fact: BoolLike, tracker: Bool | string): Bool;
    /**
     * Opens a level: what is added after it is removed by the matching `pop`.
     * @example solver.push(); solver.add(x.gt(5)); await solver.check(); solver.pop();
     */
    push(): void;
    /**
     * Closes `n` levels (default 1); ContractError when fewer are open.
     * @example solver.pop(2);
     */
    pop(n?: number): void;
    /**
     * Adds an objective at the current level: every later check (until the level is popped)
     * minimises `t`, an Int or bit-vector expression (unsigned), after the objectives added
     * before it (lexicographic order, as Z3's `Optimize`). The check answers `sat` with a model
     * optimal for all of them; `objectives()` gives the values. ContractError for another sort.
     * @example solver.minimize(makespan); await solver.check(); solver.objectives()[0].value // 42n
     */
    minimize(t: Arith | BitVec<number>): void;
    /**
     * As `minimize`, maximising `t`.
     * @example solver.maximize(x.sub(y)); await solver.check();
     */
    maximize(t: Arith | BitVec<number>): void;
    private addGoal;
    /**
     * The objectives in scope with what the last check found of them (see `ObjectiveResult`),
     * which must have answered `sat`, or `unknown` with a model (the search stopped early), with
     * the assertions and objectives unchanged since; ContractError otherwise.
     * @example solver.maximize(x); await solver.check(); solver.objectives() // [{ expr: x, sense: 'max', status: 'optimal', value: 10n, bound: 10n }]
     */
    objectives(): ObjectiveResult[];
    /**
     * Number of open `push` levels.
     * @example new Solver().depth // 0
     */
    get depth(): number;
    /**
     * Decides the conjunction of the assertions.
     * @example if ((await solver.check({ timeout: 5 })) === 'sat') console.log(solver.model().get(x));
     */
    check(options?: CheckOptions): Promise<CheckStatus>;
    /**
     * Decides the assertions together with `assumptions`, which hold for this check only.
     * @example await solver.checkAssuming([p, Not(q)]) // 'unsat'
     */
    checkAssuming(assumptions: readonly BoolLike[], options?: CheckOptions): Promise<CheckStatus>;
    /**
     * The failed assumptions of the last check, which must have answered `unsat` with the
     * assertions unchanged since: a subset of the assumptions of `checkAssuming` (as given),
     * then of the trackers of `addAndTrack`, that is unsat together with the untracked
     * assertions; empty when those alone are unsat. ContractError otherwise.
     * @example await solver.checkAssuming([p, q, Not(p)]) // 'unsat'; solver.unsatCore() // [p, Not(p)]
     */
    unsatCore(): BoolLike[];
    /**
     * The model of the last check, which must have answered `sat` with the assertions unchanged
     * since (or `unknown` after finding a model: an optimisation stopped by its time limit, whose
     * best model this is); ContractError otherwise.
     * @example solver.model().eval(x.add(y)) // 7n
     */
    model(): Model;
    /**
     * The assertion stack as an SMT-LIB script that Z3 and eagersmt read and answer as this
     * solver's `checkAssuming(assumptions)` (by default `check()`) would: a declaration per
     * constant, the assertions of the base level, then for each open level `(push 1)` and its
     * assertions (a tracked one as `(=> p f)`), and last `(check-sat)`, or `(check-sat-assuming
     * (a ... p ...))` over the assumptions and the trackers in scope (Z3, cvc5 and eagersmt take
     * any Boolean term there; SMT-LIB 2.6 asks for literals). ContractError when two constants
     * share a name with different sorts, which SMT-LIB cannot declare.
     * @example solver.add(x.gt(0)); solver.toSmtLib() // '(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n'
     */
    toSmtLib(assumptions?: readonly BoolLike[]): string;
    private assertionTerms;
    /** The tracker terms in scope, oldest first. */
    private trackers;
    /**
     * The constants of `roots` in the order of first occurrence (depth first, left to right),
     * each with the expression it was given as. ContractError for one name with two sorts when `strict`.
     */
    private declared;
    /**
     * Why the last check answered `unknown` (`timeout`, `canceled`, ...); ContractError when it did not.
     * @example await solver.check({ signal: AbortSignal.abort() }); solver.reasonUnknown() // 'canceled'
     */
    reasonUnknown(): string;
    private describeState;
    private idle;
    private run;
    /** The term of `root` in this solver's store (memoised per expression). */
    private intern;
}
