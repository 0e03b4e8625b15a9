import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { reduceReals } from '../../../src/preprocess/reals.js';
import { rat } from '../../../src/terms/rational.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';

const run = async (text: string) => (await solveSmtLib(`(set-logic QF_RDL)(declare-fun x () Real)(declare-fun y () Real)${text}`, { file: 't.smt2' })).text;

/** A reduced term as text. */
function show(t: Term): string {
  if (t.op === 'var') return t.name!;
  if (t.op === 'int') return t.value!.toString();
  return `(${t.op === 'neg' ? '-' : t.op} ${t.args.map(show).join(' ')})`;
}

describe('reduction of real to integer difference logic', () => {
  const store = new TermStore();
  const [x, y] = [store.var('x', Sort.Real), store.var('y', Sort.Real)];
  const third = store.real(rat(1n, 3n));

  it('scales by the denominators times n+1 when a constraint can be strict', () => {
    // x − y < 1/3 over n = 2 reals: N = 3·3 = 9, so X − Y < 3.
    const r = reduceReals([store.mk('<', [store.mk('-', [x, y]), third])], [], () => {})!;
    expect(r.assertions.map(show)).toEqual(['(< (- x y) 3)']);
    expect(r.lift(new Map([[r.assertions[0]!.args[0]!.args[0]!.id, 5n]]))).toEqual(new Map([[x.id, rat(5n, 9n)]]));
  });

  it('scales by the denominators alone without strict constraints', () => {
    // x − y ≤ 1/3 and y ≥ x − 1/3 only positively: N = 3.
    const r = reduceReals([store.mk('and', [store.mk('<=', [store.mk('-', [x, y]), third]), store.mk('not', [store.mk('<', [y, store.mk('-', [x, third])])])])], [], () => {})!;
    expect(r.assertions.map(show)).toEqual(['(and (<= (- x y) 1) (not (< (- y x) (- 1))))']);
  });

  it('leaves problems without reals alone', () => {
    const i = store.var('i', Sort.Int);
    expect(reduceReals([store.mk('<', [i, store.int(3n)])], [], () => {})).toBeUndefined();
  });

  it('answers unknown, with a reason, outside real difference logic', async () => {
    const reason = async (assertion: string) => /reason-unknown "([^"]*)"/.exec(await run(`(assert ${assertion})(check-sat)(get-info :reason-unknown)`))?.[1];
    expect(await reason('(< (+ x y) 1)')).toBe('unsupported: not a difference-logic constraint over the reals');
    expect(await reason('(< (* x y) 1)')).toBe('unsupported: non-linear multiplication of reals is not supported');
    expect(await reason('(< (/ x y) 1)')).toBe('unsupported: division by a real term other than a non-zero constant is not supported');
  });

  it('reads scaled and divided terms exactly', async () => {
    // 2x − 2y ≤ 1 is x − y ≤ 1/2; (x − y)/3 > 1/6 is x − y > 1/2: together unsat.
    expect(await run('(assert (<= (- (* 2 x) (* 2 y)) 1))(assert (> (/ (- x y) 3) (/ 1 6)))(check-sat)')).toBe('unsat\n');
    expect(await run('(assert (<= (- (* 2 x) (* 2 y)) 1))(assert (>= (/ (- x y) 3) (/ 1 6)))(check-sat)(get-value ((- x y)))')).toBe('sat\n(((- x y) (/ 1.0 2.0)))\n');
  });

  it('converts integer literals among reals, as Z3 does, and rejects integer constants among reals', async () => {
    const out = (await solveSmtLib('(declare-fun x () Real)(declare-fun i () Int)(assert (< x 2))(assert (> x (- 3)))(check-sat)(assert (< x i))(check-sat)(get-info :reason-unknown)', { file: 't.smt2' })).text;
    expect(out).toBe('sat\nunknown\n(:reason-unknown "unsupported: to_real of an integer term: mixed integer and real arithmetic is not supported")\n');
  });
});
