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

export type SExpr =
  | { kind: 'symbol'; name: string; quoted: boolean; pos: Pos }
  | { kind: 'keyword'; name: string; pos: Pos } // name includes the leading ':'
  | { kind: 'numeral'; value: bigint; pos: Pos }
  | { kind: 'decimal'; text: string; pos: Pos } // as written, e.g. "0.50"
  | { kind: 'hex'; digits: string; pos: Pos } // #xA0f -> "A0f"
  | { kind: 'binary'; digits: string; pos: Pos } // #b0101 -> "0101"
  | { kind: 'string'; value: string; pos: Pos } // "" escapes already resolved
  | { kind: 'list'; items: SExpr[]; pos: Pos }
  | { kind: 'term'; term: Term; pos: Pos }; // the list at `pos`, elaborated while it was read

export type SList = Extract<SExpr, { kind: 'list' }>;

/**
 * Heads of lists that are not applications of a function to terms: binders (`let`, `forall`,
 * `exists`, `match`, `lambda`, `par`), the annotation `!`, and identifiers (`_`, `as`).
 */
export const OPAQUE_HEADS: ReadonlySet<string> = new Set(['let', 'forall', 'exists', 'match', 'lambda', '!', '_', 'as', 'par']);
