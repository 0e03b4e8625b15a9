/**
 * Declares `eagersmt sat <file.cnf|->` on the program (the command itself is `sat.ts`). The
 * SAT solver and the DIMACS reader are loaded only when the subcommand runs, so that a plain
 * `eagersmt f.smt2` does not pay for them at start-up.
 */
import { InvalidArgumentError } from 'commander';
import { MAX_SEED } from '../options/table.js';
/**
 * Parses the value of `--seed`: an integer in [0, MAX_SEED] (0 = the default order).
 * Throws commander's InvalidArgumentError otherwise (shown on the usage line, exit 2).
 * @example program.option('--seed <n>', 'random seed of the search', parseSeed)
 */
export function parseSeed(text) {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || !(n <= MAX_SEED))
        throw new InvalidArgumentError(`expected an integer seed in [0, ${MAX_SEED}], got '${text}'`);
    return n;
}
/**
 * Declares `sat` on the program; `setCode` receives the exit code.
 * @example registerSat(program, parseTimeout, parseMemory, (c) => (code = c));
 */
export function registerSat(program, parseTimeout, parseMemory, setCode) {
    program
        .command('sat')
        .description('solve a DIMACS CNF with the built-in CDCL solver (exit 10 sat, 20 unsat, 0 unknown)')
        .argument('<file>', 'DIMACS CNF (plain or .gz), or - for standard input')
        .option('--proof <file>', 'write a DRAT proof')
        .option('-t, --timeout <seconds>', 'wall-clock limit, reading included', parseTimeout)
        .option('--memory <MiB>', 'memory limit in MiB: past it the answer is s UNKNOWN', parseMemory)
        .option('--seed <n>', 'random seed of the search (0 = default order)', parseSeed)
        .option('--stats', 'print solver statistics as c lines')
        .exitOverride()
        .action(async (file, opts) => {
        const { runSat } = await import('./sat.js');
        setCode(await runSat(file, { ...opts, startedAt: 0 }, (s) => process.stdout.write(s), (s) => process.stderr.write(s)));
    });
}
//# sourceMappingURL=sat-command.js.map