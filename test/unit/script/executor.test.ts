import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../../src/engine/options.js';
import { solveSmtLib } from '../../../src/index.js';
import { Executor } from '../../../src/script/executor.js';
import { pigeonholeSmt } from '../../support/pigeonhole-smt.js';

const run = async (text: string) => (await solveSmtLib(text, { file: 't.smt2' })).text;

describe('script executor', () => {
  it('reports sort errors with their location and keeps going', async () => {
    const out = await run('(declare-const x Int)\n(assert (and x true))\n(assert (< x 2))\n(check-sat)\n');
    expect(out).toBe(`(error "t.smt2:2:10: ill-sorted application of 'and': arguments must be Bool (got Int Bool)")\nsat\n`);
  });

  it('reports unknown symbols at the symbol', async () => {
    expect(await run('(assert (< x 2))')).toBe(`(error "t.smt2:1:12: unknown constant 'x'")\n`);
  });

  it('scopes declarations and assertions with push and pop', async () => {
    const out = await run(
      '(declare-const x Int)(push 1)(declare-const y Int)(assert (< x y))(assert (< y x))(check-sat)(pop 1)(check-sat)(assert (< x y))',
    );
    expect(out).toBe(`unsat\nsat\n(error "t.smt2:1:125: unknown constant 'y'")\n`);
  });

  it('answers check-sat-assuming without keeping the assumptions', async () => {
    const out = await run('(declare-const a Bool)(declare-const x Int)(assert (=> a (> x 10)))(assert (< x 5))(check-sat-assuming (a))(check-sat)(get-value (a))');
    expect(out).toBe('unsat\nsat\n((a false))\n');
    expect(await run('(declare-const a Bool)(declare-const x Int)(assert (= x 2))(check-sat)(get-value (a x))')).toBe('sat\n((a false)\n (x 2))\n');
  });

  it('prints models as Z3 does, negative integers as (- n)', async () => {
    const out = await run('(declare-fun x () Int)(declare-const b Bool)(assert (= x (- 7)))(assert b)(check-sat)(get-model)');
    expect(out).toBe('sat\n(\n  (define-fun x () Int (- 7))\n  (define-fun b () Bool true)\n)\n');
  });

  it('refuses get-model without a model', async () => {
    expect(await run('(get-model)')).toBe('(error "t.smt2:1:1: model is not available")\n');
    expect(await run('(declare-const x Int)(assert (< x x))(check-sat)(get-model)')).toBe('unsat\n(error "t.smt2:1:49: model is not available")\n');
  });

  it('expands define-fun on the DAG: a chain of doubling macros stays linear', async () => {
    const defs = ['(define-fun f0 ((a Int)) Bool (< a 100))'];
    for (let i = 1; i <= 60; i++) defs.push(`(define-fun f${i} ((a Int)) Bool (and (f${i - 1} a) (f${i - 1} a)))`);
    const out = await run(`(declare-const x Int)${defs.join('')}(assert (f60 x))(assert (>= x 100))(check-sat)`);
    expect(out).toBe('unsat\n');
  });

  it('handles :named terms and get-assignment', async () => {
    const out = await run('(declare-const x Int)(assert (! (> x 3) :named big))(check-sat)(get-assignment)');
    expect(out).toBe('sat\n((big true))\n');
  });

  it('treats a top-level distinct as the negation of its equality (not as a fact)', async () => {
    const decl = '(declare-const x Int)(declare-const y Int)';
    expect(await run(`${decl}(assert (distinct x y))(check-sat)`)).toBe('sat\n');
    expect(await run(`${decl}(assert (not (distinct x y)))(assert (< x 3))(check-sat)(get-value ((- x y)))`)).toBe('sat\n(((- x y) 0))\n');
  });

  it('uses integers beyond 2^53 exactly', async () => {
    const out = await run('(declare-const x Int)(declare-const y Int)(assert (= (- x y) 9007199254740993))(assert (= y 1))(check-sat)(get-value (x))');
    expect(out).toBe('sat\n((x 9007199254740994))\n');
  });

  it('prints success with :print-success and stops at exit', async () => {
    expect(await run('(set-option :print-success true)(set-logic QF_IDL)(exit)(check-sat)')).toBe('success\nsuccess\nsuccess\n');
  });

  it('takes set-logic once and in start mode only, as Z3 and cvc5 (an error, and the script goes on)', async () => {
    const ok = '(set-option :print-success true)(set-info :status sat)(get-info :name)(echo "e")(set-logic QF_LRA)(assert (< 1 2.5))(check-sat)';
    expect(await run(ok)).toBe('success\nsuccess\n(:name "eagersmt")\ne\nsuccess\nsuccess\nsat\n');
    expect(await run('(set-logic QF_LIA)(set-logic QF_LRA)(check-sat)')).toBe(`(error "t.smt2:1:19: the logic has already been set")\nsat\n`);
    for (const first of ['(declare-const x Int)', '(declare-sort U 0)', '(define-sort I () Int)', '(push 1)', '(check-sat)', '(assert true)']) {
      const out = await run(`${first}(set-logic QF_LIA)`);
      expect(out, first).toMatch(/\(error "t\.smt2:1:\d+: logic must be set before initialization"\)\n$/);
    }
    // After reset, a new script: its logic may be set again.
    expect(await run('(set-logic QF_LIA)(check-sat)(reset)(set-option :print-success true)(set-logic QF_LRA)')).toBe('sat\nsuccess\nsuccess\n');
  });

  it('answers unknown with reason for constraints outside difference logic', async () => {
    const out = await run('(declare-const x Int)(declare-const y Int)(assert (< (+ x y) 2))(check-sat)(get-info :reason-unknown)');
    expect(out).toMatch(/^unknown\n\(:reason-unknown "unsupported: not a difference-logic constraint: .*"\)\n$/);
  });

  it('survives 100,000-deep nesting in terms', async () => {
    const n = 100000;
    const deep = '(not '.repeat(n) + '(< x 3)' + ')'.repeat(n);
    expect(await run(`(declare-const x Int)(assert ${deep})(assert (< x 5))(check-sat)`)).toBe('sat\n');
  }, 60_000);

  it('takes :random-seed at any point: a new seed changes the search of the checks after it (the same seed the same search), never the answer', async () => {
    // 8 pigeons in 7 holes, symmetry breaking and resource reasoning off: a search of some conflicts.
    const problem = pigeonholeSmt(8, 7);
    const searchOf = async (seed: number) => {
      let out = '';
      const ex = new Executor({ ...defaultOptions, symmetry: false, resources: false }, { out: (s) => (out += s + '\n') });
      await ex.run(`${problem}\n(check-sat)\n(set-option :random-seed ${seed})\n(get-option :random-seed)\n(check-sat)`);
      expect(out).toBe(`unsat\n${seed}\nunsat\n`);
      return ex.checks.map((c) => c.sat?.decisions);
    };
    const [first0, then0] = await searchOf(0);
    const [first5, then5] = await searchOf(5);
    const [, again5] = await searchOf(5);
    expect(first0).toBeGreaterThan(100);
    expect(first5).toBe(first0); // the seed came after the first check
    expect(then5).not.toBe(then0);
    expect(again5).toBe(then5);
  }, 60_000);

  it('counts the time limit from the given start (the CLI passes the start of the process)', async () => {
    const text = '(declare-const x Int)(assert (< x 3))(check-sat)(get-info :reason-unknown)';
    let out = '';
    const script = new Executor({ ...defaultOptions, timeout: 1 }, { out: (s) => (out += s + '\n') });
    await script.run(text, Date.now() - 5000); // started 5 s ago: the 1 s limit has passed
    expect(out).toBe('unknown\n(:reason-unknown "timeout")\n');
    out = '';
    await new Executor({ ...defaultOptions, timeout: 60 }, { out: (s) => (out += s + '\n') }).run(text);
    expect(out).toMatch(/^sat\n/); // the default start: now
  });

  it('stops reading a large input when the time limit is reached, answering the check ahead unknown', async () => {
    // 20,000 assertions: well over one poll of the reader, which finds the limit long passed.
    const body = Array.from({ length: 20_000 }, (_, i) => `(assert (< x ${i + 1}))`).join('\n');
    for (const [tail, expected] of [['(check-sat)(get-model)', 'unknown\n'], ['(get-info :name)', '']] as const) {
      let out = '';
      const diag: string[] = [];
      const script = new Executor({ ...defaultOptions, timeout: 1 }, { out: (s) => (out += s + '\n'), diag: (s) => diag.push(s) });
      await script.run(`(declare-const x Int)\n${body}\n${tail}`, Date.now() - 5000);
      expect(out).toBe(expected); // no model, no name: the rest is not executed
      expect(diag).toEqual(['timeout while reading the input; the rest of the script is not executed']);
    }
    // A cancelled run stops the same way.
    const ac = new AbortController();
    ac.abort();
    let out = '';
    await new Executor(defaultOptions, { out: (s) => (out += s + '\n') }, 't.smt2', ac.signal).run(`(declare-const x Int)\n${body}\n(check-sat)`);
    expect(out).toBe('unknown\n');
  });
});
