/**
 * The REPL as a pipe-driven client uses it: write one command, wait for its answer (with a
 * deadline), then write the next, with standard input still open. Also: `(exit)` ends the
 * process while the pipe is open, and reading is bounded (`/dev/zero`, a FIFO with no writer).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');

/** A client of a spawned solver: `ask` writes a command and resolves with the next answer line(s). */
function client(args: string[]): { child: ChildProcessWithoutNullStreams; ask: (cmd: string, lines?: number) => Promise<string> } {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buf = '';
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    waiting?.();
  });
  const ask = (cmd: string, lines = 1) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${cmd} within 20 s (got ${JSON.stringify(buf)})`)), 20_000);
      waiting = () => {
        const parts = buf.split('\n');
        if (parts.length - 1 < lines) return;
        clearTimeout(timer);
        const answer = parts.slice(0, lines).join('\n');
        buf = parts.slice(lines).join('\n');
        waiting = undefined;
        resolve(answer);
      };
      child.stdin.write(cmd + '\n');
      waiting();
    });
  return { child, ask };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c))));

describe('eagersmt - as an interactive solver', () => {
  it('answers each of 30 commands (print-success on) before the next is sent', { timeout: 120_000 }, async () => {
    const { child, ask } = client(['-']);
    expect(await ask('(set-option :print-success true)')).toBe('success');
    expect(await ask('(set-logic QF_IDL)')).toBe('success');
    let sent = 2;
    for (let i = 0; i < 4; i++) {
      expect(await ask(`(declare-const x${i} Int)`)).toBe('success');
      sent++;
    }
    for (let round = 0; sent < 30; round++) {
      expect(await ask('(push 1)')).toBe('success');
      expect(await ask(`(assert (< (- x${round % 4} x${(round + 1) % 4}) ${round >= 2 ? round - 2 : `(- ${2 - round})`}))`)).toBe('success');
      const status = await ask('(check-sat)');
      expect(['sat', 'unsat']).toContain(status);
      expect(await ask('(pop 1)')).toBe('success');
      sent += 4;
    }
    expect(await ask('(get-option :print-success)')).toBe('true');
    child.stdin.write('(exit)\n'); // the pipe stays open: exit alone ends the process
    expect(await exited(child)).toBe(0);
  });

  it('answers check-sat-assuming and get-unsat-assumptions before stdin is closed', { timeout: 60_000 }, async () => {
    const { child, ask } = client(['-']);
    child.stdin.write('(set-option :produce-unsat-assumptions true)(declare-const a Bool)(declare-const b Bool)(assert (or a b))\n');
    expect(await ask('(check-sat-assuming ((not a) (not b)))')).toBe('unsat');
    expect(await ask('(get-unsat-assumptions)')).toBe('((not a) (not b))');
    expect(await ask('(check-sat-assuming ((not a)))')).toBe('sat');
    expect(await ask('(get-value (b))')).toBe('((b true))');
    child.stdin.end();
    expect(await exited(child)).toBe(0);
  });

  it('ends quickly with an error on /dev/zero, and obeys -t on a FIFO with no writer', { timeout: 60_000 }, () => {
    const zero = spawnSync(process.execPath, [cli, '-t', '3', '/dev/zero'], { encoding: 'utf8', timeout: 20_000 });
    expect(zero.status).toBe(0);
    expect(zero.stdout).toMatch(/^\(error "\/dev\/zero:1:1: invalid character '\\x00'/);
    // An endless stream of random bytes: an error as soon as the bytes are not text.
    const random = spawnSync(process.execPath, [cli, '-t', '3', '/dev/urandom'], { encoding: 'utf8', timeout: 20_000 });
    expect(random.status).toBe(0);
    expect(random.stdout).toMatch(/\(error "\/dev\/urandom:\d+:\d+: invalid character/);
    const dir = mkdtempSync(join(tmpdir(), 'eagersmt-fifo-'));
    try {
      const fifo = join(dir, 'in.smt2');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [cli, '-t', '1', fifo], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(0);
      expect(Date.now() - t0).toBeLessThan(8_000);
      expect(r.stderr).toMatch(/timeout while reading the input/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
