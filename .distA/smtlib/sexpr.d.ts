/**
 * S-expressions of SMT-LIB 2.6, as produced by the parser: plain objects, independent of the
 * grammar's shape. Every node carries the 1-based line and column of its first character;
 * the file name is known to whoever holds the command.
 *
 * One kind is not syntax: `term`, a subterm of an `assert` that the elaborator built while the
 * command was still being read (parser.ts `Reducer`), standing for the list it was read from.
 */
import type { Term } from '../terms/term.js';
export interface Pos {
    line: number;
    col: number;
}
export type SExpr = {
    kind: 'symbol';
    name: string;
    quoted: boolean;
    pos: Pos;
} | {
    kind: 'keyword';
    name: string;
    pos: Pos;
} | {
    kind: 'numeral';
    value: bigint;
    pos: Pos;
} | {
    kind: 'decimal';
    text: string;
    pos: Pos;
} | {
    kind: 'hex';
    digits: string;
    pos: Pos;
} | {
    kind: 'binary';
    digits: string;
    pos: Pos;
} | {
    kind: 'string';
    value: string;
    pos: Pos;
} | {
    kind: 'list';
    items: SExpr[];
    pos: Pos;
} | {
    kind: 'term';
    term: Term;
    pos: Pos;
};
export type SList = Extract<SExpr, {
    kind: 'list';
}>;
/**
 * Heads of lists that are not applications of a function to terms: binders (`let`, `forall`,
 * `exists`, `match`, `lambda`, `par`), the annotation `!`, and identifiers (`_`, `as`).
 */
export declare const OPAQUE_HEADS: ReadonlySet<string>;
