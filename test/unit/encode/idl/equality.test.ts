import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../../src/cnf/gates.js';
import { encodeEquality, equalityFits, equalityOnlyAtoms, equalityValues } from '../../../../src/encode/idl/equality.js';
import { solveSmtLib } from '../../../../src/index.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../../src/terms/term.js';
import { AtomTable } from '../../../../src/theory/idl/normalize.js';
import { IdlAtoms } from '../../../../src/theory/idl/atoms.js';
import { solveGates } from '../../../support/gate-solve.js';
import { between, rng } from '../../../support/rng.js';

/**
 * A table of `pairs` random equalities over `n` variables, some (`withConstants`) between a
 * variable and a constant in −2..2; the variables and atom indices.
 */
function randomEqualities(r: () => number, store: TermStore, n: number, pairs: number, withConstants = 0): { t: AtomTable; vars: number[]; atoms: number[] } {
  const vs = Array.from({ length: n }, (_, i) => store.var(`v${i}`, Sort.Int));
  const t = new AtomTable();
  for (let i = 0; i < pairs; i++) {
    const a = between(r, 0, n - 1);
    if (r() < withConstants) {
      t.compare('=', vs[a]!, store.int(BigInt(between(r, -2, 2))));
      continue;
    }
    let b = between(r, 0, n - 2);
    if (b >= a) b++;
    t.compare('=', vs[a]!, vs[b]!);
  }
  const vars = new Set<number>();
  for (let i = 0; i < t.size; i++) vars.add(t.x[i]!).add(t.y[i]!);
  return { t, vars: [...vars], atoms: Array.from({ length: t.size }, (_, i) => i) };
}

describe('equality encoding (sparse transitivity)', () => {
  it('any equality values the transitivity clauses allow decode to values that give exactly those equalities', { timeout: 60_000 }, () => {
    const r = rng(31);
    const store = new TermStore();
    let refuted = 0;
    for (let round = 0; round < 300; round++) {
      const n = between(r, 3, 8);
      const { t, vars, atoms } = randomEqualities(r, store, n, between(r, 2, 2 * n), round % 3 === 0 ? 0 : 0.3);
      const g = new Gates();
      const eq = encodeEquality(g, t, vars, atoms, 100_000)!;
      expect(eq).toBeDefined();
      // Each atom x − y ≤ 0 between variables stands for x = y; an atom against the zero
      // variable (a bound v ≥ m of some v = k) is exact.
      const between2 = atoms.filter((i) => t.x[i] !== 0 && t.c[i] === 0n);
      const zero = atoms.filter((i) => t.x[i] === 0);
      for (let trial = 0; trial < 8; trial++) {
        // Demand some equalities and bounds true and some false.
        const units = [...between2, ...zero].filter(() => r() < 0.7).map((i) => eq.atomLits.get(i)! ^ (r() < 0.6 ? 1 : 0));
        const value = solveGates(g, eq.axioms, units, [...eq.atomLits.values()]);
        if (!value) {
          refuted++;
          continue;
        }
        const ints = equalityValues(t, vars, eq, value);
        for (const i of between2) {
          const same = ints.get(t.x[i]!) === ints.get(t.y[i]!);
          expect(value(eq.atomLits.get(i)!), `atom ${i}, round ${round}`).toBe(same);
        }
        for (const i of zero) expect(value(eq.atomLits.get(i)!), `atom ${i}, round ${round}`).toBe(0n - ints.get(t.y[i]!)! <= t.c[i]!);
      }
    }
    expect(refuted).toBeGreaterThan(0); // demands that break transitivity were met and refused
  });

  it('every assignment of values, with every edge of the chordal graph at its truth value, satisfies the clauses', { timeout: 60_000 }, () => {
    const r = rng(37);
    const store = new TermStore();
    for (let round = 0; round < 300; round++) {
      const n = between(r, 3, 8);
      const { t, vars, atoms } = randomEqualities(r, store, n, between(r, 2, 2 * n), round % 3 === 0 ? 0 : 0.3);
      const g = new Gates();
      const eq = encodeEquality(g, t, vars, atoms, 100_000)!;
      // A node is a variable or a constant (numVars + its index).
      const nodeValue = (val: Map<number, number>, x: number) => (x >= t.numVars ? Number(eq.constants[x - t.numVars]!) : val.get(x)!);
      for (let trial = 0; trial < 10; trial++) {
        const val = new Map(vars.map((v) => [v, v === 0 ? 0 : between(r, -2, 2)]));
        const units = eq.edges.map((e) => e.lit ^ (nodeValue(val, e.x) === nodeValue(val, e.y) ? 0 : 1));
        expect(solveGates(g, eq.axioms, units), `round ${round}`).toBeDefined();
      }
    }
  });

  it('fills in a cycle to a chordal graph: a cycle of n pairs gets n − 3 chords and 3(n − 2) clauses', () => {
    const store = new TermStore();
    const vs = Array.from({ length: 6 }, (_, i) => store.var(`c${i}`, Sort.Int));
    const t = new AtomTable();
    for (let i = 0; i < 6; i++) t.compare('=', vs[i]!, vs[(i + 1) % 6]!);
    const vars = vs.map((v) => t.varOf(v));
    const atoms = Array.from({ length: t.size }, (_, i) => i);
    const eq = encodeEquality(new Gates(), t, vars, atoms, 1000)!;
    expect(eq.fill).toBe(3);
    expect(eq.axioms.length).toBe(12);
    expect(equalityFits(t, vars, atoms, 12)).toBe(true);
    expect(equalityFits(t, vars, atoms, 11)).toBe(false);
    expect(encodeEquality(new Gates(), t, vars, atoms, 11)).toBeUndefined();
  });

  it('marks the atoms used only as equalities (guards allowed), not those an order or an offset uses', () => {
    const store = new TermStore();
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((s) => store.var(s, Sort.Int)) as [Term, Term, Term, Term, Term];
    const p = store.var('p', Sort.Bool);
    const atoms = new IdlAtoms();
    atoms.collect(
      [
        store.mk('distinct', [a, b]),
        store.mk('=', [store.mk('ite', [p, a, c]), b]),
        store.mk('<=', [c, d]),
        store.mk('=', [c, d]),
        store.mk('=', [d, store.mk('+', [e, store.int(1n)])]),
      ],
      () => {},
    );
    const only = equalityOnlyAtoms(atoms.table, atoms.forms());
    const pair = (x: Term, y: Term) => {
      const [i, j] = [atoms.table.varOf(x), atoms.table.varOf(y)];
      const out: number[] = [];
      for (let k = 0; k < atoms.table.size; k++) {
        const [u, v] = [atoms.table.x[k]!, atoms.table.y[k]!];
        if ((u === i && v === j) || (u === j && v === i)) out.push(only[k]!);
      }
      return out;
    };
    expect(pair(a, b)).toEqual([1, 1]);
    expect(pair(a, c)).toEqual([]);
    expect(pair(c, b)).toEqual([1, 1]);
    expect(pair(c, d)).toEqual([0, 1]); // c ≤ d is an order; c − d ≤ −1 occurs only in c = d
    expect(pair(d, e)).toEqual([0, 0]); // d = e + 1 is no equality of the two
  });
});

/** A random QF_UF script over `n` constants of a sort: Boolean structure over equalities, ite, distinct. */
function randomScript(r: () => number, n: number, asserts: number): string {
  const c = (i: number) => `k${i}`;
  const term = (depth: number): string =>
    depth > 0 && r() < 0.2 ? `(ite ${formula(depth - 1)} ${term(depth - 1)} ${term(depth - 1)})` : c(between(r, 0, n - 1));
  const formula = (depth: number): string => {
    const k = between(r, 0, depth > 0 ? 5 : 1);
    if (k === 0) return `(= ${term(depth)} ${term(depth)})`;
    if (k === 1) return `(distinct ${term(depth)} ${term(depth)} ${term(depth)})`;
    if (k === 2) return `(not ${formula(depth - 1)})`;
    if (k === 3) return `(or ${formula(depth - 1)} ${formula(depth - 1)})`;
    if (k === 4) return `(and ${formula(depth - 1)} ${formula(depth - 1)})`;
    return `(= ${formula(depth - 1)} ${formula(depth - 1)})`;
  };
  const lines = ['(set-logic QF_UF)', '(declare-sort U 0)'];
  for (let i = 0; i < n; i++) lines.push(`(declare-fun ${c(i)} () U)`);
  for (let i = 0; i < asserts; i++) lines.push(`(assert ${formula(3)})`);
  lines.push('(check-sat)');
  return lines.join('\n');
}

describe('equality encoding in the engine', () => {
  it('answers random equality-logic scripts as the small-domain encoding does (sat models checked by the engine)', { timeout: 120_000 }, async () => {
    const r = rng(41);
    const seen = new Set<string>();
    let eqComponents = 0;
    for (let round = 0; round < 150; round++) {
      const text = randomScript(r, between(r, 3, 7), between(r, 2, 6));
      const auto = await solveSmtLib(text, { timeout: 30 });
      const sd = await solveSmtLib(text, { timeout: 30, idlEncoding: 'sd' });
      const answer = auto.text.trim();
      expect(answer === 'sat' || answer === 'unsat', `${answer}\n${text}`).toBe(true);
      expect(answer, text).toBe(sd.text.trim());
      seen.add(answer);
      for (const c of auto.checks[0]?.encoding?.components ?? []) if (c.encoding === 'eq') eqComponents++;
      expect(sd.checks[0]?.encoding?.components.some((c) => c.encoding === 'eq')).not.toBe(true);
    }
    expect([...seen].sort()).toEqual(['sat', 'unsat']);
    expect(eqComponents).toBeGreaterThan(100);
  });
});
