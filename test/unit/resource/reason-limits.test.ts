/**
 * How resource reasoning ends when it cannot finish: a resource limit (RangeError) or input it
 * cannot handle is recorded in `stats.failure` and the check goes on without it; a time-out
 * (LimitReached) and a bug (InternalError, TypeError) propagate. Its budgets come from the
 * option table and can be narrowed per call.
 */
import { describe, expect, it } from 'vitest';
import { InternalError, LimitReached, UnsupportedError } from '../../../src/errors.js';
import { reasonAboutResources } from '../../../src/resource/reason.js';
import { assertionsOf } from '../../support/script-context.js';

/** Four unit operations on one machine within [0, 2] (pigeonhole): refuted by one clique. */
const vs = ['a', 'b', 'c', 'd'];
const text = `${vs.map((v) => `(declare-const ${v} Int)\n(assert (and (>= ${v} 0) (<= ${v} 2)))`).join('\n')}\n(assert (distinct a b c d))`;

describe('resource reasoning', () => {
  it('refutes the pigeonhole within the default budgets, and not with no cliques to try', () => {
    const formulas = assertionsOf(text);
    expect(reasonAboutResources(formulas, 1, () => {}).certificate).toBeDefined();
    expect(reasonAboutResources(formulas, 1, () => {}, undefined, { resourceCliques: 0 }).certificate).toBeUndefined();
  });

  it('records a resource limit or unsupported input as a failure and goes on', () => {
    const formulas = assertionsOf(text);
    for (const e of [new RangeError('Invalid array length'), new UnsupportedError('no')]) {
      const out = reasonAboutResources(formulas, 1, () => {
        throw e;
      });
      expect(out.certificate).toBeUndefined();
      expect(out.stats.failure).toBe(e.message);
    }
  });

  it('lets a time-out and a bug propagate', () => {
    const formulas = assertionsOf(text);
    for (const e of [new LimitReached('timeout'), new InternalError('broken'), new TypeError('x is undefined')]) {
      expect(() =>
        reasonAboutResources(formulas, 1, () => {
          throw e;
        }),
      ).toThrow(e);
    }
  });
});
