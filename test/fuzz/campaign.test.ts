/**
 * The bounded slice of the fuzz campaign (scripts/fuzz.mjs, test/fuzz/campaign/) that CI runs:
 * 4 cases of each of the 10 kinds through the built CLI and Z3 (CaDiCaL or MiniSat for
 * DIMACS), none flagged. Then the campaign's own checks, each shown to fire: a solver that
 * contradicts Z3 is `wrong`, a stack trace is a `crash`, a run past `-t` + 1 s (in CPU time too) is `overtime`,
 * and a printed model that does not satisfy the script is rejected by Z3.
 *
 * The slice takes 40-100 s on the 2-core machine, depending on its load (two cases at a time).
 * A whole campaign: `node scripts/fuzz.mjs --cases 3000 --out /tmp/fuzz-out`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the campaign (no declarations)
import { formatSummary, KINDS, modelScript, runCampaign, runCase, summarize } from './campaign/campaign.mjs';

interface CaseResult {
  kind: string;
  seed: number;
  answer: string;
  z3: string;
  wallMs: number;
  cpuMs?: number;
  rssKb?: number;
  flags: string[];
  notes: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-campaign-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in for the CLI: a Node script with the given body. */
function fakeCli(name: string, body: string): string {
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, body);
  return file;
}

describe('the fuzz campaign', { timeout: 240_000 }, () => {
  it('a slice of every kind: no wrong answer, crash, overrun or memory blow-up, and every run measured', async () => {
    const results: CaseResult[] = await runCampaign({ cases: 4 * KINDS.length, seed: 1, kinds: KINDS, jobs: 2, timeout: 4, cli, regressDir: join(root, 'test/regress') });
    const flagged = results.filter((r) => r.flags.length > 0).map((r) => `${r.kind}:${r.seed} [${r.flags}] ${r.notes.join('; ')}`);
    expect(flagged).toEqual([]);
    const byKind = summarize(results);
    expect(Object.keys(byKind).sort()).toEqual([...KINDS].sort());
    // Answers came back and were compared: not a campaign that checks nothing (on a loaded
    // machine some checks of the short limit answer unknown, so not every kind need answer).
    const generated = KINDS.filter((k: string) => k !== 'mutant' && k !== 'stress');
    expect(generated.reduce((n: number, k: string) => n + byKind[k].sat + byKind[k].unsat, 0)).toBeGreaterThanOrEqual(10);
    for (const r of results) expect(r.wallMs).toBeGreaterThan(0);
    if (spawnSync('/usr/bin/time', ['true']).status === 0) for (const r of results) expect(r.rssKb, `${r.kind}:${r.seed}`).toBeGreaterThan(0);
    expect(formatSummary(byKind)).toMatch(/^\s*total\s+40\s/m);
  });

  it('a solver that answers unsat to everything is flagged wrong where Z3 says sat', async () => {
    const liar = fakeCli('liar', "process.stdout.write('unsat\\n');\n");
    const results: CaseResult[] = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => runCase('idl', seed, { cli: liar, timeout: 2, workDir: work })));
    const sat = results.filter((r) => r.z3 === 'sat');
    expect(sat.length).toBeGreaterThan(0);
    for (const r of sat) expect(r.flags).toContain('wrong');
  });

  it('a stack trace on stderr is a crash; a run past -t + 1 s is an overrun', async () => {
    const thrower = fakeCli('thrower', "process.stderr.write('Error: boom\\n    at f (/x/y.js:1:2)\\n'); process.exitCode = 2;\n");
    const crash: CaseResult = await runCase('bv', 1, { cli: thrower, timeout: 2, workDir: work });
    expect(crash.flags).toContain('crash');
    // Busy for 1.5 s of wall time and at least 0.4 s of CPU: past -t 0.2 + 1 s in wall time, and
    // more CPU than the whole limit (not starved).
    const spinner = fakeCli('spinner', "const t0 = Date.now();\nwhile (process.cpuUsage().user < 4e5 || Date.now() - t0 < 1500);\nprocess.stdout.write('unknown\\n');\n");
    const slow: CaseResult = await runCase('idl', 1, { cli: spinner, timeout: 0.2, workDir: work });
    expect(slow.flags).toContain('overtime');
  });

  it('a printed model that falsifies the script is rejected by Z3, evaluating each assertion', () => {
    const script = '(set-logic QF_LIA)\n(declare-const x0 Int)\n(assert (> x0 3))\n(check-sat)\n(get-model)\n';
    const bad = modelScript(script, 'sat\n(\n  (define-fun x0 () Int 0)\n)\n');
    expect(bad).not.toContain('declare-const');
    const z3 = (text: string) => spawnSync('z3', ['-in'], { input: text, encoding: 'utf8' }).stdout.trim();
    expect(z3(bad)).toBe('sat\nfalse');
    expect(z3(modelScript(script, 'sat\n(\n  (define-fun x0 () Int 4)\n)\n'))).toBe('sat\ntrue');
  });

  it("Z3's wrong sat on a constant array over a small index sort is refuted by its own model, not blamed on eagersmt", async () => {
    // abv:1000004678 of the first long campaign: unsat (the constant 7 array cannot equal a
    // store chain over the constant 5 array at 8 indices), Z3 4.8.12 answers sat.
    const r: CaseResult = await runCase('abv', 1000004678, { cli, timeout: 10, workDir: work });
    expect(r.answer).toBe('unsat');
    expect(r.flags).toEqual([]);
    if (r.z3 === 'sat') expect(r.notes).toContain('the reference is wrong: its own model evaluates an assertion to false');
  });
});
