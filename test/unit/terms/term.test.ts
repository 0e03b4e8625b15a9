/**
 * Hash-consing in the term store: a term asked for twice is the same object with the same id;
 * terms that differ in operator, sort, symbol, literal value, generation or any argument are
 * distinct. Checked over many generated terms against a reference table keyed by structure.
 */
import { describe, expect, it } from 'vitest';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { between, rng } from '../../support/rng.js';

describe('TermStore.mk of n-ary operators', () => {
  it('gives each partial application of a left-associative concat its own width', () => {
    const store = new TermStore();
    const [a, b, c] = [1, 1, 2].map((w, i) => store.var(`v${i}`, Sort.bitVec(w)));
    const t = store.mk('concat', [a!, b!, c!]);
    expect(t.sort.width).toBe(4);
    const widths = (u: Term): void => {
      if (u.op === 'concat') expect(u.sort.width).toBe(u.args.reduce((n, x) => n + x.sort.width, 0));
      u.args.forEach(widths);
    };
    widths(t);
    expect(t.args[0]!.sort.width).toBe(2); // (concat (concat a b) c)
    expect(store.mk('bvadd', [c!, c!, c!]).args[0]!.sort.width).toBe(2);
  });
});

describe('TermStore hash-consing', () => {
  it('gives one object per structure and distinct objects otherwise', () => {
    const store = new TermStore();
    const r = rng(5);
    const pool: Term[] = [];
    for (let i = 0; i < 40; i++) pool.push(store.var(`x${i % 20}`, Sort.Int, i < 20 ? 0 : 1)); // two generations
    for (let i = 0; i < 10; i++) pool.push(store.int(BigInt(i - 5)));
    // Leaves are told apart by id (two generations of a name are two constants), applications by structure.
    const key = (t: Term): string => (t.args.length === 0 ? `leaf ${t.id}` : `${t.op}/${t.sort.name}/${t.args.map((a) => a.id).join(',')}`);
    expect(new Set(pool).size).toBe(50);
    const seen = new Map<string, Term>(pool.map((t) => [key(t), t]));
    for (let i = 0; i < 20000; i++) {
      const a = pool[between(r, 0, pool.length - 1)]!;
      const b = pool[between(r, 0, pool.length - 1)]!;
      const t = store.mk(['-', '+', '<=', '='][between(r, 0, 3)]!, [a, b]);
      const k = key(t);
      const before = seen.get(k);
      if (before !== undefined) expect(t).toBe(before);
      else {
        expect(t.id).toBe(store.size - 1); // new: the last id
        seen.set(k, t);
        if (t.sort === Sort.Int && pool.length < 3000) pool.push(t);
      }
    }
    expect(seen.size).toBe(store.size - 2); // every term but true and false came from the loop
    expect(store.var('x1', Sort.Int)).toBe(pool[1]);
    expect(store.var('x1', Sort.Int, 1)).not.toBe(pool[1]);
    expect(store.var('x1', Sort.Bool)).not.toBe(store.var('x1', Sort.Int));
    expect(store.int(3n)).toBe(store.int(3n));
    expect(store.bv(3n, 4)).not.toBe(store.bv(3n, 5));
  });
});
