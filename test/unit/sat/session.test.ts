/**
 * SAT sessions (src/sat/session.ts): the built-in CDCL session keeps one solver across solves
 * (clauses added between solves, assumptions per solve, failed assumptions), the one-shot
 * session sends the whole CNF to any backend and checks every model once, and both report
 * misuse of the state machine as ContractError.
 */
import { describe, expect, it } from 'vitest';
import { Cnf } from '../../../src/cnf/cnf.js';
import { ContractError } from '../../../src/errors.js';
import type { SatBackend, SatOutcome } from '../../../src/sat/backend.js';
import { cdclSession } from '../../../src/sat/cdcl/session.js';
import { openSession, resolveBackendChoice } from '../../../src/sat/choice.js';
import { oneShotSession } from '../../../src/sat/oneshot-session.js';
import { createBackend } from '../../../src/sat/registry.js';
import type { SatSession, TheoryCheck } from '../../../src/sat/session.js';
import { pigeonhole, randomKSat, satisfies } from './instances.js';

/** The incremental scenario every session must get right. */
async function incrementalScenario(s: SatSession): Promise<void> {
  expect(s.state).toBe('adding');
  s.add([1, 2]);
  s.add([-1, 3]);
  expect(await s.solve()).toBe('sat');
  expect(s.value(1) ? s.value(3) : s.value(2)).toBe(true);
  // A clause added after a solve; then assumptions for one solve only.
  s.add([-2, -3]);
  s.assume([2]);
  expect(await s.solve()).toBe('sat');
  expect(s.value(2)).toBe(true);
  expect(s.value(3)).toBe(false);
  expect(s.value(1)).toBe(false);
  s.assume([1, 2]);
  expect(await s.solve()).toBe('unsat');
  expect(s.failed(1) || s.failed(2)).toBe(true);
  expect(s.failedAssumptions().every((l) => l === 1 || l === 2)).toBe(true);
  // The assumptions are gone: sat again.
  expect(await s.solve()).toBe('sat');
  // A unit that contradicts: unsat without assumptions, for good.
  s.add([-1]);
  s.add([-2]);
  expect(await s.solve()).toBe('unsat');
  expect(Array.from(s.failedAssumptions())).toEqual([]);
}

function misuse(s: SatSession): void {
  expect(() => s.model()).toThrow(ContractError);
  expect(() => s.failedAssumptions()).toThrow(ContractError);
  expect(() => s.value(1)).toThrow(ContractError);
}

describe('the built-in CDCL session', () => {
  it('adds clauses between solves, uses assumptions per solve, and reports failed assumptions', async () => {
    const s = cdclSession();
    expect(s.capabilities).toEqual({ incremental: true, assumptions: true, proofs: false });
    await incrementalScenario(s);
  });

  it('keeps what it learnt: a second solve of a hard instance needs no new conflicts', async () => {
    const s = cdclSession();
    for (const c of pigeonhole(7, 6)) s.add(c);
    expect(await s.solve()).toBe('unsat');
    const conflicts = s.stats.conflicts!;
    expect(conflicts).toBeGreaterThan(0);
    expect(await s.solve()).toBe('unsat');
    expect(s.stats.conflicts).toBe(conflicts);
  });

  it('answers unknown (timeout, canceled) at its limits', async () => {
    const s = cdclSession();
    for (const c of pigeonhole(11, 10)) s.add(c);
    expect(await s.solve({ timeoutMs: 50 })).toBe('unknown');
    expect(s.reason).toBe('timeout');
    const ctl = new AbortController();
    ctl.abort();
    expect(await s.solve({ signal: ctl.signal })).toBe('unknown');
    expect(s.reason).toBe('canceled');
    let polls = 0;
    expect(await s.solve({ overMemory: () => ++polls > 3 })).toBe('unknown');
    expect(s.reason).toBe('memory limit');
  });

  it('reports misuse of the state machine as ContractError', async () => {
    const s = cdclSession();
    misuse(s);
    s.add([1]);
    expect(await s.solve()).toBe('sat');
    expect(() => s.failed(1)).toThrow(ContractError);
    expect(() => s.add([0])).toThrow(ContractError);
    s.close();
    expect(() => s.add([1])).toThrow(ContractError);
    await expect(s.solve()).rejects.toThrow(ContractError);
  });
});

/** v1 = v2 = … = vn as binary clauses: elimination can remove every variable in between. */
function chain(n: number): number[][] {
  const clauses: number[][] = [];
  for (let k = 1; k < n; k++) clauses.push([-k, k + 1], [k, -(k + 1)]);
  return clauses;
}

/** A theory that forbids every variable of `vars` true at once (one lemma), naming `vars` as its own. */
function notAll(vars: number[], named = true): TheoryCheck {
  const final = (value: (v: number) => boolean): number[][] => (vars.every((v) => value(v)) ? [vars.map((v) => -v)] : []);
  return named ? { final, frozen: () => vars } : { final };
}

describe('the built-in CDCL session with a theory', () => {
  const n = 60;
  const opts = { cdcl: { elimMinClauses: 0 } };

  it("eliminates variables before the search but keeps the theory's, and the model is extended", async () => {
    const s = cdclSession(opts);
    for (const c of chain(n)) s.add(c);
    s.setTheory!(notAll([1, n]));
    expect(await s.solve()).toBe('sat');
    expect(s.stats.eliminated).toBeGreaterThan(n / 2);
    const model = s.model();
    expect(satisfies(chain(n), (v) => model[v] === 1)).toBe(true);
    expect(model[1] === 1 && model[n] === 1).toBe(false);
    // v1 forced true: the chain makes vn true, which the theory refutes.
    s.add([1]);
    expect(await s.solve()).toBe('unsat');
  });

  it('eliminates nothing when the theory does not name its variables', async () => {
    const s = cdclSession(opts);
    for (const c of chain(n)) s.add(c);
    s.add([1]);
    s.setTheory!(notAll([1, n], false));
    expect(await s.solve()).toBe('unsat');
    expect(s.stats.eliminated).toBe(0);
  });

  it('puts eliminated variables back for a later theory that names one of them', async () => {
    const s = cdclSession(opts);
    for (const c of chain(n)) s.add(c);
    s.setTheory!(notAll([1, n]));
    expect(await s.solve()).toBe('sat');
    expect(s.stats.eliminated).toBeGreaterThan(0);
    // Variable 30 was eliminated; the new theory forbids it true. Without it back this lemma
    // would mention an unassigned variable.
    s.setTheory!(notAll([30]));
    s.assume([n]);
    expect(await s.solve()).toBe('unsat');
    expect(await s.solve()).toBe('sat');
    expect(s.value(30)).toBe(false);
    expect(s.value(1)).toBe(false);
    expect(satisfies(chain(n), (v) => s.value(v))).toBe(true);
  });
});

describe('addCnf', () => {
  it('adds an encoded CNF to either session as addFlat does, and later clauses stay the session\'s', async () => {
    for (const make of [() => cdclSession({}), () => oneShotSession(createBackend('builtin')!)]) {
      const enc = new Cnf();
      for (const c of randomKSat(30, 100, 3, 11)) enc.addClause(c);
      enc.numVars = 32; // declared beyond the clauses' variables
      const before = Array.from(enc.flat());
      const s = make();
      s.addCnf(enc);
      expect(await s.solve()).toBe('sat');
      expect(s.model().length).toBeGreaterThanOrEqual(33);
      s.add([31]);
      s.add([-31, 32]);
      expect(await s.solve()).toBe('sat');
      expect(s.value(32)).toBe(true);
      expect(Array.from(enc.flat())).toEqual(before); // the encoder's CNF is untouched
      s.add([-32]);
      expect(await s.solve()).toBe('unsat');
    }
  });
});

describe('the one-shot session', () => {
  it('over the built-in backend: the same incremental behaviour', async () => {
    const s = oneShotSession(createBackend('builtin')!);
    expect(s.capabilities.incremental).toBe(false);
    await incrementalScenario(s);
    misuse(oneShotSession(createBackend('builtin')!));
  });

  it('openSession of a resolved choice solves, with models that satisfy the clauses', async () => {
    const choice = resolveBackendChoice({ backend: 'builtin' });
    for (let seed = 1; seed <= 6; seed++) {
      const clauses = randomKSat(50, 210, 3, seed);
      const s = openSession(choice);
      for (const c of clauses) s.add(c);
      const status = await s.solve();
      if (status === 'sat') expect(satisfies(clauses, (v) => s.value(v))).toBe(true);
      else expect(status).toBe('unsat');
    }
    expect(() => openSession(choice, 'x.drat')).toThrow(ContractError); // not resolved for proofs
  });

  it('checks every model once: a lying backend is unknown with a backend error, never sat', async () => {
    let calls = 0;
    const liar: SatBackend = {
      name: 'liar',
      capabilities: { assumptions: true, proofs: false },
      async solve(cnf: Cnf): Promise<SatOutcome> {
        calls++;
        return { status: 'sat', model: new Uint8Array(cnf.numVars + 1).fill(1), stats: { calls } };
      },
    };
    const s = oneShotSession(liar);
    s.add([1, 2]);
    expect(await s.solve()).toBe('sat');
    s.add([-1]);
    expect(await s.solve()).toBe('unknown');
    expect(s.reason).toBe('backend error: liar: the model falsifies clause #2');
    expect(s.stats).toEqual({ calls: 2 });
    s.assume([-2]);
    s.add([]); // the empty clause
    expect(await s.solve()).toBe('unknown');
    expect(s.reason).toMatch(/^backend error: liar: the model falsifies clause #2/);
  });

  it('passes cancellation to the backend: terminate() and the caller\'s signal', async () => {
    const s = oneShotSession(createBackend('builtin', { inlineMaxLits: 0 })!);
    for (const c of pigeonhole(12, 11)) s.add(c);
    const running = s.solve();
    setTimeout(() => s.terminate(), 100);
    expect(await running).toBe('unknown');
    expect(s.reason).toBe('canceled');
    await expect(Promise.all([s.solve(), s.solve()])).rejects.toThrow(ContractError);
  });

  it('polls the memory limit while the backend solves in its worker: unknown (memory limit)', async () => {
    const s = oneShotSession(createBackend('builtin', { inlineMaxLits: 0 })!);
    for (const c of pigeonhole(12, 11)) s.add(c);
    let polls = 0;
    expect(await s.solve({ overMemory: () => ++polls > 2 })).toBe('unknown');
    expect(s.reason).toBe('memory limit');
    expect(polls).toBe(3);
  });
});
