import { MAX_SEED } from '../options/table.js';
export declare const EXIT_SAT = 10;
export declare const EXIT_UNSAT = 20;
export declare const EXIT_UNKNOWN = 0;
export declare const EXIT_BAD_INPUT = 1;
export interface SatCommandOptions {
    proof?: string;
    /** Wall-clock limit in seconds from `startedAt`, reading and parsing included (0 or absent: none). */
    timeout?: number;
    /** When the run started, on the `performance.now()` scale (default: when `runSat` is called); the CLI passes 0, the start of the process. */
    startedAt?: number;
    /** Memory limit in MiB (0 or absent: none): past it the answer is `s UNKNOWN`. */
    memory?: number;
    stats?: boolean;
    /** Seed of the solver's random initial variable order (0 or absent: the default order). */
    seed?: number;
}
/** Largest `--seed`: the `max` of the CDCL solver's `seed` row in the option table. */
export { MAX_SEED };
/**
 * Runs the command; writes to `out` (stdout) and `err` (stderr); returns the exit code.
 * @example process.exitCode = await runSat('f.cnf', {}, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
 */
export declare function runSat(file: string, opts: SatCommandOptions, out: (s: string) => void, err: (s: string) => void): Promise<number>;
