/**
 * The SMT-LIB script executor: the one interpreter of SMT-LIB commands in eagersmt. It executes
 * commands in order and prints Z3-compatible responses. Every error is reported as
 * `(error "file:line:col: message")` and execution continues, as with Z3's and cvc5's default
 * `:error-behavior` (`continued-execution`).
 *
 * The language side — symbols, sorts, definitions, elaboration of terms — is the smtlib layer's
 * `Elaborator` and its `SymbolTable`; the assertion stack and every check are the api layer's
 * `TermSolver` (the same stack the library's `Solver` uses). The executor keeps the two at the
 * same `push` depth, and a record of each assertion as written (for `get-assertions`) with its
 * name (for `get-unsat-core`).
 *
 * Unsat cores: under `:produce-unsat-cores true`, an assertion `(! t :named n)` is asserted as
 * `(=> s t)` for a fresh Boolean selector `s`, and every check assumes all selectors in scope
 * besides its own assumptions; the failed assumptions of an `unsat` (a subset the engine
 * reports, or all of them when it cannot tell) give the core: the names of the failed
 * selectors, then the failed assumptions of `check-sat-assuming` as written (as Z3 does).
 *
 * Optimisation (Z3's extension): `minimize` / `maximize` add objectives to the current level;
 * with objectives in scope a check optimises them (the solver's `optimize`), and
 * `get-objectives` prints what it found as Z3 4.8 prints it.
 *
 * Options: every `set-option` either has its effect or answers `unsupported` (a value other
 * than the one eagersmt always uses, as `:produce-proofs true`); `get-option` answers each.
 * `:timeout` (milliseconds) bounds each check, as Z3's does.
 *
 * A hook at each check (`atCheck`) may skip the check or stop the script there: replaying a
 * script up to its n-th check for the proof checkers (replay.ts) is this executor with such a
 * hook, so the checkers read a problem exactly as the solver did. See docs/ARCHITECTURE.md.
 */
import { TermSolver } from '../api/term-solver.js';
import type { CheckStats } from '../engine/check.js';
import type { EngineOptions } from '../engine/options.js';
import { MAX_SEED } from '../options/table.js';
import { assertExhaustive, ContractError, EagerSmtError, LimitReached, ParseError, UnsupportedError } from '../errors.js';
import { evaluate, FunTable, type Value } from '../model/evaluate.js';
import { publicValue } from '../model/value.js';
import { rewrite } from '../rewrite/rewrite.js';
import { Elaborator } from '../smtlib/elaborate.js';
import { parseScript, type Reducer } from '../smtlib/parser.js';
import { printModel, printSExpr, printString, printSymbol, printValue } from '../smtlib/printer.js';
import { printTerm } from '../smtlib/print-term.js';
import type { Response } from '../smtlib/responses.js';
import type { Pos, SExpr, SList } from '../smtlib/sexpr.js';
import { Sort } from '../terms/sort.js';
import type { Term } from '../terms/term.js';
import { SOLVER_NAME, SOLVER_VERSION } from '../version.js';

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

class CommandError extends EagerSmtError {}

/** One assertion as written, with its name and selector under `:produce-unsat-cores`. */
interface Asserted {
  /** The text as read, kept under `:produce-assertions` (the only time it is printed). */
  source?: SExpr;
  name?: string;
  selector?: Term;
}

/** The answer of the last check for `get-unsat-core` / `get-unsat-assumptions`. */
interface Core {
  /** The names of the named assertions in the core, then the failed assumptions as written. */
  core: string[];
  /** The failed assumptions of `check-sat-assuming`, as written. */
  assumptions: string[];
}

/** Logics whose arithmetic is over the reals alone (QF_RDL, QF_LRA, QF_UFLRA, ...). */
const REAL_LOGIC = /^(QF_)?(UF)?(RDL|LRA|NRA)$/;

export class Executor {
  /** The assertion stack and its checks. */
  private readonly solver: TermSolver;
  /** Symbols, sorts and elaboration, at the same depth as the solver's stack. */
  private elab: Elaborator;
  private printSuccess = false;
  private produceModels = true;
  private produceAssignments = true;
  private produceUnsatCores = false;
  private produceUnsatAssumptions = false;
  private produceAssertions = false;
  /** The deadline of the whole run (reading and checks), if any. */
  private deadline: number | undefined;
  /** `:timeout`: milliseconds for each check (0 = none). */
  private checkTimeoutMs = 0;
  /** The `:timeout` that `reset` restores (the caller's, e.g. the CLI's `-t`). */
  private initialCheckTimeoutMs = 0;
  /** The value of `:random-seed` as set (initially the options'). */
  private randomSeed: bigint;
  /** Something was declared, defined, pushed, asserted or checked: the `produce-*` options and the logic are fixed from then on. */
  private started = false;
  /** `set-logic` was executed (once per script, or since `reset`). */
  private logicSet = false;
  /** The assertions as written, per `push` level (parallel to the solver's frames). */
  private asserted: Asserted[][] = [[]];
  /** The objectives as written, per `push` level (parallel to the solver's objectives). */
  private goals: SExpr[][] = [[]];
  /** Selectors made so far (their names are unique). */
  private selectors = 0;
  /** The core of the last check, while its answer stands. */
  private core: Core | undefined;
  /** Set by `exit` (or a hook's `stop`): nothing more is executed. */
  private exited = false;
  /** Checks reached so far (for the hook). */
  private reached = 0;

  /**
   * An executor printing to `io`; `file` names the script in error locations, `signal`
   * cancels its checks, and `atCheck` is consulted at every check.
   * @example const ex = new Executor(defaultOptions, { out: console.log }, 'f.smt2');
   */
  constructor(
    private readonly options: EngineOptions,
    private readonly io: ScriptIO,
    private readonly file = '<stdin>',
    private readonly signal?: AbortSignal,
    private readonly atCheck?: CheckHook,
  ) {
    this.solver = new TermSolver(options);
    this.elab = new Elaborator(file, this.solver.store);
    this.randomSeed = BigInt(options.randomSeed ?? 0);
  }

  /**
   * Statistics of every check, in order, for `--stats`.
   * @example ex.checks.length // 1 after one check-sat
   */
  get checks(): CheckStats[] {
    return this.solver.stats;
  }

  /**
   * What the parser gives the lists of an `assert` as they are read (parser.ts `Reducer`):
   * elaborated in the current scope, unless `:produce-assertions` keeps the assertions' text.
   * Pre: commands run as they are parsed (each before the next is read), so the scope at a
   * list's ')' is its command's.
   * @example for (const item of parseScript(text, file, poll, undefined, 'direct', ex.reducer)) ...
   */
  readonly reducer: Reducer = (list) => (this.produceAssertions ? undefined : this.elab.reduce(list));

  /**
   * True once `exit` was executed (or a hook stopped the script): nothing more is executed.
   * @example ex.execute(exitCmd); ex.done // true
   */
  get done(): boolean {
    return this.exited;
  }

  /**
   * Sets the deadline of the whole run (`Date.now()` scale): checks answer `unknown` after it.
   * @example ex.setDeadline(Date.now() + 10_000);
   */
  setDeadline(at: number | undefined): void {
    this.deadline = at;
  }

  /**
   * Sets the time limit of each check in milliseconds (0 = none), as `(set-option :timeout ms)` does.
   * @example ex.setCheckTimeout(5000);
   */
  setCheckTimeout(ms: number): void {
    this.checkTimeoutMs = this.initialCheckTimeoutMs = ms;
  }

  /**
   * Runs a whole script text (until `exit` or its end). The time limit (`options.timeout`)
   * counts from `startedAt` (`Date.now()` scale; default now): the CLI passes the start of the
   * process, so that `-t` bounds the whole run as Z3's `-T` does.
   * @example await new Executor(defaultOptions, { out: console.log }).run('(check-sat)');
   */
  async run(text: string, startedAt = Date.now()): Promise<void> {
    if (this.options.timeout > 0) this.deadline = startedAt + this.options.timeout * 1000;
    // A large input can take longer to read than the time limit allows: reading polls the
    // limit (and the signal), and stops when it is reached (see `stopReading`).
    let at = 0;
    const poll = (offset: number) => {
      at = offset;
      if (this.signal?.aborted) throw new LimitReached('canceled');
      if (this.deadline !== undefined && Date.now() >= this.deadline) throw new LimitReached('timeout');
    };
    try {
      for (const item of parseScript(text, this.file, poll, undefined, 'direct', this.reducer)) {
        if (item instanceof ParseError) {
          this.error(item.message);
          continue;
        }
        await this.execute(item);
        if (this.exited) break;
      }
    } catch (e) {
      if (!(e instanceof LimitReached)) throw e;
      this.stopReading(e.reason, text.includes('check-sat', at));
    }
  }

  /**
   * Runs a script text without waiting: for a hook that solves no check (replay.ts), every
   * command completes at once (ContractError if the hook answers `solve`). Stops at `exit`, at
   * the hook's `stop`, or at the end.
   * @example new Executor(defaultOptions, { out: () => {} }, 'f.smt2', undefined, () => 'skip').runWithoutChecks(text);
   */
  runWithoutChecks(text: string): void {
    for (const item of parseScript(text, this.file)) {
      if (item instanceof ParseError) this.error(item.message);
      else if (this.execute(item)) throw new ContractError('runWithoutChecks: the hook let a check be solved');
      if (this.exited) break;
    }
  }

  /**
   * Elaborates `e`, a Boolean term, in the current scope: for the proof checkers, which replay a
   * script to a check and add the assertions an optimisation added there.
   * @throws CommandError (an EagerSmtError) when `e` is not a well-sorted Boolean term here.
   * @example ex.elaborateAssertion(parseSExprs('(< x 5)', 'c')[0]!)
   */
  elaborateAssertion(e: SExpr): Term {
    const t = this.elab.term(e);
    if (t.sort.name !== 'Bool') this.fail(e.pos, `assertion is not Boolean (sort ${t.sort.name})`);
    return t;
  }

  /**
   * The time limit (or the signal) stopped the reading of the script, as Z3's `-T` stops the
   * whole run: the check still ahead, if any, is answered `unknown` (its reason is `reason`),
   * and the rest of the script is not executed.
   * @example ex.stopReading('timeout', true); // prints unknown
   */
  stopReading(reason: string, checkAhead: boolean): void {
    this.io.diag?.(`${reason} while reading the input; the rest of the script is not executed`);
    if (!checkAhead) return;
    this.solver.giveUp(reason);
    this.respond({ kind: 'check', status: 'unknown', reason, text: 'unknown' });
  }

  /**
   * Reports an error as the response `(error "message")` (a parse error of the reader).
   * @example ex.error('f.smt2:1:1: unexpected \')\'');
   */
  error(message: string): void {
    this.respond({ kind: 'error', message, text: `(error ${printString(message)})` });
  }

  private success(): void {
    if (this.printSuccess) this.respond({ kind: 'success', text: 'success' });
  }

  private respond(r: Response): void {
    this.io.out(r.text);
    this.io.response?.(r);
  }

  private info(text: string): void {
    this.respond({ kind: 'info', text });
  }

  private unsupported(): void {
    this.respond({ kind: 'unsupported', text: 'unsupported' });
  }

  /**
   * Executes one top-level S-expression; errors are printed, never thrown. Returns a promise
   * only when the command is a check that is solved.
   * @example await ex.execute(parseSExprs('(check-sat)', 'f')[0]!);
   */
  execute(cmd: SExpr): Promise<void> | undefined {
    try {
      const pending = this.dispatch(cmd);
      if (pending) return pending.catch((e: unknown) => this.report(e, cmd));
    } catch (e) {
      this.report(e, cmd);
    }
    return undefined;
  }

  private report(e: unknown, cmd: SExpr): void {
    if (e instanceof EagerSmtError) this.error(e.message);
    else if (e instanceof RangeError) this.error(`${this.where(cmd.pos)}: input nested too deeply`);
    else throw e;
  }

  private where(pos: Pos): string {
    return `${this.file}:${pos.line}:${pos.col}`;
  }

  private fail(pos: Pos, message: string): never {
    throw new CommandError(`${this.where(pos)}: ${message}`);
  }

  /** The one switch over command names: executes `cmd`, or throws an error to report. */
  private dispatch(cmd: SExpr): Promise<void> | void {
    if (cmd.kind !== 'list' || cmd.items.length === 0 || cmd.items[0]!.kind !== 'symbol')
      this.fail(cmd.pos, 'expected a command');
    const name = (cmd.items[0] as { name: string }).name;
    const args = cmd.items.slice(1);
    const argc = (n: number) => {
      if (args.length !== n) this.fail(cmd.pos, `'${name}' expects ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
    };
    switch (name) {
      case 'set-logic': {
        argc(1);
        // Only in start mode, and once (as Z3 and cvc5: an error, and the script goes on).
        if (this.started) this.fail(cmd.pos, 'logic must be set before initialization');
        if (this.logicSet) this.fail(cmd.pos, 'the logic has already been set');
        // Every logic is accepted; what is unsupported is reported where it occurs. In a logic
        // over the reals alone, numerals are reals, as in Z3.
        this.elab.numeralsAreReal = REAL_LOGIC.test(this.symbol(args[0]!));
        this.logicSet = true;
        return this.success();
      }
      case 'set-option':
        return this.setOption(cmd, args);
      case 'get-option':
        return this.getOption(cmd, args);
      case 'set-info': {
        if (args.length < 1 || args[0]!.kind !== 'keyword') this.fail(cmd.pos, "'set-info' expects a keyword");
        return this.success();
      }
      case 'get-info':
        return this.getInfo(cmd, args);
      case 'declare-const': {
        argc(2);
        this.started = true;
        this.elab.declareConst(this.symbol(args[0]!), this.elab.sort(args[1]!), args[0]!.pos);
        this.solver.invalidate();
        return this.success();
      }
      case 'declare-fun': {
        argc(3);
        this.started = true;
        const domain = this.list(args[1]!).items.map((e) => this.elab.sort(e));
        if (domain.length > 0) this.elab.declareFun(this.symbol(args[0]!), domain, this.elab.sort(args[2]!), args[0]!.pos);
        else this.elab.declareConst(this.symbol(args[0]!), this.elab.sort(args[2]!), args[0]!.pos);
        this.solver.invalidate();
        return this.success();
      }
      case 'define-fun': {
        argc(4);
        this.started = true;
        const params = this.list(args[1]!).items.map((p): [string, Sort] => {
          if (p.kind !== 'list' || p.items.length !== 2) this.fail(p.pos, 'expected a parameter (symbol sort)');
          return [this.symbol(p.items[0]!), this.elab.sort(p.items[1]!)];
        });
        this.elab.defineFun(this.symbol(args[0]!), params, this.elab.sort(args[2]!), args[3]!, args[0]!.pos);
        return this.success();
      }
      case 'define-const': {
        // Z3's and cvc5's extension: `(define-const c s t)` is `(define-fun c () s t)`.
        argc(3);
        this.started = true;
        this.elab.defineFun(this.symbol(args[0]!), [], this.elab.sort(args[1]!), args[2]!, args[0]!.pos);
        return this.success();
      }
      case 'define-sort': {
        argc(3);
        this.started = true;
        const params = this.list(args[1]!).items.map((p) => this.symbol(p));
        this.elab.defineSort(this.symbol(args[0]!), params, args[2]!, args[0]!.pos);
        return this.success();
      }
      case 'declare-sort': {
        if (args.length < 1 || args.length > 2) this.fail(cmd.pos, "'declare-sort' expects a symbol and an arity");
        this.started = true;
        const arity = args[1] ? this.numeral(args[1]) : 0;
        this.elab.declareSort(this.symbol(args[0]!), arity, args[0]!.pos);
        return this.success();
      }
      case 'assert': {
        argc(1);
        this.started = true;
        const t = this.elab.term(args[0]!);
        if (t.sort.name !== 'Bool') this.fail(args[0]!.pos, `assertion is not Boolean (sort ${t.sort.name})`);
        const name = topName(args[0]!);
        const record: Asserted = this.produceAssertions ? { source: args[0]! } : {};
        if (name !== undefined && this.produceUnsatCores) {
          record.name = name;
          record.selector = this.solver.store.var(`core|${++this.selectors}|${name}`, Sort.Bool);
          this.solver.assert(this.solver.store.mk('=>', [record.selector, t]));
        } else this.solver.assert(t);
        this.asserted[this.asserted.length - 1]!.push(record);
        return this.success();
      }
      case 'minimize':
      case 'maximize': {
        // Z3's extension: objectives, optimised lexicographically by the checks that follow.
        argc(1);
        this.started = true;
        const t = this.elab.term(args[0]!);
        this.solver.objective({ term: t, sense: name === 'minimize' ? 'min' : 'max' }, this.elab.loc(args[0]!.pos));
        this.goals[this.goals.length - 1]!.push(args[0]!);
        return this.success();
      }
      case 'get-objectives':
        argc(0);
        return this.getObjectives(cmd);
      case 'check-sat':
        argc(0);
        return this.checkSat([]);
      case 'check-sat-assuming': {
        argc(1);
        const written = this.list(args[0]!).items;
        const lits = written.map((e) => {
          const t = this.elab.term(e);
          if (t.sort.name !== 'Bool') this.fail(e.pos, `assumption is not Boolean (sort ${t.sort.name})`);
          return t;
        });
        return this.checkSat(lits, written);
      }
      case 'push': {
        const n = args.length === 0 ? 1 : this.numeral(args[0]!);
        this.started = true;
        this.solver.push(n);
        this.elab.symbols.push(n);
        for (let i = 0; i < n; i++) {
          this.asserted.push([]);
          this.goals.push([]);
        }
        return this.success();
      }
      case 'pop': {
        const n = args.length === 0 ? 1 : this.numeral(args[0]!);
        this.solver.pop(n, this.elab.loc(cmd.pos));
        this.elab.symbols.pop(n);
        this.asserted.length -= n;
        this.goals.length -= n;
        return this.success();
      }
      case 'get-model':
        argc(0);
        return this.getModel(cmd);
      case 'get-value': {
        argc(1);
        const model = this.requireModel(cmd);
        const terms = this.list(args[0]!).items;
        if (terms.length === 0) this.fail(args[0]!.pos, "'get-value' expects at least one term");
        const memo = new Map<number, Value>();
        const values = terms.map((e) => {
          const t = this.elab.term(e);
          const v = evaluate(t, model, memo);
          return { term: printSExpr(e), value: publicValue(v, t.sort), text: printValue(v, t.sort) };
        });
        // Z3's layout: one pair per line.
        const text = `(${values.map((p) => `(${p.term} ${p.text})`).join('\n ')})`;
        this.respond({ kind: 'values', values: values.map(({ term, value }) => ({ term, value })), text });
        return;
      }
      case 'get-assignment': {
        argc(0);
        if (!this.produceAssignments) this.fail(cmd.pos, 'assignment generation is disabled (:produce-assignments false)');
        const model = this.requireModel(cmd);
        const memo = new Map<number, Value>();
        const values = this.elab.symbols
          .named()
          .filter(([, t]) => t.sort.name === 'Bool')
          .map(([name, t]) => ({ name, value: evaluate(t, model, memo) as boolean }));
        const text = `(${values.map((p) => `(${printSymbol(p.name)} ${printValue(p.value)})`).join(' ')})`;
        this.respond({ kind: 'assignment', values, text });
        return;
      }
      case 'get-assertions': {
        argc(0);
        if (!this.produceAssertions) this.fail(cmd.pos, 'assertion listing is not enabled, use (set-option :produce-assertions true)');
        const written = this.asserted.flat().map((a) => printSExpr(a.source!));
        this.respond({ kind: 'assertions', assertions: written, text: `(${written.join('\n ')})` });
        return;
      }
      case 'get-unsat-core': {
        argc(0);
        if (!this.produceUnsatCores) this.fail(cmd.pos, 'unsat core construction is not enabled, use (set-option :produce-unsat-cores true)');
        const core = this.requireCore(cmd);
        this.respond({ kind: 'core', names: core.core, text: `(${core.core.join(' ')})` });
        return;
      }
      case 'get-unsat-assumptions': {
        argc(0);
        if (!this.produceUnsatAssumptions)
          this.fail(cmd.pos, 'unsat assumptions construction is not enabled, use (set-option :produce-unsat-assumptions true)');
        const core = this.requireCore(cmd);
        this.respond({ kind: 'core', names: core.assumptions, text: `(${core.assumptions.join(' ')})` });
        return;
      }
      case 'get-proof':
        this.fail(cmd.pos, `'${name}' is not supported`);
        return;
      case 'simplify':
        // Z3's extension: prints the term as eagersmt's word-level rewriter leaves it (no
        // equality substitution), which is not always Z3's own normal form.
        argc(1);
        this.respond({ kind: 'term', text: printTerm(rewrite([], [this.elab.term(args[0]!)]).assumptions[0]!) });
        return;
      case 'get-interpolant':
        // An extension (cvc5, SMT-LIB 2.7 drafts) that Z3 does not support either.
        return this.unsupported();
      case 'echo': {
        argc(1);
        if (args[0]!.kind !== 'string') this.fail(args[0]!.pos, "'echo' expects a string literal");
        const value = (args[0] as { value: string }).value;
        this.respond({ kind: 'echo', value, text: value });
        return;
      }
      case 'reset':
        argc(0);
        this.solver.reset();
        this.elab = new Elaborator(this.file, this.solver.store);
        this.resetOptions();
        this.asserted = [[]];
        this.goals = [[]];
        return this.success();
      case 'reset-assertions':
        argc(0);
        this.solver.resetAssertions();
        this.elab.symbols.pop(this.elab.symbols.depth);
        this.asserted = [[]];
        this.goals = [[]];
        return this.success();
      case 'exit':
        this.exited = true;
        return this.success();
      case 'define-fun-rec':
      case 'define-funs-rec':
      case 'declare-datatype':
      case 'declare-datatypes':
        throw new UnsupportedError(`'${name}' is not supported`, this.elab.loc(cmd.pos));
      default:
        this.fail(cmd.items[0]!.pos, `unknown command '${name}'`);
    }
  }

  /**
   * A check: the hook decides whether it is solved, skipped, or ends the script. The selectors
   * of the named assertions in scope (under `:produce-unsat-cores`) are assumed after the
   * check's own assumptions.
   */
  private checkSat(assumptions: Term[], written: SExpr[] = []): Promise<void> | void {
    this.started = true;
    this.solver.invalidate();
    this.core = undefined;
    const named = this.asserted.flat().filter((a) => a.selector !== undefined);
    const all = [...assumptions, ...named.map((a) => a.selector!)];
    const n = ++this.reached;
    const what = this.atCheck?.(n, { assertions: this.solver.assertions(), assumptions: all, declared: this.elab.symbols.declared() }) ?? 'solve';
    if (what === 'stop') this.exited = true;
    if (what !== 'solve') return;
    return this.solve(all, written, named.map((a) => a.name!), n);
  }

  /** Solves check `n` of the script (certificates and per-check files are named by `n`). */
  private async solve(assumptions: Term[], written: SExpr[], names: string[], n: number): Promise<void> {
    const perCheck = this.checkTimeoutMs > 0 ? Date.now() + this.checkTimeoutMs : undefined;
    const deadline = perCheck === undefined ? this.deadline : this.deadline === undefined ? perCheck : Math.min(perCheck, this.deadline);
    const optimizing = this.solver.objectives().length > 0;
    const result = optimizing
      ? await this.solver.optimize(assumptions, { deadline, signal: this.signal, errors: 'unknown', index: n })
      : await this.solver.check(assumptions, { deadline, signal: this.signal, errors: 'unknown', index: n });
    if (result.error) this.io.diag?.(result.error.message);
    if (result.reason?.startsWith('internal error')) this.io.diag?.(result.reason);
    const { status, reason } = result;
    if (status === 'unsat') {
      // The failed assumptions (all of them when the engine cannot tell), in the order given.
      const failed = [...new Set(('failed' in result ? result.failed : undefined) ?? assumptions.map((_, i) => i))].sort((a, b) => a - b);
      const own = failed.filter((i) => i < written.length).map((i) => printSExpr(written[i]!));
      const core = failed.filter((i) => i >= written.length).map((i) => printSymbol(names[i - written.length]!));
      this.core = { core: [...core, ...own], assumptions: own };
    }
    this.respond(status === 'unknown' ? { kind: 'check', status, reason: reason ?? 'incomplete', text: status } : { kind: 'check', status, text: status });
  }

  /**
   * `get-objectives` as Z3 4.8 prints it: one line per objective, its value when optimal,
   * `oo` / `(* (- 1) oo)` when unbounded, and `(interval bound value)` for one the search did
   * not settle (the bound proven, then the value in the model; infinite when none).
   */
  private getObjectives(cmd: SList): void {
    const outcomes = this.solver.lastObjectives;
    if (!outcomes) this.fail(cmd.pos, 'objectives are not available (no check since the last change)');
    const goals = this.solver.objectives();
    const written = this.goals.flat();
    const plusInf = 'oo';
    const minusInf = '(* (- 1) oo)';
    const lines = outcomes.map((o, i) => {
      const g = goals[i]!;
      const term = printSExpr(written[i]!);
      const num = (v: bigint) => printValue(v, g.term.sort.kind === 'BitVec' ? Sort.Int : g.term.sort);
      const inf = g.sense === 'min' ? minusInf : plusInf;
      switch (o.status) {
        case 'optimal':
          return `(${term} ${num(o.value!)})`;
        case 'unbounded':
          return `(${term} ${inf})`;
        case 'bounds':
          return `(${term}  (interval ${o.bound === undefined ? inf : num(o.bound)} ${num(o.value!)}))`;
        case 'skipped': {
          if (g.term.sort.kind !== 'BitVec') return `(${term}  (interval ${minusInf} ${plusInf}))`;
          const model = this.solver.last?.model;
          const range = g.sense === 'min' ? 0n : (1n << BigInt(g.term.sort.width)) - 1n;
          const value = model ? (evaluate(g.term, model) as bigint) : g.sense === 'min' ? (1n << BigInt(g.term.sort.width)) - 1n : 0n;
          return `(${term}  (interval ${range} ${value}))`;
        }
        default:
          return assertExhaustive(o.status, 'objective status');
      }
    });
    const objectives = outcomes.map((o, i) => ({ term: printSExpr(written[i]!), status: o.status, value: o.value, bound: o.bound }));
    this.respond({ kind: 'objectives', objectives, text: `(objectives\n${lines.map((l) => ` ${l}\n`).join('')})` });
  }

  private requireCore(cmd: SList): Core {
    if (this.solver.last?.status !== 'unsat' || this.core === undefined) this.fail(cmd.pos, 'unsat core is not available (the last check did not answer unsat)');
    return this.core;
  }

  private resetOptions(): void {
    this.printSuccess = false;
    this.produceModels = this.produceAssignments = true;
    this.produceUnsatCores = this.produceUnsatAssumptions = this.produceAssertions = false;
    this.started = this.logicSet = false;
    this.checkTimeoutMs = this.initialCheckTimeoutMs;
    this.core = undefined;
  }

  private requireModel(cmd: SList): Map<number, Value> {
    if (!this.produceModels) this.fail(cmd.pos, 'model generation is disabled (:produce-models false)');
    const model = this.solver.last?.model;
    if (!model) this.fail(cmd.pos, 'model is not available');
    return model;
  }

  private getModel(cmd: SList): void {
    const model = this.requireModel(cmd);
    const memo = new Map<number, Value>();
    const entries = this.elab.symbols.declared().map((t) => ({ name: t.name!, domain: t.domain, sort: t.sort, value: evaluate(t, model, memo) }));
    const values = entries.flatMap((e) => (e.value instanceof FunTable ? [] : [{ name: e.name, sort: e.sort.name, value: publicValue(e.value, e.sort) }]));
    this.respond({ kind: 'model', values, text: printModel(entries) });
  }

  private setOption(cmd: SList, args: SExpr[]): void {
    if (args.length < 1 || args[0]!.kind !== 'keyword') this.fail(cmd.pos, "'set-option' expects a keyword");
    const key = (args[0] as { name: string }).name;
    const value = args[1];
    const at = (value ?? args[0]!).pos;
    const bool = (): boolean => {
      if (value?.kind === 'symbol' && (value.name === 'true' || value.name === 'false')) return value.name === 'true';
      return this.fail(at, `option ${key} expects true or false`);
    };
    const numeral = (): bigint => {
      if (value?.kind !== 'numeral') this.fail(at, `option ${key} expects a numeral`);
      return value.value;
    };
    const string = (): string => {
      if (value?.kind !== 'string') this.fail(at, `option ${key} expects a string`);
      return value.value;
    };
    // Options that fix what the solver records: only before the first declaration or assertion.
    const initial = (): boolean => {
      const b = bool();
      if (this.started) this.fail(cmd.pos, `error setting '${key}', option value cannot be modified after initialization`);
      return b;
    };
    switch (key) {
      case ':print-success':
        this.printSuccess = bool();
        break;
      case ':produce-models':
        this.produceModels = bool();
        break;
      case ':produce-assignments':
        this.produceAssignments = bool();
        break;
      case ':produce-unsat-cores':
        this.produceUnsatCores = initial();
        break;
      case ':produce-unsat-assumptions':
        this.produceUnsatAssumptions = initial();
        break;
      case ':produce-assertions':
      case ':interactive-mode': // its name in SMT-LIB 2.0
        this.produceAssertions = initial();
        break;
      case ':global-declarations':
        this.elab.symbols.global = initial();
        break;
      case ':timeout': {
        const ms = numeral();
        this.checkTimeoutMs = ms >= 4294967295n ? 0 : Number(ms); // Z3's "none"
        break;
      }
      // Values eagersmt always has are accepted; any other is `unsupported`.
      case ':produce-proofs':
        if (bool()) return this.unsupported();
        break;
      case ':random-seed':
      case ':smt.random_seed': {  // Z3's name of the same seed
        // Z3's and cvc5's seeds are 32-bit, the search's 31-bit: any numeral is taken, reduced.
        this.randomSeed = numeral();
        const seed = Number(this.randomSeed % BigInt(MAX_SEED + 1));
        if (seed !== (this.solver.options.randomSeed ?? 0)) this.solver.configure({ ...this.solver.options, randomSeed: seed });
        break;
      }
      case ':verbosity':
      case ':reproducible-resource-limit':
        if (numeral() !== 0n) return this.unsupported();
        break;
      case ':regular-output-channel':
        if (string() !== 'stdout') return this.unsupported();
        break;
      case ':diagnostic-output-channel':
        if (string() !== 'stderr') return this.unsupported();
        break;
      default:
        this.unsupported();
        return;
    }
    this.success();
  }

  private getOption(cmd: SList, args: SExpr[]): void {
    if (args.length !== 1 || args[0]!.kind !== 'keyword') this.fail(cmd.pos, "'get-option' expects a keyword");
    const key = (args[0] as { name: string }).name;
    const values: Record<string, string> = {
      ':print-success': String(this.printSuccess),
      ':produce-models': String(this.produceModels),
      ':produce-assignments': String(this.produceAssignments),
      ':produce-unsat-cores': String(this.produceUnsatCores),
      ':produce-unsat-assumptions': String(this.produceUnsatAssumptions),
      ':produce-assertions': String(this.produceAssertions),
      ':interactive-mode': String(this.produceAssertions),
      ':global-declarations': String(this.elab.symbols.global),
      ':timeout': String(this.checkTimeoutMs),
      ':produce-proofs': 'false',
      ':verbosity': '0',
      ':random-seed': String(this.randomSeed),
      ':reproducible-resource-limit': '0',
      ':regular-output-channel': '"stdout"',
      ':diagnostic-output-channel': '"stderr"',
    };
    const v = values[key];
    return v === undefined ? this.unsupported() : this.info(v);
  }

  private getInfo(cmd: SList, args: SExpr[]): void {
    if (args.length !== 1 || args[0]!.kind !== 'keyword') this.fail(cmd.pos, "'get-info' expects a keyword");
    const key = (args[0] as { name: string }).name;
    switch (key) {
      case ':name':
        return this.info(`(:name ${printString(SOLVER_NAME)})`);
      case ':version':
        return this.info(`(:version ${printString(SOLVER_VERSION)})`);
      case ':authors':
        return this.info(`(:authors ${printString('the eagersmt developers')})`);
      case ':error-behavior':
        return this.info('(:error-behavior continued-execution)');
      case ':assertion-stack-levels':
        return this.info(`(:assertion-stack-levels ${this.solver.depth})`);
      case ':reason-unknown': {
        // As Z3: after a definite answer (or none) the reason is "unknown".
        const last = this.solver.last;
        const reason = last?.status === 'unknown' ? (last.reason ?? 'incomplete') : 'unknown';
        return this.info(`(:reason-unknown ${printString(reason)})`);
      }
      case ':all-statistics': {
        const s = this.checks[this.checks.length - 1];
        const body = s ? ` :encode-time ${(s.encodeMs / 1000).toFixed(3)} :solve-time ${(s.solveMs / 1000).toFixed(3)} :cnf-vars ${s.vars} :cnf-clauses ${s.clauses}` : '';
        return this.info(`(${body.trim()})`);
      }
      default:
        return this.unsupported();
    }
  }

  private symbol(e: SExpr): string {
    if (e.kind !== 'symbol') this.fail(e.pos, 'expected a symbol');
    return e.name;
  }

  private numeral(e: SExpr): number {
    if (e.kind !== 'numeral') this.fail(e.pos, 'expected a numeral');
    if (e.value > 1000000n) this.fail(e.pos, 'numeral too large');
    return Number(e.value);
  }

  private list(e: SExpr): SList {
    if (e.kind !== 'list') this.fail(e.pos, 'expected a list');
    return e;
  }
}

/**
 * The name of an assertion `(! t ... :named n ...)`, if it has one at the top.
 * @example topName(parseSExprs('(! (> x 0) :named pos)', 'f')[0]!) // 'pos'
 */
function topName(e: SExpr): string | undefined {
  if (e.kind !== 'list' || e.items[0]?.kind !== 'symbol' || e.items[0].name !== '!') return undefined;
  for (let i = 2; i + 1 < e.items.length; i++) {
    const k = e.items[i]!;
    const v = e.items[i + 1]!;
    if (k.kind === 'keyword' && k.name === ':named' && v.kind === 'symbol') return v.name;
  }
  return undefined;
}
