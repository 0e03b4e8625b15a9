/**
 * Terms as SMT-LIB text, for the `simplify` command. The term is a DAG: a compound subterm
 * that occurs more than once is printed once, bound by a `let` (named `a!1`, `a!2`, … as Z3
 * names them) around the term, innermost binding last, so that the text stays linear in the
 * size of the DAG. Printing is iterative: input depth never reaches the call stack.
 */
import type { Term } from '../terms/term.js';
/**
 * `t` in SMT-LIB syntax, shared compound subterms bound by `let`.
 * @example printTerm(store.mk('bvadd', [x, store.bv(1n, 8)])) // '(bvadd x #x01)'
 */
export declare function printTerm(t: Term): string;
