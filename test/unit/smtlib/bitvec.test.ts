/**
 * Bit-vectors in the front end: the three literal spellings, indexed operators and their sort
 * rules, the errors for ill-formed applications (located), and printing as Z3 prints.
 */
import { describe, expect, it } from 'vitest';
import { SortError } from '../../../src/errors.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { Elaborator } from '../../../src/smtlib/elaborate.js';
import { parseSExprs } from '../../../src/smtlib/parser.js';
import { printValue } from '../../../src/smtlib/printer.js';
import { Sort } from '../../../src/terms/sort.js';

const sx = (text: string) => {
  const list = parseSExprs(`(${text})`, 'c.smt2')[0]!;
  if (list.kind !== 'list') throw new Error('unreachable');
  return list.items[0]!;
};
const at = { line: 1, col: 1 };

function ctxWith(): Elaborator {
  const ctx = new Elaborator('c.smt2');
  ctx.declareConst('x', Sort.bitVec(8), at);
  ctx.declareConst('y', Sort.bitVec(4), at);
  ctx.declareConst('c', Sort.bitVec(1), at);
  return ctx;
}

describe('bit-vector elaboration', () => {
  it('reads #b, #x and (_ bvN w) as the same literal', () => {
    const ctx = ctxWith();
    const a = ctx.term(sx('#x0a'));
    expect(a.sort).toBe(Sort.bitVec(8));
    expect(a.value).toBe(10n);
    expect(ctx.term(sx('#b00001010'))).toBe(a);
    expect(ctx.term(sx('(_ bv10 8)'))).toBe(a);
    expect(ctx.term(sx('(_ bv266 8)'))).toBe(a); // reduced modulo 2^8
  });

  it('gives indexed operators their result sorts', () => {
    const ctx = ctxWith();
    const sortOf = (s: string) => ctx.term(sx(s)).sort.name;
    expect(sortOf('((_ extract 6 2) x)')).toBe('(_ BitVec 5)');
    expect(sortOf('((_ zero_extend 3) y)')).toBe('(_ BitVec 7)');
    expect(sortOf('((_ sign_extend 0) y)')).toBe('(_ BitVec 4)');
    expect(sortOf('((_ repeat 3) y)')).toBe('(_ BitVec 12)');
    expect(sortOf('((_ rotate_left 9) x)')).toBe('(_ BitVec 8)');
    expect(sortOf('(concat x y c)')).toBe('(_ BitVec 13)');
    expect(sortOf('(bvcomp x x)')).toBe('(_ BitVec 1)');
    expect(sortOf('(bvult x x)')).toBe('Bool');
    expect(sortOf('(bvadd x x x)')).toBe('(_ BitVec 8)');
  });

  it('reads cvc5\'s bvite as an ite on c = #b1', () => {
    const ctx = ctxWith();
    const t = ctx.term(sx('(bvite c x #x00)'));
    expect(t.op).toBe('ite');
    expect(evaluate(t, new Map([[ctx.term(sx('c')).id, 1n], [ctx.term(sx('x')).id, 7n]]))).toBe(7n);
  });

  it.each([
    ['((_ extract 8 0) x)', /c\.smt2:1:\d+: ill-sorted application of 'extract'/],
    ['((_ extract 2 3) x)', /needs 8 > i >= j >= 0/],
    ['((_ extract 2) x)', /'extract' expects 2 indices, got 1/],
    ['((_ bvadd 2) x x)', /'bvadd' is not an indexed operator/],
    ['((_ repeat 0) x)', /^c\.smt2:1:3: the count of 'repeat' must be at least 1, got 0$/],
    ['(bvadd x y)', /bit-vectors of the same width/],
    ['(bvult x #b1)', /bit-vectors of the same width/],
    ['(_ bvx 8)', /unknown indexed constant 'bvx'/],
    ['(_ bv1 0)', /bit-vector|width/],
    ['(bvnot true)', /ill-sorted application of 'bvnot'/],
  ])('rejects %s', (text, message) => {
    const ctx = ctxWith();
    let error: unknown;
    try {
      ctx.term(sx(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SortError);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a zero or huge width in a sort', () => {
    const ctx = ctxWith();
    expect(() => ctx.sort(sx('(_ BitVec 0)'))).toThrow(SortError);
    expect(() => ctx.sort(sx('(_ BitVec 99999999)'))).toThrow(/from 1 to 16777216/);
  });
});

describe('overflow predicates (SMT-LIB 2.7)', () => {
  const signedOf = (v: bigint, w: number) => BigInt.asIntN(w, v);
  const fits = (v: bigint, w: number, signed: boolean) =>
    signed ? v >= -(1n << BigInt(w - 1)) && v < 1n << BigInt(w - 1) : v >= 0n && v < 1n << BigInt(w);
  const cases: [string, (a: bigint, b: bigint, w: number) => boolean][] = [
    ['bvuaddo', (a, b, w) => !fits(a + b, w, false)],
    ['bvsaddo', (a, b, w) => !fits(signedOf(a, w) + signedOf(b, w), w, true)],
    ['bvusubo', (a, b, w) => !fits(a - b, w, false)],
    ['bvssubo', (a, b, w) => !fits(signedOf(a, w) - signedOf(b, w), w, true)],
    ['bvumulo', (a, b, w) => !fits(a * b, w, false)],
    ['bvsmulo', (a, b, w) => !fits(signedOf(a, w) * signedOf(b, w), w, true)],
    ['bvsdivo', (a, b, w) => signedOf(b, w) === -1n && !fits(-signedOf(a, w), w, true)],
    ['bvnego', (a, _b, w) => !fits(-signedOf(a, w), w, true)],
  ];
  it.each(cases)('%s agrees with exact integer arithmetic on all pairs (widths 1..4)', (op, overflows) => {
    for (let w = 1; w <= 4; w++) {
      const ctx = new Elaborator('c.smt2');
      ctx.declareConst('a', Sort.bitVec(w), at);
      ctx.declareConst('b', Sort.bitVec(w), at);
      const t = ctx.term(sx(op === 'bvnego' ? '(bvnego a)' : `(${op} a b)`));
      const [a, b] = [ctx.term(sx('a')), ctx.term(sx('b'))];
      for (let x = 0n; x < 1n << BigInt(w); x++)
        for (let y = 0n; y < 1n << BigInt(w); y++)
          expect(evaluate(t, new Map([[a.id, x], [b.id, y]])), `${op} ${x} ${y} width ${w}`).toBe(overflows(x, y, w));
    }
  });
});

describe('bit-vector printing', () => {
  it('prints #x when the width is a multiple of 4, else #b, with every digit', () => {
    expect(printValue(10n, Sort.bitVec(8))).toBe('#x0a');
    expect(printValue(0n, Sort.bitVec(12))).toBe('#x000');
    expect(printValue(5n, Sort.bitVec(3))).toBe('#b101');
    expect(printValue(1n, Sort.bitVec(6))).toBe('#b000001');
    expect(printValue((1n << 100n) - 1n, Sort.bitVec(100))).toBe('#x' + 'f'.repeat(25));
  });
});
