/**
 * The one assertion stack (api/term-solver.ts): frames, the answer kept until the stack
 * changes, check numbering across `reset`, and engine errors thrown or answered `unknown`.
 */
import { describe, expect, it } from 'vitest';
import { TermSolver } from '../../../src/api/term-solver.js';
import { defaultOptions } from '../../../src/engine/options.js';
import { ContractError, UnsupportedError } from '../../../src/errors.js';
import { Sort } from '../../../src/terms/sort.js';

describe('TermSolver', () => {
  it('scopes assertions with push and pop and keeps the answer until the stack changes', async () => {
    const s = new TermSolver(defaultOptions);
    const x = s.store.var('x', Sort.Int);
    const y = s.store.var('y', Sort.Int);
    s.assert(s.store.mk('<', [x, y]));
    s.push(2);
    s.assert(s.store.mk('<', [y, x]));
    expect(s.depth).toBe(2);
    expect((await s.check([])).status).toBe('unsat');
    expect(s.last?.status).toBe('unsat');
    s.pop(2);
    expect(s.last).toBeUndefined();
    expect(s.assertions()).toHaveLength(1);
    expect((await s.check([])).status).toBe('sat');
    expect(s.last?.model?.size).toBeGreaterThan(0);
    expect(() => s.pop(1)).toThrow(new ContractError('cannot pop 1 level: only 0 pushed'));
    expect(s.stats).toHaveLength(2);
  });

  it('numbers checks across reset, which starts a new store', async () => {
    const s = new TermSolver(defaultOptions);
    const before = s.store;
    await s.check([]);
    s.reset();
    expect(s.store).not.toBe(before);
    expect(s.assertions()).toEqual([]);
    await s.check([s.store.true]);
    expect(s.stats).toHaveLength(2);
  });

  it('throws an engine error by default, and answers unknown with it under errors: unknown', async () => {
    const s = new TermSolver(defaultOptions);
    const x = s.store.var('x', Sort.Int);
    s.assert(s.store.mk('=', [s.store.mk('*', [x, x]), s.store.int(4n)]));
    await expect(s.check([])).rejects.toThrow(UnsupportedError);
    expect(s.stats).toHaveLength(0);
    expect(s.checking).toBe(false);
    const r = await s.check([], { errors: 'unknown' });
    expect(r.status).toBe('unknown');
    expect(r.error).toBeInstanceOf(UnsupportedError);
    expect(s.last?.reason).toMatch(/^unsupported: /);
    expect(s.stats).toHaveLength(1);
  });
});
