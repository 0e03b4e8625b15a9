/**
 * The library's views of a solver checked against Z3 on generated problems:
 *  - `solver.toSmtLib(assumptions)` at every check (push levels open): Z3 answers it as the
 *    solver did;
 *  - after every `sat`, `String(model)` — the `define-fun`s of the model — read by Z3 together
 *    with the assertions and assumptions is `sat` (so the text is valid SMT-LIB, names every
 *    constant the assertions use, and its values satisfy them);
 *  - model iteration gives each constant once, with the value `model.eval` gives;
 *  - with tracked assertions (`addAndTrack`), every `unsatCore()` is a subset of the assumptions
 *    and trackers in scope, and Z3 finds the assertions with only the core's trackers and
 *    assumptions on unsat.
 * The problems are the generated scripts of test/fuzz (QF_IDL, QF_BV) run through the API by
 * translate.ts, and for the cores a generator of its own below.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { Bool, Int, Not, Or, Solver, type Arith, type BoolLike, type Model } from '../../src/index.js';
import { generateBvScript } from '../fuzz/bv-gen.js';
import { generateIdlScript, Rng } from '../fuzz/idl-gen.js';
import { ReferencePool, splitResponses } from '../fuzz/reference.js';
import { runThroughApi } from './translate.js';

const IDL_SCRIPTS = 120;
const BV_SCRIPTS = 60;
const CORE_PROBLEMS = 150;

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
afterAll(() => z3.close());

const tally = { toSmtLib: 0, withLevels: 0, models: 0, cores: 0 };
afterAll(() =>
  console.log(`library vs Z3: ${tally.toSmtLib} toSmtLib scripts (${tally.withLevels} with push levels open), ${tally.models} printed models, ${tally.cores} unsat cores`),
);

/** A Z3 job and what it must answer. */
interface Job {
  tag: string;
  script: string;
  want: string;
}

/** The jobs of one check: the stack as text answers the same; a printed model satisfies it. */
function checkJobs(tag: string, solver: Solver, status: string, assumed: readonly BoolLike[], trackers: readonly string[] = []): Job[] {
  if (status === 'unknown') return [];
  const jobs: Job[] = [{ tag: `${tag}: toSmtLib`, script: solver.toSmtLib(assumed), want: status }];
  if (status !== 'sat') return jobs;
  const model = solver.model();
  expectIterationAsEval(tag, model);
  const text = String(model);
  const asserted = solver
    .toSmtLib(assumed)
    .split('\n')
    .filter((l) => l.startsWith('(assert') || l.startsWith('(push'));
  const script = [text.slice(1, -1), ...asserted, ...assumed.map((a) => `(assert ${String(a)})`), ...trackers.map((t) => `(assert ${t})`), '(check-sat)'];
  jobs.push({ tag: `${tag}: String(model)\n${text}`, script: script.join('\n') + '\n', want: 'sat' });
  return jobs;
}

/** Iteration gives each constant once, with `eval`'s value. */
function expectIterationAsEval(tag: string, model: Model): void {
  const names = new Set<string>();
  for (const [c, v] of model) {
    expect(names.has(String(c)), `${tag}: ${String(c)} twice`).toBe(false);
    names.add(String(c));
    expect(String(model.eval(c as never)), `${tag}: ${String(c)}`).toBe(String(v));
  }
}

async function runJobs(jobs: readonly Job[]): Promise<string[]> {
  const outs = await z3.runAll(jobs.map((j) => j.script));
  for (const j of jobs) {
    if (j.tag.endsWith('toSmtLib')) (tally.toSmtLib++, j.script.includes('(push 1)') && tally.withLevels++);
    if (j.tag.includes('String(model)')) tally.models++;
  }
  const failures: string[] = [];
  jobs.forEach((j, i) => {
    const got = splitResponses(outs[i]!).join(' ');
    if (got !== j.want) failures.push(`${j.tag}: Z3 answered ${got}, expected ${j.want}\n${j.script}`);
  });
  return failures;
}

async function differential(seed: number, text: string): Promise<string[]> {
  const jobs: Job[] = [];
  let n = 0;
  const run = await runThroughApi(text, seed, 30, (solver, status, assumed) => jobs.push(...checkJobs(`seed ${seed} check ${++n}`, solver, status, assumed)));
  return [...run.problems, ...(await runJobs(jobs))];
}

describe('toSmtLib and String(model) against Z3', () => {
  test(`${IDL_SCRIPTS} generated QF_IDL scripts`, { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= IDL_SCRIPTS; seed++) failures.push(...(await differential(seed, generateIdlScript(seed).text)));
    expect(failures).toEqual([]);
  });

  test(`${BV_SCRIPTS} generated QF_BV scripts`, { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= BV_SCRIPTS; seed++) failures.push(...(await differential(seed, generateBvScript(seed).commands.join('\n') + '\n')));
    expect(failures).toEqual([]);
  });
});

/**
 * A problem with tracked assertions: difference constraints over x0..x4 (some of them
 * disjunctions with a Boolean), part tracked, part plain, in up to 3 push levels, with checks
 * and checks under assumptions.
 */
async function trackedProblem(seed: number): Promise<{ jobs: Job[]; cores: number }> {
  const r = new Rng(seed);
  const xs: Arith[] = Array.from({ length: 5 }, (_, i) => Int(`x${i}`));
  const ps = Array.from({ length: 3 }, (_, i) => Bool(`p${i}`));
  const atom = () => xs[r.int(0, 4)]!.sub(xs[r.int(0, 4)]!).le(r.int(-4, 4));
  const solver = new Solver();
  const jobs: Job[] = [];
  let tracked = 0;
  let cores = 0;
  for (let step = 0; step < 18; step++) {
    const k = r.int(0, 9);
    if (k < 5) {
      const f = r.chance(0.3) ? Or(ps[r.int(0, 2)]!, atom()) : atom();
      if (r.chance(0.7)) solver.addAndTrack(f, `t${tracked++}`);
      else solver.add(f);
    } else if (k === 5 && solver.depth < 3) solver.push();
    else if (k === 6 && solver.depth > 0) solver.pop();
    else {
      const assumed = k === 7 ? [] : [0, 1].map(() => (r.chance(0.5) ? ps[r.int(0, 2)]! : Not(ps[r.int(0, 2)]!)));
      const status = assumed.length === 0 ? await solver.check() : await solver.checkAssuming(assumed);
      const tag = `tracked seed ${seed} step ${step}`;
      const trackers = solver
        .toSmtLib()
        .trimEnd()
        .split('\n')
        .at(-1)!
        .replace(/^\(check-sat(-assuming \((.*)\))?\)$/, '$2')
        .split(' ')
        .filter((t) => t !== '');
      jobs.push(...checkJobs(tag, solver, status, assumed, trackers));
      if (status === 'unsat') {
        const core = solver.unsatCore().map(String);
        const allowed = new Set([...assumed.map(String), ...trackers]);
        for (const c of core) expect(allowed.has(c), `${tag}: ${c} in the core is neither an assumption nor a tracker in scope`).toBe(true);
        // Only the core's trackers switched on, and its assumptions asserted: still unsat.
        const lines = solver.toSmtLib(assumed).trimEnd().split('\n').slice(0, -1);
        jobs.push({ tag: `${tag}: core (${core.join(' ')})`, script: [...lines, '(push 1)', ...core.map((c) => `(assert ${c})`), '(check-sat)'].join('\n') + '\n', want: 'unsat' });
        cores++;
      }
    }
  }
  return { jobs, cores };
}

describe('unsat cores of tracked assertions against Z3', () => {
  test(`${CORE_PROBLEMS} generated problems: answers as Z3, every core unsat alone`, { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let cores = 0;
    for (let seed = 1; seed <= CORE_PROBLEMS; seed++) {
      const p = await trackedProblem(seed);
      cores += p.cores;
      failures.push(...(await runJobs(p.jobs)));
    }
    tally.cores += cores;
    expect(failures).toEqual([]);
    expect(cores).toBeGreaterThan(50);
  });
});
