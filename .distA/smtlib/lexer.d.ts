/**
 * The lexicon of SMT-LIB 2.6 (The SMT-LIB Standard 2.6, section 3.1) as a moo lexer. One sticky
 * regular expression, tried rule by rule in the order below, classifies the next token. Besides the
 * tokens of the standard it has one *error* type per kind of malformed input (an unterminated string,
 * a digit-led word, a stray character, ...), so lexing never throws and every error keeps its exact
 * line and column; `lexicalError` turns those tokens into messages.
 *
 * Decisions where the standard and Z3 differ: numerals may have leading zeros (`007`, as Z3
 * accepts), a word that starts with a digit but is not a numeral or decimal (`12abc`, `12.`) is an
 * error rather than two tokens, and string literals and quoted symbols accept any character except
 * their delimiter (the standard asks for printable characters only; Z3 is lenient too). Lines end
 * at `\n` (so CRLF works); a column counts UTF-16 code units from 1 and a tab is one column.
 */
import moo from 'moo';
import type { SExpr } from './sexpr.js';
/** A token as moo makes it: `type`, `value`, `text`, `offset`, `line`, `col` (1-based). */
export type Token = moo.Token;
/**
 * A fresh SMT-LIB 2.6 lexer (moo lexers are stateful: use one per text). Token types: `ws`,
 * `comment`, `lparen`, `rparen`, the atoms (`numeral`, `decimal`, `hex`, `binary`, `string`,
 * `qsymbol`, `keyword`, `symbol`) and the error types listed in `lexicalError`. The `value` of a
 * `string` has the `""` escapes resolved, of a `qsymbol` the bars removed, of `hex`/`binary` the
 * `#x`/`#b` removed; other values equal the text.
 *
 * @example
 * const lex = newLexer().reset('(assert |x y|)');
 * [...lex].map((t) => t.type); // ['lparen', 'symbol', 'ws', 'qsymbol', 'rparen']
 */
export declare function newLexer(): moo.Lexer;
/**
 * The lexer the grammar (grammar/smtlib2.ne) names with `@lexer`; stateful, so the parser makes
 * its own with `newLexer()`. Its `has` tells which token types exist (moo's answers yes to every
 * name), so that the grammar's `%atom` can be a matcher of the grammar's own.
 */
export declare const lexer: moo.Lexer;
/** The token types that stand for one atomic S-expression. */
export declare const ATOM_TYPES: ReadonlySet<string>;
/**
 * The S-expression of an atom token (a type in `ATOM_TYPES`); the lexer has already stripped
 * delimiters and escapes. The grammar's atom rule and the parser's direct reader both make atoms
 * with it.
 * @example atomOf(newLexer().reset('#xA0').next()!) // { kind: 'hex', digits: 'A0', pos: { line: 1, col: 1 } }
 */
export declare function atomOf(t: Token): SExpr;
/** A lexical error found in one token: where, what, and whether lexing can go on after it. */
export interface LexicalError {
    line: number;
    col: number;
    detail: string;
    /** The token swallowed the rest of the input (unterminated string or quoted symbol). */
    fatal: boolean;
}
/**
 * Classifies an error token; `undefined` for a well-formed one.
 *
 * @example
 * lexicalError(newLexer().reset('"abc').next()!);
 * // { line: 1, col: 1, detail: 'unterminated string literal', fatal: true }
 */
export declare function lexicalError(tok: Token): LexicalError | undefined;
