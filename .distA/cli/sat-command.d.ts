/**
 * Declares `eagersmt sat <file.cnf|->` on the program (the command itself is `sat.ts`). The
 * SAT solver and the DIMACS reader are loaded only when the subcommand runs, so that a plain
 * `eagersmt f.smt2` does not pay for them at start-up.
 */
import { type Command } from 'commander';
/**
 * Parses the value of `--seed`: an integer in [0, MAX_SEED] (0 = the default order).
 * Throws commander's InvalidArgumentError otherwise (shown on the usage line, exit 2).
 * @example program.option('--seed <n>', 'random seed of the search', parseSeed)
 */
export declare function parseSeed(text: string): number;
/**
 * Declares `sat` on the program; `setCode` receives the exit code.
 * @example registerSat(program, parseTimeout, parseMemory, (c) => (code = c));
 */
export declare function registerSat(program: Command, parseTimeout: (v: string) => number, parseMemory: (v: string) => number, setCode: (code: number) => void): void;
