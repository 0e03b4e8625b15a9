#!/usr/bin/env node
/**
 * Measures the distributed service (src/service/) on one machine: hard job-shop CNFs solved by
 * 1, 2 and 4 worker processes in portfolio mode (as many members as workers) and in
 * cube-and-conquer mode (four cubes per worker), and the round trip of a trivial job (client
 * connects, stores the CNF, queues the job, a worker solves it, the result comes back) with and
 * without a cache hit.
 *
 *   npm run build && node benchmarks/service/run.mjs [--backend cadical] [--workers 1,2,4]
 *       [--modes portfolio,cubes] [--timeout 120] [--trivial 30] [--quick] [--keep DIR]
 *
 * The CNFs come from scripts/jobshop-gen.mjs (J jobs, K operations, M machines, makespan at the
 * generator's lower bound, where these instances are hardest) through
 * `eagersmt --no-resources --dump-cnf`. A private redis-server runs on a free loopback port
 * with a temporary directory and no persistence; the result cache is emptied before every
 * solve, so each one really solves. Times are wall clock at the client. Workers are separate
 * `eagersmt worker` processes, so with W workers on fewer than W cores they share the CPUs:
 * the script prints the core count and the load average before and after, and its figures
 * only mean something next to them. Answers must agree across runs (sat/unsat), and every
 * model is checked by the client; any disagreement is printed loudly and the exit code is 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) throw new Error('dist/ is missing: run npm run build first');
const load = (rel) => import(pathToFileURL(join(root, 'dist', rel)).href);
const { solveOnService } = await load('service/scheduler.js');
const { connectRedis } = await load('service/protocol.js');
const { parseDimacs } = await load('cnf/dimacs.js');
const { Cnf } = await load('cnf/cnf.js');

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'cadical' },
    workers: { type: 'string', default: '1,2,4' },
    modes: { type: 'string', default: 'portfolio,cubes' },
    timeout: { type: 'string', default: '120' },
    trivial: { type: 'string', default: '30' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'string' },
  },
});
const timeoutMs = Number(values.timeout) * 1000;
const workerCounts = values.workers.split(',').map(Number);
const modes = values.modes.split(',');
const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'eagersmt-service-bench-'));
const prefix = 'bench';
/** [jobs, operations, machines, seed]: 2-10 s for CaDiCaL on an idle core. */
const shapes = values.quick ? [[10, 6, 6, 4]] : [[10, 6, 6, 4], [15, 5, 5, 7], [12, 6, 6, 6]];

function port() {
  return new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address();
      srv.close(() => ok(p));
    });
  });
}

/** Starts a process and resolves once `ready` matches its output. */
function startProcess(cmd, args, ready) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const seen = (d) => {
      text += d;
      if (ready.test(text)) ok(child);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => fail(new Error(`${cmd} exited with ${code}: ${text.slice(-300)}`)));
  });
}

function stop(child) {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', ok);
    child.kill('SIGTERM');
  });
}

function jobshopCnf([jobs, ops, machines, seed]) {
  const name = `jobshop-${jobs}x${ops}x${machines}-s${seed}`;
  const smt2 = join(dir, `${name}.smt2`);
  const cnf = join(dir, `${name}.cnf`);
  if (!existsSync(cnf)) {
    const gen = spawnSync(process.execPath, [join(root, 'scripts/jobshop-gen.mjs'), '--jobs', String(jobs), '--ops', String(ops), '--machines', String(machines), '--seed', String(seed), '-o', smt2], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`jobshop-gen: ${gen.stderr}`);
    // The CNF is written before solving starts; -t cuts the solve, which is not wanted here.
    spawnSync(process.execPath, [cli, '--no-resources', '--dump-cnf', cnf, '-t', '8', smt2], { stdio: 'ignore' });
    if (!existsSync(cnf)) throw new Error(`no CNF for ${name}`);
  }
  return { name, cnf: parseDimacs(readFileSync(cnf, 'latin1'), cnf) };
}

async function emptyCache(redis) {
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:cache:*`, 'COUNT', 1000);
    if (batch.length > 0) await redis.del(...batch);
    cursor = next;
  } while (cursor !== '0');
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const fmt = (ms) => (ms === undefined ? '-' : (ms / 1000).toFixed(2));

const redisPort = await port();
const redisServer = await startProcess('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
const url = `redis://127.0.0.1:${redisPort}`;
const redis = await connectRedis(url);
let failures = 0;
try {
  console.log(`# cores ${availableParallelism()}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start; backend ${values.backend}; timeout ${values.timeout} s`);
  const set = shapes.map(jobshopCnf);
  for (const { name, cnf } of set) console.log(`# ${name}: ${cnf.numVars} variables, ${cnf.numClauses} clauses`);

  const verdict = new Map();
  const rows = [];
  for (const w of workerCounts) {
    const workers = await Promise.all(
      Array.from({ length: w }, () => startProcess(process.execPath, [cli, 'worker', '--redis', url, '--prefix', prefix, '--backend', values.backend, '-q'], /ready/)),
    );
    try {
      for (const mode of modes) {
        const jobs = mode === 'portfolio' ? w : 4 * w;
        for (const { name, cnf } of set) {
          await emptyCache(redis);
          const t0 = performance.now();
          const out = await solveOnService(cnf, new Int32Array(0), { timeoutMs }, { url, prefix, mode, jobs });
          const ms = performance.now() - t0;
          if (out.status !== 'unknown') {
            const before = verdict.get(name);
            if (before !== undefined && before !== out.status) {
              console.log(`!!! DISAGREEMENT on ${name}: ${before} vs ${out.status} (${w} workers, ${mode})`);
              failures++;
            }
            verdict.set(name, out.status);
          }
          rows.push({ name, w, mode, jobs, status: out.status, ms: out.status === 'unknown' ? undefined : ms, refuted: out.stats?.cubesRefuted ?? 0 });
          const st = out.stats ?? {};
          const notes = [out.reason, st.lookaheadMs !== undefined ? `lookahead ${st.lookaheadMs} ms` : '', st.cubesRefuted ? `${st.cubesRefuted} cubes refuted` : '', st.cacheHit || st.cachedJobs ? 'CACHE HIT' : ''].filter(Boolean);
          console.log(`${name}  workers ${w}  ${mode.padEnd(9)} jobs ${String(jobs).padStart(2)}  ${out.status.padEnd(7)} ${fmt(ms)} s${notes.length ? `  (${notes.join(', ')})` : ''}`);
        }
      }
    } finally {
      await Promise.all(workers.map(stop));
    }
  }

  console.log('\n| instance | mode | ' + workerCounts.map((w) => `${w} worker${w > 1 ? 's' : ''} (s)`).join(' | ') + ' |');
  console.log('|---|---|' + workerCounts.map(() => '---:').join('|') + '|');
  for (const { name } of set) {
    for (const mode of modes) {
      const cells = workerCounts.map((w) => fmt(rows.find((r) => r.name === name && r.w === w && r.mode === mode)?.ms));
      console.log(`| ${name} (${verdict.get(name) ?? '?'}) | ${mode} | ${cells.join(' | ')} |`);
    }
  }

  // Round trip of a trivial job: one worker, a two-clause CNF that differs every time (no cache hit).
  const n = Number(values.trivial);
  if (n > 0) {
    const worker = await startProcess(process.execPath, [cli, 'worker', '--redis', url, '--prefix', prefix, '--backend', values.backend, '-q'], /ready/);
    try {
      const miss = [];
      const hit = [];
      for (let i = 0; i < n; i++) {
        const cnf = new Cnf();
        cnf.addClause([1, 2 + i]);
        cnf.addClause([-1]);
        for (const times of [miss, hit]) {
          const t0 = performance.now();
          const out = await solveOnService(cnf, new Int32Array(0), { timeoutMs: 30000 }, { url, prefix, jobs: 1 });
          times.push(performance.now() - t0);
          if (out.status !== 'sat') {
            console.log(`!!! trivial job answered ${out.status}`);
            failures++;
          }
        }
      }
      console.log(`\n# trivial job round trip over ${n} runs (ms): solved by the worker median ${quantile(miss, 0.5).toFixed(1)}, p90 ${quantile(miss, 0.9).toFixed(1)}; cache hit median ${quantile(hit, 0.5).toFixed(1)}, p90 ${quantile(hit, 0.9).toFixed(1)}`);
    } finally {
      await stop(worker);
    }
  }
  console.log(`# load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`);
} finally {
  redis.disconnect();
  await stop(redisServer);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failures > 0 ? 1 : 0;
