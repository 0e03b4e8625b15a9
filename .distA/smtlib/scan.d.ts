/**
 * The lexicon of lexer.ts read character by character, for the parser's direct path: the same
 * tokens as the moo lexer (type, value, text, offset, line, col, lineBreaks), rule for rule, but
 * without a regular-expression match per token. moo's one sticky expression returns an array of
 * all its capture groups for every token; on a large benchmark those arrays were most of what
 * reading allocated, and the garbage collector's work with them most of its time. lexer.ts stays
 * the definition (the grammar and the certificate reader use it); a test compares the two token
 * by token on the project's scripts and on random text.
 *
 * How each rule of lexer.ts is decided here, at a token's first character:
 * - `decimal`, `numeral`, `hex`, `binary` take the longest run of their digits and hold only when
 *   no symbol character follows (a shorter run is always followed by a digit, which is one); else
 *   the error rule after them (`badNumber`, `badLiteral`) takes the longest run of symbol
 *   characters;
 * - a string literal ends at the first `"` not followed by another; without one, the regular
 *   expression backtracks to the first `"` of the last `""` pair, if there is one, and otherwise
 *   the rest of the input is an unterminated string;
 * - a quoted symbol ends at the next `|`; a `\` before it makes it the `backslashQsymbol` error,
 *   and without a `|` the rest of the input is an unterminated quoted symbol.
 */
import type { Token } from './lexer.js';
/**
 * A scanner over one text, with moo's interface as the parser uses it: `reset`, `next`, `save`.
 * With `skipSpace`, whitespace and comments are passed over without tokens (the parser drops
 * them).
 * @example
 * const s = new Scanner(true).reset('(assert |x y|)');
 * [s.next()!.type, s.next()!.type, s.next()!.value]; // ['lparen', 'symbol', 'x y']
 */
export declare class Scanner {
    private readonly skipSpace;
    private text;
    private index;
    private line;
    private col;
    constructor(skipSpace?: boolean);
    /** Starts on `text`, at line and column `at` (default 1:1). */
    reset(text: string, at?: {
        line: number;
        col: number;
    }): this;
    /** The position after the last token read. */
    save(): {
        line: number;
        col: number;
    };
    /** The next token, or undefined at the end of the text. */
    next(): Token | undefined;
    /** The end of the run of symbol characters from `j`. */
    private symEnd;
    /** The end of the run of characters from `j` that `ok` accepts. */
    private runEnd;
    /** `decimal`, `numeral` or `badNumber` at `i` (a digit). */
    private number;
    /** `hex`, `binary` or `badLiteral` at `i` (a `#`). */
    private hash;
    /** `string` or `unterminatedString` at `i` (a `"`). */
    private string;
    private stringToken;
    /** `qsymbol`, `backslashQsymbol` or `unterminatedQsymbol` at `i` (a `|`). */
    private quoted;
    /** The token `text[i, j)` of `type` (`value` when it is not the text); moves past it. */
    private token;
    /** Moves past `text[i, j)`, counting its line breaks when it may have some; returns their number. */
    private advance;
}
