/**
 * Checks, with a reference solver, that terms a pass learned are worth adding: each is implied
 * by the script (`script ∧ ¬t` is unsat) and is not already implied by a weaker `base`
 * (`base ∧ ¬t` is sat). Used by the tests of learned resource constraints.
 */
import { printTerm } from '../../src/smtlib/print-term.js';
import type { Term } from '../../src/terms/term.js';
import { z3Dialect, type ReferencePool } from '../fuzz/reference.js';

/**
 * What is wrong with `terms` (empty when nothing): `script` and `base` are declarations and
 * assertions without a check-sat; `name` labels each problem; `why` names what `base` is.
 * @example expect(await learnedProblems(z3, 'seed 1', body, decls, 'constant constraint', terms)).toEqual([]);
 */
export async function learnedProblems(z3: ReferencePool, name: string, script: string, base: string, why: string, terms: readonly Term[]): Promise<string[]> {
  const problems: string[] = [];
  const answer = async (text: string, t: Term) => (await z3.run(z3Dialect(`${text}\n(assert (not ${printTerm(t)}))\n(check-sat)\n`))).split('\n')[0]!.trim();
  for (const t of terms) {
    const implied = await answer(script, t);
    if (implied !== 'unsat') problems.push(`${name}: not implied (Z3: ${implied}): ${printTerm(t)}`);
    const news = await answer(base, t);
    if (news !== 'sat') problems.push(`${name}: ${why} (Z3: ${news}): ${printTerm(t)}`);
  }
  return problems;
}
