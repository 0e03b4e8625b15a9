import { ArrayValue, FunTable, type Value } from '../model/value.js';
import type { Sort } from '../terms/sort.js';
import { printSymbol } from '../terms/symbol.js';
import type { SExpr } from './sexpr.js';
export { printSymbol };
/** A string literal: `"` doubled. @example printString('say "hi"') // '"say ""hi"""' */
export declare function printString(s: string): string;
/**
 * A value of the model of sort `sort`, as Z3 prints it: `3`, `(- 3)`, `true`; a real as
 * `2.0`, `(- 3.0)`, `(/ 3.0 2.0)`; a bit-vector as `#x0f` when its width is a multiple of 4,
 * else `#b01111`, all digits shown; an element of an uninterpreted sort U as `U!val!0`; an
 * array as a `store` chain (`printArray`).
 * @example printValue(15n, Sort.bitVec(8)) // '#x0f'
 */
export declare function printValue(v: Value, sort?: Sort): string;
/**
 * An array value as a `store` chain over a constant array, the form Z3 accepts back as a term:
 * `(store ((as const (Array Int Int)) 0) 1 5)`; indices whose value is the `otherwise` value
 * are left out.
 * @example printArray(new ArrayValue(Sort.array(Sort.Int, Sort.Int), 0n).store(1n, 5n))
 */
export declare function printArray(a: ArrayValue): string;
/**
 * The model entry of an uninterpreted function as Z3 prints it (on one line): parameters
 * `x!0`, `x!1`, ..., a chain of `ite` over the table's entries (those equal to the `else`
 * value left out), then the `else` value.
 * @example printFunction('f', [Sort.Int], Sort.Int, table) // '(define-fun f ((x!0 Int)) Int (ite (= x!0 1) 3 0))'
 */
export declare function printFunction(name: string, domain: readonly Sort[], range: Sort, table: FunTable): string;
/** An S-expression on one line (iterative: input depth never reaches the call stack). */
export declare function printSExpr(e: SExpr): string;
/** One entry of a model: a declared constant (no `domain`) or function, and its value. */
export interface ModelEntry {
    name: string;
    /** The argument sorts of a function; absent for a constant. */
    domain?: readonly Sort[];
    /** The sort of the constant, or the range of the function. */
    sort: Sort;
    /** The value (a `FunTable` for a function). */
    value: Value;
}
/**
 * The text of `get-model` as Z3 prints it: `(`, for each uninterpreted sort the universe the
 * values use (`universeLines`), one `define-fun` per entry in the order given, `)`. The CLI's
 * `get-model` and the library's `String(model)` both print through it.
 * @example printModel([{ name: 'x', sort: Sort.Int, value: 3n }]) // '(\n  (define-fun x () Int 3)\n)'
 */
export declare function printModel(entries: readonly ModelEntry[]): string;
