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
import { InternalError } from '../errors.js';
import type { SExpr } from './sexpr.js';

/** A token as moo makes it: `type`, `value`, `text`, `offset`, `line`, `col` (1-based). */
export type Token = moo.Token;

/** The characters of a simple symbol (and of a keyword after its ':'). */
const SYM = String.raw`[a-zA-Z0-9~!@$%^&*_\-+=<>.?/]`;
/** A simple symbol must not start with a digit. */
const SYM_START = String.raw`[a-zA-Z~!@$%^&*_\-+=<>.?/]`;
/** Not followed by a symbol character: numbers and `#` literals end where a word would. */
const END = `(?!${SYM})`;

/** The rules, in the order moo tries them. */
const RULES: moo.Rules = {
  // Single-character literals first: moo looks them up in a table instead of running the regex.
  lparen: '(',
  rparen: ')',
  ws: { match: /[ \t\r\n]+/, lineBreaks: true },
  comment: /;[^\n]*/,
  decimal: new RegExp(`[0-9]+\\.[0-9]+${END}`),
  numeral: new RegExp(`[0-9]+${END}`),
  badNumber: new RegExp(`[0-9]${SYM}*`),
  hex: { match: new RegExp(`#x[0-9a-fA-F]+${END}`), value: (s) => s.slice(2) },
  binary: { match: new RegExp(`#b[01]+${END}`), value: (s) => s.slice(2) },
  badLiteral: new RegExp(`#${SYM}*`),
  // The unrolled loop `"[^"]*(""[^"]*)*"` keeps the regex engine from backtracking per character.
  string: {
    match: /"[^"]*(?:""[^"]*)*"/,
    lineBreaks: true,
    value: (s) => s.slice(1, -1).replace(/""/g, '"'),
  },
  unterminatedString: { match: /"[^]*/, lineBreaks: true },
  qsymbol: { match: /\|[^|\\]*\|/, lineBreaks: true, value: (s) => s.slice(1, -1) },
  backslashQsymbol: { match: /\|[^|]*\|/, lineBreaks: true },
  unterminatedQsymbol: { match: /\|[^]*/, lineBreaks: true },
  keyword: new RegExp(`:${SYM}+`),
  emptyKeyword: ':',
  symbol: new RegExp(`${SYM_START}${SYM}*`),
  // Anything else, one character (a surrogate pair counts as one).
  invalid: { match: /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/, lineBreaks: true },
};

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
export function newLexer(): moo.Lexer {
  return compiled.clone(); // a fresh state over the one compiled regular expression
}

/** The rules compiled once: compiling costs more than lexing a short command. (`clone` is moo's, untyped in @types/moo.) */
const compiled = moo.compile(RULES) as moo.Lexer & { clone(): moo.Lexer };

/**
 * The lexer the grammar (grammar/smtlib2.ne) names with `@lexer`; stateful, so the parser makes
 * its own with `newLexer()`. Its `has` tells which token types exist (moo's answers yes to every
 * name), so that the grammar's `%atom` can be a matcher of the grammar's own.
 */
export const lexer: moo.Lexer = Object.assign(newLexer(), {
  has: (type: string): boolean => Object.hasOwn(RULES, type),
});

/** The token types that stand for one atomic S-expression. */
export const ATOM_TYPES: ReadonlySet<string> = new Set([
  'numeral',
  'decimal',
  'hex',
  'binary',
  'string',
  'qsymbol',
  'keyword',
  'symbol',
]);

/**
 * The S-expression of an atom token (a type in `ATOM_TYPES`); the lexer has already stripped
 * delimiters and escapes. The grammar's atom rule and the parser's direct reader both make atoms
 * with it.
 * @example atomOf(newLexer().reset('#xA0').next()!) // { kind: 'hex', digits: 'A0', pos: { line: 1, col: 1 } }
 */
export function atomOf(t: Token): SExpr {
  const pos = { line: t.line, col: t.col };
  switch (t.type) {
    case 'symbol':
      return { kind: 'symbol', name: t.value, quoted: false, pos };
    case 'qsymbol':
      return { kind: 'symbol', name: t.value, quoted: true, pos };
    case 'keyword':
      return { kind: 'keyword', name: t.value, pos };
    case 'numeral':
      return { kind: 'numeral', value: BigInt(t.value), pos };
    case 'decimal':
      return { kind: 'decimal', text: t.value, pos };
    case 'hex':
      return { kind: 'hex', digits: t.value, pos };
    case 'binary':
      return { kind: 'binary', digits: t.value, pos };
    case 'string':
      return { kind: 'string', value: t.value, pos };
    default:
      throw new InternalError(`not an atom token: ${t.type}`);
  }
}

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
export function lexicalError(tok: Token): LexicalError | undefined {
  switch (tok.type) {
    case 'badNumber':
      return at(tok, `invalid number '${tok.text}' (a symbol cannot start with a digit)`);
    case 'badLiteral':
      if (tok.text.startsWith('#x')) return at(tok, `invalid hexadecimal literal '${tok.text}'`);
      if (tok.text.startsWith('#b')) return at(tok, `invalid binary literal '${tok.text}'`);
      return at(tok, `invalid literal '${tok.text}' (expected #x or #b)`);
    case 'unterminatedString':
      return at(tok, 'unterminated string literal', true);
    case 'unterminatedQsymbol':
      return at(tok, 'unterminated quoted symbol', true);
    case 'backslashQsymbol': {
      const where = offsetInToken(tok, tok.text.indexOf('\\'));
      return { ...where, detail: `invalid character '\\' in quoted symbol`, fatal: false };
    }
    case 'emptyKeyword':
      return at(tok, `empty keyword ':'`);
    case 'invalid':
      return at(tok, `invalid character ${quoteChar(tok.text)}`);
    default:
      return undefined;
  }
}

/** The error `detail` at the start of `tok`. */
function at(tok: Token, detail: string, fatal = false): LexicalError {
  return { line: tok.line, col: tok.col, detail, fatal };
}

/** Line and column of the character at `index` inside a (possibly multi-line) token. */
function offsetInToken(tok: Token, index: number): { line: number; col: number } {
  const before = tok.text.slice(0, index);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: tok.line, col: tok.col + index };
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return { line: tok.line + lines, col: index - nl };
}

/**
 * Quotes a character for an error message, escaping what would not print: `'#'`, `'\x01'`, `'\u200b'`.
 *
 * @example
 * quoteChar('\x01'); // "'\\x01'"
 */
function quoteChar(ch: string): string {
  if (!/^[\p{C}\p{Z}]/u.test(ch)) return `'${ch}'`;
  const code = ch.codePointAt(0) ?? 0;
  if (code <= 0xff) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  if (code <= 0xffff) return `'\\u${code.toString(16).padStart(4, '0')}'`;
  return `'\\u{${code.toString(16)}}'`;
}
