/**
 * The `external` SAT backend (docs/ARCHITECTURE.md): any SAT solver program that reads a DIMACS file
 * and answers in the SAT-competition format — an `s SATISFIABLE`, `s UNSATISFIABLE` or
 * `s UNKNOWN` line, the model in `v ... 0` lines, exit code 10 or 20 — or in MiniSat's
 * result-file convention (`minisat in.cnf out.txt` writes `SAT` and the model line, `UNSAT` or
 * `INDET` into out.txt). Kissat, CaDiCaL and MiniSat are presets (`presets.ts`); anything else,
 * e.g. the distributed mallob-mono, is given as a command template:
 *
 *     mpirun -np 4 mallob -mono={cnf} -satsolver=k
 *
 * The template is split into argv words (`splitCommand` of util/command.ts, simple quoting) and never passed to
 * a shell. Placeholders, replaced inside any word: `{cnf}` the DIMACS file (required),
 * `{proof}` where the solver writes its DRAT proof, `{result}` a result file read with
 * MiniSat's convention.
 *
 * One solve: the CNF goes to a fresh temporary directory, with the assumptions as unit clauses
 * (no DIMACS solver takes assumptions on its command line, so `failed` is not reported for an
 * `unsat` under assumptions); the solver runs in its own process group (`detached`), so a
 * time-out or an abort kills the whole group — SIGTERM, then SIGKILL after a grace period —
 * including the workers a launcher such as `mpirun` starts. The directory is removed whatever
 * happens, and at process exit for solves still running.
 *
 * The solver never outlives eagersmt: it is started through a small `sh` watchdog that reads
 * a pipe from this process and kills the whole group when the pipe closes — which the kernel
 * does when this process dies, even by SIGKILL — then `exec`s the solver (same pid, exit code
 * and signal). Its standard output is parsed as it streams (`CompetitionParser`): the model
 * goes into a typed array, and more output than `outputLimit(numVars)` bytes or more literals
 * than twice the variables stops the solver with a `backend error`, so a solver printing
 * hundreds of megabytes costs neither memory nor time past the limit.
 *
 * The answer is trusted only as far as it can be checked: a `sat` model must set every
 * variable at most once (variables the solver left out — MiniSat omits those in no clause — are
 * set false, and counted in `unset`); the exit code must not contradict the printed answer. A
 * missing binary, a crash, a signal or garbage output is `unknown` with a reason
 * `backend error: ...`, never a wrong answer; the one-shot session checks the model against
 * every clause and assumption. An `unsat` is checked above this backend (`verify.ts`), with the
 * DRAT proof the command writes to `{proof}`.
 */
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Cnf } from '../cnf/cnf.js';
import { writeDimacsTo } from '../cnf/dimacs.js';
import { ContractError } from '../errors.js';
import { validateOptions } from '../options/validate.js';
import { childProcess } from '../util/builtins.js';
import { splitCommand } from '../util/command.js';
import { findProgram } from '../util/program.js';
import type { BackendSpec, SatBackend, SatCapabilities, SatLimits, SatOutcome } from './backend.js';

/**
 * `spawn` of node:child_process, loaded at the first run of an external solver: a process that
 * never runs one (the built-in backend) does not load it, nor `net` and the streams with it.
 */
type Spawn = typeof import('node:child_process').spawn;
const spawn = ((...args: Parameters<Spawn>) => childProcess().spawn(...args)) as Spawn;

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

/** The outcome of running the solver program once. */
interface RunResult {
  /** Exit code, or null when killed by a signal or not started. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What the standard output said, parsed as it streamed. */
  claim: Claim;
  /** The first few hundred bytes of standard output, for reasons. */
  head: string;
  /** The last few KB of stderr, for reasons. */
  stderr: string;
  /** Set when we stopped the solver (`output`: it printed more than allowed). */
  stopped?: 'timeout' | 'canceled' | 'output';
  /** Set when the program could not be started. */
  spawnError?: NodeJS.ErrnoException;
}

/** What the solver claimed: the answer and the model literals, or why the output is unusable. */
interface Claim {
  status?: 'sat' | 'unsat' | 'unknown';
  lits?: ArrayLike<number>;
  error?: string;
}

/** Bytes of standard output read from a solver of a CNF with `numVars` variables: 64 MiB plus 16 per variable. */
export function outputLimit(numVars: number): number {
  return 64 * 1024 * 1024 + 16 * numVars;
}

const PLACEHOLDER = /\{(cnf|proof|result)\}/g;
const STDERR_TAIL = 4096;
/** setTimeout cannot wait longer than this; longer limits mean "none". */
const MAX_TIMER_MS = 0x7fffffff;

/**
 * The argv words of a command template.
 * @throws ContractError for an unterminated quote, a trailing backslash or an empty command.
 */
export function splitTemplate(template: string): string[] {
  const words = splitCommand(template);
  if (words.length === 0) throw new ContractError('command template is empty');
  return words;
}

/**
 * Reads the solver's standard output as it streams: `s` lines give the answer, `v` lines the
 * model; `c` lines and anything else (banners, warnings) are ignored. Two different `s` lines,
 * an unknown `s` value, a non-integer in a `v` line, literals after the closing 0 or more
 * literals than `maxLits` make it unusable (the first error sticks; later input is skipped).
 * Memory: the model's literals in a typed array, and one partial line.
 * @example const p = new CompetitionParser(); p.feed('s SATISFIABLE\nv 1 -2 0\n'); p.end() // { status: 'sat', lits: Int32Array [1, -2] }
 */
export class CompetitionParser {
  private status: Claim['status'];
  private lits: Int32Array | undefined;
  private count = 0;
  private closed = false;
  private error: string | undefined;
  private partial = '';

  constructor(private readonly maxLits = Infinity) {}

  /** Whether the output is already unusable (reading more changes nothing). */
  get failed(): boolean {
    return this.error !== undefined;
  }

  /** Parses the next chunk of output. */
  feed(chunk: string): void {
    if (this.error !== undefined) return;
    let text = this.partial + chunk;
    let at = 0;
    for (let nl = text.indexOf('\n'); nl >= 0 && this.error === undefined; nl = text.indexOf('\n', at)) {
      this.line(text.slice(at, nl));
      at = nl + 1;
    }
    text = text.slice(at);
    this.partial = text;
  }

  /** The claim, once the output has ended. */
  end(): Claim {
    if (this.partial !== '' && this.error === undefined) this.line(this.partial);
    this.partial = '';
    if (this.error !== undefined) return { error: this.error };
    if (this.lits !== undefined && !this.closed) return { error: "the model's v lines do not end with 0" };
    return { status: this.status, ...(this.lits !== undefined ? { lits: this.lits.subarray(0, this.count) } : {}) };
  }

  private line(raw: string): void {
    const line = raw.trim();
    if (line.startsWith('s ') || line === 's') {
      const word = line.slice(1).trim();
      const said = word === 'SATISFIABLE' ? 'sat' : word === 'UNSATISFIABLE' ? 'unsat' : word === 'UNKNOWN' ? 'unknown' : undefined;
      if (said === undefined) this.error = `unrecognised line '${clip(line)}'`;
      else if (this.status !== undefined && this.status !== said) this.error = `two different answers ('s ${word}' after '${this.status}')`;
      else this.status = said;
    } else if (line.startsWith('v ') || line === 'v') {
      let lits = (this.lits ??= new Int32Array(64));
      for (const token of line.slice(1).trim().split(/\s+/)) {
        if (token === '') continue;
        if (!/^-?\d{1,10}$/.test(token) || Math.abs(Number(token)) > 0x7fffffff) return void (this.error = `bad literal '${clip(token)}' in a v line`);
        if (this.closed) return void (this.error = "literals after the model's closing 0");
        const lit = Number(token);
        if (lit === 0) {
          this.closed = true;
          continue;
        }
        if (this.count >= this.maxLits) return void (this.error = `more than ${this.maxLits} literals in the model`);
        if (this.count === lits.length) {
          const grown: Int32Array = new Int32Array(2 * lits.length);
          grown.set(lits);
          this.lits = lits = grown;
        }
        lits[this.count++] = lit;
      }
    }
  }
}

/**
 * Reads a whole standard output at once (`CompetitionParser` on one chunk).
 * @example parseCompetitionOutput('s SATISFIABLE\nv 1 -2 0\n') // { status: 'sat', lits: [1, -2] }
 */
export function parseCompetitionOutput(stdout: string): Claim {
  const parser = new CompetitionParser();
  parser.feed(stdout);
  const claim = parser.end();
  return claim.error !== undefined ? claim : { status: claim.status, lits: claim.lits && Array.from(claim.lits) };
}

/**
 * Reads a MiniSat result file: first line `SAT`, `UNSAT` or `INDET`; after `SAT`, the model
 * as literals ended by 0.
 * @example parseResultFile('SAT\n1 -2 0\n') // { status: 'sat', lits: [1, -2] }
 */
export function parseResultFile(text: string): Claim {
  const lines = text.split('\n').map((l) => l.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return {};
  const head = lines[0];
  if (head === 'UNSAT') return { status: 'unsat' };
  if (head === 'INDET') return { status: 'unknown' };
  if (head !== 'SAT') return { error: `unrecognised result file line '${clip(head!)}'` };
  const tokens = lines.slice(1).join(' ').split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return { status: 'sat' };
  if (!tokens.every((t) => /^-?\d+$/.test(t))) return { error: 'bad literal in the result file' };
  const lits = tokens.map(Number);
  if (lits.indexOf(0) !== lits.length - 1) return { error: "the result file's model does not end with a single 0" };
  return { status: 'sat', lits: lits.slice(0, -1) };
}

/**
 * Builds a full model from the solver's literals (variables it left out are false) and counts
 * the variables it left out; or says why the literals are not a model. The model is checked
 * against the clauses above the backend, by the one-shot session.
 * @example modelOf([1, -3], 3) // { model: Uint8Array [0, 1, 0, 0], unset: 1 }
 */
function modelOf(lits: ArrayLike<number>, numVars: number): { model: Uint8Array; unset: number } | string {
  const model = new Uint8Array(numVars + 1);
  const seen = new Uint8Array(numVars + 1);
  for (let i = 0; i < lits.length; i++) {
    const lit = lits[i]!;
    const v = lit < 0 ? -lit : lit;
    if (v > numVars) return `the model mentions variable ${v}, the CNF has ${numVars}`;
    const value = lit > 0 ? 1 : 0;
    if (seen[v] && model[v] !== value) return `the model sets variable ${v} both ways`;
    seen[v] = 1;
    model[v] = value;
  }
  let unset = 0;
  for (let v = 1; v <= numVars; v++) if (!seen[v]) unset++;
  return { model, unset };
}

/** Solves still running: killed and cleaned up if the process exits meanwhile. */
const live = new Set<{ child?: ChildProcess; dir?: string }>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const run of live) {
      if (run.child) killGroup(run.child, 'SIGKILL');
      if (run.dir) rmSync(run.dir, { recursive: true, force: true });
    }
  });
}

/** Sends `sig` to the child's process group (the child leads it, being detached). */
function killGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/**
 * The watchdog: `sh -c WATCHDOG sh solver args...` starts a background subshell that blocks
 * reading fd 3 (a pipe from this process) and kills the whole process group (`kill -KILL 0`)
 * when it reads end-of-file — when this process closed the pipe or died — then closes fd 3
 * and `exec`s the solver, which keeps the pid, hence the group, exit code and signal.
 */
const WATCHDOG = '(read -r _ <&3; kill -KILL 0) </dev/null >/dev/null 2>&1 & exec 3<&- </dev/null; exec "$@"';

/** Bytes of stdout kept verbatim for reasons. */
const STDOUT_HEAD = 256;

/**
 * Runs `argv` in its own process group, under the watchdog, within `timeoutMs` (undefined: no
 * limit) unless `signal` aborts; on either the group gets SIGTERM, then SIGKILL after `graceMs`.
 * Standard output goes to `parser` as it streams; past `maxOutput` bytes, or once the parser
 * has failed, the solver is stopped (`stopped: 'output'`).
 * Post: resolves once every stdio pipe is closed, or `graceMs` after the solver's exit if
 * something else holds them open; never rejects. Processes left in the group after the solver
 * exits are killed too.
 */
function runProcess(
  argv: readonly string[],
  timeoutMs: number | undefined,
  signal: AbortSignal | undefined,
  graceMs: number,
  entry: { child?: ChildProcess },
  parser: CompetitionParser,
  maxOutput: number,
): Promise<RunResult> {
  return new Promise<RunResult>((resolve) => {
    const result: RunResult = { code: null, signal: null, claim: {}, head: '', stderr: '' };
    let outBytes = 0;
    let deadline: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    let drain: NodeJS.Timeout | undefined;
    let settled = false;
    let child: ChildProcess;
    const finish = () => {
      if (settled) return;
      settled = true;
      if (deadline) clearTimeout(deadline);
      if (grace) clearTimeout(grace);
      if (drain) clearTimeout(drain);
      signal?.removeEventListener('abort', onAbort);
      (child?.stdio[3] as NodeJS.WritableStream & { destroy?: () => void } | undefined)?.destroy?.();
      if (result.claim.error === undefined) result.claim = parser.end();
      resolve(result);
    };
    const stop = (why: 'timeout' | 'canceled' | 'output') => {
      if (result.stopped || settled) return;
      result.stopped = why;
      killGroup(child, 'SIGTERM');
      grace = setTimeout(() => {
        killGroup(child, 'SIGKILL');
        grace = setTimeout(giveUp, graceMs); // not even SIGKILL ended it (uninterruptible sleep)
      }, graceMs);
    };
    // A process that left the group (setsid) may hold the pipes open: stop reading them.
    const giveUp = () => {
      child.stdout?.destroy();
      child.stderr?.destroy();
      finish();
    };
    const onAbort = () => stop('canceled');
    try {
      child = spawn('/bin/sh', ['-c', WATCHDOG, 'sh', ...argv], { detached: true, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    } catch (err) {
      result.spawnError = err as NodeJS.ErrnoException;
      finish();
      return;
    }
    entry.child = child;
    (child.stdio[3] as NodeJS.ReadableStream | null)?.on?.('error', () => {});
    child.stdout!.setEncoding('latin1').on('data', (d: string) => {
      if (result.stopped) return;
      if (result.head.length < STDOUT_HEAD) result.head = (result.head + d).slice(0, STDOUT_HEAD);
      outBytes += d.length;
      if (outBytes > maxOutput) {
        result.claim = { error: `more than ${maxOutput} bytes of output` };
        stop('output');
        return;
      }
      parser.feed(d);
      if (parser.failed) stop('output');
    });
    child.stderr!.setEncoding('latin1').on('data', (d: string) => (result.stderr = (result.stderr + d).slice(-STDERR_TAIL)));
    child.on('error', (err: NodeJS.ErrnoException) => {
      // Only a failed start matters; a failed kill of a finished group is harmless.
      if (child.pid === undefined) {
        result.spawnError = err;
        finish();
      }
    });
    child.on('exit', (code, sig) => {
      result.code = code;
      result.signal = sig;
      killGroup(child, 'SIGKILL'); // stragglers (and the watchdog) that would keep the pipes open
      drain = setTimeout(giveUp, graceMs);
    });
    child.on('close', finish);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) stop('canceled');
    if (timeoutMs !== undefined && timeoutMs <= MAX_TIMER_MS) deadline = setTimeout(() => stop('timeout'), timeoutMs);
  });
}

class ExternalBackend implements SatBackend {
  readonly name: string;
  readonly capabilities: SatCapabilities;
  private readonly words: readonly string[];

  /** Pre: `opts` passed `parseExternalOptions`, and `noProofs` if `opts.proof` is set. */
  constructor(private readonly opts: ExternalOptions) {
    this.words = commandWords(opts.command);
    this.capabilities = { assumptions: false, proofs: this.words.some((w) => w.includes('{proof}')) };
    this.name = opts.label ?? basename(this.words[0]!);
  }

  async solve(cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome> {
    if (limits.signal?.aborted) return { status: 'unknown', reason: 'canceled' };
    if (limits.timeoutMs !== undefined && limits.timeoutMs <= 0) return { status: 'unknown', reason: 'timeout' };
    const t0 = performance.now();
    const entry: { child?: ChildProcess; dir?: string } = {};
    installExitHook();
    live.add(entry);
    try {
      const dir = mkdtempSync(join(this.opts.tmpDir ?? tmpdir(), 'eagersmt-sat-'));
      entry.dir = dir;
      const files: Record<string, string> = {
        cnf: join(dir, 'problem.cnf'),
        proof: this.opts.proof ?? join(dir, 'proof.drat'),
        result: join(dir, 'result.txt'),
      };
      const fd = openSync(files.cnf!, 'w');
      try {
        writeDimacsTo(fd, cnf, assumptions);
      } finally {
        closeSync(fd);
      }
      let numVars = cnf.numVars;
      for (let i = 0; i < assumptions.length; i++) numVars = Math.max(numVars, Math.abs(assumptions[i]!));
      const t1 = performance.now();
      const argv = this.words.map((w) => w.replace(PLACEHOLDER, (_, key: string) => files[key]!));
      const remaining = limits.timeoutMs === undefined ? undefined : limits.timeoutMs - (t1 - t0);
      if (remaining !== undefined && remaining <= 0) return { status: 'unknown', reason: 'timeout' };
      const program = findProgram(argv[0]!);
      if ('error' in program) return this.interpret(notStarted(program.error), undefined, numVars, assumptions);
      const parser = new CompetitionParser(2 * (numVars + 1));
      const run = await runProcess([program.path, ...argv.slice(1)], remaining, limits.signal, this.opts.killGraceMs ?? 1000, entry, parser, outputLimit(numVars));
      const stats = { dimacsMs: round(t1 - t0), solverMs: round(performance.now() - t1) };
      const resultText = this.words.some((w) => w.includes('{result}')) ? readIfPresent(files.result!) : undefined;
      return { ...this.interpret(run, resultText, numVars, assumptions), stats };
    } catch (err) {
      return { status: 'unknown', reason: `backend error: ${this.name}: ${err instanceof Error ? err.message : String(err)}` };
    } finally {
      if (entry.dir) rmSync(entry.dir, { recursive: true, force: true });
      live.delete(entry);
    }
  }

  /** Turns one run into an outcome; see the module comment for what is trusted. */
  private interpret(run: RunResult, resultText: string | undefined, numVars: number, assumptions: Int32Array): SatOutcome {
    const fail = (why: string): SatOutcome => ({ status: 'unknown', reason: `backend error: ${this.name}: ${why}` });
    if (run.spawnError) {
      const e = run.spawnError;
      if (e.code === 'ENOENT') return fail(`cannot run '${this.words[0]}': not found${this.opts.missingHint ? ` (${this.opts.missingHint})` : ''}`);
      if (e.code === 'EACCES') return fail(`cannot run '${this.words[0]}': permission denied`);
      return fail(`cannot run '${this.words[0]}': ${e.message}`);
    }
    if (run.stopped === 'output') return fail(run.claim.error ?? 'unusable output');
    if (run.stopped) return { status: 'unknown', reason: run.stopped };
    if (run.signal) return fail(`killed by ${run.signal}${lastLine(run.stderr)}`);
    const code = run.code;
    if (code !== 0 && code !== 10 && code !== 20) return fail(`exited with code ${code}${lastLine(run.stderr)}`);

    const fromStdout = run.claim;
    if (fromStdout.error) return fail(fromStdout.error);
    const fromFile = resultText === undefined ? {} : parseResultFile(resultText);
    if (fromFile.error) return fail(fromFile.error);
    const byCode = code === 10 ? 'sat' : code === 20 ? 'unsat' : undefined;
    const claims = [fromStdout.status, fromFile.status, byCode].filter((s) => s !== undefined);
    const status = claims[0];
    if (status === undefined) return fail(`no answer (exit code ${code}${run.head.trim() ? `, output '${clip(run.head.trim())}'` : ''})${lastLine(run.stderr)}`);
    if (claims.some((s) => s !== status)) return fail(`contradictory answers (${describeClaims(fromStdout.status, fromFile.status, code)})`);
    if (status === 'unknown') return { status: 'unknown', reason: `incomplete: ${this.name} answered unknown` };
    if (status === 'unsat') return assumptions.length === 0 ? { status: 'unsat', failed: new Int32Array(0) } : { status: 'unsat' };

    const lits = fromStdout.lits ?? fromFile.lits;
    if (lits === undefined) return fail('sat without a model');
    const built = modelOf(lits, numVars);
    if (typeof built === 'string') return fail(built);
    return { status: 'sat', model: built.model, unset: built.unset };
  }
}

/** The run of a program that could not be found (`ENOENT`) or is not executable (`EACCES`). */
function notStarted(code: 'ENOENT' | 'EACCES'): RunResult {
  const spawnError: NodeJS.ErrnoException = Object.assign(new Error(code), { code });
  return { code: null, signal: null, claim: {}, head: '', stderr: '', spawnError };
}

function describeClaims(stdout: string | undefined, file: string | undefined, code: number | null): string {
  const parts: string[] = [];
  if (stdout) parts.push(`output ${stdout}`);
  if (file) parts.push(`result file ${file}`);
  parts.push(`exit code ${code}`);
  return parts.join(', ');
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
}

function lastLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const line = lines[lines.length - 1]?.trim();
  return line ? `: ${clip(line)}` : '';
}

function clip(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max)}...` : one;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * The argv words of a command (a template string or words).
 * @throws ContractError for an empty command or one without a `{cnf}` placeholder.
 */
function commandWords(command: string | readonly string[]): string[] {
  const words = typeof command === 'string' ? splitTemplate(command) : [...command];
  if (words.length === 0) throw new ContractError('the solver command is empty');
  if (!words.some((w) => w.includes('{cnf}'))) throw new ContractError(`the solver command '${words.join(' ')}' has no {cnf} placeholder`);
  return words;
}

/**
 * Validates an options record for an external backend (`backend` names it in messages)
 * against the option table's `external` rows, and its command template.
 * @example parseExternalOptions({ command: 'cadical -q {cnf}' }).command // 'cadical -q {cnf}'
 * @throws ContractError for unknown or ill-typed options, or a bad command.
 */
function parseExternalOptions(options: Readonly<Record<string, unknown>>, backend = 'external'): ExternalOptions {
  validateOptions(['external'], options, `SAT backend '${backend}'`);
  const command = options.command;
  const isWords = Array.isArray(command) && command.every((w) => typeof w === 'string');
  if (typeof command !== 'string' && !isWords) throw new ContractError(`SAT backend '${backend}' needs a 'command' (a template string or argv words)`);
  commandWords(command as string | readonly string[]);
  return options as unknown as ExternalOptions;
}

/**
 * Why an external backend with these options cannot write a DRAT proof (its command has no
 * `{proof}` placeholder), or undefined.
 * @example externalNoProofs({ command: 'cadical {cnf}' }) // "a proof file needs a {proof} placeholder ..."
 */
function externalNoProofs(options: ExternalOptions): string | undefined {
  const words = commandWords(options.command);
  return words.some((w) => w.includes('{proof}')) ? undefined : `a proof file needs a {proof} placeholder in the solver command '${words.join(' ')}'`;
}

/**
 * Creates an external backend from validated options (what the `external` entry and the presets call).
 * @example createExternalBackend({ command: 'cadical -q {cnf}' }).solve(cnf, new Int32Array(0), {})
 */
export function createExternalBackend(options: ExternalOptions): SatBackend {
  return new ExternalBackend(options);
}

/** The `external` backend's registry entry. */
export const externalBackend: BackendSpec<ExternalOptions> = {
  parse: (options) => parseExternalOptions(options),
  noProofs: externalNoProofs,
  create: (options, proof) => new ExternalBackend(proof === undefined ? options : { ...options, proof }),
};
