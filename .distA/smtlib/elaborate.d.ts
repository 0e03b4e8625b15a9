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
import { type SourceLoc } from '../errors.js';
import { Sort } from '../terms/sort.js';
import { TermStore, type Term } from '../terms/term.js';
import { type Pos, type SExpr, type SList } from './sexpr.js';
import { SymbolTable } from './symbols.js';
export declare class Elaborator {
    private readonly file;
    readonly store: TermStore;
    readonly symbols: SymbolTable;
    private paramCounter;
    /** Numerals denote reals (`set-logic` of a logic over the reals alone, e.g. QF_RDL), as in Z3. */
    numeralsAreReal: boolean;
    /**
     * An elaborator for the script `file` (named in error locations), building terms in `store`.
     * @example const elab = new Elaborator('f.smt2'); elab.declareConst('x', Sort.Int, pos);
     */
    constructor(file: string, store?: TermStore, symbols?: SymbolTable);
    /**
     * Source location of a position in this script.
     * @example elab.loc({ line: 3, col: 14 }) // { file: 'f.smt2', line: 3, col: 14 }
     */
    loc(pos: Pos): SourceLoc;
    /**
     * `declare-fun name () sort` / `declare-const`: a new constant.
     * @example elab.declareConst('x', Sort.Int, pos)
     */
    declareConst(name: string, sort: Sort, pos: Pos): Term;
    /**
     * `declare-fun name (s1 ... sn) sort` with n ≥ 1: an uninterpreted function.
     * @example elab.declareFun('f', [Sort.Int], Sort.Int, pos)
     */
    declareFun(name: string, domain: readonly Sort[], range: Sort, pos: Pos): Term;
    /**
     * `define-fun name ((p s) ...) sort body`: a macro, expanded where it is applied.
     * @example elab.defineFun('inc', [['a', Sort.Int]], Sort.Int, body, pos)
     */
    defineFun(name: string, params: readonly [string, Sort][], sort: Sort, body: SExpr, pos: Pos): void;
    /**
     * `define-sort name (params) sort`.
     * @example elab.defineSort('Same', ['T'], parseSExprs('T', 'f')[0]!, pos)
     */
    defineSort(name: string, params: readonly string[], body: SExpr, pos: Pos): void;
    /**
     * `declare-sort name arity`: a new uninterpreted sort (arity 0), or a sort constructor whose
     * every application `(name s1 ... sn)` is a distinct uninterpreted sort of that name.
     * @example elab.declareSort('U', 0, pos)
     */
    declareSort(name: string, arity: number, pos: Pos): void;
    private freshSort;
    /**
     * Elaborates a sort expression; `args` binds the parameters of a parametric `define-sort`
     * being expanded (to sorts already elaborated in the caller's scope).
     * @example elab.sort(parseSExprs('(_ BitVec 8)', 'f')[0]!) // Sort.bitVec(8)
     */
    sort(e: SExpr, args?: ReadonlyMap<string, Sort>): Sort;
    /**
     * Elaborates a term. `locals` binds parameter names (for `define-fun` bodies).
     * @example elab.term(parseSExprs('(<= x 3)', 'f')[0]!)
     */
    term(root: SExpr, locals?: ReadonlyMap<string, Term>): Term;
    private evalStep;
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
    reduce(e: SList): SExpr | undefined;
    /** The term of an atom (not a list) in the global scope, as `evalStep` elaborates it. */
    private atom;
    /**
     * The symbol and numeral indices of `(_ symbol numeral+)`. Indices are bounded by the widest
     * sort (`MAX_WIDTH`), except the value of a `(_ bvN w)` literal, which is the symbol.
     */
    private indexed;
    private apply;
    /**
     * Z3's implicit conversion: the Int arguments of an arithmetic operator, comparison, `=`,
     * `distinct` or `ite` branch that also has Real arguments (and of `/`) become reals, a
     * literal (`2`, `(- 2)`) as the real literal, any other term through `to_real`.
     */
    private toReals;
    /**
     * cvc5's `(bvite c t e)` with a 1-bit condition `c`, read as `(ite (= c #b1) t e)`; accepted
     * so that cvc5's QF_BV regressions parse (Z3 rejects it).
     */
    private bvite;
    /** The DAG of `body` with the terms in `sub` replaced (iterative, memoised). */
    private substitute;
}
