import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupRssKiB, MemoryWatch } from '../../../src/compare/memory.js';
import { classify, runProcess, type ProcessResult } from '../../../src/compare/runner.js';
import { script, tempDir } from './fixtures.js';

const dir = tempDir('runner');

/** True if the process exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const sleepUntil = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

describe('runProcess', () => {
  it('collects the answers in order, the first error line and the stderr tail', async () => {
    const s = script(dir, 'talk.sh', 'echo sat\necho "(model)"\necho "  unsat  "\necho "(error \\"line 3: bad\\")"\necho unknown\necho oops >&2\nexit 0');
    const r = await runProcess([s], { timeoutS: 10, graceS: 1 });
    expect(r.answers).toEqual(['sat', 'unsat', 'unknown']);
    expect(r.errorLine).toBe('(error "line 3: bad")');
    expect(r.stderrTail).toBe('oops\n');
    expect(r).toMatchObject({ exitCode: 0, signal: null, saidTimeout: false });
    expect(r.killed).toBeUndefined();
  });

  it('kills the whole process group at the time limit, children included', async () => {
    const pidFile = join(dir, 'child.pid');
    const s = script(dir, 'hang.sh', `sleep 60 &\necho $! > '${pidFile}'\necho sat\nwait`);
    const t0 = Date.now();
    const r = await runProcess([s], { timeoutS: 0.5, graceS: 0.3 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.killed).toBe('time');
    expect(r.signal).toBe('SIGKILL');
    expect(r.answers).toEqual(['sat']);
    const child = Number(readFileSync(pidFile, 'utf8'));
    await sleepUntil(() => !alive(child), 2000);
    expect(alive(child)).toBe(false);
    expect(classify(r, 1, 0.5)).toEqual({ outcome: 'timeout', reason: 'killed at the time limit' });
  });

  it('kills what a solver leaves behind when it exits, and does not wait for it', async () => {
    const pidFile = join(dir, 'stray.pid');
    // The stray child keeps stdout open: without the group kill, the run would last 60 s.
    const s = script(dir, 'stray.sh', `sleep 60 &\necho $! > '${pidFile}'\necho unsat`);
    const t0 = Date.now();
    const r = await runProcess([s], { timeoutS: 30, graceS: 1 });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.answers).toEqual(['unsat']);
    expect(r.killed).toBeUndefined();
    const child = Number(readFileSync(pidFile, 'utf8'));
    await sleepUntil(() => !alive(child), 2000);
    expect(alive(child)).toBe(false);
  });

  it('stops a memory-hungry solver at the memory limit (memout) and reports the peak', async () => {
    const hog = join(dir, 'hog.mjs');
    const { writeFileSync } = await import('node:fs');
    // Touches 8 MiB more every 10 ms, up to 2 GiB.
    writeFileSync(hog, 'const a = []; const t = setInterval(() => { a.push(Buffer.alloc(8 << 20, 1)); if (a.length > 256) { clearInterval(t); console.log("sat"); } }, 10);\n');
    const memory = new MemoryWatch(50);
    const r = await runProcess([process.execPath, hog], { timeoutS: 20, graceS: 1, memoryMiB: 150, memory });
    expect(r.killed).toBe('memory');
    expect(r.answers).toEqual([]);
    expect(r.peakMiB).toBeGreaterThan(150);
    expect(r.peakMiB).toBeLessThan(1000);
    expect(classify(r, 1, 20).outcome).toBe('memout');
  });

  it('lets a run under the memory limit finish, with its peak memory', async () => {
    const s = script(dir, 'small.sh', 'sleep 0.3\necho sat');
    const r = await runProcess([s], { timeoutS: 10, graceS: 1, memoryMiB: 500, memory: new MemoryWatch(50) });
    expect(r.killed).toBeUndefined();
    expect(r.answers).toEqual(['sat']);
    expect(r.peakMiB).toBeGreaterThan(0);
    expect(r.peakMiB).toBeLessThan(500);
  });

  it('reports a program that cannot start, and kills on abort', async () => {
    const r = await runProcess([join(dir, 'no-such-program')], { timeoutS: 5, graceS: 1 });
    expect(r.spawnError).toMatch(/ENOENT/);
    expect(classify(r, 1, 5).outcome).toBe('error');
    const ctl = new AbortController();
    const s = script(dir, 'slow.sh', 'sleep 30');
    const p = runProcess([s], { timeoutS: 60, graceS: 1, abort: ctl.signal });
    setTimeout(() => ctl.abort(), 200);
    expect((await p).killed).toBe('interrupt');
  });

  it('sums the resident memory of a process group', () => {
    const sums = groupRssKiB(new Set([process.pid, -1]));
    // vitest workers may or may not lead their own group; the scan must not invent groups.
    expect([...sums.keys()].every((g) => g === process.pid)).toBe(true);
    expect(existsSync('/proc/self/status')).toBe(true);
  });
});

describe('classify', () => {
  const base: ProcessResult = { argv: ['x'], answers: [], saidTimeout: false, stderrTail: '', timeS: 1, exitCode: 0, signal: null };
  const c = (p: Partial<ProcessResult>, checks = 1, limit = 10) => classify({ ...base, ...p }, checks, limit);

  it('takes the last answer when every check-sat is answered', () => {
    expect(c({ answers: ['unsat'] })).toEqual({ outcome: 'unsat' });
    expect(c({ answers: ['unsat', 'sat'] }, 2)).toEqual({ outcome: 'sat' });
  });

  it('is unknown when an answer is unknown or missing', () => {
    expect(c({ answers: ['unknown'] }).outcome).toBe('unknown');
    expect(c({ answers: ['sat', 'unknown'] }, 2).outcome).toBe('unknown');
    expect(c({ answers: ['sat'] }, 2)).toEqual({ outcome: 'unknown', reason: '1 of 2 answers' });
  });

  it('counts a run past the limit as a timeout even when it answered', () => {
    expect(c({ answers: ['sat'], timeS: 10.4 }).outcome).toBe('timeout');
    expect(c({ answers: ['sat'], timeS: 9.9 }).outcome).toBe('sat');
  });

  it("recognises the solvers' own time-outs: Z3's timeout line, cvc5's abort", () => {
    expect(c({ saidTimeout: true, timeS: 9.99 }).outcome).toBe('timeout');
    expect(c({ saidTimeout: true, signal: 'SIGABRT', exitCode: null, timeS: 9.99 }).outcome).toBe('timeout');
  });

  it('makes an (error ...) line or a crash an error, not an answer', () => {
    expect(c({ answers: ['sat'], errorLine: '(error "x")', exitCode: 1 })).toEqual({ outcome: 'error', reason: '(error "x")' });
    expect(c({ answers: ['sat'], exitCode: 139, stderrTail: 'boom\nSegmentation fault\n' })).toEqual({ outcome: 'error', reason: 'exit code 139: Segmentation fault' });
    expect(c({ answers: [], signal: 'SIGSEGV', exitCode: null }).outcome).toBe('error');
  });

  it('puts memout before timeout before everything else', () => {
    expect(c({ killed: 'memory', answers: ['sat'], peakMiB: 300 }).outcome).toBe('memout');
    expect(c({ killed: 'time', answers: ['sat'] }).outcome).toBe('timeout');
  });
});
