/**
 * Differential test of arrays (preprocess/arrays.ts and the model's arrays) against Z3 on
 * generated QF_ABV / QF_AUFBV scripts (array-gen.ts): the answers are equal — except where
 * Z3 answers `sat` with a model under which its own `eval` finds an assertion false (Z3 4.8.12 does on about one script in 2,000; such a script must be unsat for us, and
 * their number is bounded) — and every `sat`
 * model eagersmt prints is checked by Z3 — the printed `define-fun`s of the model replace the
 * declarations, and Z3 must find the assertions satisfiable under them (every constant is
 * defined, so that means true).
 *
 * Environment: `ARRAY_FUZZ_COUNT` (default 1000) scripts from seed `ARRAY_FUZZ_SEED` (default 1).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { generateArrayScript, renderArrayScript } from './array-gen.js';
import { modelCommands, ReferencePool } from './reference.js';

const COUNT = Number(process.env.ARRAY_FUZZ_COUNT ?? 1000);
const FIRST_SEED = Number(process.env.ARRAY_FUZZ_SEED ?? 1);
const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 20_000 });
afterAll(() => z3.close());

describe('arrays against Z3', () => {
  test(`${COUNT} generated scripts: same answers, every sat model re-checked by Z3`, async () => {
    const scripts = Array.from({ length: COUNT }, (_, k) => generateArrayScript(FIRST_SEED + k));
    const theirs = await z3.runAll(scripts.map((s) => renderArrayScript(s, false)));
    const tally = { sat: 0, unsat: 0, z3Wrong: 0 };
    const rechecks: { seed: number; text: string }[] = [];
    for (const [k, s] of scripts.entries()) {
      const ours = await solveSmtLib(`${renderArrayScript(s)}\n(get-model)`);
      const answer = ours.responses[0]!.text;
      if (answer === 'unsat' && theirs[k]!.trim() === 'sat') {
        // A disagreement stands unless Z3's own evaluation of its model falsifies an assertion.
        const evals = s.assertions.map((a) => `(eval ${a})`).join('\n');
        const out = await z3.run(`(set-option :produce-models true)\n${renderArrayScript(s, false)}\n${evals}`);
        expect(out.split(/\s+/).slice(1), `seed ${s.seed}: Z3's model satisfies the assertions:\n${renderArrayScript(s)}`).toContain('false');
        tally.z3Wrong++;
        tally.unsat++;
        continue;
      }
      expect(answer, `seed ${s.seed}:\n${renderArrayScript(s)}`).toBe(theirs[k]!.trim());
      if (answer === 'sat') {
        tally.sat++;
        const defs = modelCommands(ours.responses[1]!.text).filter((d) => d.startsWith('(define-fun'));
        const kept = s.declarations.filter((d) => !defs.some((m) => m.startsWith(`(define-fun ${/declare-fun (\S+)/.exec(d)![1]} `)));
        rechecks.push({ seed: s.seed, text: [...kept, ...defs, ...s.assertions.map((a) => `(assert ${a})`), '(check-sat)'].join('\n') });
      } else tally.unsat++;
    }
    const again = await z3.runAll(rechecks.map((r) => r.text));
    rechecks.forEach((r, k) => expect(again[k]!.trim(), `model of seed ${r.seed}:\n${r.text}`).toBe('sat'));
    expect(tally.z3Wrong).toBeLessThan(COUNT / 100 + 2);
    expect(tally.sat).toBeGreaterThan(COUNT / 5);
    expect(tally.unsat).toBeGreaterThan(COUNT / 20);
  }, 240_000);
});
