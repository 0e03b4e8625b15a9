/**
 * Differential tests of incremental scripts against Z3: 500 generated QF_IDL scripts with named
 * assertions, push/pop (depth up to 5), check-sat, check-sat-assuming, get-unsat-core and
 * get-value. Every answer must agree with Z3's; every unsat core printed must be unsat on its
 * own (its named formulas and failed assumptions, asserted alone, are checked by Z3); and the
 * values of every `get-value` after a `sat` must satisfy what was in scope at that check (the
 * formulas, the assumptions and the values asserted together are sat for Z3) — values are
 * compared by meaning, not text, since both solvers may pick different models. Z3 runs as two
 * long-lived processes (test/fuzz/reference.ts), fed many scripts each.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { ReferencePool, splitResponses, z3Dialect } from '../../fuzz/reference.js';

const hasZ3 = spawnSync('z3', ['-version']).status === 0;

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const num = (n: number) => (n < 0 ? `(- ${-n})` : String(n));

/** A check of a generated script: the formulas in scope and the assumptions, for checking values. */
interface CheckPoint {
  formulas: string[];
  assumed: string[];
}

/**
 * A random incremental script; returns it with the formula of each name and, for each check,
 * what was in scope. After each check come `(get-unsat-core)` and a `get-value` of every
 * constant (an error after an answer without a model, for both solvers).
 */
function generate(seed: number): { script: string; formulas: Map<string, string>; checks: CheckPoint[] } {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const atom = () => `(<= (- x${pick(4)} x${pick(4)}) ${num(pick(7) - 3)})`;
  const lines = ['(set-option :produce-unsat-cores true)', '(set-option :produce-unsat-assumptions true)', '(set-logic QF_IDL)'];
  for (let i = 0; i < 4; i++) lines.push(`(declare-const x${i} Int)`);
  for (let i = 0; i < 3; i++) lines.push(`(declare-const p${i} Bool)`);
  const getValue = '(get-value (x0 x1 x2 x3 p0 p1 p2))';
  const formulas = new Map<string, string>();
  const checks: CheckPoint[] = [];
  const scopes: string[][] = [[]];
  let names = 0;
  for (let step = 0; step < 14; step++) {
    const k = pick(10);
    if (k < 4) {
      const f = r() < 0.3 ? `(or p${pick(3)} ${atom()})` : atom();
      const name = `a${names++}`;
      formulas.set(name, f);
      scopes[scopes.length - 1]!.push(f);
      lines.push(`(assert (! ${f} :named ${name}))`);
    } else if (k < 5 && scopes.length <= 5) {
      lines.push('(push 1)');
      scopes.push([]);
    } else if (k < 6 && scopes.length > 1) {
      lines.push('(pop 1)');
      scopes.pop();
    } else if (k < 8) {
      lines.push('(check-sat)', '(get-unsat-core)', getValue);
      checks.push({ formulas: scopes.flat(), assumed: [] });
    } else {
      const lits = [0, 1].map(() => (r() < 0.5 ? `p${pick(3)}` : `(not p${pick(3)})`));
      lines.push(`(check-sat-assuming (${lits.join(' ')}))`, '(get-unsat-core)', getValue);
      checks.push({ formulas: scopes.flat(), assumed: lits });
    }
  }
  return { script: lines.join('\n') + '\n', formulas, checks };
}

const SCRIPTS = 500;
const BATCH = 50;
const DECLARATIONS = ['(set-logic QF_LIA)', ...[0, 1, 2, 3].map((i) => `(declare-const x${i} Int)`), ...[0, 1, 2].map((i) => `(declare-const p${i} Bool)`)];

/** A z3 job: a script and the answer it must give. */
interface Job {
  tag: string;
  script: string;
  want: string;
}

/** Runs one generated script through eagersmt; its z3 jobs (cores, values) and the answers to compare. */
async function ours(seed: number): Promise<{ script: string; statuses: string[]; jobs: Job[] }> {
  const { script, formulas, checks } = generate(seed);
  const responses = (await solveSmtLib(script)).responses;
  const statuses: string[] = [];
  const jobs: Job[] = [];
  for (const resp of responses) {
    if (resp.kind === 'check') statuses.push(resp.status);
    else if (resp.kind === 'core') {
      // Every core is unsat on its own: its named formulas and failed assumptions.
      const asserts = resp.names.map((n) => `(assert ${formulas.get(n) ?? n})`);
      jobs.push({ tag: `seed ${seed}: core ${resp.text}`, script: [...DECLARATIONS, ...asserts, '(check-sat)'].join('\n'), want: 'unsat' });
    } else if (resp.kind === 'values') {
      // The values after a sat check satisfy what was in scope at that check.
      const at = checks[statuses.length - 1]!;
      const fixed = resp.values.map(({ term, value }) => `(assert (= ${term} ${typeof value === 'bigint' ? num(Number(value)) : String(value)}))`);
      const asserts = [...at.formulas, ...at.assumed].map((f) => `(assert ${f})`);
      jobs.push({ tag: `seed ${seed}: check ${statuses.length}: ${resp.text}`, script: [...DECLARATIONS, ...asserts, ...fixed, '(check-sat)'].join('\n'), want: 'sat' });
    }
  }
  return { script, statuses, jobs };
}

describe.skipIf(!hasZ3)('incremental scripts against z3', () => {
  const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
  afterAll(() => z3.close());
  const tally = { scripts: 0, checks: 0, cores: 0, values: 0 };
  afterAll(() => console.log(`incremental scripts vs z3: ${tally.scripts} scripts, ${tally.checks} checks, ${tally.cores} cores and ${tally.values} get-value answers checked`));

  for (let first = 1; first <= SCRIPTS; first += BATCH) {
    const last = Math.min(SCRIPTS, first + BATCH - 1);
    it(`seeds ${first}..${last}: agree on every check; every unsat core is unsat alone; get-value values satisfy the assertions`, { timeout: 600_000 }, async () => {
      const failures: string[] = [];
      for (let seed = first; seed <= last; seed++) {
        const run = await ours(seed);
        const [theirs, ...verdicts] = await Promise.all([z3.run(z3Dialect(run.script)), ...run.jobs.map((j) => z3.run(j.script))]);
        const zStatuses = splitResponses(theirs!).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
        if (run.statuses.join(' ') !== zStatuses.join(' ')) failures.push(`seed ${seed}: eagersmt ${run.statuses.join(' ')}, z3 ${zStatuses.join(' ')}\n${run.script}`);
        run.jobs.forEach((j, i) => {
          const got = splitResponses(verdicts[i]!).join(' ');
          if (got !== j.want) failures.push(`${j.tag}: z3 says ${got}\n${j.script}\nfrom\n${run.script}`);
          if (j.want === 'unsat') tally.cores++;
          else tally.values++;
        });
        tally.scripts++;
        tally.checks += run.statuses.length;
      }
      expect(failures).toEqual([]);
    });
  }

  it('the generated scripts reach cores and models', () => {
    expect(tally.cores).toBeGreaterThan(SCRIPTS / 4);
    expect(tally.values).toBeGreaterThan(SCRIPTS / 4);
  });
});
