import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { ackermann } from '../../../src/preprocess/ackermann.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';
import { postOrder } from '../../../src/terms/walk.js';

const run = async (text: string) => (await solveSmtLib(text, { file: 't.smt2' })).text;

describe('Ackermann expansion', () => {
  it('replaces applications by constants and adds one consistency constraint per pair', () => {
    const store = new TermStore();
    const f = store.fun('f', [Sort.Int], Sort.Int);
    const [x, y] = [store.var('x', Sort.Int), store.var('y', Sort.Int)];
    const [fx, fy, f1, f2] = [store.apply(f, [x]), store.apply(f, [y]), store.apply(f, [store.int(1n)]), store.apply(f, [store.int(2n)])];
    const r = ackermann([store.mk('distinct', [fx, fy, f1, f2])], [], () => {})!;
    // Six pairs, but f(1) and f(2) need none: 1 ≠ 2.
    expect(r.assertions).toHaveLength(1 + 5);
    const ops = new Set<string>();
    postOrder(r.assertions, (t) => ops.has(`${t.id}`), (t) => t.args, (t) => void ops.add(`${t.id}`).add(t.op));
    expect(ops.has('apply')).toBe(false);
  });

  it('leaves problems without functions or uninterpreted sorts alone', () => {
    const store = new TermStore();
    expect(ackermann([store.mk('<', [store.var('x', Sort.Int), store.int(1n)])], [], () => {})).toBeUndefined();
  });

  it('prints function models as Z3 does: x!i parameters, an ite chain, the most frequent value as else', async () => {
    const out = await run(
      '(declare-fun f (Int) Int)(declare-fun g (Int Bool) Bool)(assert (= (f 1) 3))(assert (= (f 2) 3))(assert (= (f 5) (- 4)))' +
        '(assert (g 1 true))(assert (g 3 true))(assert (not (g 2 false)))(check-sat)(get-model)',
    );
    expect(out).toBe(
      'sat\n(\n  (define-fun f ((x!0 Int)) Int (ite (= x!0 5) (- 4) 3))\n' +
        '  (define-fun g ((x!0 Int) (x!1 Bool)) Bool (ite (and (= x!0 2) (= x!1 false)) false true))\n)\n',
    );
  });

  it('prints the universe of an uninterpreted sort as Z3 does', async () => {
    const out = await run('(declare-sort U 0)(declare-fun a () U)(declare-fun b () U)(assert (distinct a b))(check-sat)(get-model)(get-value (a b (= a b)))');
    // a and b may take either element.
    const [va, vb] = /\(define-fun a \(\) U U!val!0\)/.test(out) ? ['U!val!0', 'U!val!1'] : ['U!val!1', 'U!val!0'];
    expect(out).toBe(
      'sat\n(\n  ;; universe for U:\n  ;;   U!val!0 U!val!1 \n  ;; -----------\n  ;; definitions for universe elements:\n' +
        '  (declare-fun U!val!0 () U)\n  (declare-fun U!val!1 () U)\n  ;; cardinality constraint:\n' +
        '  (forall ((x U)) (or (= x U!val!0) (= x U!val!1)))\n  ;; -----------\n' +
        `  (define-fun a () U ${va})\n  (define-fun b () U ${vb})\n)\n((a ${va})\n (b ${vb})\n ((= a b) false))\n`,
    );
  });

  it('type-checks applications', async () => {
    expect(await run('(declare-fun f (Int) Int)(assert (= (f true) 1))')).toBe(`(error "t.smt2:1:38: argument 1 of 'f' must have sort Int, got Bool")\n`);
    expect(await run('(declare-fun f (Int) Int)(assert (= (f 1 2) 1))')).toBe(`(error "t.smt2:1:38: 'f' expects 1 argument, got 2")\n`);
    expect(await run('(declare-fun f (Int) Int)(assert (= f 1))')).toBe(`(error "t.smt2:1:37: 'f' expects 1 arguments")\n`);
  });

  it('decides QF_UFBV by Ackermann expansion and bit-blasting', async () => {
    const out = await run(
      '(set-logic QF_UFBV)(declare-fun h ((_ BitVec 4)) (_ BitVec 4))(declare-fun x () (_ BitVec 4))' +
        '(assert (= (h x) #x3))(assert (= (h (bvadd x #x1)) #x5))(assert (= (h #x7) (h #x8)))(check-sat)(get-value ((h x) (h (bvadd x #x1))))',
    );
    expect(out).toBe('sat\n(((h x) #x3)\n ((h (bvadd x #x1)) #x5))\n');
    expect(await run('(declare-fun h ((_ BitVec 4)) Bool)(declare-fun x () (_ BitVec 4))(assert (h (bvadd x x)))(assert (not (h (bvmul x #x2))))(check-sat)')).toBe('unsat\n');
  });
});
