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
import { ContractError } from '../errors.js';
export class SymbolTable {
    symbols = new Map();
    sorts = new Map();
    /** Symbols introduced by `:named` (a subset of the defined ones). */
    namedSet = new Set();
    scopes = [emptyScope()];
    /** `:global-declarations`: names are bound in the outermost scope and survive `pop`. */
    global = false;
    /**
     * Number of scopes opened by `push` and not yet closed.
     * @example new SymbolTable().depth // 0
     */
    get depth() {
        return this.scopes.length - 1;
    }
    /**
     * Opens `n` scopes.
     * @example table.push(1)
     */
    push(n) {
        for (let i = 0; i < n; i++)
            this.scopes.push(emptyScope());
    }
    /**
     * Closes `n` scopes (at most `depth`), forgetting every name they introduced.
     * @example table.push(2); table.pop(2);
     */
    pop(n) {
        for (let i = 0; i < n && this.scopes.length > 1; i++) {
            const s = this.scopes.pop();
            for (const name of s.symbols) {
                this.symbols.delete(name);
                this.namedSet.delete(name);
            }
            for (const name of s.sorts)
                this.sorts.delete(name);
        }
    }
    /**
     * What `name` denotes, if anything.
     * @example table.lookup('x')?.kind // 'const'
     */
    lookup(name) {
        return this.symbols.get(name);
    }
    /**
     * Binds `name` in the innermost scope; ContractError (at `loc`) when it is already bound or
     * is `true`/`false`. A constant is also listed among the declared ones.
     * @example table.bind('x', { kind: 'const', term: x }, loc)
     */
    bind(name, binding, loc, named = false) {
        if (this.symbols.has(name) || name === 'true' || name === 'false')
            throw new ContractError(`symbol '${name}' is already declared`, loc);
        const top = this.target();
        top.symbols.push(name);
        this.symbols.set(name, binding);
        if (binding.kind !== 'define')
            top.declared.push(binding.term);
        if (named)
            this.namedSet.add(name);
    }
    /**
     * What the sort symbol `name` denotes, if it was defined or declared.
     * @example table.sort('Task')?.params.length // 0
     */
    sort(name) {
        return this.sorts.get(name);
    }
    /**
     * Binds the sort symbol `name` in the innermost scope; ContractError when already bound.
     * @example table.bindSort('U', { params: [], body: Sort.uninterpreted('U') }, loc)
     */
    bindSort(name, def, loc) {
        if (this.sorts.has(name))
            throw new ContractError(`sort '${name}' is already declared`, loc);
        this.sorts.set(name, def);
        this.target().sorts.push(name);
    }
    /** The scope new names go to: the innermost, or the outermost under `global`. */
    target() {
        return this.scopes[this.global ? 0 : this.scopes.length - 1];
    }
    /**
     * Declared constants and functions in scope, in declaration order.
     * @example table.declared().map((t) => t.name) // ['x', 'f']
     */
    declared() {
        return this.scopes.flatMap((s) => s.declared);
    }
    /**
     * Named terms in scope (for `get-assignment`), in order.
     * @example table.named() // [['a1', term]]
     */
    named() {
        const out = [];
        for (const s of this.scopes)
            for (const name of s.symbols) {
                const b = this.symbols.get(name);
                if (b?.kind === 'define' && b.params.length === 0 && this.namedSet.has(name))
                    out.push([name, b.body]);
            }
        return out;
    }
}
function emptyScope() {
    return { symbols: [], sorts: [], declared: [] };
}
//# sourceMappingURL=symbols.js.map