#!/usr/bin/env node
/**
 * The `eagersmt` command: `eagersmt [options] [file.smt2|-]` (no file: standard input). The
 * flags pipelines give Z3 and cvc5 for the same (`-in`, `--lang smt2`, `--incremental`, ...) are
 * accepted too (compat-args.ts).
 *
 * Exit codes: 0 when the script ran (even when it reported `(error ...)` responses, as Z3);
 * 1 for a usage error (bad option, missing file) or an output file (`--proof`, `--dump-cnf`)
 * that could not be written — reported on stderr after the answers, which are still printed;
 * 2 for an internal error.
 * `eagersmt sat <file.cnf>` (sat.ts) follows the SAT competition: 10 sat, 20 unsat, 0 unknown,
 * 1 for malformed input.
 */
import { createReadStream, statSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { defaultOptions, optionTable, type EngineOptions, type OptionInfo } from '../engine/options.js';
import { ContractError, InternalError } from '../errors.js';
import { SOLVER_VERSION } from '../version.js';
import { compatArgs } from './compat-args.js';
import { registerCompare } from './compare.js';
import { unblockFifo } from './read-input.js';
import { registerSat } from './sat-command.js';
import { registerService } from './service.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_INTERNAL = 2;

function parseTimeout(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a non-negative number of seconds');
  return n;
}

/**
 * The parser of a numeric flag: a number (an integer for an `int` row) within the row's range.
 * @example numberParser({ type: 'int', min: 0, max: 64 } as OptionInfo)('8') // 8
 */
function numberParser(info: OptionInfo): (v: string) => number {
  const int = info.type === 'int';
  return (v) => {
    const n = Number(v);
    const ok = v.trim() !== '' && Number.isFinite(n) && (!int || Number.isInteger(n)) && n >= (info.min ?? -Infinity) && n <= (info.max ?? Infinity);
    if (!ok) throw new InvalidArgumentError(`expected ${int ? 'an integer' : 'a number'} in [${info.min}, ${info.max}]`);
    return n;
  };
}

async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = new Command();
  program
    .name('eagersmt')
    .description('An eager SMT solver: SMT-LIB 2.6 in, Z3-compatible answers out')
    .version(SOLVER_VERSION, '-V, --version')
    .argument('<file>', 'SMT-LIB 2 script, or - (or none) for standard input')
    .option('--stats', 'print parse, encode and solve statistics on stderr')
    .showHelpAfterError()
    .enablePositionalOptions()
    .exitOverride();
  // The flags are the option table's rows that have one (src/options/table.ts).
  for (const info of optionTable) {
    const opt = new Option(info.flag, info.help);
    if (info.choices) opt.choices(info.choices as string[]);
    if (info.name === 'timeout') opt.argParser(parseTimeout);
    else if (info.type === 'int' || info.type === 'number') opt.argParser(numberParser(info));
    const def = defaultOptions[info.name];
    if (def !== undefined && def !== 0) opt.default(def);
    program.addOption(opt);
  }
  program.action(async (file: string, opts: Partial<EngineOptions> & { stats?: boolean }) => {
    code = await solveScript(file, opts);
  });
  registerSat(program, parseTimeout, numberParser(optionTable.find((r) => r.name === 'memory')!), (c) => (code = c));
  registerCompare(program, (c) => (code = c));
  registerService(program, (c) => (code = c));
  program
    .command('check-proof')
    .description('verify a resource certificate written by --proof (exit 0 valid, 1 invalid)')
    .argument('<problem>', 'the SMT-LIB script the certificate is about')
    .argument('<certificate>', 'the certificate file')
    .exitOverride()
    .action(async (problem: string, cert: string) => {
      const { runCheckProof } = await import('./check-proof.js');
      code = runCheckProof(problem, cert, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    });
  // The flags pipelines give Z3 and cvc5 (`-in`, `--lang smt2`, ...; no script: standard input).
  const valueFlags = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter((f) => f !== undefined)));
  const compat = compatArgs(argv.slice(2), (flag) => valueFlags.has(flag));
  if ('error' in compat) {
    process.stderr.write(`eagersmt: ${compat.error}\n`);
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv.slice(0, 2), ...compat.args]);
  } catch (e) {
    const exit = (e as { exitCode?: number }).exitCode;
    if (exit === undefined) throw e;
    return exit === 0 ? EXIT_OK : EXIT_USAGE;
  }
  return code;
}

/**
 * The default command: runs an SMT-LIB script as it is read (a REPL on standard input). Each
 * command is executed as soon as it is complete and its response written at once; `(exit)` or
 * the end of the input ends the run. With a file, `-t` bounds the whole run from the start of
 * the process, reading included (a FIFO with no writer obeys it); on standard input it bounds
 * each check, never the time spent waiting for the client.
 */
async function solveScript(file: string, opts: Partial<EngineOptions> & { stats?: boolean }): Promise<number> {
  const stdin = file === '-';
  let input: NodeJS.ReadableStream;
  let fifo = false;
  if (stdin) input = process.stdin;
  else {
    try {
      const st = statSync(file);
      fifo = st.isFIFO();
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      input = createReadStream(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      process.stderr.write(`eagersmt: cannot read '${file}': ${why}\n`);
      return EXIT_USAGE;
    }
  }
  // The SMT pipeline is loaded only for this command, so `eagersmt sat` starts fast.
  const { Script } = await import('../script/script.js');
  const { installFileSink } = await import('../proof/files.js');
  const unwritten: string[] = [];
  installFileSink((message) => unwritten.push(message)); // --proof and --dump-cnf write files
  (await import('../proof/verify-unsat.js')).installUnsatChecker(); // external unsat answers are verified
  const { formatStats } = await import('./stats.js');
  const { stats, ...engine } = opts;
  const t0 = performance.now();
  let script;
  try {
    script = new Script({
      ...engine,
      file: stdin ? '<stdin>' : file,
      onResponse: (r) => process.stdout.write(r.text + '\n'),
      onDiagnostic: (s) => process.stderr.write(`eagersmt: ${s}\n`),
      timeoutPer: stdin ? 'check' : 'run',
      startedAt: performance.timeOrigin, // -t counts from the start of the process
    });
  } catch (e) {
    if (!(e instanceof ContractError)) throw e;
    process.stderr.write(`eagersmt: ${e.message}\n`); // a bad backend choice, before any output
    return EXIT_USAGE;
  }
  (input as NodeJS.ReadableStream & { setEncoding(e: string): void }).setEncoding('utf8');
  const deadline = !stdin && (engine.timeout ?? 0) > 0 ? performance.timeOrigin + engine.timeout! * 1000 : undefined;
  const readError = await new Promise<string | undefined>((resolve, reject) => {
    let busy = Promise.resolve();
    let finished = false;
    const finish = (why?: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      input.removeAllListeners('data');
      resolve(why);
    };
    // Reading a file obeys -t even when no data comes (a FIFO with no writer).
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(() => {
            if (fifo) unblockFifo(file);
            void busy.then(() => (script.timeUp(), finish()));
          }, Math.max(0, deadline - Date.now()));
    input.on('data', (chunk: string) => {
      input.pause();
      busy = busy
        .then(async () => {
          await script.feed(chunk);
          if (script.done) finish();
          else input.resume();
        })
        .catch(reject); // an internal error: main reports it (exit 2)
    });
    input.on('end', () => void busy.then(async () => (await script.end(), finish())).catch(reject));
    input.on('error', (e: NodeJS.ErrnoException) => void busy.then(() => finish(e.message)));
  });
  if (readError !== undefined) {
    process.stderr.write(`eagersmt: cannot read '${file}': ${readError}\n`);
    return EXIT_USAGE;
  }
  if (stats) process.stderr.write(formatStats(script.checks, performance.now() - t0));
  // A proof or CNF file that could not be written is reported after the answers (exit 1).
  for (const message of unwritten) process.stderr.write(`eagersmt: ${message}\n`);
  const code = unwritten.length > 0 ? EXIT_USAGE : EXIT_OK;
  // Neither an open pipe nor a blocked read (a FIFO) keeps the process: the run is over.
  process.exitCode = code;
  setImmediate(() => process.exit(process.exitCode ?? code));
  return code;
}

// A closed pipe (`eagersmt f.smt2 | head`) ends the output quietly, as for any Unix tool.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? EXIT_OK);
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // An InternalError's message already says so (errors.ts).
    const msg = e instanceof InternalError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`eagersmt: ${msg}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
