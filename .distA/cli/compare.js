/**
 * `eagersmt compare <files|dirs...>`: the comparison harness (src/compare/) on the command
 * line. This module only declares the subcommand; the harness is loaded when the subcommand
 * runs, so that plain `eagersmt f.smt2` starts as fast as before.
 *
 * Exit codes: 0 the comparison ran and no answers disagree; 1 usage error (bad option, no
 * benchmarks, a solver that cannot be started); 2 internal error; 3 at least one disagreement
 * (between solvers or against a benchmark's `:status`); 130 interrupted (finished runs are kept
 * for resume).
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
export const EXIT_COMPARE_OK = 0;
export const EXIT_COMPARE_USAGE = 1;
export const EXIT_COMPARE_DISAGREEMENT = 3;
export const EXIT_COMPARE_INTERRUPTED = 130;
function positive(what) {
    return (v) => {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0)
            throw new InvalidArgumentError(`expected a positive number of ${what}`);
        return n;
    };
}
export function positiveInt(v) {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < 1)
        throw new InvalidArgumentError('expected a positive integer');
    return n;
}
/**
 * Declares `compare` on the program; `setCode` receives the exit code when it has run.
 * @example registerCompare(program, (c) => (code = c));
 */
export function registerCompare(program, setCode) {
    program
        .command('compare')
        .description('run eagersmt, Z3, cvc5 and other solvers on the same benchmarks; table, CSV/JSON, cactus and scatter plots, HTML report')
        .argument('<inputs...>', '.smt2 files, or folders searched for .smt2 files')
        .option('--solvers <list>', 'known solvers, comma-separated: eagersmt, z3, cvc5 (default: all three unless --solver is given)')
        .option('--solver <name=command>', "another solver, e.g. 'sd=eagersmt --idl-encoding sd {file}' or 'mine=./solve --t {timeout} {file}' (repeatable)", (v, acc) => [...acc, v], [])
        .option('-t, --timeout <seconds>', 'wall-clock limit per run', positive('seconds'), 60)
        .option('-j, --jobs <n>', `runs at a time (default: cores, here ${availableParallelism()})`, positiveInt)
        .option('--memory <MiB>', 'memory limit per run: resident memory of its process group, polled every 100 ms (Linux)', positive('MiB'))
        .option('-o, --out <dir>', 'output folder; finished runs stored there are reused', 'compare-out')
        .option('--fresh', 'forget the runs stored in the output folder and run everything again')
        .option('--produce-models', 'ask the solvers to produce models (cvc5 --produce-models, z3 model=true)')
        .option('--no-progress', 'no progress bar or per-run lines on stderr')
        .exitOverride()
        .action(async (inputs, opts) => {
        setCode(await runCompareCommand(inputs, opts, process.argv.slice(2)));
    });
}
/**
 * Runs the subcommand with parsed options; returns the exit code. `argv` is only shown in the
 * report as the command that reproduces it.
 */
export async function runCompareCommand(inputs, opts, argv = []) {
    const { runComparison } = await import('../compare/harness.js');
    const { parseSolvers } = await import('../compare/solvers.js');
    const { EagerSmtError } = await import('../errors.js');
    const controller = new AbortController();
    // First Ctrl-C: kill the runs in flight and keep the finished ones; a second one: leave now.
    const onSigint = () => {
        if (controller.signal.aborted)
            process.exit(EXIT_COMPARE_INTERRUPTED);
        process.stderr.write('\ncompare: interrupted, stopping the runs in flight (Ctrl-C again to leave at once)\n');
        controller.abort();
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigint);
    try {
        const solvers = parseSolvers(opts.solvers ?? (opts.solver.length === 0 ? 'eagersmt,z3,cvc5' : undefined), opts.solver);
        const result = await runComparison({
            inputs,
            solvers,
            timeoutS: opts.timeout,
            memoryMiB: opts.memory,
            jobs: opts.jobs,
            outDir: opts.out,
            fresh: opts.fresh,
            produceModels: opts.produceModels,
            progress: opts.progress === false ? 'none' : process.stderr.isTTY ? 'bar' : 'lines',
            out: (s) => process.stdout.write(s),
            err: (s) => process.stderr.write(s),
            command: ['eagersmt', ...argv.map(shellQuote)].join(' '),
            abort: controller.signal,
        });
        if (result.interrupted)
            return EXIT_COMPARE_INTERRUPTED;
        return result.summary.disagreements.length > 0 ? EXIT_COMPARE_DISAGREEMENT : EXIT_COMPARE_OK;
    }
    catch (e) {
        if (e instanceof EagerSmtError) {
            process.stderr.write(`eagersmt compare: ${e.message}\n`);
            return EXIT_COMPARE_USAGE;
        }
        throw e;
    }
    finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
    }
}
/** Quotes a word for display as a shell would need it. */
function shellQuote(w) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`;
}
//# sourceMappingURL=compare.js.map