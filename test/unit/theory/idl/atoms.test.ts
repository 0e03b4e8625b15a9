/**
 * The difference atoms of a check are collected once (src/theory/idl/atoms.ts) and shared:
 * resource reasoning reads its literals in the engine's table without adding an atom or a
 * variable, finds the same facts and pairs as with a table of its own, and reaches the same
 * verdict and certificate; the encoding after it is the CNF that `encodeProblem` gives.
 */
import { describe, expect, it } from 'vitest';
import { encodePrepared, encodeProblem, prepare, sharedAtoms } from '../../../../src/engine/to-cnf.js';
import { collect, type Detected } from '../../../../src/resource/detect.js';
import { reasonAboutResources } from '../../../../src/resource/reason.js';
import { replayToCheck } from '../../../../src/script/replay.js';
import { IdlAtoms } from '../../../../src/theory/idl/atoms.js';
import { LimitReached } from '../../../../src/errors.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore } from '../../../../src/terms/term.js';
import { generateSchedule, type Kind, type Shape } from '../../../fuzz/sched-gen.js';
import { rng } from '../../../support/rng.js';

/** Facts and pairs with variables by name: comparable across tables. */
function named(d: Detected) {
  const name = (v: number) => (v === 0 ? '0' : d.table.varTerms[v]!.name!);
  return {
    facts: d.facts.map((f) => `${name(f.x)} - ${name(f.y)} <= ${f.c} @${f.source}`),
    pairs: d.pairs.map((p) => `${name(p.a)} ${name(p.b)} ${p.ka} ${p.kb} ${p.guard?.map(name)} @${p.source}`),
  };
}

function instances(): { name: string; text: string }[] {
  const r = rng(7);
  const out: { name: string; text: string }[] = [];
  const kinds: Kind[] = ['tight', 'energy', 'window', 'nearmiss'];
  for (let i = 0; i < 24; i++) {
    const shape: Shape = i % 2 === 0 ? 'parallel' : 'classic';
    out.push({ name: `instance ${i} (${shape})`, text: generateSchedule(r, shape, kinds[i % kinds.length]!).text });
  }
  return out;
}

describe('the atoms of a check', { timeout: 60_000 }, () => {
  it('are read by resource detection without adding an atom or a variable, with the same facts and pairs', () => {
    let pairs = 0;
    for (const { name, text } of instances()) {
      const at = replayToCheck(text, 'sched.smt2', 1)!;
      const formulas = [...at.assertions, ...at.assumptions];
      const atoms = new IdlAtoms();
      atoms.collect(formulas, () => {});
      const [size, numVars] = [atoms.table.size, atoms.table.numVars];
      const shared = collect(formulas, () => {}, atoms.table);
      expect(shared.table).toBe(atoms.table);
      expect([atoms.table.size, atoms.table.numVars], name).toEqual([size, numVars]);
      expect(named(shared), name).toEqual(named(collect(formulas, () => {})));
      // Reading the normal forms the atoms already made gives the same, again without a new atom.
      const known = collect(formulas, () => {}, atoms.table, undefined, atoms.comparisons);
      expect([atoms.table.size, atoms.table.numVars], name).toEqual([size, numVars]);
      expect(named(known), name).toEqual(named(shared));
      pairs += shared.pairs.length;
    }
    expect(pairs).toBeGreaterThan(0);
  });

  // Reasons about and encodes every instance twice: a few seconds on an idle machine, more on a loaded one.
  it('give the same resource verdict and certificate, and the CNF that encodeProblem gives', { timeout: 60_000 }, () => {
    let refuted = 0;
    for (const { name, text } of instances()) {
      const at = replayToCheck(text, 'sched.smt2', 1)!;
      const formulas = [...at.assertions, ...at.assumptions];
      const p = prepare(at.assertions, at.assumptions, () => {});
      expect(sharedAtoms(p), name).toBeDefined();
      const shared = reasonAboutResources(formulas, 1, () => {}, undefined, {}, sharedAtoms(p));
      const own = reasonAboutResources(formulas, 1, () => {});
      expect(shared.certificate, name).toBe(own.certificate);
      expect({ ...shared.stats, ms: 0 }, name).toEqual({ ...own.stats, ms: 0 });
      if (shared.certificate !== undefined) refuted++;
      const clauses = (cnf: ReturnType<typeof encodeProblem>['cnf']) => {
        const out: number[][] = [];
        cnf.forEachClause((c) => out.push([...c]));
        return out;
      };
      const enc = encodePrepared(p, {}, []);
      const again = encodeProblem(at.assertions, at.assumptions);
      expect(enc.cnf.numVars, name).toBe(again.cnf.numVars);
      expect(clauses(enc.cnf), name).toEqual(clauses(again.cnf));
    }
    expect(refuted).toBeGreaterThan(0);
  });
});

describe('a distinct of many arguments obeys the limit', { timeout: 60_000 }, () => {
  // Found by hand-written hostile input: `(distinct x0 ... x399)` is 79,800 pairs read within
  // one term visit, and under -t 3 the check ran to 7.6 s; now the pairs tick, in the atoms of
  // the check and in resource detection.
  const store = new TermStore();
  const xs = Array.from({ length: 400 }, (_, i) => store.var(`x${i}`, Sort.Int));
  const distinct = store.mk('distinct', xs);

  it('the atoms of the check tick once per pair', () => {
    let ticks = 0;
    new IdlAtoms().collect([distinct], () => ticks++);
    expect(ticks).toBeGreaterThanOrEqual((400 * 399) / 2);
    let calls = 0;
    const stop = () => {
      if (++calls > 1000) throw new LimitReached('timeout');
    };
    expect(() => new IdlAtoms().collect([distinct], stop)).toThrow(LimitReached);
  });

  it('resource detection polls within the pairs of an all-different', () => {
    let polls = 0;
    collect([distinct], () => polls++);
    expect(polls).toBeGreaterThanOrEqual(Math.floor((400 * 399) / 2 / 256) - 400);
    expect(() =>
      collect([distinct], () => {
        throw new LimitReached('timeout');
      }),
    ).toThrow(LimitReached);
  });
});
