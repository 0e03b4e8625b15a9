/**
 * Runs one program for the fuzz campaign and measures it: exit code, stdout and stderr (each
 * kept up to a bound), wall time, CPU time and peak memory. CPU time and peak resident memory
 * come from GNU time (`/usr/bin/time -f`), which reports them for the whole child once it has
 * been waited for; without it they are absent. A run past its hard limit has its process
 * group killed (`killed: true`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const hasTime = existsSync(GNU_TIME);
const OUTPUT_LIMIT = 1 << 20;

/**
 * @typedef {{ code: number | null, signal: string | null, stdout: string, stderr: string,
 *   wallMs: number, cpuMs?: number, rssKb?: number, killed: boolean }} Run
 */

/**
 * Runs `cmd args` with `stdin` (or nothing) as input, killed after `limitMs`.
 * @example const run = await measure('z3', ['f.smt2'], { limitMs: 5000, statsFile: '/tmp/s' });
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ limitMs: number, statsFile: string, stdin?: string }} opts
 * @returns {Promise<Run>}
 */
export function measure(cmd, args, opts) {
  return new Promise((resolve) => {
    const argv = hasTime ? [GNU_TIME, '-q', '-f', '%e %U %S %M', '-o', opts.statsFile, cmd, ...args] : [cmd, ...args];
    const t0 = performance.now();
    const child = spawn(argv[0], argv.slice(1), { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (s) => (stdout.length < OUTPUT_LIMIT ? (stdout += s) : undefined));
    child.stderr.on('data', (s) => (stderr.length < OUTPUT_LIMIT ? (stderr += s) : undefined));
    child.stdin.on('error', () => {}); // a program that exits without reading
    child.stdin.end(opts.stdin ?? '');
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, opts.limitMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: String(e), wallMs: performance.now() - t0, killed });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      /** @type {Run} */
      const run = { code, signal, stdout, stderr, wallMs, killed };
      if (hasTime && existsSync(opts.statsFile)) {
        const text = readFileSync(opts.statsFile, 'utf8');
        rmSync(opts.statsFile, { force: true });
        // GNU time prefixes "Command exited with non-zero status N" when the child failed.
        const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(text);
        if (m) {
          run.cpuMs = Math.round((Number(m[2]) + Number(m[3])) * 1000);
          run.rssKb = Number(m[4]);
        }
        const sig = /Command terminated by signal (\d+)/.exec(text);
        if (sig) run.signal = `signal ${sig[1]}`;
      }
      resolve(run);
    });
  });
}
