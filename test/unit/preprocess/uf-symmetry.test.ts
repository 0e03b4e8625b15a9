import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { ackermann } from '../../../src/preprocess/ackermann.js';
import { breakUfSymmetry } from '../../../src/preprocess/uf-symmetry.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { rng } from '../../support/rng.js';
// @ts-expect-error -- a project script without type declarations
import { ufScript, ufStatus } from '../../../scripts/uf-gen.mjs';

const U = Sort.uninterpreted('U');

/** Pigeons p0..p(n-1) pairwise distinct, each equal to one of the holes q0..q(h-1). */
function pigeonhole(store: TermStore, n: number, h: number): { ps: Term[]; qs: Term[]; assertions: Term[] } {
  const ps = Array.from({ length: n }, (_, i) => store.var(`p${i}`, U));
  const qs = Array.from({ length: h }, (_, j) => store.var(`q${j}`, U));
  const assertions = [store.mk('distinct', ps), ...ps.map((p) => store.mk('or', qs.map((q) => store.mk('=', [p, q]))))];
  return { ps, qs, assertions };
}

describe('symmetry breaking of interchangeable uninterpreted constants', () => {
  it('finds the holes of a pigeonhole problem interchangeable and orders the pigeons into them', () => {
    const store = new TermStore();
    const { assertions } = pigeonhole(store, 4, 3);
    const { clauses, stats } = breakUfSymmetry(store, assertions);
    // Holes {q0,q1,q2} (the pigeons have no totality term): p = q0, p' ∈ {q0,q1}; the third
    // pigeon would be allowed every hole, which needs no clause.
    expect(stats.classes).toEqual([3]);
    expect(clauses).toHaveLength(2);
    expect(clauses.map((c) => c.args.length)).toEqual([1, 2]);
  });

  it('leaves a set alone that a permutation does not map onto itself', () => {
    const store = new TermStore();
    const { qs, assertions } = pigeonhole(store, 3, 2);
    const f = store.fun('f', [U], U);
    const fixed = (q: Term) => store.mk('=', [store.apply(f, [q]), q]);
    // q0 alone is a fixed point of f: swapping the holes changes the assertions.
    expect(breakUfSymmetry(store, [...assertions, fixed(qs[0]!)]).clauses).toHaveLength(0);
    // Both fixed points: the holes are interchangeable again.
    expect(breakUfSymmetry(store, [...assertions, fixed(qs[0]!), fixed(qs[1]!)]).stats.classes).toEqual([2]);
  });

  it('tests no swap of constants that no disjunction of equalities chooses: they would get no clause', () => {
    const store = new TermStore();
    // (ite (= u v) a b) ≠ (ite (= u v) b a): swapping u and v (or a and b) is a symmetry, but
    // no term is total over them.
    const [u, v, a, b, x] = ['u', 'v', 'a', 'b', 'x'].map((n) => store.var(n, U)) as [Term, Term, Term, Term, Term];
    const pick = (c: Term, y: Term, z: Term) => store.mk('ite', [c, y, z]);
    const differ = store.mk('not', [store.mk('=', [pick(store.mk('=', [u, v]), a, b), pick(store.mk('=', [u, v]), b, a)])]);
    expect(breakUfSymmetry(store, [differ]).stats.visits).toBe(0);
    // With a totality disjunction over a and b, they are tested (and broken).
    const r = breakUfSymmetry(store, [differ, store.mk('or', [store.mk('=', [x, a]), store.mk('=', [x, b])])]);
    expect(r.stats.visits).toBeGreaterThan(0);
    expect(r.stats.classes).toEqual([2]);
  });

  it('keeps every answer of the generated families, with and without symmetry breaking', async () => {
    for (const [family, a, b] of [['php', 5, 4], ['php', 4, 4], ['fphp', 5, 4], ['fphp', 4, 5], ['steiner', 3, 0], ['steiner', 4, 0], ['boolean', 2, 0], ['boolean', 3, 0], ['boolean', 4, 0], ['diamond', 6, 0], ['diamond', 6, 1]] as const) {
      for (const symmetry of [true, false]) {
        const text = ufScript(family, a, b, 7, { apart: symmetry && a % 2 === 1 }) + '(get-model)\n';
        const out = (await solveSmtLib(text, { file: 'g.smt2', symmetry })).text;
        expect(out.split('\n')[0], `${family} ${a} ${b} symmetry ${symmetry}`).toBe(ufStatus(family, a, b));
      }
    }
  }, 60_000);
});

describe('domain constants of an uninterpreted sort', () => {
  it('become numerals, so applications to different ones need no consistency constraint', () => {
    const store = new TermStore();
    const es = [0, 1, 2].map((i) => store.var(`e${i}`, U));
    const f = store.fun('f', [U], U);
    const apps = es.map((e) => store.apply(f, [e]));
    const r = ackermann([store.mk('distinct', es), store.mk('distinct', apps)], [], () => {})!;
    // The two assertions and no consistency constraint: f(e0), f(e1), f(e2) have distinct numeral arguments.
    expect(r.assertions).toHaveLength(2);
    const model = r.lift(new Map());
    expect(new Set(es.map((e) => model.get(e.id)))).toEqual(new Set([0n, 1n, 2n]));
  });

  it('takes constants pairwise apart by (not (= a b)) as the domain when they are more than a distinct names', () => {
    const store = new TermStore();
    const es = [0, 1, 2, 3].map((i) => store.var(`e${i}`, U));
    const f = store.fun('f', [U], U);
    const apart: Term[] = [];
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) apart.push(store.mk('not', [store.mk('=', [es[i]!, es[j]!])]));
    // e0..e3 pairwise apart (4) beat the distinct of two; f over them needs no constraint.
    const r = ackermann([...apart, store.mk('distinct', [es[0]!, es[1]!]), store.mk('distinct', es.map((e) => store.apply(f, [e])))], [], () => {})!;
    expect(r.assertions.filter((t) => t.op === '=>')).toHaveLength(0);
    const model = r.lift(new Map());
    expect(new Set(es.map((e) => model.get(e.id)))).toEqual(new Set([0n, 1n, 2n, 3n]));
    // One pair not apart: the largest clique has 3 constants, and f(e_i) against f(e_j) for the
    // pair left out of it needs its constraint.
    const r2 = ackermann([...apart.slice(1), store.mk('distinct', es.map((e) => store.apply(f, [e])))], [], () => {})!;
    expect(r2.assertions.filter((t) => t.op === '=>').length).toBeGreaterThan(0);
  });

  it('bounds a term that a disjunction makes equal to a domain constant', () => {
    const store = new TermStore();
    const es = [0, 1, 2].map((i) => store.var(`e${i}`, U));
    const x = store.var('x', U);
    const r = ackermann([store.mk('distinct', es), store.mk('or', [store.mk('=', [x, es[0]!]), store.mk('=', [es[2]!, x])])], [], () => {})!;
    // 0 ≤ x ≤ 2 is added.
    expect(r.assertions).toHaveLength(4);
    expect(r.assertions.slice(2).map((t) => t.op)).toEqual(['<=', '<=']);
  });

  it('looks nested applications up in a full table: no constraint between two of them, each bounded', () => {
    // f total on the domain (every f(e_i) one of the e's), and f(f(e_i)) for every i.
    const build = (totalEntries: number) => {
      const store = new TermStore();
      const es = [0, 1, 2].map((i) => store.var(`e${i}`, U));
      const f = store.fun('f', [U], U);
      const entries = es.map((e) => store.apply(f, [e]));
      const nested = entries.map((t) => store.apply(f, [t]));
      const total = entries.slice(0, totalEntries).map((t) => store.mk('or', es.map((e) => store.mk('=', [t, e]))));
      return ackermann([store.mk('distinct', es), ...total, store.mk('distinct', nested)], [], () => {})!;
    };
    const count = (r: ReturnType<typeof build>, op: string) => r.assertions.filter((t) => t.op === op).length;
    // Entries pairwise need none (different numerals); nested against entries: 3 × 3; nested
    // against nested: none, as each equals the entry at its argument's value.
    const full = build(3);
    expect(count(full, '=>')).toBe(9);
    expect(count(full, '<=')).toBe(2 * (3 + 3)); // the entries' bounds and the nested ones'
    // One entry not known to be a domain value: no table, every pair constrained.
    const partial = build(2);
    expect(count(partial, '=>')).toBe(12);
    expect(count(partial, '<=')).toBe(2 * 2);
  });

  it('answers random finite-model problems with nested applications as an enumeration of all models does', { timeout: 120_000 }, async () => {
    const r = rng(43);
    const seen = new Set<string>();
    for (let round = 0; round < 60; round++) {
      const k = 2 + Math.floor(r() * 2); // 2 or 3 domain constants
      const binary = k === 2; // f: U × U → U over 2 constants (16 tables), U → U over 3 (27)
      const arity = binary ? 2 : 1;
      const es = Array.from({ length: k }, (_, i) => `e${i}`);
      // Ground terms: constants and nested applications, as a tree with values under a table.
      type T = { text: string; value: (table: number[]) => number };
      const term = (depth: number): T => {
        if (depth === 0 || r() < 0.3) {
          const i = Math.floor(r() * k);
          return { text: es[i]!, value: () => i };
        }
        const args = Array.from({ length: arity }, () => term(depth - 1));
        return {
          text: `(f ${args.map((a) => a.text).join(' ')})`,
          value: (table) => table[args.reduce((idx, a) => idx * k + a.value(table), 0)]!,
        };
      };
      const facts = Array.from({ length: 2 + Math.floor(r() * 4) }, () => {
        const [x, y] = [term(3), term(3)];
        const same = r() < 0.5;
        return { text: same ? `(= ${x.text} ${y.text})` : `(distinct ${x.text} ${y.text})`, holds: (t: number[]) => (x.value(t) === y.value(t)) === same };
      });
      const lines = ['(set-logic QF_UF)', '(declare-sort U 0)', ...es.map((e) => `(declare-fun ${e} () U)`)];
      lines.push(`(declare-fun f (${Array(arity).fill('U').join(' ')}) U)`);
      // The domain as one distinct, or as pairwise disequalities (as SMT-LIB's PEQ files state it).
      if (round % 2 === 0) lines.push(`(assert (distinct ${es.join(' ')}))`);
      else for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) lines.push(`(assert (not (= ${es[i]} ${es[j]})))`);
      const tuples = binary ? es.flatMap((a) => es.map((b) => `${a} ${b}`)) : es;
      for (const t of tuples) lines.push(`(assert (or ${es.map((e) => `(= (f ${t}) ${e})`).join(' ')}))`);
      for (const f of facts) lines.push(`(assert ${f.text})`);
      lines.push('(check-sat)');
      // Every table f: domain^arity → domain.
      const cells = k ** arity;
      let expected = 'unsat';
      for (let code = 0; code < k ** cells && expected === 'unsat'; code++) {
        const table = Array.from({ length: cells }, (_, i) => Math.floor(code / k ** i) % k);
        if (facts.every((f) => f.holds(table))) expected = 'sat';
      }
      const out = (await solveSmtLib(lines.join('\n'), { file: 'g.smt2' })).text.trim();
      expect(out, lines.join('\n')).toBe(expected);
      seen.add(out);
    }
    expect([...seen].sort()).toEqual(['sat', 'unsat']);
  });
});
