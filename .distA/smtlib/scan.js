/** Per ASCII code: 1 for a symbol character, 2 for one that may also start a symbol. */
const SYM = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ~!@$%^&*_-+=<>.?/')
    SYM[ch.charCodeAt(0)] = 2;
for (let d = 0x30; d <= 0x39; d++)
    SYM[d] = 1;
const isSym = (c) => c < 128 && SYM[c] !== 0;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
function tokenToString() {
    return this.value;
}
/**
 * A scanner over one text, with moo's interface as the parser uses it: `reset`, `next`, `save`.
 * With `skipSpace`, whitespace and comments are passed over without tokens (the parser drops
 * them).
 * @example
 * const s = new Scanner(true).reset('(assert |x y|)');
 * [s.next()!.type, s.next()!.type, s.next()!.value]; // ['lparen', 'symbol', 'x y']
 */
export class Scanner {
    skipSpace;
    text = '';
    index = 0;
    line = 1;
    col = 1;
    constructor(skipSpace = false) {
        this.skipSpace = skipSpace;
    }
    /** Starts on `text`, at line and column `at` (default 1:1). */
    reset(text, at) {
        this.text = text;
        this.index = 0;
        this.line = at?.line ?? 1;
        this.col = at?.col ?? 1;
        return this;
    }
    /** The position after the last token read. */
    save() {
        return { line: this.line, col: this.col };
    }
    /** The next token, or undefined at the end of the text. */
    next() {
        const s = this.text;
        const n = s.length;
        for (;;) {
            const i = this.index;
            if (i >= n)
                return undefined;
            const c = s.charCodeAt(i);
            if (c === 0x28)
                return this.token('lparen', i, i + 1);
            if (c === 0x29)
                return this.token('rparen', i, i + 1);
            if (isSpace(c)) {
                let j = i + 1;
                while (j < n && isSpace(s.charCodeAt(j)))
                    j++;
                if (!this.skipSpace)
                    return this.token('ws', i, j, true);
                this.advance(i, j, true);
                continue;
            }
            if (c === 0x3b) {
                let j = s.indexOf('\n', i);
                if (j < 0)
                    j = n;
                if (!this.skipSpace)
                    return this.token('comment', i, j);
                this.advance(i, j, false);
                continue;
            }
            if (isDigit(c))
                return this.number(i);
            if (c === 0x23)
                return this.hash(i);
            if (c === 0x22)
                return this.string(i);
            if (c === 0x7c)
                return this.quoted(i);
            if (c === 0x3a)
                return isSym(s.charCodeAt(i + 1)) ? this.token('keyword', i, this.symEnd(i + 1)) : this.token('emptyKeyword', i, i + 1);
            if (c < 128 && SYM[c] === 2)
                return this.token('symbol', i, this.symEnd(i + 1));
            const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
            return this.token('invalid', i, pair ? i + 2 : i + 1, true);
        }
    }
    /** The end of the run of symbol characters from `j`. */
    symEnd(j) {
        const s = this.text;
        while (j < s.length && isSym(s.charCodeAt(j)))
            j++;
        return j;
    }
    /** The end of the run of characters from `j` that `ok` accepts. */
    runEnd(j, ok) {
        const s = this.text;
        while (j < s.length && ok(s.charCodeAt(j)))
            j++;
        return j;
    }
    /** `decimal`, `numeral` or `badNumber` at `i` (a digit). */
    number(i) {
        const s = this.text;
        const j = this.runEnd(i + 1, isDigit);
        if (s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1))) {
            const k = this.runEnd(j + 1, isDigit);
            if (!isSym(s.charCodeAt(k)))
                return this.token('decimal', i, k);
        }
        if (!isSym(s.charCodeAt(j)))
            return this.token('numeral', i, j);
        return this.token('badNumber', i, this.symEnd(i + 1));
    }
    /** `hex`, `binary` or `badLiteral` at `i` (a `#`). */
    hash(i) {
        const s = this.text;
        const kind = s.charCodeAt(i + 1);
        const isBit = (c) => c === 0x30 || c === 0x31;
        const digit = kind === 0x78 ? isHexDigit : kind === 0x62 ? isBit : undefined;
        if (digit !== undefined && digit(s.charCodeAt(i + 2))) {
            const j = this.runEnd(i + 3, digit);
            if (!isSym(s.charCodeAt(j)))
                return this.token(kind === 0x78 ? 'hex' : 'binary', i, j, false, s.slice(i + 2, j));
        }
        return this.token('badLiteral', i, this.symEnd(i + 1));
    }
    /** `string` or `unterminatedString` at `i` (a `"`). */
    string(i) {
        const s = this.text;
        let lastPair = -1; // the first `"` of the last `""` seen
        for (let j = s.indexOf('"', i + 1); j >= 0; j = s.indexOf('"', j + 2)) {
            if (s.charCodeAt(j + 1) !== 0x22)
                return this.stringToken(i, j + 1);
            lastPair = j;
        }
        if (lastPair >= 0)
            return this.stringToken(i, lastPair + 1);
        return this.token('unterminatedString', i, s.length, true);
    }
    stringToken(i, end) {
        const inner = this.text.slice(i + 1, end - 1);
        return this.token('string', i, end, true, inner.includes('"') ? inner.replace(/""/g, '"') : inner);
    }
    /** `qsymbol`, `backslashQsymbol` or `unterminatedQsymbol` at `i` (a `|`). */
    quoted(i) {
        const s = this.text;
        const j = s.indexOf('|', i + 1);
        if (j < 0)
            return this.token('unterminatedQsymbol', i, s.length, true);
        const inner = s.slice(i + 1, j);
        if (inner.includes('\\'))
            return this.token('backslashQsymbol', i, j + 1, true);
        return this.token('qsymbol', i, j + 1, true, inner);
    }
    /** The token `text[i, j)` of `type` (`value` when it is not the text); moves past it. */
    token(type, i, j, lineBreaks = false, value) {
        const text = this.text.slice(i, j);
        const tok = { type, value: value ?? text, text, toString: tokenToString, offset: i, lineBreaks: 0, line: this.line, col: this.col };
        tok.lineBreaks = this.advance(i, j, lineBreaks);
        return tok;
    }
    /** Moves past `text[i, j)`, counting its line breaks when it may have some; returns their number. */
    advance(i, j, lineBreaks) {
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
//# sourceMappingURL=scan.js.map