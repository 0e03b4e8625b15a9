/**
 * The default command runs scripts through the library's `solveSmtLib`: its stdout is the
 * `text` of `solveSmtLib` for the same script and options, each response is written as soon as
 * it is produced (not at the end), and a contradictory backend choice is a usage error before
 * any output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pigeonholeSmt } from '../../support/pigeonhole-smt.js';
import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');

describe('eagersmt <file>', () => {
  it('prints what solveSmtLib returns as text', { timeout: 120_000 }, async () => {
    for (const name of ['examples/simple.smt2', 'examples/jobshop-4x3.smt2', 'test/regress/get-value.smt2']) {
      const file = join(root, name);
      const out = spawnSync(process.execPath, [cli, '--idl-encoding', 'order', file], { encoding: 'utf8' });
      expect(out.status).toBe(0);
      const lib = await solveSmtLib(readFileSync(file, 'utf8'), { file, idlEncoding: 'order' });
      expect(out.stdout).toBe(lib.text);
    }
  });

  it('writes each response as it is produced', { timeout: 60_000 }, async () => {
    // A hard check (13 pigeons, 12 holes, no resource reasoning or symmetry breaking) after an echo: the echo must
    // arrive while the check still runs.
    const script = [
      pigeonholeSmt(13, 12),
      '(echo "first")',
      '(check-sat)',
    ].join('\n');
    const child = spawn(process.execPath, [cli, '--no-resources', '--no-symmetry', '-t', '30', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(script);
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    const stillRunning = child.exitCode === null;
    child.kill();
    expect(first).toBe('first\n');
    expect(stillRunning).toBe(true);
  });

  it('rejects contradictory backend options with exit 1 and no output', { timeout: 60_000 }, () => {
    const out = spawnSync(process.execPath, [cli, '--backend', 'kissat', '--sat-cmd', 'x {cnf}', join(root, 'examples/simple.smt2')], { encoding: 'utf8' });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/both name the SAT solver/);
  });
});
