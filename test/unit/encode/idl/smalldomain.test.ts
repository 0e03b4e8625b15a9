import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../../src/cnf/gates.js';
import { wordValue } from '../../../../src/encode/circuits.js';
import { AtomTable, floorDiv } from '../../../../src/theory/idl/normalize.js';
import { encodeSmallDomain } from '../../../../src/encode/idl/smalldomain.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore } from '../../../../src/terms/term.js';
import { between, rng } from '../../../support/rng.js';

describe('floorDiv', () => {
  it('rounds towards minus infinity', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(-6n, 2n)).toBe(-3n);
    expect(floorDiv(7n, -2n)).toBe(-4n);
  });
});

describe('AtomTable.compare', () => {
  const store = new TermStore();
  const x = store.var('x', Sort.Int);
  const y = store.var('y', Sort.Int);
  it('shares one atom between x − y ≤ c and its negation y − x ≤ −c − 1', () => {
    const t = new AtomTable();
    const a = t.compare('<=', store.mk('-', [x, y]), store.int(3n));
    const b = t.compare('<', store.mk('-', [y, x]), store.int(-3n)); // y − x ≤ −4 ≡ ¬(x − y ≤ 3)
    expect(t.size).toBe(1);
    const [la] = a.cases[0]!.rel as { atom: number; pos: boolean }[];
    const [lb] = b.cases[0]!.rel as { atom: number; pos: boolean }[];
    expect(lb!.atom).toBe(la!.atom);
    expect(lb!.pos).toBe(!la!.pos);
  });
  it('lifts ite out of atoms as guarded cases', () => {
    const t = new AtomTable();
    const b = store.var('b', Sort.Bool);
    const c = t.compare('<=', store.mk('ite', [b, x, y]), store.int(0n));
    expect(c.cases).toHaveLength(2);
    expect(c.cases[0]!.guards).toEqual([{ term: b, pos: true }]);
    expect(c.cases[1]!.guards).toEqual([{ term: b, pos: false }]);
  });
  it('divides out equal coefficients exactly', () => {
    const t = new AtomTable();
    // 2x − 2y ≤ 5  ⇔  x − y ≤ 2
    const c = t.compare('<=', store.mk('-', [store.mk('*', [store.int(2n), x]), store.mk('*', [store.int(2n), y])]), store.int(5n));
    const [l] = c.cases[0]!.rel as { atom: number; pos: boolean }[];
    // x − y ≤ 2, or its canonical twin ¬(y − x ≤ −3)
    const direct = t.varTerms[t.x[0]!] === x;
    expect(l!.pos).toBe(direct);
    expect(t.c[0]).toBe(direct ? 2n : -3n);
  });
  it('rejects constraints outside difference logic', () => {
    const t = new AtomTable();
    expect(() => t.compare('<=', store.mk('+', [x, y]), store.int(1n))).toThrow(/not a difference-logic constraint/);
  });
});

describe('small-domain encoding', () => {
  it('every atom literal is true exactly when its constraint holds for the decoded values', () => {
    const r = rng(11);
    const store = new TermStore();
    for (let round = 0; round < 200; round++) {
      const t = new AtomTable();
      const vars = [0, 1, 2, 3].map((i) => store.var(`v${i}`, Sort.Int));
      const atoms: { lit: { atom: number; pos: boolean } }[] = [];
      for (let i = 0; i < between(r, 1, 6); i++) {
        const a = vars[between(r, 0, 3)]!;
        const b = vars[between(r, 0, 3)]!;
        const c = BigInt(between(r, -6, 6));
        const lhs = r() < 0.3 ? a : store.mk('-', [a, b]);
        const rel = t.compare('<=', lhs, store.int(c)).cases[0]!.rel;
        if (typeof rel !== 'boolean') atoms.push({ lit: rel[0]! });
      }
      const g = new Gates();
      const facts = r() < 0.5 && atoms.length > 0 ? [atoms[0]!.lit] : [];
      const sd = encodeSmallDomain(g, t, facts);
      for (let trial = 0; trial < 20; trial++) {
        const inputs = new Map<number, boolean>();
        const val = g.simulate((node) => {
          if (!inputs.has(node)) inputs.set(node, r() < 0.5);
          return inputs.get(node)!;
        });
        const litValue = (l: Lit) => (val[l >>> 1]! ^ (l & 1)) === 1;
        const value = (v: number) => sd.vars[v]!.offset + wordValue(sd.vars[v]!.bits, litValue);
        for (let i = 0; i < t.size; i++) {
          const holds = value(t.x[i]!) - value(t.y[i]!) <= t.c[i]!;
          expect(litValue(sd.atomLits[i]!)).toBe(holds);
        }
      }
    }
  });
});
