import { describe, expect, it } from 'vitest';
import { SortError } from '../../../src/errors.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { Elaborator } from '../../../src/smtlib/elaborate.js';
import { parseSExprs } from '../../../src/smtlib/parser.js';
import { Sort } from '../../../src/terms/sort.js';

// Wrapped in a list so that atoms parse too (the parser rejects atoms at top level).
const sx = (text: string) => {
  const list = parseSExprs(`(${text})`, 'c.smt2')[0]!;
  if (list.kind !== 'list') throw new Error('unreachable');
  return list.items[0]!;
};
const at = { line: 1, col: 1 };

describe('Elaborator', () => {
  it('hash-conses: the same term twice is the same object', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.declareConst('x', Sort.Int, at);
    expect(ctx.term(sx('(+ x 1)'))).toBe(ctx.term(sx('(+ x 1)')));
  });

  it('reduces chainable comparisons to a conjunction of binary ones', () => {
    const ctx = new Elaborator('c.smt2');
    for (const v of ['a', 'b', 'c']) ctx.declareConst(v, Sort.Int, at);
    const t = ctx.term(sx('(< a b c)'));
    expect(t.op).toBe('and');
    expect(t.args.map((a) => a.op)).toEqual(['<', '<']);
  });

  it('binds let in parallel and shadows declared constants', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.declareConst('x', Sort.Int, at);
    ctx.declareConst('y', Sort.Int, at);
    // (let ((x y) (y x)) (- x y)) swaps: it is (- y x)
    expect(ctx.term(sx('(let ((x y) (y x)) (- x y))'))).toBe(ctx.term(sx('(- y x)')));
    // a let may bind a Bool to a name declared Int
    expect(ctx.term(sx('(let ((x true)) x)'))).toBe(ctx.store.true);
  });

  it('expands parametric define-sort', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.defineSort('Same', ['T'], sx('T'), at);
    expect(ctx.sort(sx('(Same Int)'))).toBe(Sort.Int);
    expect(() => ctx.sort(sx('Foo'))).toThrow(/c.smt2:1:2: unknown sort 'Foo'/);
  });

  it('names the arity, not an unknown sort, when a parametric define-sort is misapplied', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.defineSort('Map', ['K', 'V'], sx('(Array K V)'), at);
    expect(() => ctx.sort(sx('Map'))).toThrow(/^c\.smt2:1:2: sort 'Map' expects 2 arguments, got 0$/);
    expect(() => ctx.sort(sx('(Map Int)'))).toThrow(/^c\.smt2:1:2: sort 'Map' expects 2 arguments, got 1$/);
    expect(ctx.sort(sx('(Map Int Bool)'))).toBe(Sort.array(Sort.Int, Sort.Bool));
  });

  it('reports ill-sorted terms as SortError at the operator', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.declareConst('b', Sort.Bool, at);
    expect(() => ctx.term(sx('(+ b 1)'))).toThrow(SortError);
    expect(() => ctx.term(sx('(ite b 1 true)'))).toThrow(/c.smt2:1:3: ill-sorted application of 'ite'/);
  });

  it('substitutes define-fun arguments and checks their sorts', () => {
    const ctx = new Elaborator('c.smt2');
    ctx.declareConst('x', Sort.Int, at);
    ctx.defineFun('inc', [['a', Sort.Int]], Sort.Int, sx('(+ a 1)'), at);
    expect(ctx.term(sx('(inc x)'))).toBe(ctx.term(sx('(+ x 1)')));
    expect(() => ctx.term(sx('(inc true)'))).toThrow(/argument 1 of 'inc' must have sort Int/);
  });
});

describe('evaluate', () => {
  it('computes with exact integers and Booleans', () => {
    const ctx = new Elaborator('c.smt2');
    const x = ctx.declareConst('x', Sort.Int, at);
    const t = ctx.term(sx('(and (= (- x 1) 18446744073709551615) (distinct x 0 1) (xor (> x 0) false))'));
    expect(evaluate(t, new Map([[x.id, 18446744073709551616n]]))).toBe(true);
    expect(evaluate(t, new Map([[x.id, 1n]]))).toBe(false);
  });
});
