/**
 * DIMACS CNF: reading and writing the SAT competition's input format
 * (`p cnf <variables> <clauses>`, then clauses as integers each ended by 0, `c` comment lines).
 *
 * The reader is a hand-written scanner over character codes (large CNFs parse at tens of MB/s)
 * that locates every error as `file:line:col` and throws nothing but `ParseError`. Its choices:
 *  - the header is required, once, before the first clause (as the format says);
 *  - a literal beyond the declared variable count is an error (like Kissat; MiniSat only warns);
 *  - a clause count different from the header is tolerated by default, as MiniSat does unless
 *    run with `-strict`; `{ strict: true }` makes it an error;
 *  - the last clause must be terminated by 0 (otherwise a truncated file would silently lose
 *    or change a clause);
 *  - a line starting with `%` ends the input (the SATLIB benchmark convention: `%` then `0`).
 * The writer produces the same format, optionally with assumptions as unit clauses, either as
 * one string or streamed in chunks to a file descriptor for large CNFs (`--dump-cnf`).
 */
import { writeSync } from 'node:fs';
import { ParseError } from '../errors.js';
import { Cnf } from './cnf.js';
const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;
/**
 * Parses DIMACS CNF text. `file` names the source in error messages.
 * @example parseDimacs('p cnf 2 2\n1 -2 0\n2 0\n', 'x.cnf').numClauses === 2
 * @throws ParseError located at `file:line:col` for malformed input.
 */
export function parseDimacs(text, file = '<dimacs>', options = {}) {
    const cnf = new Cnf();
    const n = text.length;
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let declaredVars = -1;
    let declaredClauses = 0;
    let headerLine = 0;
    let clause = new Int32Array(16);
    let clauseLen = 0;
    let clauseLine = 0; // where the open clause began, for "not terminated"
    let clauseCol = 0;
    const fail = (at, detail) => {
        throw new ParseError(file, line, at - lineStart + 1, detail);
    };
    const skipLine = () => {
        while (i < n && text.charCodeAt(i) !== NL)
            i++;
    };
    scan: while (i < n) {
        const ch = text.charCodeAt(i);
        if (ch === NL) {
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (ch === SPACE || ch === TAB || ch === CR) {
            i++;
            continue;
        }
        if (ch === 99 /* c */ && atTokenStart(text, i, lineStart)) {
            skipLine();
            continue;
        }
        if (ch === 37 /* % */ && atTokenStart(text, i, lineStart))
            break scan;
        if (ch === 112 /* p */ && atTokenStart(text, i, lineStart)) {
            if (declaredVars >= 0)
                fail(i, `second 'p' header (the first is on line ${headerLine})`);
            if (cnf.numClauses > 0 || clauseLen > 0)
                fail(i, "'p cnf' header after clauses");
            const start = i;
            skipLine();
            const m = /^p\s+cnf\s+(\d+)\s+(\d+)\s*$/.exec(text.slice(start, i));
            if (!m)
                fail(start, "expected 'p cnf <variables> <clauses>'");
            const vars = Number(m[1]);
            const clauses = Number(m[2]);
            if (vars > 0x3ffffffe)
                fail(start, `too many variables: ${m[1]}`);
            declaredVars = vars;
            declaredClauses = clauses;
            headerLine = line;
            continue;
        }
        if (ch === MINUS || (ch >= ZERO && ch <= NINE)) {
            const start = i;
            const negative = ch === MINUS;
            if (negative)
                i++;
            let value = 0;
            const digitsAt = i;
            while (i < n) {
                const d = text.charCodeAt(i);
                if (d < ZERO || d > NINE)
                    break;
                value = value * 10 + (d - ZERO);
                if (value > 0x7fffffff)
                    fail(start, 'number too large');
                i++;
            }
            if (i === digitsAt)
                fail(start, "expected a digit after '-'");
            if (i < n && !isSeparator(text.charCodeAt(i)))
                fail(i, `unexpected character '${text[i]}' in a number`);
            if (declaredVars < 0)
                fail(start, "clause before the 'p cnf' header");
            if (value === 0) {
                if (negative)
                    fail(start, "'-0' is not a literal");
                cnf.addClause(clause.subarray(0, clauseLen));
                clauseLen = 0;
                continue;
            }
            if (value > declaredVars) {
                fail(start, `literal ${negative ? '-' : ''}${value} exceeds the ${declaredVars} variables declared in the header`);
            }
            if (clauseLen === 0) {
                clauseLine = line;
                clauseCol = start - lineStart + 1;
            }
            if (clauseLen === clause.length) {
                const grown = new Int32Array(2 * clause.length);
                grown.set(clause);
                clause = grown;
            }
            clause[clauseLen++] = negative ? -value : value;
            continue;
        }
        fail(i, `unexpected character '${printable(text, i)}'`);
    }
    if (clauseLen > 0) {
        throw new ParseError(file, clauseLine, clauseCol, 'the last clause is not terminated by 0');
    }
    if (declaredVars < 0)
        fail(i, "missing 'p cnf <variables> <clauses>' header");
    if (options.strict && cnf.numClauses !== declaredClauses) {
        throw new ParseError(file, headerLine, 1, `the header declares ${declaredClauses} clauses, found ${cnf.numClauses}`);
    }
    cnf.numVars = Math.max(cnf.numVars, declaredVars);
    return cnf;
}
/** Whether position `i` is the first non-blank character of its line. */
function atTokenStart(text, i, lineStart) {
    for (let k = lineStart; k < i; k++) {
        const ch = text.charCodeAt(k);
        if (ch !== SPACE && ch !== TAB && ch !== CR)
            return false;
    }
    return true;
}
function isSeparator(ch) {
    return ch === SPACE || ch === TAB || ch === NL || ch === CR;
}
function printable(text, i) {
    const cp = text.codePointAt(i) ?? 0;
    return cp < 32 || cp === 127 ? `\\x${cp.toString(16).padStart(2, '0')}` : String.fromCodePoint(cp);
}
/**
 * The DIMACS text of `cnf` as ASCII bytes, in chunks of about `chunkBytes`; `assumptions` are
 * appended as unit clauses (and counted in the header). Digits are written straight into a
 * byte buffer, which is several times faster than building strings. Each yielded chunk is a
 * view of a buffer that is reused for the next one: consume it before resuming.
 */
export function* dimacsChunks(cnf, assumptions = [], chunkBytes = 1 << 16) {
    let numVars = cnf.numVars;
    for (let i = 0; i < assumptions.length; i++)
        numVars = Math.max(numVars, Math.abs(assumptions[i]));
    const header = `p cnf ${numVars} ${cnf.numClauses + assumptions.length}\n`;
    const buf = new Uint8Array(chunkBytes + 64);
    let n = 0;
    for (let i = 0; i < header.length; i++)
        buf[n++] = header.charCodeAt(i);
    const lits = cnf.lits;
    for (let i = 0; i < cnf.size; i++) {
        const lit = lits[i];
        n = putInt(buf, n, lit);
        buf[n++] = lit === 0 ? NL : SPACE;
        if (n >= chunkBytes) {
            yield buf.subarray(0, n);
            n = 0;
        }
    }
    for (let i = 0; i < assumptions.length; i++) {
        n = putInt(buf, n, assumptions[i]);
        buf[n++] = SPACE;
        buf[n++] = ZERO;
        buf[n++] = NL;
        if (n >= chunkBytes) {
            yield buf.subarray(0, n);
            n = 0;
        }
    }
    if (n > 0)
        yield buf.subarray(0, n);
}
/** Writes the decimal digits of `x` at `buf[n..]` and returns the end. */
function putInt(buf, n, x) {
    if (x < 0) {
        buf[n++] = MINUS;
        x = -x;
    }
    let digits = 1;
    for (let y = x; y >= 10; y = (y / 10) | 0)
        digits++;
    const end = n + digits;
    let p = end;
    do {
        buf[--p] = ZERO + (x % 10);
        x = (x / 10) | 0;
    } while (x > 0);
    return end;
}
/**
 * The DIMACS text of `cnf`, with `assumptions` as unit clauses.
 * @example writeDimacs(cnf, [-3]) // 'p cnf 3 2\n1 2 0\n-3 0\n'
 */
export function writeDimacs(cnf, assumptions = []) {
    const parts = [];
    for (const chunk of dimacsChunks(cnf, assumptions))
        parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'));
    return parts.join('');
}
/**
 * Streams the DIMACS text of `cnf` to the open file descriptor `fd` (synchronous writes of
 * about 64 KB), so large CNFs never exist as one string.
 * @example const fd = openSync('out.cnf', 'w'); writeDimacsTo(fd, cnf); closeSync(fd);
 */
export function writeDimacsTo(fd, cnf, assumptions = []) {
    for (const chunk of dimacsChunks(cnf, assumptions)) {
        let off = 0;
        while (off < chunk.length)
            off += writeSync(fd, chunk, off, chunk.length - off);
    }
}
//# sourceMappingURL=dimacs.js.map