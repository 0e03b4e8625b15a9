/**
 * The library's model iteration and printing, tracked assertions with `unsatCore()`, and
 * `toSmtLib()`, on small problems whose answers are known (the differential checks against Z3
 * are in library-differential.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { BitVec, Bool, ContractError, Int, Not, Solver, solveSmtLib } from '../../src/index.js';

const x = Int('x');
const y = Int('y');
const p = Bool('p');
const a = BitVec('a', 8);

describe('model iteration and String(model)', () => {
  test('iterates the constants in order of first occurrence, as the terms given, with eval values', async () => {
    const s = new Solver();
    s.add(x.sub(y).le(-2), p.or(x.gt(3)), a.add(1).eq(0));
    expect(await s.checkAssuming([Not(p)])).toBe('sat');
    const m = s.model();
    const entries = [...m];
    expect(entries.map(([c]) => String(c))).toEqual(['x', 'y', 'p', 'a']);
    expect(entries[0]![0]).toBe(x); // the expression the user gave, usable with get
    expect(entries[3]![0]).toBe(a);
    for (const [c, v] of m) expect(m.eval(c as never)).toEqual(v);
    const [, vx] = entries[0]!;
    const [, vy] = entries[1]!;
    expect((vx as bigint) - (vy as bigint)).toBeLessThanOrEqual(-2n);
    expect(entries[2]![1]).toBe(false);
    expect(String(entries[3]![1])).toBe('#xff');
  });

  test('prints as the CLI prints get-model', async () => {
    const s = new Solver();
    s.add(x.eq(-3), a.eq(0x0f), p);
    expect(await s.check()).toBe('sat');
    const text = '(declare-const x Int)(declare-const a (_ BitVec 8))(declare-const p Bool)(assert (= x (- 3)))(assert (= a #x0f))(assert p)(check-sat)(get-model)';
    const cli = (await solveSmtLib(text)).responses.find((r) => r.kind === 'model')!;
    expect(String(s.model())).toBe(cli.text);
    expect(String(s.model())).toBe('(\n  (define-fun x () Int (- 3))\n  (define-fun a () (_ BitVec 8) #x0f)\n  (define-fun p () Bool true)\n)');
  });

  test('an empty problem has an empty model', async () => {
    const s = new Solver();
    expect(await s.check()).toBe('sat');
    expect([...s.model()]).toEqual([]);
    expect(String(s.model())).toBe('(\n)');
  });
});

describe('tracked assertions and unsatCore', () => {
  test('the core names the tracked assertions it needs, after the failed assumptions', async () => {
    const s = new Solver();
    const t1 = s.addAndTrack(x.gt(3), 't1');
    s.addAndTrack(y.gt(100), Bool('t2'));
    s.add(p.implies(x.lt(0)));
    expect(await s.checkAssuming([p])).toBe('unsat');
    const core = s.unsatCore(); // not necessarily minimal: t2 may be in it
    expect(core.map(String).slice(0, 2)).toEqual(['p', 't1']);
    expect(core[1]).toBe(t1);
    expect(core.slice(2).map(String)).toEqual(core.length > 2 ? ['t2'] : []);
    expect(await s.check()).toBe('sat');
    expect(s.model().get(t1)).toBe(true); // trackers are assumed, so true in every model
  });

  test('tracked assertions are popped with their level', async () => {
    const s = new Solver();
    s.add(x.ge(0));
    s.push();
    s.addAndTrack(x.lt(0), 'neg');
    expect(await s.check()).toBe('unsat');
    expect(s.unsatCore().map(String)).toEqual(['neg']);
    s.pop();
    expect(await s.check()).toBe('sat');
    s.addAndTrack(x.lt(-1), 'neg'); // the name is free again
    expect(await s.check()).toBe('unsat');
  });

  test('misuse is a ContractError', () => {
    const s = new Solver();
    expect(() => s.addAndTrack(x.gt(0), x.gt(1) as never)).toThrow(ContractError);
    expect(() => s.addAndTrack(x.gt(0), Int('i') as never)).toThrow(ContractError);
    s.addAndTrack(x.gt(0), 'k');
    expect(() => s.addAndTrack(x.gt(1), 'k')).toThrow(/already tracks/);
  });
});

describe('toSmtLib', () => {
  test('writes declarations, levels, tracked assertions and the check', () => {
    const s = new Solver();
    expect(s.toSmtLib()).toBe('(check-sat)\n');
    s.add(x.sub(y).le(3));
    s.push();
    s.add(a.add(1).ult(a));
    s.addAndTrack(p.or(x.gt(0)), 'tr');
    expect(s.toSmtLib([Not(p)])).toBe(
      [
        '(declare-const x Int)',
        '(declare-const y Int)',
        '(declare-const a (_ BitVec 8))',
        '(declare-const tr Bool)',
        '(declare-const p Bool)',
        '(assert (<= (- x y) 3))',
        '(push 1)',
        '(assert (bvult (bvadd a #x01) a))',
        '(assert (=> tr (or p (> x 0))))',
        '(check-sat-assuming ((not p) tr))',
        '',
      ].join('\n'),
    );
    s.pop();
    expect(s.toSmtLib()).toBe('(declare-const x Int)\n(declare-const y Int)\n(assert (<= (- x y) 3))\n(check-sat)\n');
  });

  test('eagersmt answers its own script as the solver does', async () => {
    const s = new Solver();
    s.add(x.lt(y));
    s.push();
    s.addAndTrack(y.lt(x), 'back');
    expect(await s.check()).toBe('unsat');
    expect((await solveSmtLib(s.toSmtLib())).text).toBe('unsat\n');
    expect(await s.checkAssuming([Not(Bool('back'))])).toBe('unsat');
    s.pop();
    expect((await solveSmtLib(s.toSmtLib())).text).toBe('sat\n');
  });

  test('one name with two sorts cannot be declared', () => {
    const s = new Solver();
    s.add(Int('v').gt(0), Bool('v'));
    expect(() => s.toSmtLib()).toThrow(ContractError);
  });
});
