/** Solvers known by name. */
export declare const KNOWN_SOLVERS: readonly ["eagersmt", "z3", "cvc5"];
export type KnownSolver = (typeof KNOWN_SOLVERS)[number];
export interface SolverSpec {
    /** Name in tables, plots and the result store. */
    name: string;
    /** Known solver whose command and flags are used, or undefined for an arbitrary command. */
    base?: KnownSolver;
    /** Words of the command after the base (for a known base) or the whole command. */
    words: string[];
}
export interface RunSettings {
    timeoutS: number;
    produceModels: boolean;
}
/** What a solver must know about the benchmark itself. */
export interface BenchmarkTraits {
    /** Several check-sats or push/pop (cvc5 1.0 then needs `--incremental`). */
    incremental: boolean;
    /** The file asks for models (cvc5 then needs `--produce-models`). */
    models?: boolean;
}
/**
 * The compiled eagersmt CLI of this package. The path is the same from `dist/compare/` and from
 * `src/compare/` (tests), since both sit two levels below the package root.
 */
export declare const EAGERSMT_MAIN: string;
/**
 * Parses the solver list of `--solvers` (known names, comma-separated) and the `--solver
 * name=command` definitions into specs. Names must be unique and made of letters, digits,
 * `.`, `_`, `-`, `+` (they become file names of plots).
 * @example parseSolvers('eagersmt,z3', ['sd=eagersmt --idl-encoding sd {file}'])
 */
export declare function parseSolvers(list: string | undefined, extra: readonly string[]): SolverSpec[];
/**
 * The argv of one run of `spec` on `file`: [command, ...args].
 * @example commandLine({ name: 'z3', base: 'z3', words: [] }, 'f.smt2', { timeoutS: 10, produceModels: false })
 * // ['z3', '-smt2', '-T:10', 'f.smt2']
 */
export declare function commandLine(spec: SolverSpec, file: string, settings: RunSettings, traits?: BenchmarkTraits): string[];
/**
 * A stable text that identifies how a solver runs (its argv with placeholders), part of the
 * result-store key: changing a solver's flags invalidates its stored runs.
 */
export declare function solverSignature(spec: SolverSpec, settings: RunSettings, traits?: BenchmarkTraits): string;
/**
 * What identifies the program a solver runs, for the result store's key: its resolved path
 * and the first line(s) its `--version` prints; for eagersmt, the content of the files of
 * its build (`dist/`). Computed once per program.
 * @example programIdentity({ name: 'z3', base: 'z3', words: [] }) // '/usr/bin/z3\nZ3 version 4.12.5 - 64 bit'
 */
export declare function programIdentity(spec: SolverSpec): string;
/**
 * Checks that the solver's program can be started: an executable on PATH, or an existing path.
 * Returns an error message, or undefined when it is fine.
 */
export declare function checkRunnable(spec: SolverSpec, settings: RunSettings): string | undefined;
