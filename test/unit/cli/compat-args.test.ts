/**
 * The command lines pipelines use for Z3 and cvc5 run eagersmt unchanged (src/cli/compat-args.ts):
 * translated to eagersmt's own flags, standard input when no script is named; a subcommand's
 * arguments are left alone. End to end: the CLI answers a script piped to it under each of them.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compatArgs } from '../../../src/cli/compat-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const VALUED = new Set(['-t', '--timeout', '--backend', '--idl-encoding']);
const takesValue = (f: string) => VALUED.has(f);
const args = (a: string[]) => compatArgs(a, takesValue);

describe('compatArgs', () => {
  it("translates Z3's and cvc5's flags for SMT-LIB on standard input", () => {
    expect(args([])).toEqual({ args: ['-'] });
    expect(args(['-in'])).toEqual({ args: ['-'] });
    expect(args(['-smt2', '-in', '-T:10'])).toEqual({ args: ['-', '-t', '10'] });
    expect(args(['--incremental', '--lang', 'smt2'])).toEqual({ args: ['-'] });
    expect(args(['--lang=smt2.6', '-q', '--produce-models', '-i', '-m'])).toEqual({ args: ['-'] });
    expect(args(['-L', 'smtlib2.6', '--quiet'])).toEqual({ args: ['-'] });
    expect(args(['-in', '-t:2500'])).toEqual({ args: ['-', '-t', '2.5'] });
    expect(args(['--tlimit-per=3000', '--lang=smt2'])).toEqual({ args: ['-t', '3', '-'] });
    expect(args(['--tlimit=500', 'f.smt2'])).toEqual({ args: ['-t', '0.5', 'f.smt2'] });
    expect(args(['-t:x'])).toEqual({ args: ['-t', 'x', '-'] }); // refused by -t itself
  });

  it('keeps a named script, options and their values, and what follows --', () => {
    expect(args(['-smt2', 'f.smt2'])).toEqual({ args: ['f.smt2'] });
    expect(args(['-t', '5', '--stats'])).toEqual({ args: ['-t', '5', '--stats', '-'] });
    expect(args(['--backend', 'cadical', 'f.smt2', '-T:3'])).toEqual({ args: ['--backend', 'cadical', 'f.smt2', '-t', '3'] });
    expect(args(['--timeout=5'])).toEqual({ args: ['--timeout=5', '-'] });
    expect(args(['-', '--stats'])).toEqual({ args: ['-', '--stats'] });
    expect(args(['--', '-in'])).toEqual({ args: ['--', '-in'] });
  });

  it("leaves a subcommand's arguments alone, and refuses another input language", () => {
    expect(args(['sat', '-i', 'x.cnf'])).toEqual({ args: ['sat', '-i', 'x.cnf'] });
    expect(args(['compare', 'dir'])).toEqual({ args: ['compare', 'dir'] });
    expect(args(['--lang', 'tptp'])).toEqual({ error: "input language 'tptp' is not supported (SMT-LIB 2 only)" });
    expect(args(['--lang'])).toEqual({ error: "option '--lang' needs a language" });
  });
});

describe('the CLI under command lines of Z3 and cvc5', () => {
  const script = '(set-option :print-success false)\n(declare-const x Int)\n(assert (> x 2))\n(check-sat)\n(get-value (x))\n';
  it('answers a piped script under each', { timeout: 60_000 }, () => {
    for (const line of [[], ['-in'], ['-smt2', '-in', '-T:20'], ['--incremental', '--lang', 'smt2', '-q'], ['--lang=smt2', '--produce-models', '--tlimit-per=20000']]) {
      const r = spawnSync(process.execPath, [cli, ...line], { input: script, encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr], line.join(' ')).toEqual([0, 'sat\n((x 3))\n', '']);
    }
    const bad = spawnSync(process.execPath, [cli, '--lang', 'tptp'], { input: script, encoding: 'utf8' });
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([1, '', "eagersmt: input language 'tptp' is not supported (SMT-LIB 2 only)\n"]);
  });
});
