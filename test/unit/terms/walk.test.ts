/**
 * Walks of the term DAG (src/terms/walk.ts): each reachable term once, children first, and the
 * id set they mark terms with, including ids beyond its first capacity.
 */
import { describe, expect, it } from 'vitest';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { forEachTerm, someTerm, TermIdSet } from '../../../src/terms/walk.js';

describe('TermIdSet', () => {
  it('holds exactly the ids added, growing past its capacity', () => {
    const set = new TermIdSet(4);
    const ids = [0, 3, 63, 64, 1000, 70_000];
    for (const id of ids) set.add(id);
    for (const id of ids) expect(set.has(id)).toBe(true);
    for (const id of [1, 2, 62, 65, 999, 69_999, 70_001, 1 << 20]) expect(set.has(id)).toBe(false);
  });
});

describe('forEachTerm', () => {
  it('visits every reachable term once, arguments before the terms that use them', () => {
    const store = new TermStore();
    const x = store.var('x', Sort.Int);
    const y = store.var('y', Sort.Int);
    const d = store.mk('-', [x, y]);
    const a = store.mk('<=', [d, store.int(3n)]);
    const b = store.mk('>=', [d, store.int(-2n)]);
    const both = store.mk('and', [a, b]);
    const seen: Term[] = [];
    // Roots in any order, one of them a subterm of another.
    forEachTerm([a, both, x], (t) => seen.push(t));
    expect(new Set(seen.map((t) => t.id)).size).toBe(seen.length);
    expect(seen).toHaveLength(8); // x, y, d, 3, -2, a, b, both
    for (const t of seen) for (const arg of t.args) expect(seen.indexOf(arg)).toBeLessThan(seen.indexOf(t));
    expect(someTerm([both], (t) => t === y)).toBe(true);
    expect(someTerm([a], (t) => t.op === '>=')).toBe(false);
  });
});
