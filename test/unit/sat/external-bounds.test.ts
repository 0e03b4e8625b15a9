/**
 * An external solver is bounded (sat/external.ts): its output is parsed as it streams within a
 * size bound, and it dies with its parent — even when the parent is killed with SIGKILL, through
 * the watchdog on a pipe.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CompetitionParser, outputLimit } from '../../../src/sat/external.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-bounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const problem = join(work, 'p.smt2');
writeFileSync(problem, '(declare-const a Int)(declare-const b Int)(assert (< a b))(check-sat)(get-info :reason-unknown)\n');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(what: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}

describe('external output is bounded', { timeout: 120_000 }, () => {
  it('a solver printing 300 MB stops at the output bound, long before -t, in little memory', () => {
    const flood = join(work, 'flood.sh');
    writeFileSync(flood, '#!/bin/sh\necho "s SATISFIABLE"\nyes "c chatter chatter chatter chatter chatter chatter chatter chatter" | head -c 314572800\necho "v 1 2 0"\n', { mode: 0o755 });
    const t0 = Date.now();
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, cli, '-t', '60', '--no-resources', '--sat-cmd', `${flood} {cnf}`, problem], { encoding: 'utf8', timeout: 110_000 });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.stdout).toMatch(/^unknown\n\(:reason-unknown "backend error: flood\.sh: more than \d+ bytes of output"\)/);
    expect(seconds).toBeLessThan(30);
    const kb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
    if (Number.isFinite(kb)) expect(kb).toBeLessThan(1024 * 1024); // under 1 GiB (the unbounded reader took 2.3 GB)
  });

  it('the streaming parser keeps the model in a typed array and stops at its literal bound', () => {
    const p = new CompetitionParser(3);
    p.feed('s SATISFIABLE\nv 1 -');
    p.feed('2\nv 3 0\n');
    expect(p.end()).toEqual({ status: 'sat', lits: Int32Array.of(1, -2, 3) });
    const q = new CompetitionParser(3);
    q.feed('s SATISFIABLE\nv 1 2 3 4 0\n');
    expect(q.failed).toBe(true);
    expect(q.end().error).toMatch(/more than 3 literals/);
    expect(outputLimit(0)).toBe(64 << 20);
  });
});

describe('external solvers die with their parent', { timeout: 120_000 }, () => {
  it('kill -9 of eagersmt kills the solver and its children', async () => {
    const pids = join(work, 'pids');
    // The "solver": a child that sleeps, its pid and its own written down, then it waits forever.
    const solver = join(work, 'hang.sh');
    writeFileSync(solver, `#!/bin/sh\nsleep 600 &\necho "$$ $!" > ${pids}.tmp\nmv ${pids}.tmp ${pids}\nwait\n`, { mode: 0o755 });
    const parent = spawn(process.execPath, [cli, '--no-resources', '--sat-cmd', `${solver} {cnf}`, problem], { stdio: 'ignore' });
    expect(await waitFor(() => existsSync(pids), 30_000)).toBe(true);
    const [shPid, sleepPid] = readFileSync(pids, 'utf8').trim().split(' ').map(Number) as [number, number];
    expect(alive(shPid) && alive(sleepPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitFor(() => !alive(shPid) && !alive(sleepPid), 10_000)).toBe(true);
  });
});
