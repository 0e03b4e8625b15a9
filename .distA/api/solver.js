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
 * After an `unsat`, `unsatCore()` gives a subset of the assumptions of `checkAssuming` and of
 * the trackers of the assertions added by `addAndTrack` that is unsat with the other assertions
 * (the failed assumptions; all of them when the engine cannot tell). A tracked assertion is
 * asserted as `(=> p f)` for its tracker `p`, a Boolean constant every check assumes, as Z3's
 * `assert_and_track` does (docs/ARCHITECTURE.md, "Script and assertion stack").
 *
 * With objectives in scope (`minimize`, `maximize`), a check optimises them lexicographically
 * (engine/optimize.ts) and `objectives()` tells what it found of each.
 * A model iterates over the constants of the assertions and assumptions of its check, in the
 * order of their first occurrence, each with its value, and prints (`String(model)`) as the
 * CLI's `get-model`. `toSmtLib()` writes the assertion stack as a script Z3 reads: the
 * declarations, the base assertions, a `(push 1)` before each level's assertions, and the
 * check the solver would make.
 */
import { backendChoice } from '../engine/backend.js';
import { withDefaults } from '../engine/options.js';
import { ContractError } from '../errors.js';
import { evaluate } from '../model/evaluate.js';
import { publicValue } from '../model/value.js';
import { printTerm } from '../smtlib/print-term.js';
import { printModel, printSymbol } from '../smtlib/printer.js';
import { Sort } from '../terms/sort.js';
import { postOrder } from '../terms/walk.js';
import { constNode, foldExpr, toBool, toNode } from './expr.js';
import { TermSolver } from './term-solver.js';
export class Solver {
    options;
    core;
    terms = new WeakMap();
    /** The expression each constant was first given as, by term id (for model iteration). */
    constants = new Map();
    /** The assertions of each open level, as `core` holds them; level 0 is the base. */
    levels = [[]];
    /** The objectives of each open level, as given (parallel to `levels`). */
    goals = [[]];
    /** The assumptions of the last check, trackers included (their constants belong to its model). */
    assumed = [];
    /** The failed assumptions of the last `unsat`, as given. */
    failedCore;
    /** Statistics of every check so far (times, CNF size, encodings), oldest first. */
    stats;
    /**
     * A new solver with its own term store. Throws ContractError for an unknown backend or
     * contradictory backend options.
     * @example const s = new Solver({ idlEncoding: 'order', timeout: 10 });
     */
    constructor(options = {}) {
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
    add(...facts) {
        this.idle('add');
        const terms = facts.map((f) => this.intern(toBool(f)));
        this.core.assert(...terms);
        this.levels[this.levels.length - 1].push(...terms.map((term) => ({ term })));
    }
    /**
     * Asserts `fact` tracked by `tracker`, a Boolean constant (or the name of one): `(=> tracker
     * fact)` is asserted and every check assumes `tracker`, so that after an `unsat` the core
     * (`unsatCore()`) names the tracked assertions it needs by their trackers. Returns the
     * tracker. ContractError when the tracker is not a Boolean constant or already tracks an
     * assertion in scope.
     * @example const a1 = solver.addAndTrack(x.gt(3), 'a1'); solver.add(x.lt(2)); await solver.check(); solver.unsatCore() // [a1]
     */
    addAndTrack(fact, tracker) {
        this.idle('addAndTrack');
        const expr = typeof tracker === 'string' ? constNode(tracker, Sort.Bool) : toNode(tracker, 'addAndTrack');
        if (expr.op !== 'var' || expr.kind !== 'Bool')
            throw new ContractError(`addAndTrack: a tracker must be a Bool constant, got ${expr.toString()}`);
        const t = this.intern(expr);
        if (this.levels.some((l) => l.some((e) => e.tracker?.term === t)))
            throw new ContractError(`addAndTrack: ${expr.toString()} already tracks an assertion`);
        const fact_ = this.intern(toBool(fact));
        const term = this.core.store.mk('=>', [t, fact_]);
        this.core.assert(term);
        this.levels[this.levels.length - 1].push({ term, tracker: { expr, term: t, fact: fact_ } });
        return expr;
    }
    /**
     * Opens a level: what is added after it is removed by the matching `pop`.
     * @example solver.push(); solver.add(x.gt(5)); await solver.check(); solver.pop();
     */
    push() {
        this.idle('push');
        this.core.push();
        this.levels.push([]);
        this.goals.push([]);
    }
    /**
     * Closes `n` levels (default 1); ContractError when fewer are open.
     * @example solver.pop(2);
     */
    pop(n = 1) {
        this.idle('pop');
        if (!Number.isSafeInteger(n) || n < 0)
            throw new ContractError(`pop expects a natural number, got ${n}`);
        this.core.pop(n);
        this.levels.length -= n;
        this.goals.length -= n;
    }
    /**
     * Adds an objective at the current level: every later check (until the level is popped)
     * minimises `t`, an Int or bit-vector expression (unsigned), after the objectives added
     * before it (lexicographic order, as Z3's `Optimize`). The check answers `sat` with a model
     * optimal for all of them; `objectives()` gives the values. ContractError for another sort.
     * @example solver.minimize(makespan); await solver.check(); solver.objectives()[0].value // 42n
     */
    minimize(t) {
        this.addGoal(t, 'min');
    }
    /**
     * As `minimize`, maximising `t`.
     * @example solver.maximize(x.sub(y)); await solver.check();
     */
    maximize(t) {
        this.addGoal(t, 'max');
    }
    addGoal(t, sense) {
        this.idle(sense === 'min' ? 'minimize' : 'maximize');
        const node = toNode(t, sense === 'min' ? 'minimize' : 'maximize');
        const term = this.intern(node);
        if (term.sort.kind !== 'Int' && term.sort.kind !== 'BitVec')
            throw new ContractError(`${sense === 'min' ? 'minimize' : 'maximize'}: expected an Int or bit-vector expression, got sort ${term.sort.name}`);
        this.core.objective({ term, sense });
        this.goals[this.goals.length - 1].push({ expr: t, sense });
    }
    /**
     * The objectives in scope with what the last check found of them (see `ObjectiveResult`),
     * which must have answered `sat`, or `unknown` with a model (the search stopped early), with
     * the assertions and objectives unchanged since; ContractError otherwise.
     * @example solver.maximize(x); await solver.check(); solver.objectives() // [{ expr: x, sense: 'max', status: 'optimal', value: 10n, bound: 10n }]
     */
    objectives() {
        this.idle('objectives');
        const found = this.core.lastObjectives;
        const goals = this.goals.flat();
        if (!found || found.length !== goals.length)
            throw new ContractError(`no objectives: ${this.describeState()}`);
        return goals.map((g, i) => ({ ...g, ...found[i] }));
    }
    /**
     * Number of open `push` levels.
     * @example new Solver().depth // 0
     */
    get depth() {
        return this.core.depth;
    }
    /**
     * Decides the conjunction of the assertions.
     * @example if ((await solver.check({ timeout: 5 })) === 'sat') console.log(solver.model().get(x));
     */
    check(options = {}) {
        return this.run([], options);
    }
    /**
     * Decides the assertions together with `assumptions`, which hold for this check only.
     * @example await solver.checkAssuming([p, Not(q)]) // 'unsat'
     */
    checkAssuming(assumptions, options = {}) {
        this.idle('checkAssuming');
        return this.run(assumptions.map((a) => this.intern(toBool(a))), options, assumptions);
    }
    /**
     * The failed assumptions of the last check, which must have answered `unsat` with the
     * assertions unchanged since: a subset of the assumptions of `checkAssuming` (as given),
     * then of the trackers of `addAndTrack`, that is unsat together with the untracked
     * assertions; empty when those alone are unsat. ContractError otherwise.
     * @example await solver.checkAssuming([p, q, Not(p)]) // 'unsat'; solver.unsatCore() // [p, Not(p)]
     */
    unsatCore() {
        this.idle('unsatCore');
        if (this.core.last?.status !== 'unsat' || this.failedCore === undefined)
            throw new ContractError(`no unsat core: ${this.describeState()}`);
        return [...this.failedCore];
    }
    /**
     * The model of the last check, which must have answered `sat` with the assertions unchanged
     * since (or `unknown` after finding a model: an optimisation stopped by its time limit, whose
     * best model this is); ContractError otherwise.
     * @example solver.model().eval(x.add(y)) // 7n
     */
    model() {
        this.idle('model');
        const last = this.core.last;
        if (last?.status === 'unsat' || !last?.model)
            throw new ContractError(`no model: ${this.describeState()}`);
        return new SolverModel(last.model, (t) => this.intern(t), this.declared([...this.assertionTerms(), ...this.assumed]));
    }
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
    toSmtLib(assumptions = []) {
        this.idle('toSmtLib');
        const assumed = assumptions.map((a) => this.intern(toBool(a)));
        const lines = this.declared([...this.assertionTerms(), ...assumed], true).map(([, t]) => `(declare-const ${printSymbol(t.name)} ${t.sort.name})`);
        this.levels.forEach((level, i) => {
            if (i > 0)
                lines.push('(push 1)');
            for (const e of level)
                lines.push(`(assert ${printTerm(e.term)})`);
        });
        const all = [...assumed.map((t) => printTerm(t)), ...this.trackers().map((t) => printSymbol(t.name))];
        lines.push(all.length > 0 ? `(check-sat-assuming (${all.join(' ')}))` : '(check-sat)');
        return lines.join('\n') + '\n';
    }
    assertionTerms() {
        return this.levels.flatMap((l) => l.map((e) => e.term));
    }
    /** The tracker terms in scope, oldest first. */
    trackers() {
        return this.levels.flatMap((l) => l.flatMap((e) => (e.tracker ? [e.tracker.term] : [])));
    }
    /**
     * The constants of `roots` in the order of first occurrence (depth first, left to right),
     * each with the expression it was given as. ContractError for one name with two sorts when `strict`.
     */
    declared(roots, strict = false) {
        const out = [];
        const seen = new Set();
        const names = new Map();
        const visit = (root) => postOrder([root], (u) => seen.has(u.id), (u) => u.args.slice().reverse(), // the stack pops the last pushed: reversed, the leftmost goes first
        (u) => {
            seen.add(u.id);
            if (u.op !== 'var')
                return;
            const other = names.get(u.name);
            if (strict && other && other !== u)
                throw new ContractError(`the constant ${printSymbol(u.name)} has two sorts, ${other.sort.name} and ${u.sort.name}`);
            names.set(u.name, u);
            out.push([this.constants.get(u.id) ?? constNode(u.name, u.sort), u]);
        });
        for (const root of roots)
            visit(root);
        return out;
    }
    /**
     * Why the last check answered `unknown` (`timeout`, `canceled`, ...); ContractError when it did not.
     * @example await solver.check({ signal: AbortSignal.abort() }); solver.reasonUnknown() // 'canceled'
     */
    reasonUnknown() {
        this.idle('reasonUnknown');
        const last = this.core.last;
        if (last?.status !== 'unknown')
            throw new ContractError(`no reason: ${this.describeState()}`);
        return last.reason ?? 'incomplete';
    }
    describeState() {
        const last = this.core.last;
        if (last)
            return `the last check answered ${last.status}`;
        return this.stats.length === 0 ? 'no check yet' : 'the assertions changed since the last check';
    }
    idle(what) {
        if (this.core.checking)
            throw new ContractError(`${what}: a check of this solver is running (await it first)`);
    }
    async run(assumptions, options, given = []) {
        this.idle('check');
        this.core.invalidate();
        this.failedCore = undefined;
        const tracked = this.levels.flatMap((l) => l.flatMap((e) => (e.tracker ? [e.tracker] : [])));
        const all = [...assumptions, ...tracked.map((k) => k.term)];
        const givenAll = [...given, ...tracked.map((k) => k.expr)];
        this.assumed = all;
        const timeout = seconds(options.timeout ?? this.options.timeout);
        const deadline = timeout > 0 ? Date.now() + timeout * 1000 : undefined;
        const limits = { deadline, signal: options.signal, errors: 'unknown' };
        const result = this.core.objectives().length > 0 ? await this.core.optimize(all, limits) : await this.core.check(all, limits);
        if (result.status === 'unsat') {
            const failed = [...new Set(('failed' in result ? result.failed : undefined) ?? givenAll.map((_, i) => i))].sort((a, b) => a - b);
            this.failedCore = failed.map((i) => givenAll[i]);
        }
        return result.status;
    }
    /** The term of `root` in this solver's store (memoised per expression). */
    intern(root) {
        const store = this.core.store;
        return foldExpr(root, this.terms, {
            constant: (name, sort, n) => {
                const t = store.var(name, sort);
                if (!this.constants.has(t.id))
                    this.constants.set(t.id, n);
                return t;
            },
            literal: (n) => (n.op === 'int' ? store.int(n.value) : n.op === 'bv' ? store.bv(n.value, n.width) : store.bool(n.op === 'true')),
            app: (n, args) => store.mk(n.op, args, undefined, n.indices),
        });
    }
}
/** A time limit in seconds: a non-negative number, else ContractError. */
function seconds(t) {
    if (typeof t !== 'number' || !(t >= 0))
        throw new ContractError(`timeout must be a non-negative number of seconds, got ${String(t)}`);
    return t;
}
class SolverModel {
    values;
    intern;
    constants;
    memo = new Map();
    constructor(values, intern, 
    /** The constants of the check, each with the expression it was given as. */
    constants) {
        this.values = values;
        this.intern = intern;
        this.constants = constants;
    }
    get(x) {
        const n = toNode(x, 'Model.get');
        if (n.op !== 'var')
            throw new ContractError(`Model.get expects a constant, got ${n.toString()} (use eval for other terms)`);
        return this.value(n);
    }
    eval(t) {
        return this.value(toNode(t, 'Model.eval'));
    }
    *[Symbol.iterator]() {
        for (const [n, t] of this.constants)
            yield [n, publicValue(evaluate(t, this.values, this.memo), t.sort)];
    }
    toString() {
        return printModel(this.constants.map(([, t]) => ({ name: t.name, sort: t.sort, value: evaluate(t, this.values, this.memo) })));
    }
    value(n) {
        const t = this.intern(n);
        return publicValue(evaluate(t, this.values, this.memo), t.sort);
    }
}
//# sourceMappingURL=solver.js.map