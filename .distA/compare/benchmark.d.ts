/** A definite or indefinite answer of one `check-sat`. */
export type Answer = 'sat' | 'unsat' | 'unknown';
/** What a benchmark file promises. */
export interface BenchmarkInfo {
    /** The path as given or found (relative paths stay relative to the working directory). */
    file: string;
    /** Number of `check-sat` / `check-sat-assuming` commands. */
    checkSats: number;
    /** Expected answer per check-sat (`undefined` where the file says nothing). */
    expected: (Answer | undefined)[];
    /** Several check-sats, or push/pop: some solvers (cvc5 1.0) must be told to run incrementally. */
    incremental: boolean;
    /** The file asks for models (`get-model`, `get-value`, `get-assignment`): cvc5 must be told to produce them. */
    models: boolean;
    /** SHA-256 of the content, hex. */
    sha256: string;
    bytes: number;
}
/**
 * Scans SMT-LIB text for its top-level `check-sat` commands and `:status` annotations.
 * @example scanScript('(set-info :status unsat)(check-sat)') // { checkSats: 1, expected: ['unsat'], incremental: false }
 */
export declare function scanScript(text: string): {
    checkSats: number;
    expected: (Answer | undefined)[];
    incremental: boolean;
    models: boolean;
};
/**
 * Reads and scans one benchmark file.
 * @example readBenchmark('jobshop.smt2').expected // ['sat']
 */
export declare function readBenchmark(file: string): BenchmarkInfo;
/**
 * Expands the command line's files and directories into a duplicate-free list of benchmark
 * paths, in the order given: a directory contributes every `*.smt2` file below it
 * (recursively, in name order), a file is taken as it is whatever its name.
 * @example collectFiles(['bench/', 'extra.smt2'])
 */
export declare function collectFiles(inputs: readonly string[]): string[];
