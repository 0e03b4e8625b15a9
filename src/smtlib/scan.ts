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

/** Per ASCII code: 1 for a symbol character, 2 for one that may also start a symbol. */
const SYM = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ~!@$%^&*_-+=<>.?/') SYM[ch.charCodeAt(0)] = 2;
for (let d = 0x30; d <= 0x39; d++) SYM[d] = 1;

const isSym = (c: number): boolean => c < 128 && SYM[c] !== 0;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

function tokenToString(this: Token): string {
  return this.value;
}

/**
 * A scanner over one text, with moo's interface as the parser uses it: `reset`, `next`, `save`.
 * With `skipSpace`, whitespace and comments are passed over without tokens (the parser drops
 * them). Unlike moo's, the token `next` returns is one object, updated in place by each call: a
 * caller keeps what it needs of a token before asking for the next (the parser keeps positions
 * and atoms, never tokens), and reading a large command allocates no object per token.
 * @example
 * const s = new Scanner(true).reset('(assert |x y|)');
 * [s.next()!.type, s.next()!.type, s.next()!.value]; // ['lparen', 'symbol', 'x y']
 */
export class Scanner {
  private text = '';
  private index = 0;
  private line = 1;
  private col = 1;
  /** The token returned by every `next`. */
  private readonly tok: Token = { type: '', value: '', text: '', toString: tokenToString, offset: 0, lineBreaks: 0, line: 1, col: 1 };

  constructor(private readonly skipSpace = false) {}

  /** Starts on `text`, at line and column `at` (default 1:1). */
  reset(text: string, at?: { line: number; col: number }): this {
    this.text = text;
    this.index = 0;
    this.line = at?.line ?? 1;
    this.col = at?.col ?? 1;
    return this;
  }

  /** The position after the last token read. */
  save(): { line: number; col: number } {
    return { line: this.line, col: this.col };
  }

  /** The next token (valid until the next call), or undefined at the end of the text. */
  next(): Token | undefined {
    const s = this.text;
    const n = s.length;
    for (;;) {
      const i = this.index;
      if (i >= n) return undefined;
      const c = s.charCodeAt(i);
      if (c === 0x28) return this.token('lparen', i, i + 1);
      if (c === 0x29) return this.token('rparen', i, i + 1);
      if (isSpace(c)) {
        let j = i + 1;
        while (j < n && isSpace(s.charCodeAt(j))) j++;
        if (!this.skipSpace) return this.token('ws', i, j, true);
        this.advance(i, j, true);
        continue;
      }
      if (c === 0x3b) {
        let j = s.indexOf('\n', i);
        if (j < 0) j = n;
        if (!this.skipSpace) return this.token('comment', i, j);
        this.advance(i, j, false);
        continue;
      }
      if (isDigit(c)) return this.number(i);
      if (c === 0x23) return this.hash(i);
      if (c === 0x22) return this.string(i);
      if (c === 0x7c) return this.quoted(i);
      if (c === 0x3a) return isSym(s.charCodeAt(i + 1)) ? this.token('keyword', i, this.symEnd(i + 1)) : this.token('emptyKeyword', i, i + 1);
      if (c < 128 && SYM[c] === 2) return this.token('symbol', i, this.symEnd(i + 1));
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
      return this.token('invalid', i, pair ? i + 2 : i + 1, true);
    }
  }

  /** The end of the run of symbol characters from `j`. */
  private symEnd(j: number): number {
    const s = this.text;
    while (j < s.length && isSym(s.charCodeAt(j))) j++;
    return j;
  }

  /** The end of the run of characters from `j` that `ok` accepts. */
  private runEnd(j: number, ok: (c: number) => boolean): number {
    const s = this.text;
    while (j < s.length && ok(s.charCodeAt(j))) j++;
    return j;
  }

  /** `decimal`, `numeral` or `badNumber` at `i` (a digit). */
  private number(i: number): Token {
    const s = this.text;
    const j = this.runEnd(i + 1, isDigit);
    if (s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1))) {
      const k = this.runEnd(j + 1, isDigit);
      if (!isSym(s.charCodeAt(k))) return this.token('decimal', i, k);
    }
    if (!isSym(s.charCodeAt(j))) return this.token('numeral', i, j);
    return this.token('badNumber', i, this.symEnd(i + 1));
  }

  /** `hex`, `binary` or `badLiteral` at `i` (a `#`). */
  private hash(i: number): Token {
    const s = this.text;
    const kind = s.charCodeAt(i + 1);
    const isBit = (c: number) => c === 0x30 || c === 0x31;
    const digit = kind === 0x78 ? isHexDigit : kind === 0x62 ? isBit : undefined;
    if (digit !== undefined && digit(s.charCodeAt(i + 2))) {
      const j = this.runEnd(i + 3, digit);
      if (!isSym(s.charCodeAt(j))) return this.token(kind === 0x78 ? 'hex' : 'binary', i, j, false, s.slice(i + 2, j));
    }
    return this.token('badLiteral', i, this.symEnd(i + 1));
  }

  /** `string` or `unterminatedString` at `i` (a `"`). */
  private string(i: number): Token {
    const s = this.text;
    let lastPair = -1; // the first `"` of the last `""` seen
    for (let j = s.indexOf('"', i + 1); j >= 0; j = s.indexOf('"', j + 2)) {
      if (s.charCodeAt(j + 1) !== 0x22) return this.stringToken(i, j + 1);
      lastPair = j;
    }
    if (lastPair >= 0) return this.stringToken(i, lastPair + 1);
    return this.token('unterminatedString', i, s.length, true);
  }

  private stringToken(i: number, end: number): Token {
    const inner = this.text.slice(i + 1, end - 1);
    return this.token('string', i, end, true, inner.includes('"') ? inner.replace(/""/g, '"') : inner);
  }

  /** `qsymbol`, `backslashQsymbol` or `unterminatedQsymbol` at `i` (a `|`). */
  private quoted(i: number): Token {
    const s = this.text;
    const j = s.indexOf('|', i + 1);
    if (j < 0) return this.token('unterminatedQsymbol', i, s.length, true);
    const inner = s.slice(i + 1, j);
    if (inner.includes('\\')) return this.token('backslashQsymbol', i, j + 1, true);
    return this.token('qsymbol', i, j + 1, true, inner);
  }

  /** The token `text[i, j)` of `type` (`value` when it is not the text); moves past it. */
  private token(type: string, i: number, j: number, lineBreaks = false, value?: string): Token {
    const text = this.text.slice(i, j);
    const tok = this.tok;
    tok.type = type;
    tok.value = value ?? text;
    tok.text = text;
    tok.offset = i;
    tok.line = this.line;
    tok.col = this.col;
    tok.lineBreaks = this.advance(i, j, lineBreaks);
    return tok;
  }

  /** Moves past `text[i, j)`, counting its line breaks when it may have some; returns their number. */
  private advance(i: number, j: number, lineBreaks: boolean): number {
    this.index = j;
    if (lineBreaks) {
      const s = this.text;
      let count = 0;
      let last = -1;
      for (let k = i; k < j; k++) {
        if (s.charCodeAt(k) === 0x0a) {
          count++;
          last = k;
        }
      }
      if (count > 0) {
        this.line += count;
        this.col = j - last;
        return count;
      }
    }
    this.col += j - i;
    return 0;
  }
}
