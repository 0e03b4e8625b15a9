import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../../src/cnf/gates.js';
import { orderAtom, orderAtomSize, orderAxioms, orderLe, orderValue, orderVar, type OrderVar } from '../../../../src/encode/idl/order.js';
import { AtomTable } from '../../../../src/theory/idl/normalize.js';
import { MAX_ORDER_LITERALS, encodeSmallDomain, encodedValue } from '../../../../src/encode/idl/smalldomain.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore } from '../../../../src/terms/term.js';
import { between, rng } from '../../../support/rng.js';

/** Input values that give `v` the value `val` (monotone order literals). */
function assign(inputs: Map<number, boolean>, v: OrderVar, val: bigint): void {
  v.le.forEach((l, i) => inputs.set(l >>> 1, val <= v.lo + BigInt(i)));
}

describe('order encoding', () => {
  it('x − y ≤ c holds exactly for the values that satisfy it, over all values of both ranges', () => {
    const r = rng(5);
    for (let round = 0; round < 300; round++) {
      const g = new Gates();
      const lx = BigInt(between(r, -4, 4));
      const ly = BigInt(between(r, -4, 4));
      const x = orderVar(g, lx, lx + BigInt(between(r, 0, 5)));
      const y = orderVar(g, ly, ly + BigInt(between(r, 0, 5)));
      const c = BigInt(between(r, -12, 12));
      const atom = orderAtom(g, x, y, c);
      expect(orderAtomSize(x, y, c)).toBeLessThanOrEqual(Math.min(x.le.length, y.le.length) + 1);
      for (let a = x.lo; a <= x.lo + BigInt(x.le.length); a++) {
        for (let b = y.lo; b <= y.lo + BigInt(y.le.length); b++) {
          const inputs = new Map<number, boolean>();
          assign(inputs, x, a);
          assign(inputs, y, b);
          const val = g.simulate((node) => inputs.get(node)!);
          const litValue = (l: Lit) => (val[l >>> 1]! ^ (l & 1)) === 1;
          expect(orderValue(x, litValue)).toBe(a);
          expect(orderValue(y, litValue)).toBe(b);
          expect(litValue(atom), `x=${a} y=${b} c=${c}`).toBe(a - b <= c);
        }
      }
    }
  });

  it('chains x ≤ k → x ≤ k + 1 and folds literals outside the range to constants', () => {
    const g = new Gates();
    const v = orderVar(g, 2n, 5n);
    expect(v.le).toHaveLength(3);
    expect(orderAxioms(g, v)).toHaveLength(2);
    expect(orderLe(v, 1n)).toBe(0);
    expect(orderLe(v, 5n)).toBe(1);
    expect(orderLe(v, 3n)).toBe(v.le[1]);
  });

  it('encodes whole atom tables: atom literals agree with decoded values whenever the chain axioms hold', { timeout: 60_000 }, () => {
    const r = rng(17);
    const store = new TermStore();
    const vars = [0, 1, 2, 3].map((i) => store.var(`v${i}`, Sort.Int));
    for (let round = 0; round < 80; round++) {
      const t = new AtomTable();
      for (let i = 0; i < between(r, 1, 6); i++) {
        const a = vars[between(r, 0, 3)]!;
        const b = vars[between(r, 0, 3)]!;
        const lhs = r() < 0.3 ? a : store.mk('-', [a, b]);
        t.compare('<=', lhs, store.int(BigInt(between(r, -6, 6))));
      }
      const g = new Gates();
      const enc = encodeSmallDomain(g, t, [], () => {}, 'order');
      expect(enc.components.every((c) => c.encoding === 'order')).toBe(true);
      for (let trial = 0; trial < 20; trial++) {
        // Random monotone values: each variable's literals switch from false to true once.
        const inputs = new Map<number, boolean>();
        for (const v of enc.vars) if (v.order) assign(inputs, v.order, v.order.lo + BigInt(between(r, 0, v.order.le.length)));
        const val = g.simulate((node) => inputs.get(node) ?? false);
        const litValue = (l: Lit) => (val[l >>> 1]! ^ (l & 1)) === 1;
        for (const ax of enc.axioms) expect(litValue(ax)).toBe(true);
        const value = (v: number) => encodedValue(enc.vars[v]!, litValue);
        for (let i = 0; i < t.size; i++) expect(litValue(enc.atomLits[i]!)).toBe(value(t.x[i]!) - value(t.y[i]!) <= t.c[i]!);
      }
    }
  });

  it('falls back to sd for a component too wide for order literals, and auto compares estimates', () => {
    const store = new TermStore();
    const a = store.var('a', Sort.Int);
    const b = store.var('b', Sort.Int);
    const c = store.var('c', Sort.Int);
    const t = new AtomTable();
    t.compare('<=', store.mk('-', [a, b]), store.int(BigInt(MAX_ORDER_LITERALS))); // wide: a, b
    t.compare('<=', c, store.int(2n)); // narrow: c with the zero variable
    const g = new Gates();
    const enc = encodeSmallDomain(g, t, [], () => {}, 'order');
    expect(enc.components.map((comp) => comp.encoding).sort()).toEqual(['order', 'sd']);
    const auto = encodeSmallDomain(new Gates(), t, [], () => {}, 'auto');
    for (const comp of auto.components) {
      const smaller = comp.estimate.order < comp.estimate.sd && comp.estimate.literals <= MAX_ORDER_LITERALS ? 'order' : 'sd';
      expect(comp.encoding).toBe(comp.eij && 'clauses' in comp.eij ? 'eij' : smaller);
    }
  });
});
