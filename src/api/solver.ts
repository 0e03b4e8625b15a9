/**
 * The `Solver` of the library API: typed expressions (expr.ts) over the one assertion stack,
 * `TermSolver` (term-solver.ts), which checks through the engine as the SMT-LIB script
 * executor does, so every `sat` model has been evaluated against the assertions before it is
 * handed out. This layer interns expressions into terms and guards the state machine below.
 *
 * Each solver owns its hash-consed term store: an expression is interned on first use (a
 * per-solver WeakMap from expression to term), and nothing is shared between solvers but the
 * interned sorts, which are immutable. Many solvers can therefore check at once; the built-in
 * SAT backend runs long searches in worker threads, so their checks overlap, and an
 * `AbortSignal` ends one check (answer `unknown`, reason `canceled`) without touching others.
 *
 * The solver is a small state machine, as CaDiCaL's API is:
 *  - *input*: `add`, `push`, `pop` change the assertions; `check`/`checkAssuming` start a check;
 *  - *checking* (until the promise settles): any other call is a ContractError;
 *  - *sat* / *unsat* / *unknown*: after a check, until the assertions change again. `model()`
 *    is available in *sat* only and `reasonUnknown()` in *unknown* only; elsewhere they throw
 *    ContractError.
 * A check of a formula outside what eagersmt decides (e.g. `x * y`) answers `unknown`, its
 * reason (`reasonUnknown()`) starting with `unsupported:`, as the CLI answers.
 * After an `unsat` of `checkAssuming`, `unsatCore()` gives a subset of the assumptions that is
 * unsat with the assertions (the failed assumptions; all of them when the engine cannot tell).
 */
import { backendChoice } from '../engine/backend.js';
import type { CheckStats } from '../engine/check.js';
import { withDefaults, type EngineOptions } from '../engine/options.js';
import { ContractError } from '../errors.js';
import { evaluate, type Value } from '../model/evaluate.js';
import { publicValue, type BitVecValue, type ModelValue } from '../model/value.js';
import type { Term } from '../terms/term.js';
import { foldExpr, type ExprNode, toBool, toNode, type Arith, type BitVec, type Bool, type BoolLike } from './expr.js';
import { TermSolver } from './term-solver.js';

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
}

export class Solver {
  private readonly options: EngineOptions;
  private readonly core: TermSolver;
  private readonly terms = new WeakMap<ExprNode, Term>();
  /** The failed assumptions of the last `unsat`, as given. */
  private failedCore: BoolLike[] | undefined;
  /** Statistics of every check so far (times, CNF size, encodings), oldest first. */
  readonly stats: CheckStats[];

  /**
   * A new solver with its own term store. Throws ContractError for an unknown backend or
   * contradictory backend options.
   * @example const s = new Solver({ idlEncoding: 'order', timeout: 10 });
   */
  constructor(options: SolverOptions = {}) {
    this.options = withDefaults(options);
    seconds(this.options.timeout);
    backendChoice(this.options);
    this.core = new TermSolver(this.options);
    this.stats = this.core.stats;
  }

  /**
   * Asserts Boolean terms (or JavaScript booleans) at the current level.
   * @example solver.add(x.ge(0), x.lt(y));
   */
  add(...facts: BoolLike[]): void {
    this.idle('add');
    const terms = facts.map((f) => this.intern(toBool(f)));
    this.core.assert(...terms);
  }

  /**
   * Opens a level: what is added after it is removed by the matching `pop`.
   * @example solver.push(); solver.add(x.gt(5)); await solver.check(); solver.pop();
   */
  push(): void {
    this.idle('push');
    this.core.push();
  }

  /**
   * Closes `n` levels (default 1); ContractError when fewer are open.
   * @example solver.pop(2);
   */
  pop(n = 1): void {
    this.idle('pop');
    if (!Number.isSafeInteger(n) || n < 0) throw new ContractError(`pop expects a natural number, got ${n}`);
    this.core.pop(n);
  }

  /**
   * Number of open `push` levels.
   * @example new Solver().depth // 0
   */
  get depth(): number {
    return this.core.depth;
  }

  /**
   * Decides the conjunction of the assertions.
   * @example if ((await solver.check({ timeout: 5 })) === 'sat') console.log(solver.model().get(x));
   */
  check(options: CheckOptions = {}): Promise<CheckStatus> {
    return this.run([], options);
  }

  /**
   * Decides the assertions together with `assumptions`, which hold for this check only.
   * @example await solver.checkAssuming([p, Not(q)]) // 'unsat'
   */
  checkAssuming(assumptions: readonly BoolLike[], options: CheckOptions = {}): Promise<CheckStatus> {
    this.idle('checkAssuming');
    return this.run(assumptions.map((a) => this.intern(toBool(a))), options, assumptions);
  }

  /**
   * The failed assumptions of the last check, which must have answered `unsat` with the
   * assertions unchanged since: a subset of the assumptions of `checkAssuming` (as given) that
   * is unsat together with the assertions; empty when the assertions alone are unsat or after
   * `check`. ContractError otherwise.
   * @example await solver.checkAssuming([p, q, Not(p)]) // 'unsat'; solver.unsatCore() // [p, Not(p)]
   */
  unsatCore(): BoolLike[] {
    this.idle('unsatCore');
    if (this.core.last?.status !== 'unsat' || this.failedCore === undefined) throw new ContractError(`no unsat core: ${this.describeState()}`);
    return [...this.failedCore];
  }

  /**
   * The model of the last check, which must have answered `sat` with the assertions unchanged
   * since; ContractError otherwise.
   * @example solver.model().eval(x.add(y)) // 7n
   */
  model(): Model {
    this.idle('model');
    const last = this.core.last;
    if (last?.status !== 'sat' || !last.model) throw new ContractError(`no model: ${this.describeState()}`);
    return new SolverModel(last.model, (t) => this.intern(t));
  }

  /**
   * Why the last check answered `unknown` (`timeout`, `canceled`, ...); ContractError when it did not.
   * @example await solver.check({ signal: AbortSignal.abort() }); solver.reasonUnknown() // 'canceled'
   */
  reasonUnknown(): string {
    this.idle('reasonUnknown');
    const last = this.core.last;
    if (last?.status !== 'unknown') throw new ContractError(`no reason: ${this.describeState()}`);
    return last.reason ?? 'incomplete';
  }

  private describeState(): string {
    const last = this.core.last;
    if (last) return `the last check answered ${last.status}`;
    return this.stats.length === 0 ? 'no check yet' : 'the assertions changed since the last check';
  }

  private idle(what: string): void {
    if (this.core.checking) throw new ContractError(`${what}: a check of this solver is running (await it first)`);
  }

  private async run(assumptions: readonly Term[], options: CheckOptions, given: readonly BoolLike[] = []): Promise<CheckStatus> {
    this.idle('check');
    this.core.invalidate();
    this.failedCore = undefined;
    const timeout = seconds(options.timeout ?? this.options.timeout);
    const deadline = timeout > 0 ? Date.now() + timeout * 1000 : undefined;
    const result = await this.core.check(assumptions, { deadline, signal: options.signal, errors: 'unknown' });
    if (result.status === 'unsat') {
      const failed = [...new Set(result.failed ?? given.map((_, i) => i))].sort((a, b) => a - b);
      this.failedCore = failed.map((i) => given[i]!);
    }
    return result.status;
  }

  /** The term of `root` in this solver's store (memoised per expression). */
  private intern(root: ExprNode): Term {
    const store = this.core.store;
    return foldExpr(root, this.terms, {
      constant: (name, sort) => store.var(name, sort),
      literal: (n) => (n.op === 'int' ? store.int(n.value!) : n.op === 'bv' ? store.bv(n.value!, n.width) : store.bool(n.op === 'true')),
      app: (n, args) => store.mk(n.op, args, undefined, n.indices),
    });
  }
}

/** A time limit in seconds: a non-negative number, else ContractError. */
function seconds(t: number): number {
  if (typeof t !== 'number' || !(t >= 0)) throw new ContractError(`timeout must be a non-negative number of seconds, got ${String(t)}`);
  return t;
}

class SolverModel implements Model {
  private readonly memo = new Map<number, Value>();

  constructor(
    private readonly values: ReadonlyMap<number, Value>,
    private readonly intern: (n: ExprNode) => Term,
  ) {}

  get(x: Bool): boolean;
  get(x: Arith): bigint;
  get<W extends number>(x: BitVec<W>): BitVecValue<W>;
  get(x: unknown): ModelValue {
    const n = toNode(x, 'Model.get');
    if (n.op !== 'var') throw new ContractError(`Model.get expects a constant, got ${n.toString()} (use eval for other terms)`);
    return this.value(n);
  }

  eval(t: Bool): boolean;
  eval(t: Arith): bigint;
  eval<W extends number>(t: BitVec<W>): BitVecValue<W>;
  eval(t: unknown): ModelValue {
    return this.value(toNode(t, 'Model.eval'));
  }

  private value(n: ExprNode): ModelValue {
    const t = this.intern(n);
    return publicValue(evaluate(t, this.values, this.memo), t.sort);
  }
}
