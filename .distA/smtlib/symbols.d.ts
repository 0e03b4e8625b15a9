/**
 * The symbol table of an SMT-LIB script: what each symbol and sort name denotes, in scopes that
 * `push`/`pop` open and close (SMT-LIB 2.6 §4.1.4, with `:global-declarations false`).
 *
 * A symbol is a declared constant, an uninterpreted function, or a `define-fun` macro (a
 * `:named` term is a macro without parameters, remembered as named for `get-assignment`). A
 * sort name is a `define-sort` (possibly with parameters) or a `declare-sort` of arity 0. Each
 * scope records the names it introduced, so that closing it removes exactly those, and the
 * constants declared in it, in order, for `get-model`.
 *
 * With `:global-declarations true` (`global`), every name is bound in the outermost scope, so
 * that `pop` keeps it (SMT-LIB 2.6 §4.1.4).
 *
 * This is the language's view only: the assertions live in the solver's assertion stack
 * (api/term-solver.ts), and the script executor keeps both stacks at the same depth.
 */
import { type SourceLoc } from '../errors.js';
import type { Sort } from '../terms/sort.js';
import type { Term } from '../terms/term.js';
import type { SExpr } from './sexpr.js';
/** What a function symbol denotes. */
export type Binding = {
    kind: 'const';
    term: Term;
} | {
    kind: 'fun';
    term: Term;
} | {
    kind: 'define';
    params: readonly Term[];
    body: Term;
};
/** What a sort symbol denotes: a sort, or an expression over its parameters. */
export type SortDef = {
    params: readonly string[];
    body: SExpr | Sort;
    /** A sort constructor of `declare-sort` with arity ≥ 1: each application is a new uninterpreted sort. */
    declared?: boolean;
};
export declare class SymbolTable {
    private readonly symbols;
    private readonly sorts;
    /** Symbols introduced by `:named` (a subset of the defined ones). */
    private readonly namedSet;
    private readonly scopes;
    /** `:global-declarations`: names are bound in the outermost scope and survive `pop`. */
    global: boolean;
    /**
     * Number of scopes opened by `push` and not yet closed.
     * @example new SymbolTable().depth // 0
     */
    get depth(): number;
    /**
     * Opens `n` scopes.
     * @example table.push(1)
     */
    push(n: number): void;
    /**
     * Closes `n` scopes (at most `depth`), forgetting every name they introduced.
     * @example table.push(2); table.pop(2);
     */
    pop(n: number): void;
    /**
     * What `name` denotes, if anything.
     * @example table.lookup('x')?.kind // 'const'
     */
    lookup(name: string): Binding | undefined;
    /**
     * Binds `name` in the innermost scope; ContractError (at `loc`) when it is already bound or
     * is `true`/`false`. A constant is also listed among the declared ones.
     * @example table.bind('x', { kind: 'const', term: x }, loc)
     */
    bind(name: string, binding: Binding, loc: SourceLoc, named?: boolean): void;
    /**
     * What the sort symbol `name` denotes, if it was defined or declared.
     * @example table.sort('Task')?.params.length // 0
     */
    sort(name: string): SortDef | undefined;
    /**
     * Binds the sort symbol `name` in the innermost scope; ContractError when already bound.
     * @example table.bindSort('U', { params: [], body: Sort.uninterpreted('U') }, loc)
     */
    bindSort(name: string, def: SortDef, loc: SourceLoc): void;
    /** The scope new names go to: the innermost, or the outermost under `global`. */
    private target;
    /**
     * Declared constants and functions in scope, in declaration order.
     * @example table.declared().map((t) => t.name) // ['x', 'f']
     */
    declared(): Term[];
    /**
     * Named terms in scope (for `get-assignment`), in order.
     * @example table.named() // [['a1', term]]
     */
    named(): [string, Term][];
}
