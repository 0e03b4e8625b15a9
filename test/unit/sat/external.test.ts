/**
 * The external SAT backends: the real CaDiCaL and MiniSat (Debian packages, installed by the
 * test script's tool check) agree with the built-in solver; SMT scripts run through the CLI
 * with `--backend cadical|minisat` and `--sat-cmd`; fake solvers (small sh scripts) that print
 * garbage, crash, lie, hang or are missing give `unknown` with a reason, and leave no process
 * and no temporary file behind.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/script/solve.js';
import type { Cnf } from '../../../src/cnf/cnf.js';
import { ContractError } from '../../../src/errors.js';
import type { SatBackend, SatOutcome } from '../../../src/sat/backend.js';
import { solveInline } from '../../../src/sat/builtin.js';
import { parseCompetitionOutput, parseResultFile, splitTemplate } from '../../../src/sat/external.js';
import { resolveBackendChoice, selectBackend } from '../../../src/sat/choice.js';
import { solveChecked } from '../../../src/sat/oneshot-session.js';
import { createBackend } from '../../../src/sat/registry.js';
import { checkDrat, parseDrat } from '../../../src/proof/drat-check.js';
import { pigeonhole, randomKSat, satisfies, toCnf, type Clauses } from './instances.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-external-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const none = new Int32Array(0);

/** A fresh, empty directory for one backend's temporary files, to see that they are removed. */
function scratch(name: string): string {
  const dir = join(work, `tmp-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes an executable sh script (a fake solver) and returns its path. */
function fakeSolver(name: string, body: string): string {
  const path = join(work, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function backend(name: string, options: Record<string, unknown> = {}): SatBackend {
  const b = createBackend(name, options);
  if (!b) throw new Error(`no backend ${name}`);
  return b;
}

/**
 * Whether every process of group `pgid` is dead (gone, or a zombie: a killed process whose
 * parent died waits for the init process to reap it), waiting up to `ms` for it.
 */
async function groupDead(pgid: number, ms = 2000): Promise<boolean> {
  const living = () =>
    spawnSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter(([g, stat]) => Number(g) === pgid && !stat!.startsWith('Z')).length;
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    if (living() === 0) return true;
  }
  return living() === 0;
}

const sat3: Clauses = [[1, 2], [-1, 3], [-2, -3]];

describe('splitTemplate (util/command.ts splitCommand, plus the empty check)', () => {
  it('splits on blanks and honours single quotes, double quotes and backslashes', () => {
    expect(splitTemplate('mpirun -np 4 mallob -mono={cnf} -satsolver=k')).toEqual(['mpirun', '-np', '4', 'mallob', '-mono={cnf}', '-satsolver=k']);
    expect(splitTemplate(`  a  'b c' "d \\"e\\" \\\\" f\\ g h'i'"j"  `)).toEqual(['a', 'b c', 'd "e" \\', 'f g', 'hij']);
    expect(splitTemplate(`x '' ""`)).toEqual(['x', '', '']);
    expect(splitTemplate('echo $HOME;rm *')).toEqual(['echo', '$HOME;rm', '*']); // no shell
  });

  it('rejects unterminated quotes, a trailing backslash and an empty command', () => {
    expect(() => splitTemplate(`a 'b`)).toThrow(/unterminated ' quote at column 3/);
    expect(() => splitTemplate('a "b')).toThrow(/unterminated " quote/);
    expect(() => splitTemplate('a \\')).toThrow(/trailing backslash/);
    expect(() => splitTemplate('   ')).toThrow(ContractError);
  });
});

describe('output parsing', () => {
  it('reads s and v lines, ignoring comments and banners', () => {
    expect(parseCompetitionOutput('c hello\nbanner\ns SATISFIABLE\nv 1 -2\nv 3 0\n')).toEqual({ status: 'sat', lits: [1, -2, 3] });
    expect(parseCompetitionOutput('s UNSATISFIABLE\n')).toEqual({ status: 'unsat', lits: undefined });
    expect(parseCompetitionOutput('s UNKNOWN\n').status).toBe('unknown');
    expect(parseCompetitionOutput('nothing here\n')).toEqual({ status: undefined, lits: undefined });
  });

  it('marks garbage as an error', () => {
    expect(parseCompetitionOutput('s MAYBE\n').error).toMatch(/unrecognised line 's MAYBE'/);
    expect(parseCompetitionOutput('s SATISFIABLE\ns UNSATISFIABLE\n').error).toMatch(/two different answers/);
    expect(parseCompetitionOutput('s SATISFIABLE\nv 1 x 0\n').error).toMatch(/bad literal 'x'/);
    expect(parseCompetitionOutput('s SATISFIABLE\nv 1 2\n').error).toMatch(/do not end with 0/);
    expect(parseCompetitionOutput('s SATISFIABLE\nv 1 0 2\n').error).toMatch(/after the model's closing 0/);
  });

  it("reads MiniSat's result file", () => {
    expect(parseResultFile('SAT\n1 -2 0\n')).toEqual({ status: 'sat', lits: [1, -2] });
    expect(parseResultFile('UNSAT\n')).toEqual({ status: 'unsat' });
    expect(parseResultFile('INDET\n')).toEqual({ status: 'unknown' });
    expect(parseResultFile('')).toEqual({});
    expect(parseResultFile('SAT\n1 0 2 0\n').error).toMatch(/single 0/);
    expect(parseResultFile('YES\n').error).toMatch(/unrecognised/);
  });
});

describe('CaDiCaL and MiniSat agree with the built-in solver', () => {
  // Random 3-SAT around the threshold (ratio 4.0-4.5): a mix of sat and unsat.
  const problems = Array.from({ length: 50 }, (_, i) => {
    const n = 20 + (i % 5) * 10;
    const m = Math.round(n * (4.0 + (i % 6) * 0.1));
    return { n, clauses: randomKSat(n, m, 3, 1000 + i) };
  });
  const expected = problems.map(({ n, clauses }) => solveInline(toCnf(clauses, n)).status);

  it('the instances are a mix of sat and unsat', () => {
    expect(expected.filter((s) => s === 'sat').length).toBeGreaterThan(10);
    expect(expected.filter((s) => s === 'unsat').length).toBeGreaterThan(10);
  });

  for (const name of ['cadical', 'minisat']) {
    // 50 processes one after the other: far longer than the default 5 s on a loaded machine.
    it(`${name}: the same answer on ${problems.length} random CNFs, every model satisfies the clauses`, { timeout: 120_000 }, async () => {
      const tmp = scratch(name);
      const b = backend(name, { tmpDir: tmp });
      for (let i = 0; i < problems.length; i++) {
        const { n, clauses } = problems[i]!;
        const out = await b.solve(toCnf(clauses, n), none, { timeoutMs: 20000 });
        expect(out.status, `problem ${i}`).toBe(expected[i]);
        if (out.status === 'sat') {
          expect(out.model!.length).toBe(n + 1);
          expect(satisfies(clauses, (v) => out.model![v] === 1)).toBe(true);
        }
      }
      expect(readdirSync(tmp)).toEqual([]);
    }, 120_000); // 50 solver processes: minutes on a loaded machine

    it(`${name}: assumptions become unit clauses; the answer is still right`, async () => {
      const b = backend(name);
      const cnf = toCnf(sat3, 3);
      const sat = await b.solve(cnf, Int32Array.of(1), {});
      expect(sat.status).toBe('sat');
      expect(sat.model![1]).toBe(1);
      expect(sat.model![3]).toBe(1);
      expect(sat.model![2]).toBe(0);
      const unsat = await b.solve(cnf, Int32Array.of(1, 2), {});
      expect(unsat).toMatchObject({ status: 'unsat' });
      expect(unsat.failed).toBeUndefined(); // unknown which assumptions were used
      expect((await b.solve(toCnf([[1], [-1]]), none, {})).status).toBe('unsat');
    });
  }

  it('minisat: variables in no clause (left out of the result file) are filled in', async () => {
    const cnf = toCnf([[1, 2], [-1]], 6); // variables 3..6 occur nowhere
    const out = await backend('minisat').solve(cnf, none, {});
    expect(out.status).toBe('sat');
    expect(Array.from(out.model!)).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it("cadical: the DRAT proof written through {proof} checks with the test suite's checker", async () => {
    const clauses = pigeonhole(6, 5);
    const proof = join(work, 'php.drat');
    const out = await backend('cadical', { proof }).solve(toCnf(clauses), none, {});
    expect(out.status).toBe('unsat');
    expect(checkDrat(clauses, parseDrat(readFileSync(proof, 'utf8')))).toMatchObject({ ok: true });
    // The same through a template.
    const proof2 = join(work, 'php2.drat');
    const ext = backend('external', { command: 'cadical -q --binary=false {cnf} {proof}', proof: proof2 });
    expect(ext.capabilities.proofs).toBe(true);
    expect((await ext.solve(toCnf(clauses), none, {})).status).toBe('unsat');
    expect(checkDrat(clauses, parseDrat(readFileSync(proof2, 'utf8')))).toMatchObject({ ok: true });
  });
});

describe('fake solvers: unknown with a reason, never a wrong answer', () => {
  const cnf = toCnf(sat3, 3);
  async function run(body: string, name: string, limits = {}, extra: Record<string, unknown> = {}): Promise<SatOutcome> {
    const tmp = scratch(name);
    // Through the one-shot session's solve: the model check is there.
    const out = await solveChecked(backend('external', { command: [fakeSolver(`${name}.sh`, body), '{cnf}'], tmpDir: tmp, ...extra }), cnf, none, limits);
    expect(readdirSync(tmp), 'temporary files removed').toEqual([]);
    return out;
  }

  it('garbage output', async () => {
    expect(await run('echo "all good"; exit 0', 'garbage1')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^backend error: garbage1\.sh: no answer \(exit code 0, output 'all good'\)/) });
    expect(await run('echo "s PERHAPS"; exit 10', 'garbage2')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/unrecognised line 's PERHAPS'/) });
    expect(await run('echo "s SATISFIABLE"; echo "v 1 -2 zz 0"; exit 10', 'garbage3')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/bad literal 'zz'/) });
    expect(await run('echo "s SATISFIABLE"; exit 10', 'nomodel')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/sat without a model/) });
  });

  it('a crash: exit code 134 or death by a signal', async () => {
    expect(await run('echo "s SATISFIABLE"; echo "solver: assertion failed" >&2; exit 134', 'crash')).toMatchObject({
      status: 'unknown',
      reason: 'backend error: crash.sh: exited with code 134: solver: assertion failed',
    });
    expect(await run('kill -SEGV $$', 'segv')).toMatchObject({ status: 'unknown', reason: 'backend error: segv.sh: killed by SIGSEGV' });
  });

  it('a lying solver: a model that falsifies a clause, or an exit code that contradicts the s line', async () => {
    // x1, x2, x3 all true falsifies (-2 -3).
    expect(await run('echo "s SATISFIABLE"; echo "v 1 2 3 0"; exit 10', 'liar')).toMatchObject({
      status: 'unknown',
      reason: 'backend error: liar.sh: the model falsifies clause #3',
    });
    // Missing variables: false for x2 and x3 with x1 true falsifies (-1 3).
    expect(await run('echo "s SATISFIABLE"; echo "v 1 0"; exit 10', 'partial-bad')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/with its 2 unset variables false, the model falsifies clause #2/),
    });
    // x1 false, x2 true, x3 missing -> false: every clause holds.
    const partial = await run('echo "s SATISFIABLE"; echo "v -1 2 0"; exit 10', 'partial-ok');
    expect(partial.status).toBe('sat');
    expect(Array.from(partial.model!)).toEqual([0, 0, 1, 0]);
    expect(await run('echo "s SATISFIABLE"; echo "v -1 2 -3 0"; exit 20', 'contra')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/contradictory answers/) });
    expect(await run('echo "s SATISFIABLE"; echo "v -1 2 -3 1 0"; exit 10', 'both')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/sets variable 1 both ways/) });
    expect(await run('echo "s SATISFIABLE"; echo "v -1 2 -3 4 0"; exit 10', 'extra')).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/mentions variable 4, the CNF has 3/) });
  });

  it('an exit code alone is an answer; s UNKNOWN is unknown', async () => {
    expect(await run('exit 20', 'code20')).toMatchObject({ status: 'unsat' });
    expect(await run('echo "s UNKNOWN"; exit 0', 'unk')).toMatchObject({ status: 'unknown', reason: 'incomplete: unk.sh answered unknown' });
  });

  it('a hang is killed with its whole process group at the time limit; temporary files are removed', async () => {
    const pids = join(work, 'hang.pids');
    // The solver starts a grandchild and both wait forever; the script records the pids and the CNF path.
    const body = `sleep 1000 & echo "$$ $! $1" > ${pids}; wait`;
    const t0 = Date.now();
    const out = await run(body, 'hang', { timeoutMs: 400 });
    expect(out).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(3000);
    const [pid, grandchild, cnfPath] = readFileSync(pids, 'utf8').trim().split(' ');
    expect(await groupDead(Number(pid))).toBe(true);
    expect(spawnSync('ps', ['-o', 'stat=', '-p', grandchild!], { encoding: 'utf8' }).stdout.trim()).toMatch(/^(Z.*)?$/);
    expect(existsSync(cnfPath!)).toBe(false);
  });

  it('a solver that ignores SIGTERM gets SIGKILL after the grace period', async () => {
    const pids = join(work, 'stubborn.pids');
    const out = await run(`trap '' TERM; echo $$ > ${pids}; while :; do sleep 0.05; done`, 'stubborn', { timeoutMs: 300 }, { killGraceMs: 200 });
    expect(out).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(await groupDead(Number(readFileSync(pids, 'utf8').trim()))).toBe(true);
  });

  it('an answer is not held up by a process that left the group and keeps the output pipe open', async () => {
    const pids = join(work, 'daemon.pids');
    const t0 = Date.now();
    const out = await run(`setsid sleep 1000 & echo $! > ${pids}; sleep 0.3; echo "s UNSATISFIABLE"; exit 20`, 'daemon', {}, { killGraceMs: 300 });
    const daemon = Number(readFileSync(pids, 'utf8').trim());
    process.kill(daemon, 'SIGKILL'); // it escaped the group: ours to clean up
    expect(out.status).toBe('unsat');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('an abort signal stops the solver: canceled', async () => {
    const pids = join(work, 'abort.pids');
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 300);
    const out = await run(`echo $$ > ${pids}; sleep 1000`, 'abort', { signal: ctl.signal });
    expect(out).toMatchObject({ status: 'unknown', reason: 'canceled' });
    expect(await groupDead(Number(readFileSync(pids, 'utf8').trim()))).toBe(true);
  });

  it('a missing binary names the program and how to get it', async () => {
    const tmp = scratch('missing');
    const out = await backend('external', { command: '/nonexistent/solver {cnf}', tmpDir: tmp }).solve(cnf, none, {});
    expect(out).toMatchObject({ status: 'unknown', reason: "backend error: solver: cannot run '/nonexistent/solver': not found" });
    const preset = await backend('kissat', { binary: '/nonexistent/kissat', tmpDir: tmp }).solve(cnf, none, {});
    expect(preset.reason).toMatch(/^backend error: kissat: cannot run '\/nonexistent\/kissat': not found \(.*--sat-binary\)$/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('backend selection', () => {
  it('maps --backend, --sat-binary and --sat-cmd to a registry entry', () => {
    expect(selectBackend({ backend: 'builtin' })).toEqual({ name: 'builtin', options: {} });
    expect(selectBackend({ backend: 'cadical', satBinary: '/opt/cadical' })).toEqual({ name: 'cadical', options: { binary: '/opt/cadical' } });
    expect(selectBackend({ backend: 'builtin', satCmd: 'x {cnf}' })).toEqual({ name: 'external', options: { command: 'x {cnf}' } });
  });

  it('hands a random seed to the built-in solver and the presets, and to no other backend', () => {
    expect(selectBackend({ backend: 'builtin', randomSeed: 7 })).toEqual({ name: 'builtin', options: { cdcl: { seed: 7 } } });
    expect(selectBackend({ backend: 'builtin', randomSeed: 0 })).toEqual({ name: 'builtin', options: {} });
    expect(selectBackend({ backend: 'kissat', randomSeed: 7 })).toEqual({ name: 'kissat', options: { seed: 7 } });
    expect(selectBackend({ backend: 'cadical', satBinary: '/opt/cadical', randomSeed: 3 })).toEqual({ name: 'cadical', options: { binary: '/opt/cadical', seed: 3 } });
    expect(selectBackend({ backend: 'builtin', satCmd: 'x {cnf}', randomSeed: 3 })).toEqual({ name: 'external', options: { command: 'x {cnf}' } });
    expect(resolveBackendChoice({ backend: 'minisat', randomSeed: 5 }).options).toMatchObject({ seed: 5 });
  });

  it('rejects contradictory or incomplete choices', () => {
    expect(() => selectBackend({ backend: 'cadical', satCmd: 'x {cnf}' })).toThrow(/both name the SAT solver/);
    expect(() => selectBackend({ backend: 'builtin', satBinary: '/x' })).toThrow(/--sat-binary applies to --backend kissat\|cadical\|minisat/);
    expect(() => selectBackend({ backend: 'toString', satBinary: '/x' })).toThrow(ContractError);
    expect(() => selectBackend({ backend: 'external' })).toThrow(/needs --sat-cmd/);
    expect(() => resolveBackendChoice({ backend: 'builtin', satCmd: 'solver in.cnf' })).toThrow(/no \{cnf\} placeholder/);
    expect(() => resolveBackendChoice({ backend: 'nosuch' })).toThrow(/unknown SAT backend 'nosuch'/);
    expect(() => resolveBackendChoice({ backend: 'minisat' }, true)).toThrow(/writes no proofs/);
    expect(() => resolveBackendChoice({ backend: 'builtin', satCmd: 'cadical {cnf}' }, true)).toThrow(/\{proof\} placeholder/);
    expect(resolveBackendChoice({ backend: 'cadical' }, true).proofs).toBe(true);
    expect(() => createBackend('minisat', { proof: '/tmp/p' })).toThrow(/writes no proofs/);
    expect(() => createBackend('cadical', { colour: 'red' })).toThrow(/unknown option 'colour'/);
    expect(() => createBackend('external', { command: 'cadical {cnf}', proof: '/tmp/p' })).toThrow(/\{proof\} placeholder/);
  });
});

describe('the CLI with external backends', { timeout: 60000 }, () => {
  function cliRun(args: string[], input?: string): { code: number | null; out: string; err: string } {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 60000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }
  const answers = (out: string) => out.split('\n').filter((l) => /^(sat|unsat|unknown)$/.test(l));
  const errors = (out: string) => out.split('\n').filter((l) => l.startsWith('(error')).length;

  // Incremental scripts with sat and unsat answers, push/pop and check-sat-assuming.
  const scripts = ['check-sat-assuming', 'push-pop', 'atoms-sat', 'distinct'].map((n) => join(root, 'test/regress', `${n}.smt2`)).filter(existsSync);
  const jobshop = join(work, 'jobshop-unsat.smt2');
  writeFileSync(
    jobshop,
    spawnSync(process.execPath, [join(root, 'scripts/jobshop-gen.mjs'), '--jobs', '3', '--ops', '3', '--machines', '3', '--seed', '5', '--slack', '0.9'], { encoding: 'utf8' }).stdout,
  );

  it('the scripts include sat and unsat checks', async () => {
    const all = (await Promise.all([...scripts, jobshop].map((f) => solveSmtLib(readFileSync(f, 'utf8')).then((r) => r.text)))).flatMap(answers);
    expect(all).toContain('sat');
    expect(all).toContain('unsat');
  });

  // CaDiCaL writes DRAT proofs, checked before its unsat is reported; MiniSat and a template
  // without {proof} agree only with --trust-backend (see the next test for what they say without it).
  for (const args of [
    ['--backend', 'cadical'],
    ['--backend', 'minisat', '--trust-backend'],
    ['--sat-cmd', "cadical -q '{cnf}'", '--trust-backend'],
    ['--sat-cmd', "cadical -q --no-binary '{cnf}' '{proof}'"],
  ]) {
    it(`${args.join(' ')}: the same answers as the built-in backend`, async () => {
      for (const file of [...scripts, jobshop]) {
        const builtin = (await solveSmtLib(readFileSync(file, 'utf8'))).text;
        const r = cliRun([...args, file]);
        expect(r.code, r.err).toBe(0);
        expect(answers(r.out), file).toEqual(answers(builtin));
        expect(errors(r.out), file).toBe(errors(builtin));
      }
    });
  }

  it('an unverifiable unsat is unknown without --trust-backend: minisat, a template without {proof}', async () => {
    for (const args of [['--backend', 'minisat'], ['--sat-cmd', "cadical -q '{cnf}'"]]) {
      for (const file of [...scripts, jobshop]) {
        const builtin = answers((await solveSmtLib(readFileSync(file, 'utf8'))).text);
        const got = answers(cliRun(['--no-resources', ...args, file]).out);
        expect(got.length, file).toBe(builtin.length);
        got.forEach((a, i) => expect(a, `${args.join(' ')} ${file} #${i + 1}`).toBe(builtin[i] === 'unsat' ? 'unknown' : builtin[i]));
      }
    }
  });

  it('--stats shows the external solver time', () => {
    // A sat script: its check must reach the SAT solver.
    const r = cliRun(['--backend', 'cadical', '--stats', join(root, 'examples/jobshop-4x3.smt2')]);
    expect(r.out).toMatch(/^sat\n/);
    expect(r.err).toMatch(/c {3}sat: dimacsMs [\d.]+, solverMs [\d.]+/);
  });

  it('(get-info :reason-unknown) shows a backend error; bad choices are usage errors', () => {
    const r = cliRun(['--sat-binary', '/nonexistent/cadical', '--backend', 'cadical', '-'], '(declare-const p Bool)(assert p)(check-sat)(get-info :reason-unknown)');
    expect(r.out).toBe(`unknown\n(:reason-unknown "backend error: cadical: cannot run '/nonexistent/cadical': not found (Debian package 'cadical', or give its path with --sat-binary)")\n`);
    const bad = cliRun(['--backend', 'cadical', '--sat-cmd', 'kissat {cnf}', '-'], '(check-sat)');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^eagersmt: --sat-cmd and --backend cadical both name the SAT solver/);
    expect(bad.out).toBe('');
    const quote = cliRun(['--sat-cmd', "cadical '{cnf}", '-'], '(check-sat)');
    expect(quote.code).toBe(1);
    expect(quote.err).toMatch(/unterminated ' quote/);
  });
});
