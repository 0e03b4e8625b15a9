/**
 * The library API through its public entry point: term builders and their SMT-LIB text, sort
 * errors at run time, the solver's state machine (ContractError for misuse), push/pop,
 * assumptions, model values, options from the CLI's table, time limits and cancellation, and
 * `solveSmtLib`'s typed responses, streamed as they are produced.
 */
import { pigeonholeSmt } from '../support/pigeonhole-smt.js';
import { describe, expect, test } from 'vitest';
import {
  And,
  BitVec,
  BitVecVal,
  BitVecValue,
  Bool,
  BoolVal,
  ContractError,
  Distinct,
  EagerSmtError,
  If,
  Implies,
  Int,
  IntVal,
  Not,
  Or,
  Solver,
  SortError,
  UnsupportedError,
  Xor,
  solveSmtLib,
  type Arith,
  type Response,
} from '../../src/index.js';

const x = Int('x');
const y = Int('y');
const p = Bool('p');
const q = Bool('q');
const a = BitVec('a', 8);
const b = BitVec('b', 8);

/**
 * n pigeons in n−1 holes: unsat, and hard for CDCL once n is 12 or more without resource
 * reasoning and without value-symmetry breaking (either settles it at once).
 */
function pigeonhole(n: number): ReturnType<typeof And> {
  const xs = Array.from({ length: n }, (_, i) => Int(`h${i}`));
  return And(...xs.map((v) => And(v.ge(0), v.le(n - 2))), Distinct(...xs));
}

describe('term builders', () => {
  test('build the SMT-LIB terms their names say, literals taking the sort of the other operand', () => {
    expect(String(x.sub(y).le(3))).toBe('(<= (- x y) 3)');
    expect(String(x.add(y, -2).neg().gt(10n ** 20n))).toBe('(> (- (+ x y (- 2))) 100000000000000000000)');
    expect(String(And(p, Or(Not(q), false), Implies(p, q), Xor(p, true)))).toBe('(and p (or (not q) false) (=> p q) (xor p true))');
    expect(String(If(p, x, 0).eq(If(q, 1, y)))).toBe('(= (ite p x 0) (ite q 1 y))');
    expect(String(Distinct(x, y, 3))).toBe('(distinct x y 3)');
    expect(String(a.add(1).mul(b).udiv(-1))).toBe('(bvudiv (bvmul (bvadd a #x01) b) #xff)');
    expect(String(a.concat(b).extract(11, 4).zeroExtend(1).signExtend(2).repeat(2).rotateLeft(3))).toBe(
      '((_ rotate_left 3) ((_ repeat 2) ((_ sign_extend 2) ((_ zero_extend 1) ((_ extract 11 4) (concat a b))))))',
    );
    expect(String(BitVec('c', 5).slt(-16))).toBe('(bvslt c #b10000)');
    expect(String(BitVecVal(-1n, 12))).toBe('#xfff');
    expect(String(BoolVal(false))).toBe('false');
    expect(String(Int('a b'))).toBe('|a b|');
    expect(x.sub(y).le(3).kind).toBe('Bool');
    expect(a.extract(3, 0).sort).toBe('(_ BitVec 4)');
    expect(a.extract(3, 0).width).toBe(4);
  });

  test('ill-sorted terms the types cannot see throw SortError at once', () => {
    const any = (t: unknown) => t as never;
    expect(() => x.eq(any(a))).toThrow(SortError);
    expect(() => a.extract(3, 0).add(b)).toThrow(/same width/);
    expect(() => a.add(256)).toThrow(/does not fit in 8 bits/);
    expect(() => a.add(-129)).toThrow(SortError);
    expect(() => x.add(2.5)).toThrow(/not an integer/);
    expect(() => IntVal(Number.MAX_SAFE_INTEGER + 2)).toThrow(SortError);
    expect(() => BitVec('z', 0)).toThrow(SortError);
    expect(() => a.extract(8, 0)).toThrow(SortError);
    expect(() => And(any(x))).toThrow(SortError);
    expect(() => any(x).ult(y)).toThrow(SortError);
    expect(() => Distinct(any(p), x)).toThrow(SortError);
    expect(() => x.add(any('1'))).toThrow(SortError);
    expect(() => Int('')).toThrow(SortError);
    // every error of eagersmt is an EagerSmtError
    expect(() => a.add(256)).toThrow(EagerSmtError);
  });
});

describe('Solver', () => {
  test('answers, and its model gives bigint, boolean and bit-vector values that satisfy the assertions', async () => {
    const s = new Solver();
    const big = 2n ** 64n;
    s.add(x.sub(y).le(-3), y.le(big), x.ge(big - 5n), p.implies(x.eq(big - 4n)), p);
    s.add(a.mul(3).eq(1), b.slt(0), b.neq(a));
    expect(await s.check()).toBe('sat');
    const m = s.model();
    expect(m.get(x)).toBe(big - 4n);
    expect(typeof m.get(y)).toBe('bigint');
    expect(m.eval(x.sub(y)) <= -3n).toBe(true);
    expect(m.get(p)).toBe(true);
    const av = m.get(a);
    expect(av).toBeInstanceOf(BitVecValue);
    expect(av.width).toBe(8);
    expect(av.value).toBe(171n); // 3 * 171 = 513 = 1 (mod 256)
    expect(String(av)).toBe('#xab');
    expect(av.signed()).toBe(-85n);
    expect(m.get(b).signed() < 0n).toBe(true);
    expect(m.eval(a.mul(3)).value).toBe(1n);
    expect(m.eval(And(p, a.ult(b)))).toBe(m.get(a).value < m.get(b).value);
    // a constant the problem does not mention takes its sort's default
    expect(m.get(Int('unused'))).toBe(0n);
    expect(() => m.get(x.add(1) as never)).toThrow(ContractError);
  });

  test('push and pop scope the assertions; assumptions hold for one check only', async () => {
    const s = new Solver();
    s.add(x.lt(y));
    s.push();
    s.add(y.lt(x));
    expect(s.depth).toBe(1);
    expect(await s.check()).toBe('unsat');
    s.pop();
    expect(await s.check()).toBe('sat');
    expect(await s.checkAssuming([p, Not(p)])).toBe('unsat');
    expect(await s.checkAssuming([p, x.ge(y)])).toBe('unsat');
    expect(await s.checkAssuming([p, x.eq(5)])).toBe('sat');
    expect(s.model().get(x)).toBe(5n);
    expect(s.model().get(p)).toBe(true);
    expect(await s.check()).toBe('sat');
    s.add(false);
    expect(await s.check()).toBe('unsat');
    expect(() => s.pop()).toThrow(/only 0 pushed/);
  });

  test('misuse is a ContractError: no model without a sat answer, no reason without unknown, nothing while checking', async () => {
    const s = new Solver();
    expect(() => s.model()).toThrow(/no check yet/);
    s.add(x.lt(0));
    expect(await s.check()).toBe('sat');
    expect(() => s.reasonUnknown()).toThrow(ContractError);
    s.add(x.gt(0));
    expect(() => s.model()).toThrow(/assertions changed/);
    expect(await s.check()).toBe('unsat');
    expect(() => s.model()).toThrow(/answered unsat/);
    const running = s.check();
    expect(() => s.add(p)).toThrow(/a check of this solver is running/);
    expect(() => s.push()).toThrow(ContractError);
    await expect(s.check()).rejects.toThrow(ContractError);
    expect(await running).toBe('unsat');
    expect(() => s.pop(1)).toThrow(ContractError);
  });

  test('a time limit or an AbortSignal ends a check with unknown and its reason', async () => {
    const s = new Solver({ resources: false, symmetry: false });
    s.add(pigeonhole(13));
    expect(await s.check({ timeout: 0.3 })).toBe('unknown');
    expect(s.reasonUnknown()).toBe('timeout');
    expect(await s.check({ signal: AbortSignal.abort() })).toBe('unknown');
    expect(s.reasonUnknown()).toBe('canceled');
    const c = new AbortController();
    setTimeout(() => c.abort(), 200);
    expect(await s.check({ signal: c.signal })).toBe('unknown');
    expect(s.reasonUnknown()).toBe('canceled');
    const t = new Solver({ resources: false, symmetry: false, timeout: 0.2 });
    t.add(pigeonhole(13));
    expect(await t.check()).toBe('unknown');
    expect(t.reasonUnknown()).toBe('timeout');
  });

  test('options come from the CLI table: the IDL encoding is the one asked for, resource reasoning settles pigeonholes', async () => {
    for (const idlEncoding of ['sd', 'order'] as const) {
      const s = new Solver({ idlEncoding });
      s.add(x.sub(y).le(3), y.sub(x).le(-1), x.le(10), y.ge(-10));
      expect(await s.check()).toBe('sat');
      const components = s.stats[0]!.encoding!.components;
      expect(components.length).toBeGreaterThan(0);
      expect(components.every((c) => c.encoding === idlEncoding)).toBe(true);
    }
    const s = new Solver();
    s.add(pigeonhole(13));
    expect(await s.check({ timeout: 60 })).toBe('unsat');
    expect(s.stats[0]!.resource?.refutation).toBeDefined();
    expect(() => new Solver({ backend: 'no-such-solver' })).toThrow(ContractError);
    expect(() => new Solver({ satBinary: '/bin/true' })).toThrow(ContractError);
    expect(() => new Solver({ timeout: -1 })).toThrow(/non-negative/);
    expect(() => new Solver({ idlEncoding: 'eij2' as never })).toThrow(/'idlEncoding' is one of auto, sd, order/);
    expect(() => new Solver({ backnd: 'builtin' } as never)).toThrow(/unknown option 'backnd'/);
    await expect(s.check({ timeout: Number.NaN })).rejects.toThrow(ContractError);
  });

  test('deep terms reach neither the call stack nor quadratic cost: 50,000 nested negations', { timeout: 120_000 }, async () => {
    let f: ReturnType<typeof Not> = p;
    for (let i = 0; i < 50_001; i++) f = Not(f);
    expect(String(f)).toHaveLength('(not '.length * 50_001 + 1 + 50_001);
    const s = new Solver();
    s.add(f);
    expect(await s.check()).toBe('sat');
    expect(s.model().get(p)).toBe(false);
    expect(s.model().eval(f)).toBe(true);
  });

  test('a formula outside what eagersmt decides answers unknown with an unsupported reason', async () => {
    const s = new Solver();
    s.add(x.mul(y).eq(6));
    expect(await s.check()).toBe('unknown');
    expect(s.reasonUnknown()).toMatch(/^unsupported: /);
    expect(() => s.model()).toThrow(ContractError);
  });

  test('minimize/maximize: lexicographic optima over Int and bit-vectors, scoped by push/pop, the model attaining them', async () => {
    const s = new Solver();
    const x = Int('x');
    const y = Int('y');
    const b = BitVec('b', 8);
    s.add(x.ge(0), x.le(10), y.le(5), x.sub(y).le(3), b.ult(0x20));
    s.maximize(x);
    s.minimize(y.neg());
    expect(await s.check()).toBe('sat');
    expect(s.objectives().map((o) => [o.sense, o.status, o.value])).toEqual([
      ['max', 'optimal', 8n],
      ['min', 'optimal', -5n],
    ]);
    expect(s.model().get(x)).toBe(8n);
    s.push();
    s.maximize(b.add(1));
    expect(await s.check()).toBe('sat');
    expect(s.objectives()[2]!.value).toBe(32n);
    expect(s.model().get(b).value).toBe(31n);
    s.pop();
    expect(await s.check()).toBe('sat');
    expect(s.objectives()).toHaveLength(2);
    s.minimize(Int('z'));
    expect(await s.check()).toBe('sat');
    expect(s.objectives()[2]!.status).toBe('unbounded');
    s.add(x.gt(100));
    expect(await s.check()).toBe('unsat');
    expect(() => s.objectives()).toThrow(ContractError);
  });

  test('unsatCore gives failed assumptions that are unsat with the assertions', async () => {
    const s = new Solver();
    const [p, q, r] = [Bool('core_p'), Bool('core_q'), Bool('core_r')];
    s.add(Or(Not(p), Not(q)));
    expect(() => s.unsatCore()).toThrow(ContractError);
    expect(await s.checkAssuming([r, p, q])).toBe('unsat');
    const core = s.unsatCore();
    expect(core.length).toBeGreaterThan(0);
    const again = new Solver();
    again.add(Or(Not(p), Not(q)));
    expect(await again.checkAssuming(core)).toBe('unsat');
    s.add(r);
    expect(() => s.unsatCore()).toThrow(ContractError);
  });

  test('every sat model it hands out satisfies the assertions (random difference constraints)', async () => {
    const vars: Arith[] = Array.from({ length: 6 }, (_, i) => Int(`v${i}`));
    let seed = 7;
    const next = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    for (let round = 0; round < 20; round++) {
      const s = new Solver();
      const facts = Array.from({ length: 8 }, () => Or(vars[next(6)]!.sub(vars[next(6)]!).le(next(7) - 3), vars[next(6)]!.lt(next(5))));
      s.add(...facts);
      if ((await s.check()) !== 'sat') continue;
      const m = s.model();
      for (const f of facts) expect(m.eval(f)).toBe(true);
    }
  });
});

describe('solveSmtLib', () => {
  test('returns typed responses together with the text the CLI prints', async () => {
    const script = [
      '(set-option :print-success true)',
      '(set-option :frobnicate 1)',
      '(declare-const x Int) (declare-const p Bool) (declare-const a (_ BitVec 4))',
      '(assert (! (> x 2) :named big)) (assert (= a #x9)) (assert p)',
      '(check-sat)',
      '(get-value (x (+ x 1) a))',
      '(get-model)',
      '(get-assignment)',
      '(get-info :name)',
      '(echo "hi")',
      '(assert (< x 0))',
      '(check-sat)',
      '(get-model)',
      '(check-sat',
    ].join('\n');
    const streamed: Response[] = [];
    const r = await solveSmtLib(script, { file: 'f.smt2', onResponse: (x) => streamed.push(x) });
    expect(streamed).toEqual(r.responses);
    expect(r.text).toBe(r.responses.map((x) => x.text + '\n').join(''));
    expect(r.responses.map((x) => x.kind)).toEqual([
      'success', 'unsupported', 'success', 'success', 'success', 'success', 'success', 'success', 'check',
      'values', 'model', 'assignment', 'info', 'echo', 'success', 'check', 'error', 'error',
    ]); // prettier-ignore
    const [check1, values, model, assignment] = r.responses.slice(8, 12);
    expect(check1).toStrictEqual({ kind: 'check', status: 'sat', text: 'sat' });
    if (values?.kind !== 'values' || model?.kind !== 'model' || assignment?.kind !== 'assignment') throw new Error('wrong kinds');
    const xv = values.values[0]!.value as bigint;
    expect(xv > 2n).toBe(true);
    expect(values.values[1]).toEqual({ term: '(+ x 1)', value: xv + 1n });
    expect(values.values[2]!.value).toEqual(new BitVecValue(9n, 4));
    expect(model.values.map((v) => [v.name, v.sort])).toEqual([['x', 'Int'], ['p', 'Bool'], ['a', '(_ BitVec 4)']]);
    expect(model.values[1]!.value).toBe(true);
    expect(assignment.values).toEqual([{ name: 'big', value: true }]);
    expect(r.responses[13]).toEqual({ kind: 'echo', value: 'hi', text: 'hi' });
    expect(r.responses[15]).toMatchObject({ kind: 'check', status: 'unsat' });
    expect(r.responses[16]).toMatchObject({ kind: 'error', message: 'f.smt2:13:1: model is not available' });
    expect(r.responses[17]).toMatchObject({ kind: 'error', message: expect.stringMatching(/^f\.smt2:14:\d+: missing '\)'/) });
    expect(r.checks).toHaveLength(2);
  });

  test('streams: each response reaches onResponse before the script goes on', async () => {
    // The echo's callback cancels the run, so the check after it must answer unknown (canceled).
    const c = new AbortController();
    const script = [
      pigeonholeSmt(13, 12),
      '(echo "go")',
      '(check-sat)',
      '(get-info :reason-unknown)',
    ].join('\n');
    const r = await solveSmtLib(script, { resources: false, symmetry: false, signal: c.signal, onResponse: (x) => x.kind === 'echo' && c.abort() });
    expect(r.text).toBe('go\nunknown\n(:reason-unknown "canceled")\n');
    expect(r.responses[1]).toEqual({ kind: 'check', status: 'unknown', reason: 'canceled', text: 'unknown' });
  });

  test('contradictory solver options throw ContractError before anything runs', async () => {
    const seen: Response[] = [];
    await expect(solveSmtLib('(echo "x")', { backend: 'nope', onResponse: (r) => seen.push(r) })).rejects.toThrow(ContractError);
    expect(seen).toEqual([]);
  });
});
