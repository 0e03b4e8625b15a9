/**
 * No unsat from an external solver without a check (sat/verify.ts, proof/verify-unsat.ts): a
 * lying solver cannot make eagersmt print `unsat` for a satisfiable problem — without a proof
 * the answer is `unknown` (`unverified unsat from <solver>`), a forged DRAT proof is rejected
 * by the checker, and only `--trust-backend` gives the guarantee up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Cnf } from '../../../src/cnf/cnf.js';
import { checkUnsatInWorker } from '../../../src/proof/verify-unsat.js';
import type { BackendSpec, SatBackend } from '../../../src/sat/backend.js';
import { verifiedBackend, type UnsatChecker } from '../../../src/sat/verify.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const satisfiable = join(work, 'sat.smt2');
writeFileSync(satisfiable, '(declare-const a Int)(declare-const b Int)(assert (< a b))(check-sat)(get-info :reason-unknown)\n');

function run(args: string[]): { out: string; code: number | null } {
  const r = spawnSync(process.execPath, [cli, '--no-resources', ...args, satisfiable], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, code: r.status };
}

describe('an external unsat is reported only when verified', { timeout: 60_000 }, () => {
  it('a solver that lies unsat without a proof: unknown, unverified', () => {
    const r = run(['--sat-cmd', 'sh -c "echo s UNSATISFIABLE; exit 20" {cnf}']);
    expect(r.out).toBe('unknown\n(:reason-unknown "unverified unsat from sh")\n');
  });

  it('a solver that lies unsat with a forged DRAT proof (one empty clause): unknown, the proof rejected', () => {
    const r = run(['--sat-cmd', 'sh -c "echo s UNSATISFIABLE; echo 0 > $0; exit 20" {proof} {cnf}']);
    expect(r.out).toMatch(/^unknown\n\(:reason-unknown "unverified unsat from sh: proof step 0: lemma \[\] is not RUP/);
  });

  it('a solver that writes no proof file: unknown', () => {
    const r = run(['--sat-cmd', 'sh -c "echo s UNSATISFIABLE; exit 20" {proof} {cnf}']);
    expect(r.out).toMatch(/^unknown\n\(:reason-unknown "unverified unsat from sh: no proof \(ENOENT\)"\)/);
  });

  it('--trust-backend gives the guarantee up, as documented', () => {
    expect(run(['--trust-backend', '--sat-cmd', 'sh -c "echo s UNSATISFIABLE; exit 20" {cnf}']).out).toMatch(/^unsat\n/);
  });

  it('the checker in a worker thread accepts a real proof and rejects a forged one', async () => {
    const cnf = new Cnf();
    for (const c of [[1, 2], [-1, 2], [1, -2], [-1, -2]]) cnf.addClause(c);
    const good = join(work, 'good.drat');
    const bad = join(work, 'bad.drat');
    writeFileSync(good, '2 0\n0\n');
    writeFileSync(bad, '0\n');
    expect(await checkUnsatInWorker(cnf, new Int32Array(0), good, { timeoutMs: 30_000 })).toEqual({ ok: true });
    expect(await checkUnsatInWorker(cnf, new Int32Array(0), bad, { timeoutMs: 30_000 })).toMatchObject({ ok: false });
    // An assumption as a unit clause: [1, 2] with ¬1, ¬2 assumed is refuted by the empty clause.
    const two = new Cnf();
    two.addClause([1, 2]);
    expect(await checkUnsatInWorker(two, Int32Array.of(-1, -2), bad, { timeoutMs: 30_000 })).toEqual({ ok: true });
    expect(await checkUnsatInWorker(cnf, new Int32Array(0), good, { timeoutMs: 0 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('verifiedBackend: trusted specs pass through; untrusted unsat needs the checker', async () => {
    const liar: SatBackend = { name: 'liar', capabilities: { assumptions: false, proofs: true }, solve: async () => ({ status: 'unsat' }) };
    const spec = (trusted: boolean, proofs: boolean): BackendSpec<object> => ({ parse: () => ({}), noProofs: () => (proofs ? undefined : 'none'), create: () => liar, trusted });
    const yes: UnsatChecker = async () => ({ ok: true });
    const no: UnsatChecker = async () => ({ ok: false, reason: 'nope' });
    const cnf = new Cnf();
    const solve = (b: SatBackend) => b.solve(cnf, new Int32Array(0), {});
    expect((await solve(verifiedBackend(spec(true, false), {}, {}))).status).toBe('unsat');
    expect(await solve(verifiedBackend(spec(false, false), {}, { checker: yes }))).toMatchObject({ status: 'unknown', reason: 'unverified unsat from liar' });
    expect(await solve(verifiedBackend(spec(false, true), {}, {}))).toMatchObject({ status: 'unknown', reason: 'unverified unsat from liar' });
    expect((await solve(verifiedBackend(spec(false, true), {}, { checker: yes }))).status).toBe('unsat');
    expect(await solve(verifiedBackend(spec(false, true), {}, { checker: no }))).toMatchObject({ status: 'unknown', reason: 'unverified unsat from liar: nope' });
    expect((await solve(verifiedBackend(spec(false, false), {}, { trust: true }))).status).toBe('unsat');
  });
});
