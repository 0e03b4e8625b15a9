/**
 * Top-level literals as facts (src/rewrite/rewrite.ts, `propagateFacts`): the rewritten
 * assertions keep the original ones' models — every model of the original is one of the
 * rewritten problem, and every model of the rewritten problem, completed (equality
 * substitution may eliminate a constant), is one of the original (exhaustive at width 3) — over random Boolean structure of bit-vector
 * comparisons and Boolean constants, with conjunctions, `(not (or ...))` and `(not (=> ...))` on
 * top; and a literal asserted makes its occurrences elsewhere constants.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Value } from '../../../src/model/evaluate.js';
import { complete, rewrite } from '../../../src/rewrite/rewrite.js';
import { printTerm } from '../../../src/smtlib/print-term.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../src/terms/term.js';
import { between, rng } from '../../support/rng.js';

const W = 3;

describe('top-level facts', () => {
  it('keep the models of 400 random problems (every assignment of three 3-bit vectors and a Boolean)', () => {
    const r = rng(2026);
    let changed = 0;
    for (let k = 0; k < 400; k++) {
      const s = new TermStore();
      const vars = ['a', 'b', 'c'].map((n) => s.var(n, Sort.bitVec(W)));
      const p = s.var('p', Sort.Bool);
      const term = (): Term => (between(r, 0, 3) === 0 ? s.bv(BigInt(between(r, 0, 7)), W) : vars[between(r, 0, 2)]!);
      const atom = (): Term => {
        const pick = between(r, 0, 6);
        if (pick === 6) return p;
        return s.mk(['bvult', 'bvule', 'bvslt', 'bvsge', '=', 'bvugt'][pick]!, [term(), term()]);
      };
      const formula = (depth: number): Term => {
        const pick = between(r, 0, depth <= 0 ? 1 : 5);
        if (pick === 0) return atom();
        if (pick === 1) return s.mk('not', [atom()]);
        const args = [formula(depth - 1), formula(depth - 1)];
        return s.mk(['and', 'or', '=>', 'not'][pick - 2]!, pick === 5 ? [s.mk('or', args)] : args);
      };
      const assertions = Array.from({ length: between(r, 1, 4) }, () => formula(3));
      const out = rewrite(assertions, []);
      if (out.assertions.length !== assertions.length || out.assertions.some((t, i) => t.id !== assertions[i]!.id)) changed++;
      for (let m = 0; m < 1 << (3 * W + 1); m++) {
        const orig = new Map<number, Value>();
        vars.forEach((v, i) => orig.set(v.id, BigInt((m >> (W * i)) & ((1 << W) - 1))));
        orig.set(p.id, (m >> (3 * W)) === 1);
        const copy = new Map<number, Value>();
        for (const [id, o] of out.origin) copy.set(id, orig.get(o.id)!);
        // Equality substitution may eliminate a constant: a model of the original is one of the
        // rewritten problem, and a model of the rewritten one, completed, is one of the original.
        const before = assertions.every((t) => evaluate(t, orig) === true);
        const after = out.assertions.every((t) => evaluate(t, copy) === true);
        const show = () => `problem ${k}, assignment ${m}: ${assertions.map(printTerm).join(' ; ')} => ${out.assertions.map(printTerm).join(' ; ')}`;
        if (before && !after) expect.fail(`a model lost: ${show()}`);
        if (after) {
          complete(out, copy);
          const back = new Map<number, Value>();
          for (const [id, o] of out.origin) back.set(o.id, copy.get(id)!);
          if (!assertions.every((t) => evaluate(t, back) === true)) expect.fail(`a model gained: ${show()}`);
        }
      }
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('decides a conjunct by the literals asserted beside it, also under (not (or ...))', () => {
    const s = new TermStore();
    const [a, b, d] = ['a', 'b', 'd'].map((n) => s.var(n, Sort.bitVec(8)));
    // (bvslt a d), (bvslt b d) and (or (bvsle d a) (bvsle d b)): the disjunction is false.
    const direct = rewrite([s.mk('bvslt', [a!, d!]), s.mk('and', [s.mk('bvslt', [b!, d!]), s.mk('or', [s.mk('bvsle', [d!, a!]), s.mk('bvsle', [d!, b!])])])], []);
    expect(direct.assertions.map((t) => t.op)).toContain('false');
    // (not (or (bvsge a d) (bvslt b d) (not (bvsle d a)))): a < d and d ≤ a — false.
    const negated = rewrite([s.mk('not', [s.mk('or', [s.mk('bvsge', [a!, d!]), s.mk('bvslt', [b!, d!]), s.mk('not', [s.mk('bvsle', [d!, a!])])])])], []);
    expect(negated.assertions.map((t) => t.op)).toContain('false');
  });
});
