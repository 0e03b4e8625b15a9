/**
 * The left shift of engine/shift.ts: the shifted model keeps every atom's value (so it
 * satisfies the assertions) and attains the least objective among models with those values;
 * problems it does not read as difference logic are left alone (undefined).
 */
import { describe, expect, it } from 'vitest';
import { checkModel, evaluate, type Value } from '../../../src/model/evaluate.js';
import { shift } from '../../../src/engine/shift.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';

describe('shift', () => {
  it('starts every operation as early as the machine order of the model allows', () => {
    const store = new TermStore();
    const int = (n: number) => store.int(BigInt(n));
    const [a, b, c, end, zero] = ['a', 'b', 'c', 'end', 'zero'].map((n) => store.var(n, Sort.Int));
    const ge = (x: typeof a, y: typeof a, d: number) => store.mk('>=', [store.mk('-', [x!, y!]), int(d)]);
    // Three operations of durations 3, 2, 4 on one machine, after zero, before end.
    const assertions = [
      ge(a, zero, 0), ge(b, zero, 0), ge(c, zero, 0),
      ge(end, a, 3), ge(end, b, 2), ge(end, c, 4),
      store.mk('or', [ge(b, a, 3), ge(a, b, 2)]),
      store.mk('or', [ge(c, a, 3), ge(a, c, 4)]),
      store.mk('or', [ge(c, b, 2), ge(b, c, 4)]),
    ];
    // A model with the order b, a, c and idle time everywhere.
    const model = new Map<number, Value>([[zero!.id, 5n], [b!.id, 10n], [a!.id, 20n], [c!.id, 40n], [end!.id, 100n]]);
    checkModel(assertions, model);
    const out = shift(assertions, store.mk('-', [end!, zero!]), model)!;
    expect(out).toBeDefined();
    checkModel(assertions, out);
    expect(evaluate(store.mk('-', [end!, zero!]), out)).toBe(9n);
    // The order is kept: b, then a, then c.
    expect([b, a, c].map((t) => evaluate(store.mk('-', [t!, zero!]), out))).toEqual([0n, 2n, 5n]);
  });

  it('maximises through a negated objective and keeps strict and equal atoms', () => {
    const store = new TermStore();
    const x = store.var('x', Sort.Int);
    const y = store.var('y', Sort.Int);
    const assertions = [store.mk('<', [x, y]), store.mk('<=', [y, store.int(7n)]), store.mk('=', [store.mk('-', [y, x]), store.int(2n)])];
    const model = new Map<number, Value>([[x.id, 0n], [y.id, 2n]]);
    const out = shift(assertions, store.mk('-', [x]), model)!;
    checkModel(assertions, out);
    expect(out.get(x.id)).toBe(5n);
  });

  it('leaves alone what it does not read as difference logic', () => {
    const store = new TermStore();
    const x = store.var('x', Sort.Int);
    const y = store.var('y', Sort.Int);
    const p = store.var('p', Sort.Bool);
    const model = new Map<number, Value>([[x.id, 1n], [y.id, 3n], [p.id, true]]);
    const viaIte = [store.mk('<=', [store.mk('ite', [p, x, y]), store.int(4n)])];
    expect(shift(viaIte, x, model)).toBeUndefined();
    const sum = [store.mk('<=', [store.mk('+', [x, y]), store.int(4n)])];
    expect(shift(sum, x, model)).toBeUndefined();
  });
});
