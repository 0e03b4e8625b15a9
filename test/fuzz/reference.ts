/**
 * Reference solvers for differential testing: Z3 and cvc5, run as child processes.
 *
 * `runReference` runs one script in a fresh process (`z3 -in -smt2`, `cvc5 --lang smt2
 * --incremental`) and returns its stdout. `ReferencePool` runs many scripts fast: it keeps `size`
 * long-lived solver processes and feeds each one script after another, each as
 * `(set-option :print-success false)`, `(reset)`, `(echo "<start>")`, the script,
 * `(echo "<end>")`; the script's output is what lies between the two marker lines (so that a
 * `success` printed by the prelude after a script that turned `:print-success` on is not taken for
 * output). A script that runs
 * past its time limit has its process killed (the next script gets a fresh one) and is reported
 * as `ReferenceTimeout`; a script that ends the process (`(exit)`, a crash) just ends its output.
 *
 * Measured on the 2-core test machine with 1,000 generated IDL scripts (Z3 4.8.12): one fresh
 * process per script, two at a time, took 62 s; two long-lived processes took 1.7–2.2 s, with the
 * same answers (only the line numbers in Z3's error messages differ: they count on across
 * scripts).
 *
 * `splitResponses` and `readResponses` read a solver's stdout back, independently of eagersmt's
 * own parser, so that tests can compare outputs as S-expressions rather than as text.
 *
 * Z3 4.8.12's QF_IDL tactic answers `unknown` as soon as an `ite` over Int terms meets a unary
 * atom (e.g. `(<= (ite b x y) 3)` with `(> (+ x 5) y)`). `z3Dialect` therefore renames the logic
 * to QF_LIA, which has the same semantics for these scripts and which Z3 decides.
 *
 * @example
 * ```ts
 * const out = await runReference('z3', '(declare-const x Int)(assert (< x 0))(check-sat)');
 * // out === 'sat\n'
 * const pool = new ReferencePool('z3', { size: 2 });
 * const outs = await pool.runAll(scripts.map(z3Dialect));
 * pool.close();
 * ```
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export type ReferenceSolver = 'z3' | 'cvc5';

export interface ReferenceOptions {
  /** Wall-clock limit per script in milliseconds (default 20,000). */
  timeoutMs?: number;
}

/** A script ran past its time limit; the solver process was killed. */
export class ReferenceTimeout extends Error {
  constructor(solver: ReferenceSolver, timeoutMs: number) {
    super(`${solver} did not finish within ${timeoutMs} ms`);
    this.name = 'ReferenceTimeout';
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** The command line that reads an SMT-LIB script on stdin. */
export function referenceCommand(solver: ReferenceSolver): { cmd: string; args: string[] } {
  switch (solver) {
    case 'z3':
      return { cmd: 'z3', args: ['-in', '-smt2'] };
    case 'cvc5':
      return { cmd: 'cvc5', args: ['--lang', 'smt2', '--incremental'] };
    default:
      return assertExhaustive(solver);
  }
}

function assertExhaustive(x: never): never {
  throw new Error(`unexpected value ${String(x)}`);
}

/**
 * Rewrites `(set-logic QF_IDL)` to `(set-logic QF_LIA)`, which Z3 4.8 decides on every IDL shape
 * (see the file header).
 */
export function z3Dialect(text: string): string {
  return text.replace(/\(set-logic\s+QF_IDL\s*\)/g, '(set-logic QF_LIA)');
}

/**
 * Runs one script in a fresh solver process and returns its stdout. Rejects with
 * `ReferenceTimeout` past the time limit, and with the spawn error if the solver is missing.
 *
 * @example
 * ```ts
 * await runReference('cvc5', '(set-logic QF_IDL)(declare-const x Int)(assert (< x x))(check-sat)'); // 'unsat\n'
 * ```
 */
export function runReference(solver: ReferenceSolver, text: string, options: ReferenceOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { cmd, args } = referenceCommand(solver);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', () => {
      clearTimeout(timer);
      if (timedOut) reject(new ReferenceTimeout(solver, timeoutMs));
      else resolve(out);
    });
    child.stdin.on('error', () => {}); // EPIPE when the solver exits early; 'close' reports it
    child.stdin.end(text);
  });
}

interface Job {
  text: string;
  resolve: (out: string) => void;
  reject: (err: unknown) => void;
}

/** One long-lived solver process that runs scripts one after another. */
class Session {
  private child: ChildProcessWithoutNullStreams | undefined;
  private out = '';
  private job: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private start = '';
  private end = '';
  private counter = 0;

  constructor(
    private readonly solver: ReferenceSolver,
    private readonly timeoutMs: number,
    private readonly onIdle: (s: Session) => void,
  ) {}

  get busy(): boolean {
    return this.job !== undefined;
  }

  /** Pre: not busy. Post: the job settles exactly once; then `onIdle` is called. */
  run(job: Job): void {
    this.job = job;
    this.out = '';
    const id = `${process.pid}-${this.counter++}`;
    [this.start, this.end] = [`<<<reference-start-${id}>>>`, `<<<reference-end-${id}>>>`];
    const child = this.child ?? this.spawn();
    this.timer = setTimeout(() => {
      this.kill();
      this.finish(new ReferenceTimeout(this.solver, this.timeoutMs));
    }, this.timeoutMs);
    // Z3 4.8's `(reset)` keeps :print-success; the set-option turns it off explicitly.
    const prelude = `(set-option :print-success false)\n(reset)\n(echo "${this.start}")\n`;
    child.stdin.write(`${prelude}${job.text}\n(echo "${this.end}")\n`);
  }

  close(): void {
    this.kill();
  }

  private spawn(): ChildProcessWithoutNullStreams {
    const { cmd, args } = referenceCommand(this.solver);
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (this.child === child) this.onData(chunk); // a killed process may still flush output
    });
    child.stderr.resume();
    child.stdin.on('error', () => {}); // EPIPE after `(exit)`; 'close' below settles the job
    child.on('error', (err) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.finish(err);
    });
    child.on('close', () => {
      if (this.child !== child) return; // killed on purpose
      this.child = undefined;
      this.finish(this.scriptOutput(this.out.length)); // the script ended the process (`(exit)`, a crash)
    });
    return child;
  }

  private onData(chunk: string): void {
    if (this.job === undefined) return;
    this.out += chunk;
    const end = markerLine(this.out, this.end);
    if (end !== undefined) this.finish(this.scriptOutput(end.index));
  }

  /** The output between the start marker line and `endIndex`. */
  private scriptOutput(endIndex: number): string {
    const start = markerLine(this.out, this.start);
    return start === undefined ? '' : this.out.slice(start.after, endIndex);
  }

  private finish(result: string | unknown): void {
    const job = this.job;
    if (job === undefined) return;
    clearTimeout(this.timer);
    this.job = undefined;
    if (typeof result === 'string') job.resolve(result);
    else job.reject(result);
    this.onIdle(this);
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill('SIGKILL');
  }
}

/** Where the line holding `marker` starts and ends; Z3 echoes a string bare, cvc5 in quotes. */
function markerLine(out: string, marker: string): { index: number; after: number } | undefined {
  const m = new RegExp(`^"?${marker}"?\\r?\\n`, 'm').exec(out);
  return m === null ? undefined : { index: m.index, after: m.index + m[0].length };
}

/**
 * `size` long-lived solver processes with a job queue. Scripts must not depend on state left by
 * an earlier script beyond what `(reset)` clears (they should set their own options and logic).
 */
export class ReferencePool {
  private readonly sessions: Session[];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    readonly solver: ReferenceSolver,
    options: ReferenceOptions & { size?: number } = {},
  ) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.sessions = Array.from(
      { length: Math.max(1, options.size ?? 2) },
      () => new Session(solver, timeoutMs, (s) => this.dispatch(s)),
    );
  }

  /** Runs one script; resolves with its stdout. */
  run(text: string): Promise<string> {
    if (this.closed) return Promise.reject(new Error('ReferencePool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ text, resolve, reject });
      const idle = this.sessions.find((s) => !s.busy);
      if (idle) this.dispatch(idle);
    });
  }

  /** Runs every script; outputs in input order. A timeout rejects the whole batch. */
  runAll(texts: readonly string[]): Promise<string[]> {
    return Promise.all(texts.map((t) => this.run(t)));
  }

  /** Kills the processes; queued scripts are rejected. */
  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('ReferencePool: closed'));
    for (const s of this.sessions) s.close();
  }

  private dispatch(session: Session): void {
    if (session.busy) return;
    const job = this.queue.shift();
    if (job !== undefined) session.run(job);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading solver output.

/** An S-expression of solver output: atoms, string literals and |symbols| keep their text. */
export type Resp = string | Resp[];

const TOKEN = /"(?:[^"]|"")*"|\|[^|]*\||[()]|[^\s()"|]+/g;

/**
 * Splits stdout into responses: a response starting with `(` runs to its matching `)`, across
 * lines and ignoring parentheses in strings; any other line (an answer such as `sat`, or `echo`
 * output) is one response on its own, even if empty.
 *
 * @example
 * ```ts
 * splitResponses('sat\n((x 1)\n (y 2))\n'); // ['sat', '((x 1)\n (y 2))']
 * ```
 */
export function splitResponses(out: string): string[] {
  const responses: string[] = [];
  let i = 0;
  while (i < out.length) {
    let end = i;
    if (out[i] === '(') {
      let depth = 0;
      do {
        const c = out[end]!;
        if (c === '"' || c === '|') end = literalEnd(out, end);
        else {
          if (c === '(') depth++;
          else if (c === ')') depth--;
          end++;
        }
      } while (depth > 0 && end < out.length);
    }
    const eol = out.indexOf('\n', end); // text after `)` on the same line stays with the response
    end = eol < 0 ? out.length : eol;
    responses.push(out.slice(i, end).trimEnd());
    i = end + 1;
  }
  return responses;
}

/**
 * The commands of a `get-model` response `( ... )`, each one string (a command over several
 * lines is one entry): the `define-fun`s, and the `declare-fun`s of an uninterpreted sort's
 * elements. Comment lines are dropped, and so is the cardinality constraint (`forall`) that
 * follows them.
 *
 * @example
 * ```ts
 * modelCommands('(\n  (define-fun x () Int 1)\n)'); // ['(define-fun x () Int 1)']
 * ```
 */
export function modelCommands(text: string): string[] {
  const body = text
    .split('\n')
    .filter((l) => !l.trim().startsWith(';'))
    .join('\n')
    .trim()
    .replace(/^\(/, '')
    .replace(/\)$/, '');
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) out.push(body.slice(start, i + 1));
    }
  }
  return out.filter((d) => d.startsWith('(define-fun') || d.startsWith('(declare-fun'));
}

/** Pre: `text[start]` opens a string (`"`, with `""` escapes) or a |symbol|. Returns the index after it. */
function literalEnd(text: string, start: number): number {
  const re = text[start] === '"' ? /(?:[^"]|"")*"/y : /[^|]*\|/y;
  re.lastIndex = start + 1;
  return re.exec(text) ? re.lastIndex : text.length;
}

/**
 * Reads text as a list of top-level S-expressions; throws on unbalanced parentheses.
 *
 * @example
 * ```ts
 * readResponses('sat\n((x (- 1)))'); // ['sat', [['x', ['-', '1']]]]
 * ```
 */
export function readResponses(text: string): Resp[] {
  const stack: Resp[][] = [[]];
  for (const tok of text.match(TOKEN) ?? []) {
    if (tok === '(') stack.push([]);
    else if (tok === ')') {
      const list = stack.pop()!;
      if (stack.length === 0) throw new Error(`unbalanced ')' in solver output:\n${text}`);
      stack[stack.length - 1]!.push(list);
    } else stack[stack.length - 1]!.push(tok);
  }
  if (stack.length !== 1) throw new Error(`unbalanced '(' in solver output:\n${text}`);
  return stack[0]!;
}

/**
 * The responses of both solvers to the same script, `expected` of each: `skip` when Z3 gave up
 * (`unknown`) somewhere, `problem` when eagersmt's output cannot be read or has the wrong
 * number of responses. Z3 giving the wrong number is a harness error and throws.
 */
export function pairResponses(
  eOut: string,
  zOut: string,
  expected: number,
): { kind: 'ok'; es: Resp[]; zs: Resp[] } | { kind: 'skip' } | { kind: 'problem'; message: string } {
  const zs = readResponses(zOut);
  if (zs.length !== expected) throw new Error(`harness: Z3 gave ${zs.length} responses, expected ${expected}:\n${zOut}`);
  if (zs.some((r) => r === 'unknown')) return { kind: 'skip' };
  let es: Resp[];
  try {
    es = readResponses(eOut);
  } catch (err) {
    return { kind: 'problem', message: String(err) };
  }
  if (es.length !== expected) return { kind: 'problem', message: `eagersmt gave ${es.length} responses, expected ${expected} (as Z3)` };
  return { kind: 'ok', es, zs };
}

/** Prints a response on one line. */
export function showResponse(r: Resp): string {
  return typeof r === 'string' ? r : `(${r.map(showResponse).join(' ')})`;
}
