import { Cnf } from './cnf.js';
export interface DimacsParseOptions {
    /** Reject a clause count different from the header's. Default false (MiniSat's default). */
    strict?: boolean;
}
/**
 * Parses DIMACS CNF text. `file` names the source in error messages.
 * @example parseDimacs('p cnf 2 2\n1 -2 0\n2 0\n', 'x.cnf').numClauses === 2
 * @throws ParseError located at `file:line:col` for malformed input.
 */
export declare function parseDimacs(text: string, file?: string, options?: DimacsParseOptions): Cnf;
/**
 * The DIMACS text of `cnf` as ASCII bytes, in chunks of about `chunkBytes`; `assumptions` are
 * appended as unit clauses (and counted in the header). Digits are written straight into a
 * byte buffer, which is several times faster than building strings. Each yielded chunk is a
 * view of a buffer that is reused for the next one: consume it before resuming.
 */
export declare function dimacsChunks(cnf: Cnf, assumptions?: ArrayLike<number>, chunkBytes?: number): Generator<Uint8Array>;
/**
 * The DIMACS text of `cnf`, with `assumptions` as unit clauses.
 * @example writeDimacs(cnf, [-3]) // 'p cnf 3 2\n1 2 0\n-3 0\n'
 */
export declare function writeDimacs(cnf: Cnf, assumptions?: ArrayLike<number>): string;
/**
 * Streams the DIMACS text of `cnf` to the open file descriptor `fd` (synchronous writes of
 * about 64 KB), so large CNFs never exist as one string.
 * @example const fd = openSync('out.cnf', 'w'); writeDimacsTo(fd, cnf); closeSync(fd);
 */
export declare function writeDimacsTo(fd: number, cnf: Cnf, assumptions?: ArrayLike<number>): void;
