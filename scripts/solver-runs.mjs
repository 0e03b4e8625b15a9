/**
 * Running solvers on SMT-LIB files, shared by the benchmark scripts (`scripts/shared-suite.mjs`,
 * `benchmarks/headline/run.mjs`): one run of a command under a wall-clock limit, the answers it
 * printed, the verdict of a run, the benchmark manifest, and a small job pool.
 *
 * The shared benchmarks live in `../shared/benchmarks` beside the repository, listed in
 * `MANIFEST.tsv` (columns: path logic family bytes status source z3_20s; path relative to the
 * benchmarks folder).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared benchmarks folder (may be absent). */
export const BENCH = resolve(ROOT, '../shared/benchmarks');
/** Seconds a solver may overrun its own time limit before it is killed. */
export const GRACE_S = 5;

/**
 * Runs a command with a wall-clock limit and returns its stdout, stderr tail, wall time and
 * whether it was killed. The child gets its own process group so that a killed solver takes
 * its children along.
 * @returns {Promise<{out: string, err: string, seconds: number, killed: boolean, code: number | null}>}
 */
export function run(cmd, args, limitS) {
  return new Promise((resolvePromise) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, limitS * 1000);
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err = (err + d).slice(-2000)));
    let done = false;
    const finish = (spawnError, code = null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolvePromise({ out, err: spawnError ? String(spawnError) : err, seconds, killed, code });
    };
    child.on('error', finish);
    child.on('close', (code) => finish(undefined, code));
  });
}

const HAS_TIME = existsSync('/usr/bin/time');
let timeFiles = 0;

/**
 * `run`, timed: stdout, wall seconds, CPU seconds (user+sys of the process and its children,
 * from /usr/bin/time; the wall clock where that is absent) and whether it was killed.
 * @returns {Promise<{out: string, wall: number, cpu: number, killed: boolean}>}
 */
export async function timedRun(cmd, argv, limitS) {
  const timeFile = join(tmpdir(), `eagersmt-time-${process.pid}-${timeFiles++}`);
  const [c, a] = HAS_TIME ? ['/usr/bin/time', ['-o', timeFile, '-f', '%U %S', cmd, ...argv]] : [cmd, argv];
  const { out, seconds: wall, killed } = await run(c, a, limitS);
  let cpu = wall;
  if (HAS_TIME && !killed && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [u, s] = last.split(' ').map(Number);
    if (Number.isFinite(u) && Number.isFinite(s)) cpu = u + s;
  }
  rmSync(timeFile, { force: true });
  return { out, wall, cpu, killed };
}

/** The first answer of a run, `error` when an `(error` line comes before it, else timeout/error. */
export function firstAnswer(r) {
  const lines = r.out.split('\n').map((l) => l.trim());
  const first = answers(r.out)[0];
  if (first === undefined) return r.killed ? 'timeout' : 'error';
  return lines.slice(0, lines.indexOf(first)).some((l) => l.startsWith('(error')) ? 'error' : first;
}

/** The check answers a run printed, in order. */
export function answers(out) {
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
}

/** One run's verdict: the first answer, or `timeout` / `error`. */
export function verdict(result, limitS) {
  const first = answers(result.out)[0];
  if (first !== undefined) return first;
  return result.killed || result.seconds >= limitS ? 'timeout' : 'error';
}

/** Whether an answer is `sat` or `unsat`. */
export const definite = (a) => a === 'sat' || a === 'unsat';

/**
 * The entries of `MANIFEST.tsv` in `bench`.
 * @returns {{path: string, logic: string, family: string, status: string}[]}
 */
export function readManifest(bench = BENCH) {
  const lines = readFileSync(join(bench, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const header = lines.shift().split('\t');
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`MANIFEST.tsv has no column '${name}'`);
    return i;
  };
  const [path, logic, family, status] = ['path', 'logic', 'family', 'status'].map(col);
  return lines.map((l) => {
    const f = l.split('\t');
    return { path: f[path], logic: f[logic], family: f[family], status: f[status] || 'unknown' };
  });
}

/** Runs `fn` over `items` with at most `n` in flight; results in input order. */
export async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** The first line of `text`, clipped for a report. */
export function firstLine(text) {
  return text.trim().split('\n')[0]?.slice(0, 160) ?? '';
}
