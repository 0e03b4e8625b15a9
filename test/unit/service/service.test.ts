/**
 * The distributed service end to end, on a private redis-server (test/support/redis.ts):
 * portfolio and cube-and-conquer answers agree with the built-in core; a cached answer needs
 * no worker; `kill -9` of a worker mid-job, a Redis restart mid-solve and a client that
 * disappears lose no answer and leave no work behind; an answer cancels the query's other
 * jobs and kills their solver processes; a wrong password, a missing one and an oversize CNF
 * are refused with clear messages, while an ACL user with the right password works.
 *
 * Slow jobs come from a fake solver (`sleep`, then MiniSat) run by the worker's own
 * `--sat-binary`, so that "mid-job" does not depend on the machine's speed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cnf } from '../../../src/cnf/cnf.js';
import { BackendError } from '../../../src/errors.js';
import type { SatOutcome } from '../../../src/sat/backend.js';
import { solveInline } from '../../../src/sat/builtin.js';
import { createBackend, registerBackend } from '../../../src/sat/registry.js';
import { serviceBackend } from '../../../src/service/client.js';
import { connectRedis, QUEUE_NAME } from '../../../src/service/protocol.js';
import { solveOnService } from '../../../src/service/scheduler.js';
import { startWorker, type ServiceWorker } from '../../../src/service/worker.js';
import { selfSignedCert, startRedis, type RedisServer } from '../../support/redis.js';
import { pigeonhole, randomKSat, satisfies, toCnf, type Clauses } from '../sat/instances.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-service-test-'));
const none = new Int32Array(0);
// The engine registers the service's client; these tests use the registry without the engine.
registerBackend('service', serviceBackend);
let redis: RedisServer;
const workers: ServiceWorker[] = [];
const children: ChildProcess[] = [];
let prefixes = 0;
/** A key prefix of its own for each test, so queues, caches and counters do not mix. */
const freshPrefix = () => `t${process.pid}n${++prefixes}`;

beforeAll(async () => {
  redis = await startRedis();
}, 20000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.close().catch(() => {})));
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
}, 20000);

async function worker(prefix: string, extra: Partial<Parameters<typeof startWorker>[0]> = {}): Promise<ServiceWorker> {
  const w = await startWorker({ url: redis.url, backend: 'builtin', prefix, heartbeatMs: 200, ...extra });
  workers.push(w);
  return w;
}

/**
 * A fake solver: records its pid in `dir`, sleeps, then runs MiniSat on its arguments. With
 * `exec`, the pid stays the solver's, so a test can see that it was killed.
 */
function slowSolver(name: string, seconds: number): { binary: string; dir: string } {
  const dir = mkdtempSync(join(work, `${name}-`));
  const binary = join(work, `${name}.sh`);
  writeFileSync(binary, `#!/bin/sh\necho $$ > "${dir}/$$"\nsleep ${seconds}\nexec minisat "$@"\n`);
  chmodSync(binary, 0o755);
  return { binary, dir };
}

/** Pids of the fake solver runs started so far. */
function started(dir: string): number[] {
  return readdirSync(dir).map(Number);
}

async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `eagersmt worker` as a process; resolves with it and its id once it is ready. */
function workerProcess(prefix: string, args: string[]): Promise<{ child: ChildProcess; id: string }> {
  const child = spawn('node', [cli, 'worker', '--redis', redis.url, '--prefix', prefix, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /worker: (\S+) ready/.exec(err);
      if (m) resolve({ child, id: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${err}`)));
  });
}

/** Runs the CLI without blocking this process's event loop. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function expectModel(out: SatOutcome, clauses: Clauses, assumptions: ArrayLike<number> = []): void {
  expect(out.status).toBe('sat');
  const m = out.model!;
  expect(satisfies([...clauses, ...Array.from(assumptions, (l) => [l])], (v) => m[v] === 1)).toBe(true);
}

/** A satisfiable CNF that takes the fake solver its sleep and MiniSat no time. */
const easy: Clauses = [[1, 2, 3], [-1, -2], [-2, -3], [2, 4], [-4, 5]];

describe('service answers', () => {
  it('portfolio and cube modes agree with the built-in core on a CNF set, models included', async () => {
    const portfolio = freshPrefix();
    const cubes = freshPrefix();
    for (const prefix of [portfolio, cubes]) for (let i = 0; i < 2; i++) await worker(prefix, { concurrency: 2 });
    const set: { clauses: Clauses; n: number; assumptions: Int32Array }[] = [
      ...[1, 2, 3, 4, 5, 6].map((seed) => ({ clauses: randomKSat(60, 258, 3, seed), n: 60, assumptions: none })),
      { clauses: pigeonhole(6, 5), n: 30, assumptions: none },
      { clauses: pigeonhole(5, 5), n: 25, assumptions: none },
      { clauses: randomKSat(50, 180, 3, 9), n: 50, assumptions: Int32Array.of(1, -2, 3) },
    ];
    const seen = new Set<string>();
    let split = 0;
    for (const { clauses, n, assumptions } of set) {
      const cnf = toCnf(clauses, n);
      const expected = solveInline(cnf, assumptions).status;
      seen.add(expected);
      for (const [mode, prefix] of [['portfolio', portfolio], ['cubes', cubes]] as const) {
        const backend = createBackend('service', { url: redis.url, mode, jobs: mode === 'cubes' ? 8 : 3, prefix })!;
        const out = await backend.solve(cnf, assumptions, { timeoutMs: 30000 });
        expect(out.status, `${mode}`).toBe(expected);
        if (out.status === 'sat') expectModel(out, clauses, assumptions);
        expect(out.stats!.cacheHit).toBe(0);
        if (mode === 'cubes' && out.stats!.serviceJobs! > 1) split++;
      }
    }
    expect([...seen].sort()).toEqual(['sat', 'unsat']);
    expect(split).toBeGreaterThan(0);
  }, 60000);

  it('answers a repeated query from the cache with no worker at all', async () => {
    const prefix = freshPrefix();
    const w = await worker(prefix);
    const clauses = randomKSat(60, 250, 3, 11);
    const cnf = toCnf(clauses, 60);
    const first = await solveOnService(cnf, Int32Array.of(4, -7), { timeoutMs: 20000 }, { url: redis.url, prefix, jobs: 2 });
    expect(first.stats!.cacheHit).toBe(0);
    await w.close();
    const jobsBefore = w.counters.done;
    // Same CNF, same assumption set in another order: from the cache, though no worker runs.
    const again = await solveOnService(cnf, Int32Array.of(-7, 4), { timeoutMs: 5000 }, { url: redis.url, prefix, jobs: 2 });
    expect(again.status).toBe(first.status);
    expect(again.stats!.cacheHit).toBe(1);
    expect(again.stats!.serviceJobs).toBe(0);
    expect(w.counters.done).toBe(jobsBefore);
    if (again.status === 'sat') expectModel(again, clauses, [4, -7]);
  }, 30000);

  it('refuses a CNF over the payload limits before sending anything', async () => {
    const cnf = toCnf(randomKSat(300, 1200, 3, 2));
    const limits = { maxBlobBytes: 1000, maxCnfBytes: 1 << 20, maxAssumptions: 10 };
    await expect(solveOnService(cnf, none, {}, { url: redis.url, prefix: freshPrefix(), limits })).rejects.toThrow(/over the service's limits/);
  });
});

describe('service faults', () => {
  it('kill -9 of a worker mid-job: another worker retries the job and the answer comes', async () => {
    const prefix = freshPrefix();
    const slow = slowSolver('kill', 2);
    const lock = ['--lock-duration', '1000', '--stalled-interval', '500'];
    const a = await workerProcess(prefix, ['--backend', 'minisat', '--sat-binary', slow.binary, ...lock]);
    const answer = solveOnService(toCnf(easy), none, { timeoutMs: 40000 }, { url: redis.url, prefix, jobs: 1 });
    await until(() => started(slow.dir).length === 1, 15000, 'the job to start');
    a.child.kill('SIGKILL');
    const b = await workerProcess(prefix, ['--backend', 'minisat', '--sat-binary', slow.binary, ...lock]);
    const out = await answer;
    expectModel(out, easy);
    expect(started(slow.dir).length).toBe(2); // solved again by b, once
    // The status command sees the live worker.
    const status = spawnSync('node', [cli, 'service', 'status', '--redis', redis.url, '--prefix', prefix, '--json'], { encoding: 'utf8' });
    expect(status.status).toBe(0);
    const parsed = JSON.parse(status.stdout) as { workers: { id: string }[]; queue: Record<string, number>; counters: Record<string, number> };
    expect(parsed.workers.map((w) => w.id)).toContain(b.id);
    expect(parsed.counters.sat).toBe(1);
    expect(parsed.queue.waiting).toBe(0);
    b.child.kill('SIGTERM');
  }, 45000);

  it('kill -9 of a worker leaves no orphan: its solver and the solver\'s children die with it', async () => {
    const prefix = freshPrefix();
    const slow = slowSolver('orphan', 120);
    const a = await workerProcess(prefix, ['--backend', 'minisat', '--sat-binary', slow.binary]);
    const answer = solveOnService(toCnf(easy), none, { timeoutMs: 8000 }, { url: redis.url, prefix, jobs: 1 });
    await until(() => started(slow.dir).length === 1, 15000, 'the job to start');
    const [pid] = started(slow.dir);
    expect(alive(pid!)).toBe(true);
    a.child.kill('SIGKILL');
    await until(() => !alive(pid!), 10000, 'the orphaned solver to die');
    expect((await answer).status).toBe('unknown');
  }, 45000);

  it('a worker answers an external unsat only when verified, and caches it with how it was established', async () => {
    const php = toCnf(pigeonhole(5, 4));
    const plain = freshPrefix();
    await worker(plain, { backend: 'minisat' });
    const unverified = await solveOnService(php, none, { timeoutMs: 30000 }, { url: redis.url, prefix: plain, jobs: 1 });
    expect(unverified).toMatchObject({ status: 'unknown', reason: 'unverified unsat from minisat' });
    const trusting = freshPrefix();
    await worker(trusting, { backend: 'minisat', trustBackend: true });
    expect((await solveOnService(php, none, { timeoutMs: 30000 }, { url: redis.url, prefix: trusting, jobs: 1 })).status).toBe('unsat');
    const checked = freshPrefix();
    const { checkUnsatInWorker } = await import('../../../src/proof/verify-unsat.js');
    await worker(checked, { backend: 'cadical', unsatChecker: checkUnsatInWorker });
    expect((await solveOnService(php, none, { timeoutMs: 30000 }, { url: redis.url, prefix: checked, jobs: 1 })).status).toBe('unsat');
    const conn = await connectRedis(redis.url);
    const entries = async (prefix: string) => (await Promise.all((await conn.keys(`${prefix}:cache:*`)).map((k) => conn.get(k)))).map((t) => JSON.parse(t!));
    expect(await entries(plain)).toEqual([]);
    expect(await entries(trusting)).toContainEqual({ status: 'unsat', check: 'trusted' });
    expect(await entries(checked)).toContainEqual({ status: 'unsat', check: 'verified' });
    conn.disconnect();
  }, 90000);

  it('a Redis restart mid-solve: client and worker reconnect and the answer comes', async () => {
    const prefix = freshPrefix();
    const slow = slowSolver('restart', 2);
    await worker(prefix, { backend: 'minisat', backendOptions: { binary: slow.binary } });
    const answer = solveOnService(toCnf(easy), none, { timeoutMs: 40000 }, { url: redis.url, prefix, jobs: 1 });
    await until(() => started(slow.dir).length === 1, 15000, 'the job to start');
    await redis.restart();
    const out = await answer;
    expectModel(out, easy);
    expect(started(slow.dir).length).toBe(1);
  }, 45000);

  it('the jobs of a client that disappears expire without being solved', async () => {
    const prefix = freshPrefix();
    const script = join(work, 'client.mjs');
    writeFileSync(
      script,
      `import { solveOnService } from ${JSON.stringify(join(root, 'dist/service/scheduler.js'))};
       import { Cnf } from ${JSON.stringify(join(root, 'dist/cnf/cnf.js'))};
       const cnf = new Cnf(); cnf.addClause([1, 2]); cnf.addClause([-1]);
       await solveOnService(cnf, new Int32Array(0), {}, { url: ${JSON.stringify(redis.url)}, prefix: ${JSON.stringify(prefix)}, jobs: 3, aliveTtlMs: 1000 });`,
    );
    const client = spawn('node', [script], { stdio: 'ignore' });
    children.push(client);
    const conn = await connectRedis(redis.url);
    const queue = new Queue(QUEUE_NAME, { connection: conn, prefix });
    try {
      await until(async () => (await queue.getJobCounts('waiting')).waiting === 3, 15000, 'the client to queue its jobs');
      client.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 1500)); // its heartbeat expires
      const w = await worker(prefix);
      await until(() => w.counters.expired === 3, 10000, 'the jobs to expire');
      expect(w.counters.sat + w.counters.unsat + w.counters.unknown).toBe(0);
    } finally {
      await queue.close();
      conn.disconnect();
    }
  }, 40000);

  it('a job that Redis lost is queued again by the client and answered', async () => {
    const prefix = freshPrefix();
    const conn = await connectRedis(redis.url);
    const queue = new Queue(QUEUE_NAME, { connection: conn, prefix });
    try {
      const answer = solveOnService(toCnf(easy), none, { timeoutMs: 30000 }, { url: redis.url, prefix, jobs: 1, reconcileMs: 300 });
      await until(async () => (await queue.getJobCounts('waiting')).waiting === 1, 15000, 'the job to be queued');
      for (const job of await queue.getJobs(['waiting'])) await job.remove(); // as if a Redis restart had lost it
      await worker(prefix);
      const out = await answer;
      expectModel(out, easy);
      expect(out.stats!.requeued).toBe(1);
    } finally {
      await queue.close();
      conn.disconnect();
    }
  }, 30000);

  it('a decided query cancels its other jobs and kills their solver processes', async () => {
    const prefix = freshPrefix();
    const slow = slowSolver('cancel', 60);
    const w = await worker(prefix, { backend: 'minisat', backendOptions: { binary: slow.binary, killGraceMs: 200 }, concurrency: 2 });
    const out = await solveOnService(toCnf(easy), none, { timeoutMs: 1500 }, { url: redis.url, prefix, jobs: 2 });
    expect(out).toMatchObject({ status: 'unknown', reason: 'timeout' });
    // Each job carries the query's deadline too, so a worker may stop a solver on its own
    // time limit just before the cancellation arrives: either way both jobs end unsolved.
    await until(() => w.counters.canceled + w.counters.unknown === 2, 10000, 'both jobs to end');
    const pids = started(slow.dir);
    expect(pids.length).toBe(2);
    await until(() => pids.every((p) => !alive(p)), 5000, 'the solver processes to die');
  }, 30000);
});

describe('service security', () => {
  let secured: RedisServer;
  beforeAll(async () => {
    secured = await startRedis({ password: 'root-pass', users: ['eager on >s3cret ~eagersmt:* &eagersmt:* +@all'] });
  }, 20000);
  afterAll(async () => secured?.stop());
  const at = (auth: string) => secured.url.replace('redis://', `redis://${auth}`);
  const cnf = (): Cnf => toCnf(easy);

  it('a wrong password gives a clear error that does not repeat the password', async () => {
    const err = await solveOnService(cnf(), none, {}, { url: at('eager:badpass@') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackendError);
    expect((err as Error).message).toMatch(/cannot connect to redis:\/\/eager:\*\*\*@127\.0\.0\.1:\d+: authentication failed: wrong user name or password/);
    expect((err as Error).message).not.toContain('badpass');
    await expect(solveOnService(cnf(), none, {}, { url: secured.url })).rejects.toThrow(/authentication required/);
    const cliRun = spawnSync('node', [cli, 'worker', '--redis', at('eager:badpass@')], { encoding: 'utf8' });
    expect(cliRun.status).toBe(1);
    expect(cliRun.stderr).toMatch(/authentication failed/);
  }, 20000);

  const cert = selfSignedCert(work);
  it.skipIf(cert === undefined)('rediss:// speaks TLS and checks the certificate (no openssl: skipped)', async () => {
    const tls = await startRedis({ tls: cert! });
    try {
      const [ok, untrusted, plain] = await Promise.all([
        runCli(['service', 'status', '--redis', tls.url, '--json'], { NODE_EXTRA_CA_CERTS: cert!.cert }),
        runCli(['service', 'status', '--redis', tls.url]),
        runCli(['service', 'status', '--redis', tls.url.replace('rediss:', 'redis:')]),
      ]);
      expect(ok.stderr).toBe('');
      expect(JSON.parse(ok.stdout)).toMatchObject({ workers: [], queue: { waiting: 0 } });
      expect(untrusted.status).toBe(1);
      expect(untrusted.stderr).toMatch(/TLS failure: self-signed certificate/);
      expect(plain.status).toBe(1);
      expect(plain.stderr).toMatch(/cannot connect to redis:/);
    } finally {
      await tls.stop();
    }
  }, 40000);

  it('an ACL user restricted to the service keys can run workers and clients', async () => {
    const w = await startWorker({ url: at('eager:s3cret@'), backend: 'builtin' });
    workers.push(w);
    const out = await solveOnService(cnf(), none, { timeoutMs: 20000 }, { url: at('eager:s3cret@'), jobs: 2 });
    expectModel(out, easy);
    await w.close();
  }, 30000);
});

it('the CLI solves an SMT-LIB script with --backend service', async () => {
  const prefix = 'eagersmt'; // the CLI's prefix
  await worker(prefix);
  const file = join(work, 'p.smt2');
  writeFileSync(file, '(set-logic QF_IDL)\n(declare-const x Int)\n(declare-const y Int)\n(assert (< x y))\n(assert (< y 3))\n(check-sat)\n(get-value (x))\n');
  // Not spawnSync: the worker runs in this process and must keep running meanwhile.
  const run = await runCli(['--backend', 'service', '--redis', redis.url, '--service-mode', 'cubes', file]);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^sat\n\(\(x /);
  const bad = spawnSync('node', [cli, '--backend', 'service', file], { encoding: 'utf8' });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/needs --redis/);
}, 30000);
