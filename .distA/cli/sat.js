/**
 * `eagersmt sat <file.cnf|->`: the built-in CDCL solver as a standalone SAT solver with the
 * SAT-competition interface. Input is DIMACS, plain or gzip-compressed (`.gz`); output is
 * `s SATISFIABLE` with `v ... 0` lines, `s UNSATISFIABLE` or `s UNKNOWN`, and the exit code is
 * 10, 20 or 0 accordingly. `--proof` writes a DRAT proof; `--seed` varies the search (the
 * same seed, the same search). `-t` counts from the start of the process, reading included,
 * and `--memory` bounds the process's resident memory: past either the answer is `s UNKNOWN`. Malformed input gets one line `file:line:col: message` on
 * stderr and exit code 1, never a stack trace.
 */
import { constants as bufferConstants } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { parseDimacs } from '../cnf/dimacs.js';
import { ParseError } from '../errors.js';
import { MAX_SEED } from '../options/table.js';
import { DratWriter } from '../sat/drat.js';
import { CdclSolver } from '../sat/cdcl/solver.js';
import { memoryGuard } from '../util/memory.js';
import { readBounded } from './read-input.js';
const MAX_STRING_LENGTH = bufferConstants.MAX_STRING_LENGTH;
export const EXIT_SAT = 10;
export const EXIT_UNSAT = 20;
export const EXIT_UNKNOWN = 0;
export const EXIT_BAD_INPUT = 1;
/** Largest `--seed`: the `max` of the CDCL solver's `seed` row in the option table. */
export { MAX_SEED };
/** The longest input read: V8's longest string, or the memory limit when it is lower. */
function maxInputBytes(memoryMiB) {
    return Math.min(MAX_STRING_LENGTH, memoryMiB ? memoryMiB * 1024 * 1024 : Infinity);
}
/**
 * Reads a DIMACS file (or stdin for `-`), decompressing `.gz`, bounded by `deadline` (on the
 * `performance.now()` scale) and by `maxBytes`. Binary data other than gzip (a NUL byte) is
 * rejected as soon as it arrives, so `/dev/zero` or `/dev/urandom` end at once. Throws
 * ParseError for unreadable or oversized input; returns undefined when the deadline passed.
 */
async function readInput(file, deadline, maxBytes) {
    if (/\.(xz|lzma|bz2|7z|zst)$/.test(file))
        throw new ParseError(file, 1, 1, 'compressed input other than gzip is not supported: decompress it first');
    let gzip = false;
    let line = 1;
    let column = 1;
    const inspect = (chunk, first) => {
        if (first)
            gzip = chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b;
        if (gzip)
            return undefined;
        const nul = chunk.indexOf(0);
        for (let k = 0, end = nul < 0 ? chunk.length : nul; k < end; k++) {
            if (chunk[k] === 0x0a)
                (line++, (column = 1));
            else
                column++;
        }
        return nul < 0 ? undefined : `${line}:${column}: binary data (a NUL byte), not DIMACS text`;
    };
    const timeLeft = deadline - performance.now();
    const read = await readBounded(file, { deadline: Number.isFinite(timeLeft) ? Date.now() + timeLeft : undefined, maxBytes, inspect });
    switch (read.kind) {
        case 'timeout':
            return undefined;
        case 'error':
            throw new ParseError(file, 1, 1, read.why);
        case 'rejected': {
            const [, l, c, why] = /^(\d+):(\d+): (.*)$/.exec(read.why);
            throw new ParseError(file, Number(l), Number(c), why);
        }
        case 'too-large':
            throw new ParseError(file, 1, 1, `input larger than ${read.limit} bytes`);
    }
    let bytes = read.bytes;
    if (gzip) {
        try {
            bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
        }
        catch (e) {
            const tooLarge = e.code === 'ERR_BUFFER_TOO_LARGE';
            throw new ParseError(file, 1, 1, tooLarge ? `decompressed input larger than ${maxBytes} bytes` : 'corrupt gzip data');
        }
    }
    return bytes.toString('latin1');
}
/**
 * Runs the command; writes to `out` (stdout) and `err` (stderr); returns the exit code.
 * @example process.exitCode = await runSat('f.cnf', {}, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
 */
export async function runSat(file, opts, out, err) {
    const seed = opts.seed ?? 0;
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
        err(`eagersmt: --seed must be an integer in [0, ${MAX_SEED}], got ${seed}\n`);
        return EXIT_BAD_INPUT;
    }
    const name = file === '-' ? '<stdin>' : file;
    const started = opts.startedAt ?? performance.now();
    const deadline = opts.timeout ? started + opts.timeout * 1000 : Infinity;
    const overMemory = memoryGuard(opts.memory);
    const stop = () => performance.now() > deadline || overMemory?.() === true;
    let cnf;
    try {
        const text = await readInput(file, deadline, maxInputBytes(opts.memory));
        if (text === undefined) {
            err(`eagersmt: timeout while reading the input\n`);
            out('s UNKNOWN\n');
            return EXIT_UNKNOWN;
        }
        cnf = parseDimacs(text, name);
    }
    catch (e) {
        if (e instanceof ParseError) {
            err(`eagersmt: ${e.message}\n`);
            return EXIT_BAD_INPUT;
        }
        throw e;
    }
    const t0 = performance.now();
    const solver = new CdclSolver({ seed });
    const proof = opts.proof ? new DratWriter(opts.proof) : undefined;
    solver.setProof(proof);
    let result = 'unknown';
    try {
        // Reading and parsing count against -t and --memory too: past either, no search at all.
        if (!stop()) {
            solver.reserveVars(cnf.numVars);
            solver.addFlat(cnf.flat(), cnf.numVars);
            result = solver.solve([], { shouldStop: stop });
        }
    }
    catch (e) {
        // A typed array that could not be allocated: out of memory, so no answer.
        if (!(e instanceof RangeError && /allocation failed|invalid (typed )?array length/i.test(e.message)))
            throw e;
    }
    finally {
        proof?.close();
    }
    if (opts.stats) {
        out(`c time ${((performance.now() - t0) / 1000).toFixed(3)} s\n`);
        for (const [k, v] of Object.entries(solver.stats))
            out(`c ${k} ${v}\n`);
    }
    if (result === 'sat') {
        const lines = ['s SATISFIABLE'];
        let line = 'v';
        for (let v = 1; v <= cnf.numVars; v++) {
            const lit = solver.value(v) ? ` ${v}` : ` -${v}`;
            if (line.length + lit.length > 78) {
                lines.push(line);
                line = 'v';
            }
            line += lit;
        }
        lines.push(line + ' 0');
        out(lines.join('\n') + '\n');
        return EXIT_SAT;
    }
    if (result === 'unsat') {
        out('s UNSATISFIABLE\n');
        return EXIT_UNSAT;
    }
    out('s UNKNOWN\n');
    return EXIT_UNKNOWN;
}
//# sourceMappingURL=sat.js.map