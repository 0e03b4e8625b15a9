import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/errors.js';
import type { SatBackend } from '../../../src/sat/backend.js';
import { backendNames, createBackend } from '../../../src/sat/registry.js';
import { solveInline, workerScriptUrl } from '../../../src/sat/builtin.js';
import { pigeonhole, randomKSat, satisfies, toCnf } from './instances.js';

const none = new Int32Array(0);

/** The backend with the inline attempt disabled, so every call goes through a worker. */
function workerBackend(options: Record<string, unknown> = {}): SatBackend {
  const backend = createBackend('builtin', { inlineMaxLits: 0, ...options });
  if (!backend) throw new Error('builtin backend not registered');
  return backend;
}

describe('worker script location', () => {
  it('maps a TypeScript source module to its compiled twin in dist/', () => {
    expect(workerScriptUrl('file:///repo/src/sat/builtin.ts').href).toBe('file:///repo/dist/sat/worker.js');
    expect(workerScriptUrl('file:///a/src/b/src/sat/builtin.ts').href).toBe('file:///a/src/b/dist/sat/worker.js');
  });

  it('uses the sibling script from compiled code', () => {
    expect(workerScriptUrl('file:///repo/dist/sat/builtin.js').href).toBe('file:///repo/dist/sat/worker.js');
  });

  it('uses the unbundled script of dist/ from a chunk of the bundled program', () => {
    expect(workerScriptUrl('file:///repo/dist/bin/backend-x1.mjs').href).toBe('file:///repo/dist/sat/worker.js');
    expect(workerScriptUrl('file:///a/dist/b/dist/bin/eagersmt.mjs').href).toBe('file:///a/dist/b/dist/sat/worker.js');
  });

  it('finds an existing script from the test run (dist/ is built)', () => {
    expect(existsSync(fileURLToPath(workerScriptUrl()))).toBe(true);
  });
});

describe('builtin backend', () => {
  it('is registered as builtin with assumptions support', () => {
    expect(backendNames()).toContain('builtin');
    const backend = createBackend('builtin');
    expect(backend?.name).toBe('builtin');
    expect(backend?.capabilities.assumptions).toBe(true);
    expect(() => createBackend('builtin', { bogus: 1 })).toThrow(ContractError);
    expect(() => createBackend('builtin', { cdcl: { restart: 9 } })).toThrow(ContractError);
  });

  it('solves in a worker and agrees with the inline solver, models checked', async () => {
    const backend = workerBackend();
    for (let i = 0; i < 12; i++) {
      const n = 40 + 5 * i;
      const clauses = randomKSat(n, Math.round(4.26 * n), 3, 31337 + i);
      const cnf = toCnf(clauses, n);
      const out = await backend.solve(cnf, none, {});
      expect(out.status).toBe(solveInline(cnf).status);
      if (out.status === 'sat') {
        expect(out.model).toBeInstanceOf(Uint8Array);
        expect(out.model!.length).toBe(n + 1);
        expect(satisfies(clauses, (v) => out.model![v] === 1)).toBe(true);
      }
      expect(out.stats?.conflicts).toBeGreaterThanOrEqual(0);
    }
  });

  it('returns failed assumptions from the worker', async () => {
    const cnf = toCnf([[-1, 2], [-2, 3]]);
    const out = await workerBackend().solve(cnf, Int32Array.of(4, 1, -3), {});
    expect(out.status).toBe('unsat');
    expect([...out.failed!].sort()).toEqual([-3, 1]);
  });

  it('answers unknown/timeout promptly on a hard instance', async () => {
    const started = Date.now();
    const out = await workerBackend().solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 200 });
    const elapsed = Date.now() - started;
    expect(out).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000);
  });

  it('answers unknown/canceled when the signal aborts, and at once if already aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const out = await workerBackend().solve(toCnf(pigeonhole(11, 10)), none, { signal: controller.signal });
    expect(out).toMatchObject({ status: 'unknown', reason: 'canceled' });
    expect(Date.now() - started).toBeLessThan(1000);

    const early = await workerBackend().solve(toCnf(pigeonhole(3, 3)), none, { signal: controller.signal });
    expect(early).toMatchObject({ status: 'unknown', reason: 'canceled' });
  });

  it('runs concurrent solves independently', async () => {
    const backend = workerBackend();
    const sat = randomKSat(60, 220, 3, 8);
    const jobs = [
      backend.solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 300 }),
      backend.solve(toCnf(pigeonhole(7, 6)), none, {}),
      backend.solve(toCnf(pigeonhole(7, 7)), none, {}),
      backend.solve(toCnf(sat), none, {}),
      backend.solve(toCnf([[1, 2], [-1]]), Int32Array.of(-2), {}),
    ];
    const outs = await Promise.all(jobs);
    expect(outs.map((o) => o.status)).toEqual(['unknown', 'unsat', 'sat', 'sat', 'unsat']);
    expect(outs[0]!.reason).toBe('timeout');
    expect(satisfies(pigeonhole(7, 7), (v) => outs[2]!.model![v] === 1)).toBe(true);
    expect(satisfies(sat, (v) => outs[3]!.model![v] === 1)).toBe(true);
    expect([...outs[4]!.failed!]).toEqual([-2]);
  });

  it('keeps working after workers were terminated', async () => {
    const backend = workerBackend();
    for (let round = 0; round < 3; round++) {
      expect((await backend.solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 50 })).reason).toBe('timeout');
      expect((await backend.solve(toCnf(pigeonhole(5, 4)), none, {})).status).toBe('unsat');
    }
  });

  it('solves inline, in slices that let the event loop run: a timer fires during a hard solve, which ends at its time limit or when canceled', async () => {
    const backend = createBackend('builtin', { sliceConflicts: 100 })!;
    const small = await backend.solve(toCnf(pigeonhole(4, 4)), none, {});
    expect(small.status).toBe('sat');
    // A 20 ms timer over a 2 s solve: dozens of turns when the loop runs between slices (a
    // slice may be long on a loaded machine, e.g. the one that preprocesses), none otherwise.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const hard = await backend.solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 2000 });
    clearInterval(timer);
    expect(hard).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(ticks).toBeGreaterThan(10); // the thread was not held for the whole solve
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const canceled = await backend.solve(toCnf(pigeonhole(11, 10)), none, { signal: controller.signal });
    expect(canceled).toMatchObject({ status: 'unknown', reason: 'canceled' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('searches the same way on every run: slices are counted in conflicts, not timed', async () => {
    const backend = createBackend('builtin', { sliceConflicts: 50 })!;
    const cnf = toCnf(pigeonhole(8, 7));
    const runs = [await backend.solve(cnf, none, {}), await backend.solve(cnf, none, {})];
    // A busy event loop between slices (timers, I/O) must not change the search either.
    const busy = setInterval(() => {
      const until = Date.now() + 3;
      while (Date.now() < until);
    }, 1);
    runs.push(await backend.solve(cnf, none, {}));
    clearInterval(busy);
    expect(runs.map((r) => r.status)).toEqual(['unsat', 'unsat', 'unsat']);
    expect(runs[0]!.stats!.conflicts).toBeGreaterThan(200);
    expect(runs[1]!.stats).toEqual(runs[0]!.stats);
    expect(runs[2]!.stats).toEqual(runs[0]!.stats);
  });

  it('solves an instance of thousands of conflicts inline with the same answers as a worker', async () => {
    const inline = createBackend('builtin')!;
    for (const [n, h] of [[7, 6], [8, 8]] as const) {
      const cnf = toCnf(pigeonhole(n, h));
      const [a, b] = [await inline.solve(cnf, none, {}), await workerBackend().solve(cnf, none, {})];
      expect(a.status).toBe(b.status);
      if (a.status === 'sat') expect(satisfies(pigeonhole(n, h), (v) => a.model![v] === 1)).toBe(true);
    }
  });

  describe('worker failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eagersmt-worker-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const script = (name: string, body: string) => {
      const file = join(dir, name);
      writeFileSync(file, body);
      return pathToFileURL(file);
    };

    it('reports a crashing worker as unknown with a backend error', async () => {
      const workerScript = script(
        'throws.mjs',
        `import { parentPort } from 'node:worker_threads';
         parentPort.on('message', () => { throw new Error('solver exploded'); });`,
      );
      const out = await workerBackend({ workerScript }).solve(toCnf([[1]]), none, {});
      expect(out.status).toBe('unknown');
      expect(out.reason).toMatch(/^backend error: .*solver exploded/);
    });

    it('hands an inline job to a worker only when another inline solve shares the thread and its budget has run out', async () => {
      const workerScript = script(
        'budget.mjs',
        `import { parentPort } from 'node:worker_threads';
         parentPort.on('message', () => { throw new Error('worker reached'); });`,
      );
      const backend = createBackend('builtin', { workerScript, inlineMs: 10 })!;
      expect((await backend.solve(toCnf(pigeonhole(4, 4)), none, {})).status).toBe('sat');
      // Alone on the thread: it stays inline, whatever its budget, up to its time limit.
      const alone = await backend.solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 300 });
      expect(alone).toMatchObject({ status: 'unknown', reason: 'timeout' });
      // Two at once: past the budget, one of them goes to the worker; the other, alone again, stays.
      const both = await Promise.all([0, 1].map(() => backend.solve(toCnf(pigeonhole(11, 10)), none, { timeoutMs: 600 })));
      const reasons = both.map((o) => o.reason).sort();
      expect(reasons[0]).toMatch(/worker reached/);
      expect(reasons[1]).toBe('timeout');
    });

    it('reports a worker that exits as unknown with its exit code', async () => {
      const workerScript = script(
        'exits.mjs',
        `import { parentPort } from 'node:worker_threads';
         parentPort.on('message', () => process.exit(3));`,
      );
      const out = await workerBackend({ workerScript }).solve(toCnf([[1]]), none, {});
      expect(out).toMatchObject({ status: 'unknown', reason: 'backend error: worker exited with code 3' });
    });

    it('reports a missing worker script as a backend error', async () => {
      const workerScript = pathToFileURL(join(dir, 'missing.mjs'));
      const out = await workerBackend({ workerScript }).solve(toCnf([[1]]), none, {});
      expect(out.status).toBe('unknown');
      expect(out.reason).toMatch(/^backend error: /);
    });
  });
});

describe('solveInline', () => {
  it('solves synchronously with a cooperative time limit', () => {
    expect(solveInline(toCnf(pigeonhole(5, 4))).status).toBe('unsat');
    const out = solveInline(toCnf(pigeonhole(12, 11)), none, { timeoutMs: 100 });
    expect(out).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(solveInline(toCnf(pigeonhole(9, 8)), none, { conflictLimit: 5 })).toMatchObject({
      status: 'unknown',
      reason: 'conflict limit',
    });
  });
});
