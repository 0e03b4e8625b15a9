import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { evaluate } from '../../../src/model/evaluate.js';
import { FunTable } from '../../../src/model/value.js';
import { analyse, positiveEquality } from '../../../src/preprocess/positive-equality.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';

const U = Sort.uninterpreted('U');
const run = async (text: string) => (await solveSmtLib(text, { file: 't.smt2' })).text;

function setup() {
  const store = new TermStore();
  const [a, b, c, x, y] = ['a', 'b', 'c', 'x', 'y'].map((n) => store.var(n, U)) as [Term, Term, Term, Term, Term];
  const f = store.fun('f', [U], U);
  const g = store.fun('g', [U, U], U);
  const p = store.var('p', Sort.Bool);
  const eq = (s: Term, t: Term) => store.mk('=', [s, t]);
  const not = (t: Term) => store.mk('not', [t]);
  return { store, a, b, c, x, y, f, g, p, eq, not };
}

const names = (store: TermStore, ids: Set<number>) => [...ids].map((id) => store.get(id).name).sort();

describe('positive equality: which symbols are p-symbols', () => {
  it('takes constants compared only by negative equalities, and functions applied only there', () => {
    const { store, a, b, x, y, f, g, eq, not } = setup();
    const fx = store.apply(f, [x]);
    // g's applications and a, b occur only in disequalities; x and y are arguments; f(x) is an
    // argument of g, so f is general.
    const r = analyse([not(eq(store.apply(g, [fx, y]), store.apply(g, [y, x]))), store.mk('distinct', [a, b, fx])])!;
    expect(names(store, r.symbols)).toEqual(['a', 'b', 'g']);
  });

  it('follows polarity through not, =>, ite branches and conditions, and Boolean equality', () => {
    const { store, a, b, c, p, eq, not } = setup();
    const pNames = (roots: Term[]) => names(store, analyse(roots)?.symbols ?? new Set());
    // A premise flips: (=> (= a b) p) needs a = b false at most.
    expect(pNames([store.mk('=>', [eq(a, b), p])])).toEqual(['a', 'b']);
    // The conclusion does not.
    expect(pNames([store.mk('=>', [p, eq(a, b)])])).toEqual([]);
    // Double negation is positive.
    expect(pNames([not(not(eq(a, b)))])).toEqual([]);
    // An ite condition occurs both ways; its branches keep the polarity.
    expect(pNames([store.mk('ite', [eq(a, b), p, not(eq(b, c))])])).toEqual(['c']);
    // An argument of a Boolean equality or xor occurs both ways.
    expect(pNames([store.mk('=', [p, not(eq(a, b))])])).toEqual([]);
    expect(pNames([store.mk('xor', [p, not(eq(a, b))])])).toEqual([]);
    // A distinct under a negation needs some pair equal.
    expect(pNames([not(store.mk('distinct', [a, b]))])).toEqual([]);
  });

  it('lets a term through an ite only when the ite itself occurs only negatively', () => {
    const { store, a, b, c, x, f, p, eq, not } = setup();
    const choice = store.mk('ite', [p, a, b]);
    expect(names(store, analyse([not(eq(choice, c))])!.symbols)).toEqual(['a', 'b', 'c']);
    // The ite as an argument makes both branches general.
    expect(analyse([not(eq(store.apply(f, [choice]), x))])!.symbols.has(a.id)).toBe(false);
  });

  it('leaves Booleans and bit-vectors alone: they have too few values', () => {
    const store = new TermStore();
    const [u, v] = [store.var('u', Sort.bitVec(2)), store.var('v', Sort.bitVec(2))];
    const [p, q] = [store.var('p', Sort.Bool), store.var('q', Sort.Bool)];
    expect(analyse([store.mk('distinct', [u, v]), store.mk('not', [store.mk('=', [p, q])])])).toBeUndefined();
  });
});

describe('positive equality: the reduction', () => {
  it('turns f(a) = f(b) into a = b, other p-equalities into false, and drops the p-terms', () => {
    const { store, a, b, x, y, f, g, eq, not } = setup();
    // f is p (its applications only in a disequality); x, y general (arguments, positive equality).
    const assertions = [not(eq(store.apply(f, [x]), store.apply(f, [y]))), eq(x, store.apply(g, [x, y])), not(eq(a, b)), not(eq(a, x))];
    const r = positiveEquality(assertions, [], () => {})!;
    const text = r.assertions.map((t) => show(t));
    expect(text).toEqual(['(not (= x y))', '(= x (g x y))', 'true', 'true']);
  });

  it('distributes ites that lead to p-terms, and keeps the general part of a distinct', () => {
    const { store, a, b, c, x, y, p, eq, not } = setup();
    const r = positiveEquality([not(eq(store.mk('ite', [p, a, x]), y)), store.mk('distinct', [x, y, b, c]), eq(x, y)], [], () => {})!;
    expect(r.assertions.map(show)).toEqual(['(not (ite p false (= x y)))', '(distinct x y)', '(= x y)']);
  });

  it('lifts a model: p-symbols get values apart from each other and from every compared value', () => {
    const { store, a, b, x, y, f, eq, not } = setup();
    const one = store.int(1n);
    const [i, j] = [store.var('i', Sort.Int), store.var('j', Sort.Int)];
    const assertions = [not(eq(store.apply(f, [x]), store.apply(f, [y]))), not(eq(a, b)), not(eq(a, x)), not(eq(i, store.mk('+', [j, one])))];
    const r = positiveEquality(assertions, [], () => {})!;
    // A model of the output: x ≠ y (the rewritten f-equality); j = 5.
    const values = new Map<number, bigint | FunTable>();
    const copies = new Map<string, Term>();
    const collect = (t: Term) => {
      if (t.op === 'var') copies.set(t.name!, t);
      t.args.forEach(collect);
    };
    r.assertions.forEach(collect);
    values.set(copies.get('x')!.id, 0n);
    values.set(copies.get('y')!.id, 1n);
    expect(copies.has('j')).toBe(false); // (= i (+ j 1)) became false: j is gone from the output
    const lifted = r.lift(values);
    for (const t of assertions) expect(evaluate(t, lifted)).toBe(true);
    const fx = (lifted.get(f.id) as FunTable).get([0n]);
    expect([lifted.get(a.id), lifted.get(b.id), fx].every((v) => typeof v === 'bigint' && v >= 2n)).toBe(true);
    expect(new Set([lifted.get(a.id), lifted.get(b.id), fx, (lifted.get(f.id) as FunTable).get([1n])]).size).toBe(4);
  });

  it('leaves problems without p-symbols alone', () => {
    const { a, b, eq } = setup();
    expect(positiveEquality([eq(a, b)], [], () => {})).toBeUndefined();
  });
});

describe('positive equality end to end', () => {
  it('answers and prints models through the pass', async () => {
    const out = await run(
      '(declare-sort U 0)(declare-fun f (U U) U)(declare-fun g (U) U)(declare-fun a () U)(declare-fun b () U)(declare-fun c () U)(declare-fun d () U)' +
        '(assert (= a b))(assert (not (= (f (g a) c) (f (g b) d))))(check-sat)(get-value ((= c d) (= (f a c) (f b c))))',
    );
    expect(out).toBe('sat\n(((= c d) false)\n ((= (f a c) (f b c)) true))\n');
    // Unsat only through f's consistency: a = b and c = d make the applications equal.
    expect(await run('(declare-sort U 0)(declare-fun f (U U) U)(declare-fun a () U)(declare-fun b () U)(declare-fun c () U)(declare-fun d () U)(assert (= a b))(assert (= c d))(assert (not (= (f a c) (f b d))))(check-sat)')).toBe('unsat\n');
  });

  it('keeps failed assumptions sound', async () => {
    const out = await run(
      '(set-option :produce-unsat-assumptions true)(declare-sort U 0)(declare-fun f (U) U)(declare-fun a () U)(declare-fun b () U)(declare-fun p () Bool)(declare-fun q () Bool)' +
        '(assert (=> p (= a b)))(assert (=> q (not (= (f a) (f b)))))(check-sat-assuming (p q))(get-unsat-assumptions)(check-sat-assuming (q))',
    );
    expect(out.split('\n')[0]).toBe('unsat');
    expect(out.split('\n').slice(-2)).toEqual(['sat', '']);
  });
});

/** A term as text, for the expectations above. */
function show(t: Term): string {
  if (t.args.length === 0) return t.op === 'var' ? t.name! : t.op;
  const head = t.op === 'apply' ? t.fn!.name! : t.op;
  return `(${head} ${t.args.map(show).join(' ')})`;
}
