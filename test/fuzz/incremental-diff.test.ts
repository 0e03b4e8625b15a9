/**
 * Differential test of incremental checks against Z3: generated sessions (incremental-gen.ts:
 * assert, push, pop, check, check under assumptions; push depth up to 5; QF_IDL or QF_BV with
 * Booleans) run on one `TermSolver` — every check after the first goes through the live SAT
 * session of engine/incremental.ts — and as one script on Z3. Every answer must equal Z3's;
 * every `unsat` under assumptions must come with `failed`, and the assumptions it names must be
 * unsat together with the assertions of that moment, which Z3 checks by solving them alone.
 *
 * Environment: `FUZZ_COUNT` sessions (default 500) from seed `FUZZ_SEED` (default 1).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { withDefaults } from '../../src/engine/options.js';
import { TermSolver } from '../../src/api/term-solver.js';
import { printTerm } from '../../src/smtlib/print-term.js';
import type { Term } from '../../src/terms/term.js';
import { generateSession, renderSession } from './incremental-gen.js';
import { ReferencePool } from './reference.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 500);
const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const BATCH = 50;
const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const tally = { sessions: 0, checks: 0, incremental: 0, cores: 0 };

afterAll(() => {
  z3.close();
  console.log(`incremental-diff: ${tally.sessions} sessions, ${tally.checks} checks (${tally.incremental} incremental), ${tally.cores} cores checked`);
});

const answers = (out: string) => out.split('\n').map((l) => l.trim()).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');

interface Run {
  seed: number;
  script: string;
  answers: string[];
  /** For each unsat under assumptions: a script asserting the assertions then and the core. */
  cores: string[];
}

async function runSession(seed: number): Promise<Run> {
  // Every fourth session uses the word encoding of difference logic, the others the lazy one.
  const solver = new TermSolver(withDefaults({ incrementalIdl: seed % 4 === 0 ? 'words' : 'lazy' }));
  const session = generateSession(solver.store, seed);
  const got: string[] = [];
  const cores: string[] = [];
  for (const st of session.steps) {
    if (st.op === 'assert') solver.assert(st.term);
    else if (st.op === 'push') solver.push();
    else if (st.op === 'pop') solver.pop();
    else {
      const r = await solver.check(st.assumptions, { deadline: Date.now() + 30_000 });
      got.push(r.status);
      tally.checks++;
      if (r.stats.incremental) tally.incremental++;
      if (r.status === 'unsat' && st.assumptions.length > 0) {
        expect(r.failed, `seed ${seed}: unsat under assumptions without failed`).toBeDefined();
        for (const i of r.failed!) expect(i >= 0 && i < st.assumptions.length).toBe(true);
        const core: Term[] = r.failed!.map((i) => st.assumptions[i]!);
        const text = [session.header, ...solver.assertions().map((t) => `(assert ${printTerm(t)})`), ...core.map((t) => `(assert ${printTerm(t)})`), '(check-sat)'];
        cores.push(text.join('\n') + '\n');
      }
    }
  }
  tally.sessions++;
  return { seed, script: renderSession(session), answers: got, cores };
}

describe('incremental checks agree with Z3', () => {
  for (let start = FIRST; start < FIRST + COUNT; start += BATCH) {
    const end = Math.min(start + BATCH, FIRST + COUNT);
    test(`sessions ${start}..${end - 1}`, async () => {
      const runs: Run[] = [];
      for (let seed = start; seed < end; seed++) runs.push(await runSession(seed));
      const outs = await z3.runAll(runs.map((r) => r.script));
      runs.forEach((run, i) => {
        expect(run.answers, `seed ${run.seed}:\n${run.script}`).toEqual(answers(outs[i]!));
      });
      const coreScripts = runs.flatMap((r) => r.cores.map((c) => ({ seed: r.seed, c })));
      const coreOuts = await z3.runAll(coreScripts.map((x) => x.c));
      coreScripts.forEach((x, i) => {
        expect(answers(coreOuts[i]!), `seed ${x.seed}: core not unsat:\n${x.c}`).toEqual(['unsat']);
      });
      tally.cores += coreScripts.length;
    }, 600_000);
  }
});
