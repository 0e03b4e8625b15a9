import { describe, expect, it } from 'vitest';
import { CdclSolver, type CdclOptions } from '../../../src/sat/cdcl/solver.js';
import { checkDrat, parseDrat, recordProof, type ProofStep } from '../../../src/proof/drat-check.js';
import { definitions, findMinisat, minisatVerdicts, pigeonhole, randomKSat, satisfies, type Clauses } from './instances.js';

const add = (...lits: number[]): ProofStep => ({ kind: 'add', lits });
const del = (...lits: number[]): ProofStep => ({ kind: 'delete', lits });

describe('the test-suite DRAT checker', () => {
  // (1 2) (1 -2) (-1 2) (-1 -2): unit 1 is RUP, then the empty clause.
  const xor2: Clauses = [[1, 2], [1, -2], [-1, 2], [-1, -2]];

  it('accepts a refutation by RUP lemmas and rejects one that stops early', () => {
    expect(checkDrat(xor2, [add(1), add()]).ok).toBe(true);
    expect(checkDrat(xor2, parseDrat('1 0\nd 1 2 0\n0\n')).ok).toBe(true);
    expect(checkDrat(xor2, [add(1)])).toMatchObject({ ok: false, message: /empty clause/ });
  });

  it('rejects a lemma that is RAT but not RUP', () => {
    // x3 is fresh: (3) is RAT (no clause contains -3) but not implied by propagation.
    expect(checkDrat([[1, 2], [-1, 2]], [add(3)])).toMatchObject({ ok: false, step: 0, message: /not RUP/ });
  });

  it('honours deletions, except of the reasons of top-level units', () => {
    // After deleting (1 -2) the unit 1 no longer follows.
    expect(checkDrat(xor2, [del(1, -2), add(1)])).toMatchObject({ ok: false, step: 1 });
    // Unit (1) is the reason of the top-level unit 1: deleting it is ignored.
    const r = checkDrat(xor2, [add(1), del(1), add()]);
    expect(r).toMatchObject({ ok: true, ignoredDeletions: 1 });
    expect(checkDrat(xor2, [del(1, 3)])).toMatchObject({ ok: false, message: /not in the clause set/ });
  });

  it('checks proofs of thousands of lemmas quickly (watched literals)', () => {
    const n = 300;
    const clauses: Clauses = [[1]];
    for (let v = 1; v < n; v++) clauses.push([-v, v + 1]);
    clauses.push([-n]);
    const steps = Array.from({ length: 3000 }, (_, i) => add(1 + (i % n)));
    steps.push(add());
    const t0 = performance.now();
    expect(checkDrat(clauses, steps).ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

/** A random 3-SAT, pigeonhole or gate-structured formula; `i` picks the kind and the size. */
function problem(i: number): { kind: string; n: number; clauses: Clauses } {
  if (i % 10 < 6) {
    const n = 30 + ((i * 7) % 91); // 30..120, near the threshold
    const ratio = 4.0 + ((i * 13) % 7) * 0.1;
    return { kind: '3-SAT', n, clauses: randomKSat(n, Math.round(ratio * n), 3, 104729 + 31 * i) };
  }
  if (i % 10 < 9) {
    const { n, clauses } = definitions(20 + (i % 30), 40 + (i % 40), 90 + 3 * (i % 40), 7919 * i + 3);
    return { kind: 'gates', n, clauses };
  }
  const p = 3 + (Math.floor(i / 20) % 5); // 3..7 pigeons
  const holes = i % 20 === 9 ? p - 1 : p;
  return { kind: 'pigeonhole', n: p * holes, clauses: pigeonhole(p, holes) };
}

describe('CdclSolver proofs, checked independently', () => {
  const minisat = findMinisat();

  it('agrees with MiniSat on 520 formulas: every model holds, every refutation has a DRAT proof that checks', () => {
    expect(minisat, 'the minisat binary is needed (apt-get install minisat)').toBeDefined();
    const problems = Array.from({ length: 520 }, (_, i) => problem(i));
    const expected = minisatVerdicts(problems);
    const tally = { sat: 0, unsat: 0, eliminated: 0, subsumed: 0, strengthened: 0, vivified: 0, deletions: 0, lemmas: 0 };
    problems.forEach(({ kind, n, clauses }, i) => {
      // Every third run reduces the learnt clauses often and vivifies them at every reduction,
      // so deletions and vivified clauses are in the proofs too.
      // Preprocessing is forced on: by default it skips CNFs as small as these. Every fifth run
      // preprocesses late instead, after a first stretch of search (learnt clauses dropped).
      const elim = i % 5 === 1 ? { elimMinClauses: 1e9, elimLateConflicts: 2 } : { elimMinClauses: 0 };
      const options: Partial<CdclOptions> = i % 3 === 0 ? { reduceFirst: 40, reduceInc: 10, vivify: 2, ...elim } : elim;
      const solver = new CdclSolver(options);
      const proof = recordProof();
      solver.setProof(proof);
      for (const c of clauses) solver.addClause(c);
      const result = solver.solve();
      const what = `problem ${i} (${kind}, n=${n})`;
      expect(result, what).toBe(expected[i]);
      tally.eliminated += solver.stats.eliminated;
      tally.subsumed += solver.stats.subsumed;
      tally.strengthened += solver.stats.strengthened;
      tally.vivified += solver.stats.vivified;
      if (result === 'sat') {
        tally.sat++;
        expect(satisfies(clauses, (v) => solver.value(v)), `model of ${what}`).toBe(true);
        return;
      }
      tally.unsat++;
      const check = checkDrat(clauses, proof.steps);
      expect(check, `proof of ${what}`).toMatchObject({ ok: true });
      if (check.ok) {
        tally.deletions += check.deletions;
        tally.lemmas += check.lemmas;
      }
    });
    expect(tally.sat).toBeGreaterThan(100);
    expect(tally.unsat).toBeGreaterThan(100);
    expect(tally.eliminated, 'elimination ran, so its proof steps were checked').toBeGreaterThan(1000);
    expect(tally.deletions).toBeGreaterThan(1000);
    expect(tally.subsumed + tally.strengthened, 'subsumption ran').toBeGreaterThan(100);
    expect(tally.vivified, 'vivification shortened clauses').toBeGreaterThan(100);
  }, 300_000);
});
