/**
 * Differential test of positive equality (src/preprocess/positive-equality.ts) against Z3: on
 * scripts whose data constants and function are compared only by equalities that occur
 * negatively (test/fuzz/pe-gen.ts), over an uninterpreted sort (QF_UF) and over Int
 * (QF_UFIDL), eagersmt's answer must equal Z3's. A `sat` answer is printed only after
 * eagersmt has evaluated its model (with the data symbols given their distinct values by the
 * pass's lift) against the assertions, and `(get-model)` must then print without an error;
 * the model is also handed back to Z3 with the script, which must find it consistent.
 *
 * Environment: `PE_FUZZ_COUNT` scripts per sort (default 150) from seed `PE_FUZZ_SEED`
 * (default 1). Failing scripts are written to `tmp/fuzz-failures/pe-<sort>-<seed>.smt2`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { peScript } from './pe-gen.js';
import { modelCommands } from './reference.js';

const COUNT = Number(process.env.PE_FUZZ_COUNT ?? 150);
const FIRST_SEED = Number(process.env.PE_FUZZ_SEED ?? 1);

function z3(text: string): string {
  const r = spawnSync('z3', ['-in', '-smt2', '-T:30'], { input: text, encoding: 'utf8' });
  return (r.stdout ?? '').trim();
}

const hasZ3 = spawnSync('z3', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * The script with each declaration replaced by the model's definition of that symbol (and the
 * universe of U declared as distinct elements): Z3 must find it satisfiable. Throws when the
 * model leaves a symbol undefined.
 */
function withModel(script: string, model: string): string {
  const commands = modelCommands(model.slice(model.indexOf('\n') + 1));
  const name = (c: string) => /^\(\S+ (\S+) /.exec(c)![1]!;
  const defs = new Map(commands.filter((c) => c.startsWith('(define-fun')).map((c) => [name(c), c]));
  const elements = commands.filter((c) => c.startsWith('(declare-fun'));
  if (elements.length > 1) elements.push(`(assert (distinct ${elements.map(name).join(' ')}))`);
  return script
    .split('\n')
    .flatMap((line) => {
      if (line === '(declare-sort U 0)') return [line, ...elements];
      const declared = /^\(declare-fun (\S+) /.exec(line)?.[1];
      if (declared === undefined) return [line];
      // Every symbol is defined by the model, so a satisfiable result means the assertions hold.
      if (!defs.has(declared)) throw new Error(`the model does not define ${declared}`);
      return [defs.get(declared)!];
    })
    .join('\n');
}

describe.skipIf(!hasZ3)('positive equality against Z3', () => {
  for (const sort of ['U', 'Int'] as const) {
    test(
      `${COUNT} ${sort === 'U' ? 'QF_UF' : 'QF_UFIDL'} scripts from seed ${FIRST_SEED}`,
      async () => {
        const failures: string[] = [];
        const counts = { sat: 0, unsat: 0 };
        for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
          const text = peScript(seed, { sort });
          const expected = z3(text).split('\n')[0];
          if (expected !== 'sat' && expected !== 'unsat') continue;
          counts[expected]++;
          const out = (await solveSmtLib(text + '(get-model)\n', { file: `pe-${seed}.smt2` })).text;
          const first = out.split('\n')[0];
          let problem = first !== expected ? `eagersmt ${first}, z3 ${expected}` : '';
          if (!problem && expected === 'sat') {
            if (out.includes('(error')) problem = 'model error';
            else {
              try {
                if (z3(withModel(text, out)).split('\n')[0] !== 'sat') problem = 'z3 rejects the model';
              } catch (e) {
                problem = (e as Error).message;
              }
            }
          }
          if (problem) {
            failures.push(`seed ${seed}: ${problem}`);
            mkdirSync('tmp/fuzz-failures', { recursive: true });
            writeFileSync(`tmp/fuzz-failures/pe-${sort}-${seed}.smt2`, text);
          }
        }
        expect(failures).toEqual([]);
        // Both answers occur, so the comparison is not vacuous.
        expect(counts.sat).toBeGreaterThan(COUNT / 10);
        expect(counts.unsat).toBeGreaterThan(COUNT / 10);
      },
      300_000,
    );
  }
});
