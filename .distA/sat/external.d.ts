import type { BackendSpec, SatBackend } from './backend.js';
/** Options of an external backend (the `options` record of `createBackend('external', ...)`, plus `proof`). */
export interface ExternalOptions {
    /** The command: a template string (split by `splitTemplate`) or argv words; must contain `{cnf}`. */
    command: string | readonly string[];
    /** Name of the solver in reasons; default the base name of the program. */
    label?: string;
    /** Keep the DRAT proof in this file (the command must contain `{proof}`); default a temporary file. */
    proof?: string;
    /** Milliseconds between SIGTERM and SIGKILL when the solver is stopped. Default 1000. */
    killGraceMs?: number;
    /** Directory for the temporary files. Default the system's (`os.tmpdir()`). */
    tmpDir?: string;
    /** Appended to the reason when the program is not found (e.g. how to install it). */
    missingHint?: string;
}
/** What the solver claimed: the answer and the model literals, or why the output is unusable. */
interface Claim {
    status?: 'sat' | 'unsat' | 'unknown';
    lits?: ArrayLike<number>;
    error?: string;
}
/** Bytes of standard output read from a solver of a CNF with `numVars` variables: 64 MiB plus 16 per variable. */
export declare function outputLimit(numVars: number): number;
/**
 * The argv words of a command template.
 * @throws ContractError for an unterminated quote, a trailing backslash or an empty command.
 */
export declare function splitTemplate(template: string): string[];
/**
 * Reads the solver's standard output as it streams: `s` lines give the answer, `v` lines the
 * model; `c` lines and anything else (banners, warnings) are ignored. Two different `s` lines,
 * an unknown `s` value, a non-integer in a `v` line, literals after the closing 0 or more
 * literals than `maxLits` make it unusable (the first error sticks; later input is skipped).
 * Memory: the model's literals in a typed array, and one partial line.
 * @example const p = new CompetitionParser(); p.feed('s SATISFIABLE\nv 1 -2 0\n'); p.end() // { status: 'sat', lits: Int32Array [1, -2] }
 */
export declare class CompetitionParser {
    private readonly maxLits;
    private status;
    private lits;
    private count;
    private closed;
    private error;
    private partial;
    constructor(maxLits?: number);
    /** Whether the output is already unusable (reading more changes nothing). */
    get failed(): boolean;
    /** Parses the next chunk of output. */
    feed(chunk: string): void;
    /** The claim, once the output has ended. */
    end(): Claim;
    private line;
}
/**
 * Reads a whole standard output at once (`CompetitionParser` on one chunk).
 * @example parseCompetitionOutput('s SATISFIABLE\nv 1 -2 0\n') // { status: 'sat', lits: [1, -2] }
 */
export declare function parseCompetitionOutput(stdout: string): Claim;
/**
 * Reads a MiniSat result file: first line `SAT`, `UNSAT` or `INDET`; after `SAT`, the model
 * as literals ended by 0.
 * @example parseResultFile('SAT\n1 -2 0\n') // { status: 'sat', lits: [1, -2] }
 */
export declare function parseResultFile(text: string): Claim;
/**
 * Creates an external backend from validated options (what the `external` entry and the presets call).
 * @example createExternalBackend({ command: 'cadical -q {cnf}' }).solve(cnf, new Int32Array(0), {})
 */
export declare function createExternalBackend(options: ExternalOptions): SatBackend;
/** The `external` backend's registry entry. */
export declare const externalBackend: BackendSpec<ExternalOptions>;
export {};
