import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../../src/cnf/gates.js';
import { encodeEij, eijValues } from '../../../../src/encode/idl/eij.js';
import { AtomTable } from '../../../../src/theory/idl/normalize.js';
import { encodeSmallDomain } from '../../../../src/encode/idl/smalldomain.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore } from '../../../../src/terms/term.js';
import { solveGates } from '../../../support/gate-solve.js';
import { between, rng } from '../../../support/rng.js';

/** A random atom table over `n` variables (some atoms unary, through the zero variable). */
function randomTable(r: () => number, store: TermStore, n: number, atoms: number, cmax: number): AtomTable {
  const vars = Array.from({ length: n }, (_, i) => store.var(`v${i}`, Sort.Int));
  const t = new AtomTable();
  for (let i = 0; i < atoms; i++) {
    const a = vars[between(r, 0, n - 1)]!;
    const b = vars[between(r, 0, n - 1)]!;
    const lhs = r() < 0.2 ? a : store.mk('-', [a, b]);
    t.compare('<=', lhs, store.int(BigInt(between(r, -cmax, cmax))));
  }
  return t;
}

/** Variables and atom indices of the whole table (taken as one component). */
function everything(t: AtomTable): { vars: number[]; atoms: number[] } {
  const vars = new Set<number>();
  for (let i = 0; i < t.size; i++) vars.add(t.x[i]!).add(t.y[i]!);
  return { vars: [...vars], atoms: Array.from({ length: t.size }, (_, i) => i) };
}

describe('per-constraint (eij) encoding', () => {
  it('any atom values allowed by the transitivity clauses decode to integers that give exactly those values', { timeout: 60_000 }, () => {
    const r = rng(23);
    const store = new TermStore();
    for (let round = 0; round < 150; round++) {
      const t = randomTable(r, store, between(r, 2, 5), between(r, 1, 8), 4);
      const { vars, atoms } = everything(t);
      const g = new Gates();
      const eij = encodeEij(g, t, vars, atoms, 100_000)!;
      expect(eij).toBeDefined();
      // Random demands on the atom literals: whenever the clauses allow them, decoding realises them.
      for (let trial = 0; trial < 8; trial++) {
        const units = atoms.filter(() => r() < 0.7).map((i) => eij.atomLits.get(i)! ^ (r() < 0.5 ? 1 : 0));
        const value = solveGates(g, eij.axioms, units);
        if (!value) continue;
        const ints = eijValues(vars, eij, value);
        const val = (v: number) => (v === 0 ? 0n : ints.get(v)!);
        for (const i of atoms) expect(value(eij.atomLits.get(i)!), `atom ${i}, round ${round}`).toBe(val(t.x[i]!) - val(t.y[i]!) <= t.c[i]!);
      }
    }
  });

  it('every integer assignment, with every atom (derived ones too) at its truth value, satisfies the clauses', { timeout: 60_000 }, () => {
    // Small constants and values, so that many constraints are tight (where an off-by-one shows).
    const r = rng(29);
    const store = new TermStore();
    for (let round = 0; round < 150; round++) {
      const t = randomTable(r, store, between(r, 2, 5), between(r, 1, 8), 2);
      const { vars, atoms } = everything(t);
      const g = new Gates();
      const eij = encodeEij(g, t, vars, atoms, 100_000)!;
      for (let trial = 0; trial < 10; trial++) {
        const ints = new Map<number, bigint>(vars.map((v) => [v, v === 0 ? 0n : BigInt(between(r, -2, 2))]));
        const units = eij.atoms.map((a) => a.lit ^ (ints.get(a.x)! - ints.get(a.y)! <= a.c ? 0 : 1));
        expect(solveGates(g, eij.axioms, units), `round ${round}`).toBeDefined();
      }
    }
  });

  it('gives up past its clause budget without touching the gates', () => {
    const r = rng(31);
    const t = randomTable(r, new TermStore(), 8, 60, 9);
    const { vars, atoms } = everything(t);
    const g = new Gates();
    const size = g.size;
    expect(encodeEij(g, t, vars, atoms, 50)).toBeUndefined();
    expect(g.size).toBe(size);
  });

  it('is what auto picks when its clauses are fewer than either estimate, and forced eij falls back when over budget', () => {
    const store = new TermStore();
    const [a, b, c] = ['a', 'b', 'c'].map((n) => store.var(n, Sort.Int)) as [ReturnType<typeof store.var>, ReturnType<typeof store.var>, ReturnType<typeof store.var>];
    const t = new AtomTable();
    t.compare('<=', store.mk('-', [a, b]), store.int(0n));
    t.compare('<=', store.mk('-', [b, c]), store.int(0n));
    t.compare('<=', store.mk('-', [c, a]), store.int(-1n));
    const auto = encodeSmallDomain(new Gates(), t, [], () => {}, 'auto');
    expect(auto.components.map((comp) => comp.encoding)).toEqual(['eij']);
    const eij = auto.components[0]!.eij as { clauses: number };
    expect(eij.clauses).toBeLessThan(Math.min(auto.components[0]!.estimate.sd, auto.components[0]!.estimate.order));
    const dense = randomTable(rng(37), store, 10, 150, 9);
    const forced = encodeSmallDomain(new Gates(), dense, [], () => {}, 'eij');
    expect(forced.components.some((comp) => comp.encoding !== 'eij')).toBe(true);
  });
});
