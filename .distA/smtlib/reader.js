/**
 * Reading SMT-LIB text as it arrives: cuts a stream of chunks into the text of whole top-level
 * commands, so that an interactive client's command is executed as soon as its closing
 * parenthesis has been read, never after the end of the input.
 *
 * A small state machine over characters (outside any token, in a string literal, in a quoted
 * symbol, in a comment) counts the depth of parentheses; a *segment* ends where a top-level list
 * closes (or at a stray `)` at top level). Each segment is handed to `parseScript` (parser.ts)
 * with the line and column it starts at, so errors keep their place in the whole input, and the
 * parser's recovery works within it. The machine sees only delimiters, never tokens, so a chunk
 * may end anywhere (inside a string, a symbol or a comment).
 *
 * Reading is bounded (docs/ARCHITECTURE.md, "Script and assertion stack"):
 * - one command may hold at most `maxChars` characters (`MAX_COMMAND_CHARS` by default);
 *   a longer one is a fatal error, so an endless stream such as `/dev/zero` or a run of
 *   garbage without parentheses is never buffered without bound;
 * - a NUL character means the input is not text (a device, a binary file): a fatal error at once.
 * After a fatal error the reader is `failed` and ignores further input.
 */
import { ParseError } from '../errors.js';
/** Where the scanner is: outside any token, in a string literal, a quoted symbol, a comment. */
const Mode = { Normal: 0, String: 1, Quoted: 2, Comment: 3 };
/** The default limit on one command: 256 MiB of characters. */
export const MAX_COMMAND_CHARS = 256 << 20;
export class CommandReader {
    file;
    maxChars;
    /** Text of the incomplete command, from `startLine:startCol`. */
    pending = '';
    startLine = 1;
    startCol = 1;
    /** The position after the last character scanned. */
    line = 1;
    col = 1;
    depth = 0;
    mode = Mode.Normal;
    first = true;
    fatal;
    /**
     * A reader for the input named `file` in error messages, with a limit on one command's size.
     * @example const r = new CommandReader('<stdin>', 64 << 20);
     */
    constructor(file, maxChars = MAX_COMMAND_CHARS) {
        this.file = file;
        this.maxChars = maxChars;
    }
    /**
     * The fatal error that stopped the reader, if any.
     * @example r.failed?.message // '<stdin>:1:1: invalid character '\x00' (the input is not text)'
     */
    get failed() {
        return this.fatal;
    }
    /**
     * Takes the next chunk and returns the commands it completes, in order. After a fatal error
     * the last element is that error (and later calls return nothing).
     * @example new CommandReader('f', 1e6).feed('(check-sat)(ec') // [{ text: '(check-sat)', line: 1, col: 1 }]
     */
    feed(chunk) {
        if (this.fatal)
            return [];
        if (this.first && chunk.length > 0) {
            this.first = false;
            if (chunk.charCodeAt(0) === 0xfeff)
                chunk = chunk.slice(1);
        }
        const out = [];
        let from = 0; // chunk[from..] is not yet part of an emitted segment
        let { line, col, depth } = this;
        let mode = this.mode;
        let segLine = this.startLine;
        let segCol = this.startCol;
        let pendingLen = this.pending.length;
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk.charCodeAt(i);
            if (c === 0) {
                this.fatal = new ParseError(this.file, line, col, `invalid character '\\x00' (the input is not text)`);
                out.push(this.fatal);
                this.pending = '';
                return out;
            }
            let cut = false;
            switch (mode) {
                case Mode.Normal:
                    if (c === 0x28)
                        depth++;
                    else if (c === 0x29) {
                        if (depth > 0)
                            depth--;
                        cut = depth === 0;
                    }
                    else if (c === 0x22)
                        mode = Mode.String;
                    else if (c === 0x7c)
                        mode = Mode.Quoted;
                    else if (c === 0x3b)
                        mode = Mode.Comment;
                    break;
                case Mode.String:
                    if (c === 0x22)
                        mode = Mode.Normal;
                    break;
                case Mode.Quoted:
                    if (c === 0x7c)
                        mode = Mode.Normal;
                    break;
                case Mode.Comment:
                    if (c === 0x0a)
                        mode = Mode.Normal;
                    break;
            }
            if (c === 0x0a) {
                line++;
                col = 1;
            }
            else
                col++;
            if (cut) {
                out.push({ text: this.pending + chunk.slice(from, i + 1), line: segLine, col: segCol });
                this.pending = '';
                pendingLen = 0;
                from = i + 1;
                segLine = line;
                segCol = col;
            }
            else if (pendingLen + (i + 1 - from) > this.maxChars) {
                const mib = this.maxChars / (1 << 20);
                this.fatal = new ParseError(this.file, segLine, segCol, `a command larger than ${mib} MiB starts here `);
                out.push(this.fatal);
                this.pending = '';
                return out;
            }
        }
        this.pending += chunk.slice(from);
        Object.assign(this, { line, col, depth, mode, startLine: segLine, startCol: segCol });
        return out;
    }
    /**
     * The end of the input: what is left (an unclosed command, an unterminated string, ...) as a
     * last segment for the parser to report, or nothing when it is only white space.
     * @example new CommandReader('f', 1e6).end() // []
     */
    end() {
        const rest = this.pending;
        this.pending = '';
        if (this.fatal || /^\s*$/.test(rest))
            return [];
        return [{ text: rest, line: this.startLine, col: this.startCol }];
    }
}
//# sourceMappingURL=reader.js.map