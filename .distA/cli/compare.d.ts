import { type Command } from 'commander';
export declare const EXIT_COMPARE_OK = 0;
export declare const EXIT_COMPARE_USAGE = 1;
export declare const EXIT_COMPARE_DISAGREEMENT = 3;
export declare const EXIT_COMPARE_INTERRUPTED = 130;
export interface CompareCommandOptions {
    solvers?: string;
    solver: string[];
    timeout: number;
    jobs?: number;
    memory?: number;
    out: string;
    fresh?: boolean;
    produceModels?: boolean;
    progress?: boolean;
}
export declare function positiveInt(v: string): number;
/**
 * Declares `compare` on the program; `setCode` receives the exit code when it has run.
 * @example registerCompare(program, (c) => (code = c));
 */
export declare function registerCompare(program: Command, setCode: (code: number) => void): void;
/**
 * Runs the subcommand with parsed options; returns the exit code. `argv` is only shown in the
 * report as the command that reproduces it.
 */
export declare function runCompareCommand(inputs: string[], opts: CompareCommandOptions, argv?: readonly string[]): Promise<number>;
