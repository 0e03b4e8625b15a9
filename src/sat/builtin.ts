/**
 * The `builtin` SAT backend: the CDCL solver of `cdcl/`, run in a `worker_threads` Worker so
 * that time limits and cancellation are exact — at the deadline (or on abort) the main thread
 * answers `unknown` at once and terminates the worker, whatever the solver is doing. The CNF
 * is copied into a fresh buffer whose ownership is transferred to the worker (no second copy),
 * and the model comes back the same way. Idle workers are kept in a small pool (unref'd, so
 * they never keep the process alive) because the script interpreter solves many small CNFs.
 *
 * A CNF of at most `inlineMaxLits` literals is solved inline instead: no worker to start, whose
 * fresh isolate costs 0.3 s of CPU and more, and whose solver would start over on a cold JIT. It
 * is solved in slices of `sliceConflicts` conflicts between which the event loop runs
 * (cancellation and the rest of the program are served there; the deadline is polled within a
 * slice too). Slices are counted in conflicts, not timed: each starts with a restart, and the
 * search, its answer and its model are then the same on every run of the same input. A
 * worker is still used when two inline solves would share the thread: the one that has used
 * `inlineMs` (or `inlineConflicts` conflicts) goes to a worker, which starts over — the
 * ski-rental rule, so that concurrent solves of the library run in parallel.
 *
 * The registry (`registry.ts`) registers `builtinBackend` as `builtin`.
 */
import type { Worker } from 'node:worker_threads';
import type { Cnf } from '../cnf/cnf.js';
import { ContractError } from '../errors.js';
import { optionDefault } from '../options/table.js';
import { validateOptions } from '../options/validate.js';
import type { BackendSpec, SatBackend, SatCapabilities, SatLimits, SatOutcome } from './backend.js';
import { makeOptions, type CdclOptions } from './cdcl/options.js';
import { CdclSolver } from './cdcl/solver.js';
import { allocationFailed, decidedOutcome, solveJob, type SolveJob } from './job.js';
import { workerThreads } from '../util/builtins.js';
import { distUrl } from '../util/dist-url.js';

/** Options of the `builtin` backend (the `options` record of `createBackend('builtin', ...)`). */
export interface BuiltinOptions {
  /** Solver options (see `cdcl/options.ts`). */
  cdcl?: Partial<CdclOptions>;
  /** CNFs with at most this many literals are solved inline, in slices; 0 disables. Default: the option table's. */
  inlineMaxLits?: number;
  /** Conflicts after which an inline solve that shares the thread goes to a worker. Default: the option table's. */
  inlineConflicts?: number;
  /**
   * Time in ms after which an inline solve that shares the thread goes to a worker. Default 500 (the option
   * table's): starting a worker (a fresh isolate that loads the solver) costs about 0.3 s of CPU, more on a
   * loaded machine.
   */
  inlineMs?: number;
  /** Inline solving: conflicts between two turns of the event loop. Default: the option table's. */
  sliceConflicts?: number;
  /** Worker entry script, for tests; default `workerScriptUrl()`. */
  workerScript?: URL;
}

/**
 * Where the worker entry script is: `dist/sat/worker.js`, from compiled code, from the bundled
 * program (`dist/bin/`) and from the TypeScript source under vitest alike (`util/dist-url.ts`;
 * the test script builds `dist/` first).
 * @example workerScriptUrl('file:///repo/src/sat/builtin.ts').href === 'file:///repo/dist/sat/worker.js'
 */
export function workerScriptUrl(moduleUrl: string = import.meta.url): URL {
  return distUrl(moduleUrl, 'sat/worker.js');
}

/**
 * Solves `cnf` synchronously in this thread (no worker): for tests and tiny problems. The time
 * limit is cooperative (polled every few thousand conflicts); there is no cancellation.
 * @example solveInline(cnf, Int32Array.of(-3), { timeoutMs: 1000 }).status
 */
export function solveInline(
  cnf: Cnf,
  assumptions: Int32Array = new Int32Array(0),
  limits: { timeoutMs?: number; conflictLimit?: number; options?: Partial<CdclOptions> } = {},
): SatOutcome {
  return solveJob({
    numVars: cnf.numVars,
    lits: cnf.flat(),
    assumptions,
    options: limits.options,
    conflictLimit: limits.conflictLimit,
    deadline: limits.timeoutMs === undefined ? undefined : Date.now() + limits.timeoutMs,
  });
}

class BuiltinBackend implements SatBackend {
  readonly name = 'builtin';
  readonly capabilities: SatCapabilities = { assumptions: true, proofs: true };

  /** With `proof`, every solve writes a DRAT proof of its search to that file (in a worker: one run, one proof). */
  constructor(
    private readonly opts: BuiltinOptions,
    private readonly proof?: string,
  ) {}

  async solve(cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome> {
    const started = Date.now();
    if (limits.signal?.aborted) return { status: 'unknown', reason: 'canceled' };
    const timeoutMs = limits.timeoutMs;
    if (timeoutMs !== undefined && timeoutMs <= 0) return { status: 'unknown', reason: 'timeout' };

    const inlineMaxLits = this.opts.inlineMaxLits ?? optionDefault('builtin', 'inlineMaxLits');
    if (cnf.size <= inlineMaxLits && this.proof === undefined) {
      const out = await this.solveSliced(cnf, assumptions, limits, started);
      if (out !== undefined) return out;
      // Handed on: the thread is shared (see the file header).
      if (timeoutMs !== undefined && Date.now() - started >= timeoutMs) return { status: 'unknown', reason: 'timeout' };
      if (limits.signal?.aborted) return { status: 'unknown', reason: 'canceled' };
    }

    const job: SolveJob = {
      numVars: cnf.numVars,
      lits: cnf.flat().slice(), // a fresh buffer, transferred below
      assumptions: assumptions.slice(),
      options: this.opts.cdcl,
      ...(this.proof !== undefined ? { proof: this.proof } : {}),
    };
    const remaining = timeoutMs === undefined ? undefined : timeoutMs - (Date.now() - started);
    return runInWorker(job, this.opts, remaining, limits.signal);
  }

  /**
   * Solves `cnf` in this thread, a slice at a time (file header); undefined when the job should
   * go to a worker instead (another inline solve shares the thread and this one has used its
   * budget).
   */
  private async solveSliced(cnf: Cnf, assumptions: Int32Array, limits: SatLimits, started: number): Promise<SatOutcome | undefined> {
    const opt = <K extends 'inlineMs' | 'inlineConflicts' | 'sliceConflicts'>(k: K): number => this.opts[k] ?? (optionDefault('builtin', k) as number);
    const deadline = limits.timeoutMs === undefined ? undefined : started + limits.timeoutMs;
    const [budgetMs, budgetConflicts, slice] = [opt('inlineMs'), opt('inlineConflicts'), opt('sliceConflicts')];
    inlineSolves++;
    try {
      // The clock is read every INLINE_CHECK_INTERVAL conflicts (the default, 1,024, can be a
      // second of a hard search on a cold JIT: too late for the deadline).
      const solver = new CdclSolver({ checkInterval: INLINE_CHECK_INTERVAL, ...this.opts.cdcl });
      solver.addFlat(cnf.flat(), cnf.numVars);
      for (;;) {
        let overMemory = false;
        const status = solver.solve(assumptions, {
          conflictLimit: slice,
          shouldStop: () => (deadline !== undefined && Date.now() >= deadline) || (overMemory = limits.overMemory?.() === true),
        });
        if (status !== 'unknown') return decidedOutcome(solver, status);
        const stats: Record<string, number> = { ...solver.stats };
        if (deadline !== undefined && Date.now() >= deadline) return { status: 'unknown', reason: 'timeout', stats };
        if (overMemory) return { status: 'unknown', reason: 'memory limit', stats };
        if (inlineSolves > 1 && (Date.now() - started >= budgetMs || solver.stats.conflicts >= budgetConflicts)) return undefined;
        await new Promise((resolve) => setImmediate(resolve));
        if (limits.signal?.aborted) return { status: 'unknown', reason: 'canceled', stats };
      }
    } catch (err) {
      if (allocationFailed(err)) return { status: 'unknown', reason: 'memout' };
      return { status: 'unknown', reason: `backend error: ${errorMessage(err)}` };
    } finally {
      inlineSolves--;
    }
  }
}

/** Conflicts between two readings of the clock in an inline solve (the end of a slice). */
const INLINE_CHECK_INTERVAL = 64;

/** Inline solves in progress: more than one share this thread, slice by slice. */
let inlineSolves = 0;

/** Idle workers by worker script. */
const idle = new Map<string, Worker[]>();
const MAX_IDLE = 4;
/** setTimeout cannot wait longer than this; longer limits mean "none". */
const MAX_TIMER_MS = 0x7fffffff;

function poolKey(opts: BuiltinOptions): string {
  return (opts.workerScript ?? workerScriptUrl()).href;
}

function takeWorker(opts: BuiltinOptions): Worker {
  const pool = idle.get(poolKey(opts));
  const pooled = pool?.pop();
  if (pooled) {
    pooled.ref();
    return pooled;
  }
  const worker = new (workerThreads().Worker)(opts.workerScript ?? workerScriptUrl());
  // Permanent listeners: an idle worker that dies leaves the pool; an 'error' event without
  // a listener would otherwise crash the main thread.
  const forget = () => {
    const list = idle.get(poolKey(opts));
    const at = list ? list.indexOf(worker) : -1;
    if (list && at >= 0) list.splice(at, 1);
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  return worker;
}

function releaseWorker(worker: Worker, opts: BuiltinOptions): void {
  const key = poolKey(opts);
  let pool = idle.get(key);
  if (!pool) idle.set(key, (pool = []));
  if (pool.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  pool.push(worker);
}

/**
 * Runs `job` in a worker within `timeoutMs` (undefined: no limit) unless `signal` aborts.
 * Post: resolves exactly once; never rejects. A worker that did not answer is terminated.
 */
function runInWorker(job: SolveJob, opts: BuiltinOptions, timeoutMs: number | undefined, signal?: AbortSignal): Promise<SatOutcome> {
  if (timeoutMs !== undefined && timeoutMs <= 0) return Promise.resolve({ status: 'unknown', reason: 'timeout' });
  return new Promise<SatOutcome>((resolve) => {
    let worker: Worker;
    try {
      worker = takeWorker(opts);
    } catch (err) {
      resolve({ status: 'unknown', reason: `backend error: ${errorMessage(err)}` });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (out: SatOutcome, reusable: boolean) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) releaseWorker(worker, opts);
      else void worker.terminate();
      resolve(out);
    };
    const onMessage = (out: SatOutcome) => finish(out, true);
    const onError = (err: Error & { code?: string }) =>
      finish(
        { status: 'unknown', reason: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memout' : `backend error: ${errorMessage(err)}` },
        false,
      );
    const onExit = (code: number) => finish({ status: 'unknown', reason: `backend error: worker exited with code ${code}` }, false);
    const onAbort = () => finish({ status: 'unknown', reason: 'canceled' }, false);

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined && timeoutMs <= MAX_TIMER_MS) {
      timer = setTimeout(() => finish({ status: 'unknown', reason: 'timeout' }, false), timeoutMs);
    }
    try {
      worker.postMessage(job, [job.lits.buffer as ArrayBuffer, job.assumptions.buffer as ArrayBuffer]);
    } catch (err) {
      finish({ status: 'unknown', reason: `backend error: ${errorMessage(err)}` }, false);
    }
  });
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Validates the `builtin` backend's options record against the option table (scope `builtin`).
 * @example parseBuiltinOptions({ inlineConflicts: 500 })
 * @throws ContractError for an unknown option or bad solver options.
 */
function parseBuiltinOptions(options: Readonly<Record<string, unknown>>): BuiltinOptions {
  validateOptions(['builtin'], options, "SAT backend 'builtin'");
  if (options.workerScript !== undefined && !(options.workerScript instanceof URL)) throw new ContractError("option 'workerScript' of SAT backend 'builtin' must be a URL");
  const opts = options as BuiltinOptions;
  makeOptions(opts.cdcl); // validates now rather than in the worker
  return opts;
}

/** The `builtin` backend's registry entry: it writes DRAT proofs. */
export const builtinBackend: BackendSpec<BuiltinOptions> = {
  parse: parseBuiltinOptions,
  noProofs: () => undefined,
  create: (options, proof) => new BuiltinBackend(options, proof),
  trusted: true, // the project's own solver (its proofs are checked by check-proof, not per answer)
};
