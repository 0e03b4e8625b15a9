/**
 * `--memory <MiB>` (option `memory`): a check during which the process's resident memory
 * passes the limit answers `unknown` with reason `memory limit` — on a file, on the REPL's
 * later checks (the live incremental session), and while a large encoding grows; and
 * `eagersmt sat` honours `--memory` and `-t`, counted from the start of the process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_UNKNOWN, runSat } from '../../../src/cli/sat.js';
import { pigeonhole } from '../sat/instances.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sat = '(declare-const x Int)(declare-const y Int)(assert (< x y))(check-sat)(get-info :reason-unknown)\n';

function eagersmt(args: string[], input?: string): { out: string; err: string; code: number | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 100_000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe('--memory', { timeout: 120_000 }, () => {
  it('a check past the limit answers unknown (memory limit); a generous limit changes nothing', () => {
    const file = join(work, 'sat.smt2');
    writeFileSync(file, sat);
    expect(eagersmt(['--memory', '1', file]).out).toBe('unknown\n(:reason-unknown "memory limit")\n');
    expect(eagersmt(['--memory', '4096', file]).out).toBe('sat\n(:reason-unknown "unknown")\n');
  });

  it('the REPL: every check, the live incremental ones too, obeys the limit', () => {
    const script = '(declare-const x Int)(declare-const y Int)(assert (< x y))(check-sat)(push 1)(assert (> x 3))(check-sat)(get-info :reason-unknown)(pop 1)(check-sat)\n';
    expect(eagersmt(['--memory', '1', '-'], script).out).toBe('unknown\nunknown\n(:reason-unknown "memory limit")\nunknown\n');
    expect(eagersmt(['--memory', '4096', '-'], script).out).toBe('sat\nsat\n(:reason-unknown "unknown")\nsat\n');
  });

  it('an encoding that grows past the limit is stopped during encoding (sums of products at width 1024)', () => {
    const w = 1024;
    const c = '#x' + '9e3779b97f4a7c15'.repeat(w / 64);
    const decls = [0, 1, 2, 3].map((i) => `(declare-const v${i} (_ BitVec ${w}))`).join('');
    const file = join(work, 'products.smt2');
    writeFileSync(file, `(set-logic QF_BV)${decls}(assert (= (bvadd (bvmul v0 v1) (bvmul v2 v3)) ${c}))(assert (bvugt v0 (bvmul v3 v2)))(check-sat)(get-info :reason-unknown)\n`);
    // Unbounded, this encoding grows past 600 MB within 10 s.
    expect(eagersmt(['--memory', '200', '-t', '90', file]).out).toBe('unknown\n(:reason-unknown "memory limit")\n');
  });

  it('is a row of the option table, shown in --help', () => {
    expect(eagersmt(['--help']).out).toMatch(/--memory <MiB>\s+memory limit in MiB/);
    expect(eagersmt(['--memory', '-3', join(work, 'sat.smt2')]).code).toBe(1);
  });
});

describe('eagersmt sat: -t and --memory', { timeout: 120_000 }, () => {
  const php = join(work, 'php.cnf');
  const clauses = pigeonhole(9, 8);
  writeFileSync(php, `p cnf 72 ${clauses.length}\n${clauses.map((c) => c.join(' ') + ' 0').join('\n')}\n`);
  const tiny = join(work, 'tiny.cnf');
  writeFileSync(tiny, 'p cnf 2 2\n1 2 0\n-1 0\n');

  it('past the memory limit: s UNKNOWN, exit 0 (before any search)', async () => {
    let out = '';
    expect(await runSat(tiny, { memory: 1 }, (s) => (out += s), () => {})).toBe(EXIT_UNKNOWN);
    expect(out).toBe('s UNKNOWN\n');
    const r = spawnSync(process.execPath, [cli, 'sat', '--memory', '1', php], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, 's UNKNOWN\n']);
  });

  it('-t counts from the start of the run, reading included', async () => {
    let out = '';
    expect(await runSat(tiny, { timeout: 0.001, startedAt: performance.now() - 10 }, (s) => (out += s), () => {})).toBe(EXIT_UNKNOWN);
    expect(out).toBe('s UNKNOWN\n');
    // The process takes more than a millisecond to start: no answer but unknown.
    const r = spawnSync(process.execPath, [cli, 'sat', '-t', '0.001', tiny], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, 's UNKNOWN\n']);
    // Without a limit the same file is decided.
    expect(spawnSync(process.execPath, [cli, 'sat', tiny], { encoding: 'utf8' }).status).toBe(10);
  });

  it('reading is bounded: -t on a FIFO with no writer, /dev/zero and /dev/urandom rejected at once', () => {
    const fifo = join(work, 'in.cnf');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [cli, 'sat', '-t', '1', fifo], { encoding: 'utf8', timeout: 20_000 });
    expect([r.status, r.stdout]).toEqual([0, 's UNKNOWN\n']);
    expect(r.stderr).toMatch(/timeout while reading the input/);
    expect(Date.now() - t0).toBeLessThan(8_000);
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const d = spawnSync(process.execPath, [cli, 'sat', '-t', '5', device], { encoding: 'utf8', timeout: 20_000 });
      expect(d.status).toBe(1);
      expect(d.stderr).toMatch(/^eagersmt: \/dev\/\w+:\d+:\d+: binary data \(a NUL byte\), not DIMACS text\n$/);
    }
  });
});
