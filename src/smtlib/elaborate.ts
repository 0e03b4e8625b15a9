/**
 * Elaboration: S-expressions to sorted terms, through a symbol table (symbols.ts) and a term
 * store, with errors at their source location (`f.smt2:3:14: unknown sort 'Foo'`).
 *
 * The `Elaborator` also carries out the language's definitions — `declare-const`, `declare-fun`,
 * `define-fun`, `define-sort`, `declare-sort` — into its symbol table (sorts include `(Array I E)`
 * and constant arrays `((as const (Array I E)) v)` are read here); it holds no assertions
 * (the assertion stack is the solver's, api/term-solver.ts).
 *
 * Elaboration is iterative — an explicit task stack and value stack — so 100,000-deep input
 * cannot overflow the call stack. `let` bindings live in a map of shadow stacks: a binding is
 * pushed when its body starts and popped when the body is done, which is exact because terms
 * are elaborated strictly depth-first. `define-fun` bodies are elaborated once; an application
 * substitutes the arguments into the body's DAG (memoised, so shared subterms stay shared).
 */
import { ContractError, EagerSmtError, SortError, UnsupportedError, type SourceLoc } from '../errors.js';
import { MAX_WIDTH } from '../terms/kinds.js';
import { rat, ratFromDecimal } from '../terms/rational.js';
import { Sort } from '../terms/sort.js';
import { TermStore, type Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';
import { OPAQUE_HEADS, type Pos, type SExpr, type SList } from './sexpr.js';
import { SymbolTable } from './symbols.js';

type Task =
  | { t: 'eval'; e: SExpr }
  | { t: 'apply'; e: SList; head: string; argc: number; indices: number[]; as?: Sort }
  | { t: 'bind'; names: string[] }
  | { t: 'unbind'; names: string[] }
  | { t: 'named'; name: string; pos: Pos };

export class Elaborator {
  private paramCounter = 0;
  /** Numerals denote reals (`set-logic` of a logic over the reals alone, e.g. QF_RDL), as in Z3. */
  numeralsAreReal = false;

  /**
   * An elaborator for the script `file` (named in error locations), building terms in `store`.
   * @example const elab = new Elaborator('f.smt2'); elab.declareConst('x', Sort.Int, pos);
   */
  constructor(
    private readonly file: string,
    readonly store: TermStore = new TermStore(),
    readonly symbols: SymbolTable = new SymbolTable(),
  ) {}

  /**
   * Source location of a position in this script.
   * @example elab.loc({ line: 3, col: 14 }) // { file: 'f.smt2', line: 3, col: 14 }
   */
  loc(pos: Pos): SourceLoc {
    return { file: this.file, line: pos.line, col: pos.col };
  }

  /**
   * `declare-fun name () sort` / `declare-const`: a new constant.
   * @example elab.declareConst('x', Sort.Int, pos)
   */
  declareConst(name: string, sort: Sort, pos: Pos): Term {
    const term = this.store.var(name, sort);
    this.symbols.bind(name, { kind: 'const', term }, this.loc(pos));
    return term;
  }

  /**
   * `declare-fun name (s1 ... sn) sort` with n ≥ 1: an uninterpreted function.
   * @example elab.declareFun('f', [Sort.Int], Sort.Int, pos)
   */
  declareFun(name: string, domain: readonly Sort[], range: Sort, pos: Pos): Term {
    const term = this.store.fun(name, domain, range);
    this.symbols.bind(name, { kind: 'fun', term }, this.loc(pos));
    return term;
  }

  /**
   * `define-fun name ((p s) ...) sort body`: a macro, expanded where it is applied.
   * @example elab.defineFun('inc', [['a', Sort.Int]], Sort.Int, body, pos)
   */
  defineFun(name: string, params: readonly [string, Sort][], sort: Sort, body: SExpr, pos: Pos): void {
    const paramTerms = params.map(([p, s]) => this.store.var(p, s, ++this.paramCounter));
    const term = this.term(body, new Map(params.map(([p], i) => [p, paramTerms[i]!])));
    if (term.sort !== sort)
      throw new SortError(`'${name}' is declared of sort ${sort.name} but its body has sort ${term.sort.name}`, this.loc(body.pos));
    this.symbols.bind(name, { kind: 'define', params: paramTerms, body: term }, this.loc(pos));
  }

  /**
   * `define-sort name (params) sort`.
   * @example elab.defineSort('Same', ['T'], parseSExprs('T', 'f')[0]!, pos)
   */
  defineSort(name: string, params: readonly string[], body: SExpr, pos: Pos): void {
    this.freshSort(name, pos);
    this.symbols.bindSort(name, params.length === 0 ? { params, body: this.sort(body) } : { params, body }, this.loc(pos));
  }

  /**
   * `declare-sort name arity`: a new uninterpreted sort (arity 0), or a sort constructor whose
   * every application `(name s1 ... sn)` is a distinct uninterpreted sort of that name.
   * @example elab.declareSort('U', 0, pos)
   */
  declareSort(name: string, arity: number, pos: Pos): void {
    this.freshSort(name, pos);
    const params = Array.from({ length: arity }, (_, i) => `${i}`);
    this.symbols.bindSort(name, { params, body: Sort.uninterpreted(name), declared: arity > 0 }, this.loc(pos));
  }

  private freshSort(name: string, pos: Pos): void {
    if (this.symbols.sort(name) || builtinSort(name)) throw new ContractError(`sort '${name}' is already declared`, this.loc(pos));
  }

  /**
   * Elaborates a sort expression; `args` binds the parameters of a parametric `define-sort`
   * being expanded (to sorts already elaborated in the caller's scope).
   * @example elab.sort(parseSExprs('(_ BitVec 8)', 'f')[0]!) // Sort.bitVec(8)
   */
  sort(e: SExpr, args: ReadonlyMap<string, Sort> = new Map()): Sort {
    if (e.kind === 'symbol') {
      const bound = args.get(e.name);
      if (bound) return bound;
      const b = builtinSort(e.name);
      if (b) return b;
      const def = this.symbols.sort(e.name);
      if (def && def.params.length === 0) return def.body instanceof Sort ? def.body : this.sort(def.body);
      if (def) throw new SortError(`sort '${e.name}' expects ${def.params.length} argument${def.params.length === 1 ? '' : 's'}, got 0`, this.loc(e.pos));
      if (e.name === 'Array') throw new SortError("sort 'Array' expects 2 arguments, got 0", this.loc(e.pos));
      throw new SortError(`unknown sort '${e.name}'`, this.loc(e.pos));
    }
    if (e.kind === 'list' && e.items.length > 0) {
      const [head, ...rest] = e.items;
      if (head!.kind === 'symbol' && head!.name === '_' && rest.length === 2 && rest[0]!.kind === 'symbol' && rest[0]!.name === 'BitVec') {
        const w = rest[1]!;
        if (w.kind !== 'numeral' || w.value < 1n || w.value > BigInt(MAX_WIDTH))
          throw new SortError(`bit-vector width must be a numeral from 1 to ${MAX_WIDTH}`, this.loc(w.pos));
        return Sort.bitVec(Number(w.value));
      }
      if (head!.kind === 'symbol' && rest.length > 0) {
        const name = head!.name;
        const def = args.has(name) ? undefined : this.symbols.sort(name);
        const isArray = !def && name === 'Array' && !args.has(name);
        if (!def && !isArray) throw new SortError(`unknown sort constructor '${name}'`, this.loc(head!.pos));
        const want = def ? def.params.length : 2;
        if (want !== rest.length)
          throw new SortError(`sort '${name}' expects ${want} argument${want === 1 ? '' : 's'}, got ${rest.length}`, this.loc(e.pos));
        const sorts = rest.map((r) => this.sort(r, args));
        if (isArray) return Sort.array(sorts[0]!, sorts[1]!);
        if (def!.declared) return Sort.uninterpreted(`(${name} ${sorts.map((s) => s.name).join(' ')})`);
        return this.sort(def!.body as SExpr, new Map(def!.params.map((p, i) => [p, sorts[i]!])));
      }
    }
    throw new SortError('malformed sort', this.loc(e.pos));
  }

  /**
   * Elaborates a term. `locals` binds parameter names (for `define-fun` bodies).
   * @example elab.term(parseSExprs('(<= x 3)', 'f')[0]!)
   */
  term(root: SExpr, locals: ReadonlyMap<string, Term> = NO_LOCALS): Term {
    // An atom, or a term the streaming elaborator made (`reduce`): no task stack for it.
    if (root.kind !== 'list' && locals.size === 0) return this.atomTerm(root, NO_SHADOWS);
    const shadows = new Map<string, Term[]>();
    for (const [k, v] of locals) shadows.set(k, [v]);
    const values: Term[] = [];
    const tasks: Task[] = [{ t: 'eval', e: root }];
    while (tasks.length > 0) {
      const task = tasks.pop()!;
      switch (task.t) {
        case 'eval':
          this.evalStep(task.e, shadows, tasks, values);
          break;
        case 'apply': {
          const args = values.splice(values.length - task.argc, task.argc);
          values.push(task.as ? this.store.constArray(task.as, args[0]!, this.loc(task.e.pos)) : this.apply(task.head, args, task.e, task.indices));
          break;
        }
        case 'bind': {
          const vals = values.splice(values.length - task.names.length, task.names.length);
          task.names.forEach((n, i) => {
            let s = shadows.get(n);
            if (!s) shadows.set(n, (s = []));
            s.push(vals[i]!);
          });
          break;
        }
        case 'unbind':
          for (const n of task.names) shadows.get(n)!.pop();
          break;
        case 'named': {
          const t = values[values.length - 1]!;
          this.symbols.bind(task.name, { kind: 'define', params: [], body: t }, this.loc(task.pos), true);
          break;
        }
      }
    }
    return values[0]!;
  }

  /** The term of an atom (anything but a list) in the scope of `shadows`. */
  private atomTerm(e: Exclude<SExpr, SList>, shadows: ReadonlyMap<string, Term[]>): Term {
    switch (e.kind) {
      case 'symbol': {
        const s = shadows.get(e.name);
        if (s && s.length > 0) return s[s.length - 1]!;
        const b = this.symbols.lookup(e.name);
        if (b?.kind === 'const') return b.term;
        if (b?.kind === 'define' && b.params.length === 0) return b.body;
        if (b) throw new SortError(`'${e.name}' expects ${b.kind === 'fun' ? b.term.domain!.length : b.params.length} arguments`, this.loc(e.pos));
        if (e.name === 'true') return this.store.true;
        if (e.name === 'false') return this.store.false;
        throw new SortError(`unknown constant '${e.name}'`, this.loc(e.pos));
      }
      case 'numeral':
        return this.numeralsAreReal ? this.store.real(rat(e.value)) : this.store.int(e.value);
      case 'decimal':
        return this.store.real(ratFromDecimal(e.text));
      case 'hex':
        return this.store.bv(BigInt('0x' + e.digits), 4 * e.digits.length);
      case 'binary':
        return this.store.bv(BigInt('0b' + e.digits), e.digits.length);
      case 'string':
        throw new UnsupportedError('string literals are not supported', this.loc(e.pos));
      case 'keyword':
        throw new SortError(`unexpected keyword '${e.name}' in a term`, this.loc(e.pos));
      case 'term':
        return e.term;
    }
  }

  private evalStep(e: SExpr, shadows: ReadonlyMap<string, Term[]>, tasks: Task[], values: Term[]): void {
    if (e.kind !== 'list') {
      values.push(this.atomTerm(e, shadows));
      return;
    }
    if (e.items.length === 0) throw new SortError('empty application', this.loc(e.pos));
    const head = e.items[0]!;
    const args = e.items.slice(1);
    if (head.kind === 'list' && head.items[0]?.kind === 'symbol' && head.items[0].name === 'as') {
      // A qualified function symbol: only Z3's constant arrays, ((as const (Array I E)) v).
      const [, name, sort] = head.items;
      if (name?.kind !== 'symbol' || name.name !== 'const' || !sort || head.items.length !== 3)
        throw new UnsupportedError('qualified function symbols other than (as const (Array I E)) are not supported', this.loc(head.pos));
      if (args.length !== 1) throw new SortError(`a constant array expects 1 argument, got ${args.length}`, this.loc(e.pos));
      tasks.push({ t: 'apply', e, head: 'const', argc: 1, indices: [], as: this.sort(sort) }, { t: 'eval', e: args[0]! });
      return;
    }
    if (head.kind === 'list') {
      // An indexed function symbol: ((_ extract 7 0) x).
      const [name, indices] = this.indexed(head);
      tasks.push({ t: 'apply', e, head: name, argc: args.length, indices });
      for (let i = args.length - 1; i >= 0; i--) tasks.push({ t: 'eval', e: args[i]! });
      return;
    }
    if (head.kind !== 'symbol') throw new SortError('expected a function symbol', this.loc(head.pos));
    if (!head.quoted) {
      switch (head.name) {
        case 'let': {
          const bindings = args[0];
          if (args.length !== 2 || bindings?.kind !== 'list' || bindings.items.length === 0)
            throw new SortError('malformed let: expected (let ((x t) ...) body)', this.loc(e.pos));
          const names: string[] = [];
          const terms: SExpr[] = [];
          for (const b of bindings.items) {
            if (b.kind !== 'list' || b.items.length !== 2 || b.items[0]!.kind !== 'symbol')
              throw new SortError('malformed let binding: expected (symbol term)', this.loc(b.pos));
            const name = (b.items[0] as { name: string }).name;
            if (names.includes(name)) throw new SortError(`duplicate let binding '${name}'`, this.loc(b.pos));
            names.push(name);
            terms.push(b.items[1]!);
          }
          tasks.push({ t: 'unbind', names }, { t: 'eval', e: args[1]! }, { t: 'bind', names });
          for (let i = terms.length - 1; i >= 0; i--) tasks.push({ t: 'eval', e: terms[i]! });
          return;
        }
        case '!': {
          if (args.length < 1) throw new SortError('malformed annotation: expected (! term :attr ...)', this.loc(e.pos));
          for (let i = 1; i < args.length; i++) {
            const a = args[i]!;
            if (a.kind !== 'keyword') throw new SortError('expected an attribute keyword', this.loc(a.pos));
            if (a.name === ':named') {
              const v = args[i + 1];
              if (v?.kind !== 'symbol') throw new SortError(':named expects a symbol', this.loc(a.pos));
              tasks.push({ t: 'named', name: v.name, pos: v.pos });
              i++;
            } else if (a.name === ':pattern' || a.name === ':weight' || a.name === ':qid' || a.name === ':skolemid') {
              i++;
            } else if (i + 1 < args.length && args[i + 1]!.kind !== 'keyword') {
              i++;
            }
          }
          tasks.push({ t: 'eval', e: args[0]! });
          return;
        }
        case 'forall':
        case 'exists':
          throw new UnsupportedError('quantifiers are not supported', this.loc(e.pos));
        case 'match':
          throw new UnsupportedError('match is not supported', this.loc(e.pos));
        case '_': {
          // An indexed constant: (_ bv5 8).
          const [name, indices] = this.indexed(e);
          const m = /^bv([0-9]+)$/.exec(name);
          if (!m || indices.length !== 1) throw new SortError(`unknown indexed constant '${name}'`, this.loc(e.pos));
          if (indices[0]! < 1) throw new SortError('bit-vector width must be at least 1', this.loc(e.pos));
          values.push(this.store.bv(BigInt(m[1]!), indices[0]!));
          return;
        }
        case 'as':
          throw new UnsupportedError(`'${head.name}' terms are not supported`, this.loc(e.pos));
      }
    }
    tasks.push({ t: 'apply', e, head: head.name, argc: args.length, indices: [] });
    for (let i = args.length - 1; i >= 0; i--) tasks.push({ t: 'eval', e: args[i]! });
  }

  /**
   * `e`, a list just read inside an `assert` with no binder or annotation around it (parser.ts
   * `Reducer`), as the term it denotes in the global scope — or undefined, and `e` is
   * elaborated with its command as usual. Only an application whose arguments are atoms or
   * terms so reduced is taken, so a failing subterm is tried once, not again with each
   * ancestor; an elaboration error is not reported here but again, in order, when the command
   * runs. The term is the one the command's elaboration would build (the same scope, the same
   * bottom-up steps), and the list's nodes are garbage at once instead of living until the
   * command's last ')': a one-assert benchmark of megabytes never holds its whole tree.
   * @example elab.reduce(parseSExprs('(<= x 3)', 'f')[0] as SList) // { kind: 'term', term: (<= x 3), pos }
   */
  reduce(e: SList): SExpr | undefined {
    const items = e.items;
    const head = items[0];
    if (head === undefined || items.length < 2) return undefined;
    for (let i = 1; i < items.length; i++) if (items[i]!.kind === 'list') return undefined;
    try {
      if (head.kind === 'list') return { kind: 'term', term: this.term(e), pos: e.pos };
      if (head.kind !== 'symbol' || (!head.quoted && OPAQUE_HEADS.has(head.name))) return undefined;
      const args: Term[] = new Array(items.length - 1);
      for (let i = 1; i < items.length; i++) {
        const a = items[i]!;
        args[i - 1] = this.atomTerm(a as Exclude<SExpr, SList>, NO_SHADOWS);
      }
      // Unlocated: an error here is not reported (the command's elaboration reports it, located).
      return { kind: 'term', term: this.apply(head.name, args, e, [], false), pos: e.pos };
    } catch (err) {
      if (err instanceof EagerSmtError) return undefined;
      throw err;
    }
  }

  /**
   * The symbol and numeral indices of `(_ symbol numeral+)`. Indices are bounded by the widest
   * sort (`MAX_WIDTH`), except the value of a `(_ bvN w)` literal, which is the symbol.
   */
  private indexed(e: SList): [string, number[]] {
    const [u, sym, ...nums] = e.items;
    if (u?.kind !== 'symbol' || u.name !== '_') throw new UnsupportedError('qualified function symbols are not supported', this.loc(e.pos));
    if (sym?.kind !== 'symbol' || nums.length === 0) throw new SortError('malformed indexed identifier: expected (_ symbol numeral ...)', this.loc(e.pos));
    const indices = nums.map((n) => {
      if (n.kind !== 'numeral') throw new SortError('an index must be a numeral', this.loc(n.pos));
      if (n.value > BigInt(MAX_WIDTH)) throw new SortError(`index ${n.value} is too large`, this.loc(n.pos));
      return Number(n.value);
    });
    return [sym.name, indices];
  }

  /** `head` applied to `args`; errors located at the head of `e` unless `located` is false. */
  private apply(head: string, args: Term[], e: SList, indices: number[], located = true): Term {
    const loc = located ? this.loc(e.items[0]!.pos) : undefined;
    if (indices.length > 0) return this.store.mk(head, args, loc, indices);
    const b = this.symbols.lookup(head);
    if (b?.kind === 'define') {
      if (b.params.length !== args.length)
        throw new SortError(`'${head}' expects ${b.params.length} argument${b.params.length === 1 ? '' : 's'}, got ${args.length}`, loc);
      b.params.forEach((p, i) => {
        if (p.sort !== args[i]!.sort)
          throw new SortError(`argument ${i + 1} of '${head}' must have sort ${p.sort.name}, got ${args[i]!.sort.name}`, loc);
      });
      return this.substitute(b.body, new Map(b.params.map((p, i) => [p.id, args[i]!])));
    }
    if (b?.kind === 'fun') return this.store.apply(b.term, args, loc);
    if (b?.kind === 'const') throw new SortError(`'${head}' is a constant, not a function`, loc);
    if (head === 'bvite') return this.bvite(args, loc);
    return this.store.mk(head, this.toReals(head, args), loc);
  }

  /**
   * Z3's implicit conversion: the Int arguments of an arithmetic operator, comparison, `=`,
   * `distinct` or `ite` branch that also has Real arguments (and of `/`) become reals, a
   * literal (`2`, `(- 2)`) as the real literal, any other term through `to_real`.
   */
  private toReals(head: string, args: Term[]): Term[] {
    if (!ARITH.has(head)) return args;
    const from = head === 'ite' ? 1 : 0;
    let ints = false;
    let reals = head === '/';
    for (let i = from; i < args.length; i++) {
      if (args[i]!.sort === Sort.Int) ints = true;
      else if (args[i]!.sort === Sort.Real) reals = true;
    }
    if (!ints || !reals) return args;
    const real = (a: Term): Term => {
      if (a.sort !== Sort.Int) return a;
      if (a.op === 'int') return this.store.real(rat(a.value!));
      if (a.op === 'neg' && a.args[0]!.op === 'int') return this.store.real(rat(-a.args[0]!.value!));
      return this.store.mk('to_real', [a]);
    };
    return args.map((a, i) => (i < from ? a : real(a)));
  }

  /**
   * cvc5's `(bvite c t e)` with a 1-bit condition `c`, read as `(ite (= c #b1) t e)`; accepted
   * so that cvc5's QF_BV regressions parse (Z3 rejects it).
   */
  private bvite(args: Term[], loc: SourceLoc | undefined): Term {
    const c = args[0];
    if (args.length !== 3 || c!.sort !== Sort.bitVec(1)) throw new SortError("'bvite' expects a (_ BitVec 1) condition and two branches", loc);
    return this.store.mk('ite', [this.store.mk('=', [c!, this.store.bv(1n, 1)]), args[1]!, args[2]!], loc);
  }

  /** The DAG of `body` with the terms in `sub` replaced (iterative, memoised). */
  private substitute(body: Term, sub: Map<number, Term>): Term {
    const done = new Map<number, Term>(sub);
    postOrder(
      [body],
      (t) => done.has(t.id),
      (t) => t.args,
      (t) => {
        if (t.args.length === 0) return void done.set(t.id, t);
        const args = t.args.map((a) => done.get(a.id)!);
        const same = args.every((a, i) => a === t.args[i]);
        done.set(t.id, same ? t : this.store.rebuild(t, args));
      },
    );
    return done.get(body.id)!;
  }
}

const ARITH = new Set(['+', '-', '*', '/', '<=', '<', '>=', '>', '=', 'distinct', 'ite']);

/** No `let` bindings: the global scope of `Elaborator.reduce`. */
const NO_SHADOWS: ReadonlyMap<string, Term[]> = new Map();
/** No parameters: a term outside a `define-fun` body. */
const NO_LOCALS: ReadonlyMap<string, Term> = new Map();

function builtinSort(name: string): Sort | undefined {
  return name === 'Bool' ? Sort.Bool : name === 'Int' ? Sort.Int : name === 'Real' ? Sort.Real : undefined;
}
