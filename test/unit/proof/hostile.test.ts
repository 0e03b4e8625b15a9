/**
 * `check-proof` on hostile certificates: every malformed DRAT is an `invalid: ...` verdict with
 * exit 1 — never an internal error, a stack trace or a heap exhaustion. The certificate's CNF is
 * the genuine encoding of the problem; only the DRAT file is forged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDrat, parseDrat } from '../../../src/proof/drat-check.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const problem = '(declare-const a Int)(declare-const b Int)(assert (< a b))(assert (< b a))(check-sat)\n';

/** Solves `problem` with `--proof` (resource reasoning off, so SAT refutes it): the certificate's path. */
function certified(): string {
  const dir = mkdtempSync(join(work, 'c-'));
  writeFileSync(join(dir, 'p.smt2'), problem);
  const run = spawnSync(process.execPath, [cli, '--no-resources', '--proof', join(dir, 'cert'), join(dir, 'p.smt2')], { encoding: 'utf8' });
  expect(run.stdout.trim()).toBe('unsat');
  return dir;
}

describe('check-proof rejects malformed DRAT without crashing', () => {
  const forged: [string, string][] = [
    ['a literal of 2000000000', '2000000000 0\n0\n'],
    ['a literal past 32 bits', '99999999999999999999 0\n0\n'],
    ['a non-numeric token', '1 x 0\n0\n'],
    ['a token like 1e9', '1e9 0\n0\n'],
    ['a 0 inside a line', '1 0 2 0\n0\n'],
    ['a line without its 0', '1 2\n'],
    ['a deletion of a huge variable', 'd 1500000000 0\n0\n'],
    ['binary garbage', '\u0000\u0001\u00ff\u0061\n'],
  ];
  for (const [what, drat] of forged) {
    it(`${what}: invalid, exit 1`, { timeout: 60_000 }, () => {
      const dir = certified();
      writeFileSync(join(dir, 'cert.drat'), drat);
      const run = spawnSync(process.execPath, ['--max-old-space-size=256', cli, 'check-proof', join(dir, 'p.smt2'), join(dir, 'cert')], { encoding: 'utf8' });
      expect(run.stdout).toMatch(/^invalid: /);
      expect(run.stderr).not.toMatch(/at .*\.js:\d+|internal error|heap/i);
      expect(run.status).toBe(1);
    });
  }

  it('checkDrat rejects a proof literal beyond the formula before sizing its tables by it', () => {
    const r = checkDrat([[1, 2], [-1, 2], [1, -2], [-1, -2]], [{ kind: 'add', lits: [2_000_000_000] }, { kind: 'add', lits: [] }]);
    expect(r).toMatchObject({ ok: false, step: 0 });
  });

  it('parseDrat locates a bad token', () => {
    expect(() => parseDrat('1 2 0\n1 y 0\n', 'p.drat')).toThrow(/p\.drat:2:3: not a literal: 'y'/);
    expect(() => parseDrat('5 0\n', 'p.drat', 4)).toThrow(/beyond 4/);
  });
});
