/**
 * The `simplify` command (a Z3 extension) prints eagersmt's rewritten term in SMT-LIB syntax:
 * closed bit-vector terms fold to the literal Z3 prints, shared subterms are bound by `let`,
 * and terms the rewriter leaves alone are printed as elaborated. `get-interpolant`, which Z3
 * does not support either, answers `unsupported`.
 */
import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { printTerm } from '../../../src/smtlib/print-term.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';
import { runReference } from '../../fuzz/reference.js';

const run = async (text: string) => (await solveSmtLib(text, { file: 't.smt2' })).text;
const decls = '(declare-const x (_ BitVec 8))(declare-const y (_ BitVec 8))(declare-const i Int)';

describe('simplify', () => {
  it('prints the rewritten term', async () => {
    const cases: [string, string][] = [
      ['(bvadd x (_ bv0 8))', 'x'],
      ['(bvadd #x01 #x02)', '#x03'],
      ['(= x x)', 'true'],
      ['(bvult x #x00)', 'false'],
      ['((_ extract 3 0) (concat x y))', '((_ extract 3 0) y)'],
      ['(= (bvmul x (bvadd y #x01)) (bvadd (bvmul x y) x))', 'true'],
      ['(ite (and true (bvult #x01 #x00)) x y)', 'y'],
      ['(- i)', '(- i)'],
      ['(+ i 1 2)', '(+ 3 i)'],
      ['(bvmul x #x04)', '(concat ((_ extract 5 0) x) #b00)'],
      ['|a b|', '|a b|'],
    ];
    const text = decls + '(declare-const |a b| Bool)' + cases.map(([t]) => `(simplify ${t})`).join('');
    expect(await run(text)).toBe(cases.map(([, r]) => r + '\n').join(''));
  });

  it('prints an application of an uninterpreted function with the function name', async () => {
    const text = '(declare-fun f (Int) Int)(declare-const x Int)(declare-fun g ((_ BitVec 8)) (_ BitVec 8))(declare-const b (_ BitVec 8))' +
      '(simplify (+ (f x) 1))(simplify (bvadd (g b) #x00))(simplify (f (f x)))';
    expect(await run(text)).toBe('(+ 1 (f x))\n(g b)\n(f (f x))\n');
  });

  it('folds closed bit-vector terms to the literal Z3 prints', async () => {
    const terms = [
      '(bvsdiv #xf3 #x00)', '(bvsmod (_ bv30 13) (_ bv8180 13))', '(bvsrem #x85 #x07)', '(bvashr #x80 #x03)',
      '((_ rotate_left 3) #b10011)', '((_ sign_extend 5) #b101)', '(bvcomp #x0f #x0f)', '(bvudiv #x07 #x00)',
      '(bvnot (bvneg #x01))', '((_ repeat 3) #b10)', '(bvxnor #xa5 #x0f)', '(bvslt #x80 #x7f)',
    ];
    const text = terms.map((t) => `(simplify ${t})`).join('\n');
    expect(await run(text)).toBe(await runReference('z3', text));
  });

  it('binds shared subterms with let', () => {
    const s = new TermStore();
    const [x, y] = [s.var('x', Sort.bitVec(8)), s.var('y', Sort.bitVec(8))];
    const m = s.mk('bvmul', [x, y]);
    expect(printTerm(s.mk('bvadd', [m, s.mk('bvadd', [m, s.bv(1n, 8)])]))).toBe('(let ((a!1 (bvmul x y))) (bvadd a!1 (bvadd a!1 #x01)))');
  });

  it('reports a missing term as an error and get-interpolant as unsupported', async () => {
    expect(await run('(simplify)(get-interpolant (a1))(echo "on")')).toBe(`(error "t.smt2:1:1: 'simplify' expects 1 argument, got 0")\nunsupported\non\n`);
  });
});
