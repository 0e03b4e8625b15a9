/**
 * Nested `ite` in integer terms (src/theory/idl/normalize.ts): n nested `ite`s on one branch
 * make n cases of up to n guards at every level. Found by hand-written hostile input: at
 * n = 2,000 the case split grew past 4 GB and ran for minutes under `-t 5` without a poll. The
 * guard literals of a term are now bounded (MAX_GUARD_LITS): such a term is refused at once
 * (UnsupportedError, so the check answers unknown), while a balanced tree of 4,096 cases is
 * still read.
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedError } from '../../../../src/errors.js';
import { solveSmtLib } from '../../../../src/index.js';
import { AtomTable, MAX_GUARD_LITS } from '../../../../src/theory/idl/normalize.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../../src/terms/term.js';
import { between, rng } from '../../../support/rng.js';

describe('the case split of integer terms', { timeout: 60_000 }, () => {
  const store = new TermStore();
  const x = store.var('x', Sort.Int);
  const c = store.mk('>', [x, store.int(0n)]);

  /** `(ite c (ite c ... x 1) 1)`, n deep. */
  function chain(n: number): Term {
    let t: Term = x;
    for (let i = 0; i < n; i++) t = store.mk('ite', [c, t, store.int(1n)]);
    return t;
  }

  it('refuses a chain of 2,000 nested ites at once, as unsupported', () => {
    const t0 = performance.now();
    let error: unknown;
    try {
      new AtomTable().compare('>', chain(2000), store.int(3n));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as Error).message).toMatch(/guard literals \(nested ite\)/);
    expect(performance.now() - t0).toBeLessThan(30_000); // it ran for minutes, past 4 GB
  });

  it('still reads a chain below the bound and a balanced tree of 4,096 cases', () => {
    expect(new AtomTable().compare('>', chain(200), store.int(3n)).cases.length).toBe(201);
    const vars = Array.from({ length: 12 }, (_, i) => store.var(`b${i}`, Sort.Bool));
    let level: Term[] = Array.from({ length: 4096 }, (_, i) => store.int(BigInt(i)));
    for (let d = 0; level.length > 1; d++) {
      const next: Term[] = [];
      for (let i = 0; i < level.length; i += 2) next.push(store.mk('ite', [vars[d]!, level[i]!, level[i + 1]!]));
      level = next;
    }
    const form = new AtomTable().compare('<', x, level[0]!);
    expect(form.cases.length).toBe(4096);
    expect(form.cases.reduce((n, k) => n + k.guards.length, 0)).toBeLessThanOrEqual(MAX_GUARD_LITS);
  });

  it('the CLI path: unknown with the reason, and the same for reals', async () => {
    const n = 2000;
    const int = `(declare-const x Int)(assert (> ${'(ite (> x 0) '.repeat(n)}x${' 1)'.repeat(n)} 3))(check-sat)(get-info :reason-unknown)`;
    expect((await solveSmtLib(int, { file: 't.smt2' })).text).toMatch(/^unknown\n\(:reason-unknown "unsupported: integer term expands to more than 65536 guard literals/);
    const real = `(set-logic QF_RDL)(declare-const x Real)(assert (> ${'(ite (> x 0.0) '.repeat(n)}x${' 1.0)'.repeat(n)} 3.0))(check-sat)(get-info :reason-unknown)`;
    expect((await solveSmtLib(real, { file: 't.smt2' })).text).toMatch(/^unknown\n\(:reason-unknown "unsupported: real term expands to more than 65536 guard literals/);
  });
});

/**
 * Comparisons of variables, numerals and binary `+`/`-` of those are read without linear forms
 * (`smallCompare`); wrapped in `(* 1 ...)` the same comparison takes the general path. Both
 * tables must give the same literals, the same atoms in the same order and the same variable
 * numbering, and refuse the same comparisons with the same message.
 */
describe('comparisons of small shapes', () => {
  it('give the atoms, numbering and errors of the general path', () => {
    const store = new TermStore();
    const vars = ['x', 'y', 'z', 'w'].map((n) => store.var(n, Sort.Int));
    const consts = [0n, 1n, -1n, 5n, -7n, 2n ** 40n, -(2n ** 70n) + 3n];
    const r = rng(11);
    const leaf = (): Term => (r() < 0.6 ? vars[between(r, 0, 3)]! : store.int(consts[between(r, 0, consts.length - 1)]!));
    const side = (): Term => {
      const k = between(r, 0, 2);
      return k === 0 ? leaf() : store.mk(k === 1 ? '+' : '-', [leaf(), leaf()]);
    };
    const ops = ['<=', '<', '>=', '>', '='] as const;
    const fast = new AtomTable();
    const general = new AtomTable();
    const one = store.int(1n);
    const outcome = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        if (!(e instanceof UnsupportedError)) throw e;
        return `unsupported: ${e.message}`;
      }
    };
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const [op, l, rt] = [ops[between(r, 0, 4)]!, side(), side()];
      const a = outcome(() => fast.compare(op, l, rt));
      const b = outcome(() => general.compare(op, store.mk('*', [one, l]), store.mk('*', [one, rt])));
      expect(a, `${op} ${l.id} ${rt.id}`).toEqual(b);
      if (typeof a === 'string') refused++;
    }
    expect(refused).toBeGreaterThan(0);
    expect(fast.size).toBeGreaterThan(50);
    expect([fast.x, fast.y, fast.c]).toEqual([general.x, general.y, general.c]);
    expect(fast.varTerms.map((t) => t?.name)).toEqual(general.varTerms.map((t) => t?.name));
  });
});

describe('AtomTable.find', () => {
  it('finds every atom comparisons made by its (x, y, c), and −1 without adding one', () => {
    const store = new TermStore();
    const [a, b, c] = [store.var('a', Sort.Int), store.var('b', Sort.Int), store.var('c', Sort.Int)];
    const table = new AtomTable();
    const wide = 1n << 40n;
    table.compare('<=', store.mk('-', [a, b]), store.int(3n));
    table.compare('<', store.mk('-', [b, a]), store.int(wide));
    table.compare('>=', c, store.int(-2n));
    table.compare('=', store.mk('-', [c, b]), store.int(0n));
    expect(table.size).toBe(5);
    for (let i = 0; i < table.size; i++) {
      expect(table.x[i]!).toBeLessThan(table.y[i]!);
      expect(table.find(table.x[i]!, table.y[i]!, table.c[i]!)).toBe(i);
      expect(table.find(table.x[i]!, table.y[i]!, table.c[i]! + 1n + wide)).toBe(-1);
    }
    expect(table.size).toBe(5);
  });
});
