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
/** The text of one command (or of what is left at the end of the input), and where it starts. */
export interface Segment {
    text: string;
    line: number;
    col: number;
}
/** The default limit on one command: 256 MiB of characters. */
export declare const MAX_COMMAND_CHARS: number;
export declare class CommandReader {
    private readonly file;
    private readonly maxChars;
    /** Text of the incomplete command, from `startLine:startCol`. */
    private pending;
    private startLine;
    private startCol;
    /** The position after the last character scanned. */
    private line;
    private col;
    private depth;
    private mode;
    private first;
    private fatal;
    /**
     * A reader for the input named `file` in error messages, with a limit on one command's size.
     * @example const r = new CommandReader('<stdin>', 64 << 20);
     */
    constructor(file: string, maxChars?: number);
    /**
     * The fatal error that stopped the reader, if any.
     * @example r.failed?.message // '<stdin>:1:1: invalid character '\x00' (the input is not text)'
     */
    get failed(): ParseError | undefined;
    /**
     * Takes the next chunk and returns the commands it completes, in order. After a fatal error
     * the last element is that error (and later calls return nothing).
     * @example new CommandReader('f', 1e6).feed('(check-sat)(ec') // [{ text: '(check-sat)', line: 1, col: 1 }]
     */
    feed(chunk: string): (Segment | ParseError)[];
    /**
     * The end of the input: what is left (an unclosed command, an unterminated string, ...) as a
     * last segment for the parser to report, or nothing when it is only white space.
     * @example new CommandReader('f', 1e6).end() // []
     */
    end(): Segment[];
}
