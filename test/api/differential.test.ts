/**
 * The same formulas built through the library API and sent as SMT-LIB text give the same
 * answers, and agree with Z3. The formulas are the generated scripts of test/fuzz (QF_IDL from
 * idl-gen.ts, QF_BV from bv-gen.ts); translate.ts rebuilds each one with the public builders and
 * runs its commands on a `Solver`, while the text goes through `solveSmtLib` and through Z3.
 * Checked per script:
 *  - the API's answers equal `solveSmtLib`'s, check by check;
 *  - both agree with Z3's (skipped where Z3 says `unknown`);
 *  - after every `sat` of the API, each assertion (and assumption) evaluates to true under
 *    `solver.model()` (`model.eval`), and `get-value` terms evaluate to values of their kind;
 *  - for bit-vector scripts, the script's probe terms evaluated by `model.eval` equal Z3's values
 *    for the same terms with the constants fixed to the API's model.
 * Only the public entry point (src/index.ts) is used for eagersmt.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { generateBvScript } from '../fuzz/bv-gen.js';
import { generateIdlScript } from '../fuzz/idl-gen.js';
import { ReferencePool, readResponses, showResponse, splitResponses, z3Dialect } from '../fuzz/reference.js';
import { runThroughApi } from './translate.js';

const IDL_SCRIPTS = 200;
const BV_SCRIPTS = 120;
const BATCH = 40;
const TIMEOUT_S = 30;

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
afterAll(() => z3.close());

const STATUS = new Set(['sat', 'unsat', 'unknown']);
const tally = { scripts: 0, checks: 0, sat: 0, unsat: 0, probes: 0 };
afterAll(() => console.log(`API vs SMT-LIB text vs Z3: ${tally.scripts} scripts, ${tally.checks} checks (${tally.sat} sat, ${tally.unsat} unsat), ${tally.probes} probe values compared`));

interface Case {
  seed: number;
  text: string;
  /** Closed terms to evaluate under the first model (bit-vector scripts). */
  probes: string[];
  /** The declarations of the script, for fixing the constants in Z3. */
  declarations: string[];
}

async function compare(c: Case): Promise<string[]> {
  const failures: string[] = [];
  const tag = `seed ${c.seed}`;
  const [api, viaText, zOut] = await Promise.all([
    runThroughApi(c.text, c.seed, TIMEOUT_S),
    solveSmtLib(c.text, { file: `seed-${c.seed}.smt2`, timeout: TIMEOUT_S }),
    z3.run(z3Dialect(c.text)),
  ]);
  const textStatuses = viaText.responses.flatMap((r) => (r.kind === 'check' ? [r.status] : []));
  const zStatuses = splitResponses(zOut).filter((r) => STATUS.has(r));
  tally.scripts++;
  if (api.statuses.join(' ') !== textStatuses.join(' ')) failures.push(`${tag}: API ${api.statuses.join(' ')} but SMT-LIB text ${textStatuses.join(' ')}`);
  if (zStatuses.length !== api.statuses.length) failures.push(`${tag}: Z3 gave ${zStatuses.length} answers, the API ${api.statuses.length}`);
  api.statuses.forEach((s, i) => {
    tally.checks++;
    if (s === 'sat') tally.sat++;
    if (s === 'unsat') tally.unsat++;
    const z = zStatuses[i];
    if (z !== 'unknown' && s !== z) failures.push(`${tag}: check ${i + 1}: API ${s}, Z3 ${z}`);
  });
  failures.push(...api.problems.map((p) => `${tag}: ${p}`));
  if (c.probes.length > 0 && api.modelFacts && api.evaluate) {
    const fixed = [...c.declarations, ...api.modelFacts.map((f) => `(assert ${f})`), '(check-sat)', `(get-value (${c.probes.join(' ')}))`].join('\n');
    const [status, values] = readResponses(await z3.run(fixed));
    if (status !== 'sat') failures.push(`${tag}: Z3 rejects the API's model: ${String(status)}`);
    else
      c.probes.forEach((p, i) => {
        const want = showResponse((values as string[][])[i]![1]!);
        const got = String(api.evaluate!(readResponses(p)[0]!));
        tally.probes++;
        if (got !== want) failures.push(`${tag}: ${p} is ${got} by model.eval, ${want} by Z3`);
      });
  }
  return failures;
}

function batches(n: number): number[][] {
  const out: number[][] = [];
  for (let s = 1; s <= n; s += BATCH) out.push(Array.from({ length: Math.min(BATCH, n - s + 1) }, (_, j) => s + j));
  return out;
}

describe('QF_IDL formulas built through the API', () => {
  for (const seeds of batches(IDL_SCRIPTS)) {
    test(`seeds ${seeds[0]}..${seeds.at(-1)}: same answers as SMT-LIB text and Z3, models hold`, { timeout: 600_000 }, async () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        const s = generateIdlScript(seed);
        failures.push(...(await compare({ seed, text: s.text, probes: [], declarations: [] })));
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('QF_BV formulas built through the API', () => {
  for (const seeds of batches(BV_SCRIPTS)) {
    test(`seeds ${seeds[0]}..${seeds.at(-1)}: same answers as SMT-LIB text and Z3, model.eval as Z3`, { timeout: 600_000 }, async () => {
      const failures: string[] = [];
      for (const seed of seeds) {
        const s = generateBvScript(seed);
        const declarations = s.commands.filter((c) => c.startsWith('(declare-'));
        failures.push(...(await compare({ seed, text: s.commands.join('\n') + '\n', probes: s.probes, declarations })));
      }
      expect(failures).toEqual([]);
    });
  }
});
