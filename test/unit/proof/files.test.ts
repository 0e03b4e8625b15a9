/**
 * The file sink (src/proof/files.ts): `--dump-cnf` and `--proof` write check n to `file` for
 * n = 1 and to `file.n` after; a refutation's CNF and DRAT files stay only when the check was
 * unsat; and the package entry point registers it as the sink the options ask for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cnf } from '../../../src/cnf/cnf.js';
import { parseDimacs } from '../../../src/cnf/dimacs.js';
import { defaultOptions } from '../../../src/engine/options.js';
import { sinkFor } from '../../../src/engine/sink.js';
import { solveSmtLib } from '../../../src/index.js';
import { fileSink, perCheckFile, refutationCertificate } from '../../../src/proof/files.js';

const work = mkdtempSync(join(tmpdir(), 'eagersmt-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the file sink', () => {
  it('exists only when proof or dumpCnf is set, and is the sink the options ask for', () => {
    expect(fileSink({})).toBeUndefined();
    expect(fileSink({ proof: '' })).toBeUndefined();
    expect(fileSink({ dumpCnf: join(work, 'd') })?.certify).toBe(false);
    expect(fileSink({ proof: join(work, 'p') })?.certify).toBe(true);
    expect(sinkFor(defaultOptions)).toBeUndefined();
    expect(sinkFor({ ...defaultOptions, proof: join(work, 'p') })?.certify).toBe(true);
  });

  it('names the file of check n: file, file.2, file.3', () => {
    expect([1, 2, 3].map((n) => perCheckFile('out.cert', n))).toEqual(['out.cert', 'out.cert.2', 'out.cert.3']);
  });

  it('keeps a refutation when unsat, with its certificate; drops its CNF and DRAT otherwise', () => {
    const sink = fileSink({ proof: join(work, 'r.cert') })!;
    const cnf = new Cnf();
    const [x, y] = [cnf.newVar(), cnf.newVar()];
    cnf.addClause([x, y]);
    for (const [index, unsat] of [[1, true], [2, false]] as const) {
      const target = sink.refutation(index, { idlEncoding: 'sd', symmetry: false, opSymmetry: true }, { check: index });
      expect(target.drat).toBe(join(work, index === 1 ? 'r.cert.drat' : 'r.cert.2.drat'));
      target.cnf(cnf, Int32Array.of(-x));
      writeFileSync(target.drat, '0\n'); // what a backend would write
      target.done(unsat);
    }
    const dimacs = parseDimacs(readFileSync(join(work, 'r.cert.cnf'), 'latin1'));
    expect([dimacs.numVars, dimacs.numClauses]).toEqual([2, 2]);
    expect(readFileSync(join(work, 'r.cert'), 'utf8')).toBe(refutationCertificate({ check: 1 }, { idlEncoding: 'sd', symmetry: false, opSymmetry: true }, 'r.cert.cnf', 'r.cert.drat'));
    expect(readFileSync(join(work, 'r.cert'), 'utf8')).toContain('(refutation (check 1) (idl-encoding sd) (symmetry false) (op-symmetry true)\n  (cnf "r.cert.cnf") (drat "r.cert.drat"))');
    for (const f of ['r.cert.2', 'r.cert.2.cnf', 'r.cert.2.drat']) expect(existsSync(join(work, f)), f).toBe(false);
  });

  it('dumps the CNF of every check of a script, assumptions as unit clauses', async () => {
    const dump = join(work, 'dump.cnf');
    const text = '(declare-const p Bool)(declare-const q Bool)(assert (or p q))(check-sat)(check-sat-assuming ((not p)))\n';
    expect((await solveSmtLib(text, { dumpCnf: dump })).text).toBe('sat\nsat\n');
    const [first, second] = [dump, `${dump}.2`].map((f) => parseDimacs(readFileSync(f, 'latin1')));
    expect(second!.numClauses).toBe(first!.numClauses + 1);
    expect(existsSync(`${dump}.3`)).toBe(false);
  });
});

describe('an output file that cannot be written costs no answer', () => {
  const cli = join(process.cwd(), 'dist/cli/main.js');
  const unsat = '(declare-const a Int)(declare-const b Int)(assert (< a b))(assert (< b a))(check-sat)\n(check-sat)\n';
  const cases: [string, string[], RegExp][] = [
    ['ENOSPC (--dump-cnf /dev/full)', ['--dump-cnf', '/dev/full'], /cannot write CNF file '\/dev\/full': no space left on device \(ENOSPC\)/],
    ['EISDIR (--proof <a folder>)', ['--proof', '@dir'], /cannot write proof file '.*': is a directory \(EISDIR\)/],
    ['ENOENT (--proof in a missing folder)', ['--proof', '@missing'], /cannot write (DRAT proof|proof|CNF) file '.*': no such file or directory \(ENOENT\)/],
    ['ENOENT (--dump-cnf in a missing folder)', ['--dump-cnf', '@missing'], /cannot write CNF file '.*': no such file or directory \(ENOENT\)/],
  ];
  for (const [what, flags, message] of cases) {
    it(`${what}: both answers printed, then the error, exit 1`, { timeout: 60_000 }, () => {
      const dir = mkdtempSync(join(work, 'w-'));
      const problem = join(dir, 'p.smt2');
      writeFileSync(problem, unsat);
      const args = flags.map((f) => (f === '@dir' ? dir : f === '@missing' ? join(dir, 'no/such/folder/out') : f));
      const run = spawnSync(process.execPath, [cli, '--no-resources', ...args, problem], { encoding: 'utf8' });
      expect(run.stdout).toBe('unsat\nunsat\n');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(run.status).toBe(1);
    });
  }
});
