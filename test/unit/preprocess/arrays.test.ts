/**
 * The array reduction (preprocess/arrays.ts): what it leaves (no array term, functions for the
 * Ackermann pass), the index set with λ or a small sort's literals, models lifted and printed
 * as Z3 prints arrays, `get-value` on array terms, and the errors for what it does not support.
 */
import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { arrays } from '../../../src/preprocess/arrays.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';
import { someTerm } from '../../../src/terms/walk.js';

const run = async (text: string) => (await solveSmtLib(text, { file: 't.smt2' })).text;
const A = Sort.array(Sort.Int, Sort.Int);

describe('array reduction', () => {
  it('leaves no array term and reads base arrays through functions', () => {
    const s = new TermStore();
    const [a, b] = [s.var('a', A), s.var('b', A)];
    const [i, j] = [s.var('i', Sort.Int), s.var('j', Sort.Int)];
    const st = s.mk('store', [a, i, s.int(1n)]);
    const r = arrays([s.mk('=', [st, b]), s.mk('=', [s.mk('select', [b, j]), s.int(2n)])], [], () => {})!;
    expect(someTerm(r.assertions, (t) => t.sort.kind === 'Array')).toBe(false);
    expect(someTerm(r.assertions, (t) => t.op === 'apply')).toBe(true);
    // λ differs from both index terms i and j.
    expect(someTerm(r.assertions, (t) => t.op === 'var' && t.name === 'array!else')).toBe(true);
  });

  it('leaves problems without arrays alone', () => {
    const s = new TermStore();
    expect(arrays([s.mk('<', [s.var('x', Sort.Int), s.int(1n)])], [], () => {})).toBeUndefined();
  });

  it('uses the literals of a small index sort instead of λ', () => {
    const s = new TermStore();
    const B = Sort.array(Sort.bitVec(1), Sort.bitVec(1));
    const [a, b] = [s.var('a', B), s.var('b', B)];
    const zero = s.bv(0n, 1);
    const r = arrays([s.mk('not', [s.mk('=', [a, b])]), s.mk('=', [s.mk('select', [a, zero]), s.mk('select', [b, zero])])], [], () => {})!;
    expect(someTerm(r.assertions, (t) => t.op === 'var' && t.name === 'array!else')).toBe(false);
  });

  it('decides extensionality over a finite index sort as Z3 does', async () => {
    const T = '(Array (_ BitVec 1) (_ BitVec 2))';
    const text = `(declare-const a ${T})(assert (= (store (store ((as const ${T}) #b00) #b0 #b11) #b1 #b11) ((as const ${T}) #b11)))(check-sat)`;
    expect(await run(text)).toBe('sat\n');
    const wide = text.replace(/\(_ BitVec 1\)/g, '(_ BitVec 2)').replace(/#b0 /g, '#b00 ').replace(/#b1 /g, '#b01 ');
    expect(await run(wide)).toBe('unsat\n');
  });

  it('prints array models as store chains over a constant array, and get-value of array terms', async () => {
    const out = await run(
      '(declare-const a (Array Int Int))(declare-const i Int)(assert (= (select a 3) 7))(assert (= (select a i) 5))' +
        '(check-sat)(get-value ((select (store a 4 9) 4) (store a 3 8)))',
    );
    const [answer, values] = out.split('\n', 2);
    expect(answer).toBe('sat');
    expect(values).toBe('(((select (store a 4 9) 4) 9)');
    expect(out).toMatch(/\(\(store a 3 8\) \(store .*\(\(as const \(Array Int Int\)\) -?\d+\).* 3 8\)\)\)/);
  });

  it('reads equal arrays equally and tells different ones apart', async () => {
    const decl = '(declare-const a (Array Int Int))(declare-const b (Array Int Int))(declare-const i Int)';
    expect(await run(`${decl}(assert (= a b))(assert (distinct (select a i) (select b i)))(check-sat)`)).toBe('unsat\n');
    expect(await run(`${decl}(assert (not (= a b)))(assert (= (store a i 1) (store b i 1)))(check-sat)`)).toBe('sat\n');
    expect(await run(`${decl}(assert (not (= a b)))(assert (= (store a i 1) (store b i 1)))(assert (= (select a i) (select b i)))(check-sat)`)).toBe(
      'unsat\n',
    );
  });

  it('takes arrays over uninterpreted sorts (QF_AX) and Bool elements', async () => {
    const ax =
      '(set-logic QF_AX)(declare-sort I 0)(declare-sort E 0)(declare-fun a () (Array I E))(declare-fun i () I)(declare-fun j () I)(declare-fun e () E)' +
      '(assert (= (select (store a i e) j) e))(assert (not (= (select a j) e)))(assert (not (= i j)))(check-sat)';
    expect(await run(ax)).toBe('unsat\n');
    expect(await run('(declare-const a (Array Int Bool))(assert (select a 1))(assert (not (select (store a 2 true) 1)))(check-sat)')).toBe('unsat\n');
  });

  it('rejects arrays of arrays and functions over arrays', async () => {
    const why = async (text: string) => {
      const notes: string[] = [];
      const r = await solveSmtLib(text, { onDiagnostic: (m) => notes.push(m) });
      return `${r.text}${notes.join('\n')}`;
    };
    expect(await why('(declare-const a (Array Int (Array Int Int)))(assert (= (select (select a 1) 2) 3))(check-sat)')).toMatch(
      /^unknown\n[^]*arrays of arrays are not supported/,
    );
    expect(await why('(declare-fun f ((Array Int Int)) Int)(declare-const a (Array Int Int))(assert (= (f a) 3))(check-sat)')).toMatch(
      /^unknown\n[^]*functions with array arguments or results are not supported/,
    );
  });
});

describe('sorts', () => {
  it('applies sort constructors of declare-sort and nested parametric define-sorts', async () => {
    const out = await run(
      '(declare-sort L 1)(define-sort M (X) (Array X (L X)))(define-sort N (Y) (M Y))(declare-fun a () (N Int))(declare-fun b () (Array Int (L Int)))' +
        '(assert (not (= a b)))(assert (= a (store b 1 (select b 1))))(check-sat)',
    );
    expect(out).toBe('unsat\n');
  });

  it('names the expected arguments of a sort constructor', async () => {
    expect(await run('(declare-sort L 1)(declare-fun a () L)')).toMatch(/t\.smt2:1:37: sort 'L' expects 1 argument, got 0/);
    expect(await run('(define-sort P (X Y) (Array X Y))(declare-fun a () (P Int))')).toMatch(/sort 'P' expects 2 arguments, got 1/);
    expect(await run('(declare-fun a () (Foo Int))')).toMatch(/unknown sort constructor 'Foo'/);
  });
});
