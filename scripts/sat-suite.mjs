#!/usr/bin/env node
/**
 * Runs MiniSat and the built-in CDCL solver (compiled, from dist/) on every `.cnf` of a folder
 * and compares answers and wall times.
 *
 *   npx tsc -p tsconfig.json && node scripts/sat-suite.mjs /tmp/cnfs [--timeout 10]
 *       [--options '{"restart":1}'] [--filter jobshop] [--minisat-cache /tmp/minisat.json]
 *
 * MiniSat: wall time of `minisat -verb=0 file.cnf` (process start, parsing and solving),
 * exit 10 = sat, 20 = unsat. Built-in: a child process (this script with `--child`) parses the
 * file and solves it with a cooperative time limit; the parent kills it if it overruns the limit
 * by 5 s. Its time is parse + load + solve as measured in the child (not Node's start-up). Every
 * built-in model is checked against the clauses in the child. Instances are run one at a time,
 * one solver at a time.
 *
 * A run that does not answer within --timeout seconds counts as the timeout in the totals
 * (PAR-1). A sat/unsat disagreement or a wrong model is printed loudly and exits with code 1.
 * `--minisat-cache` keeps MiniSat's results (keyed by file name, size, mtime and timeout) in a
 * JSON file so repeated measurements of the built-in solver need not rerun MiniSat.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    timeout: { type: 'string', default: '10' },
    options: { type: 'string', default: '{}' },
    filter: { type: 'string', default: '' },
    'minisat-cache': { type: 'string', default: '' },
    child: { type: 'boolean', default: false },
  },
});
const timeout = Number(values.timeout);
if (!(timeout > 0)) throw new Error(`--timeout must be a positive number of seconds, got ${values.timeout}`);

if (values.child) {
  await child(positionals[0], JSON.parse(values.options), timeout);
} else {
  process.exitCode = parent(positionals[0], timeout);
}

/** Solves one file with the built-in solver and prints one JSON line {status, ms, conflicts, model}. */
async function child(file, options, timeout) {
  const { parseDimacs } = await import('../dist/cnf/dimacs.js');
  const { CdclSolver } = await import('../dist/sat/cdcl/solver.js');
  const t = performance.now();
  const cnf = parseDimacs(readFileSync(file, 'utf8'), file);
  const solver = new CdclSolver(options);
  solver.addFlat(cnf.flat(), cnf.numVars);
  const status = solver.solve([], { shouldStop: () => performance.now() - t > timeout * 1000 });
  const ms = performance.now() - t;
  let model = '-';
  if (status === 'sat') {
    // Every clause must have a true literal.
    const lits = cnf.flat();
    let bad = -1;
    let clause = 0;
    let satisfied = false;
    for (let i = 0; i < lits.length && bad < 0; i++) {
      if (lits[i] === 0) {
        if (!satisfied) bad = clause;
        clause++;
        satisfied = false;
      } else if (!satisfied && solver.value(lits[i])) {
        satisfied = true;
      }
    }
    model = bad < 0 ? 'ok' : `clause ${bad} falsified`;
  }
  console.log(JSON.stringify({ status, ms, conflicts: solver.stats.conflicts, model }));
}

function runBuiltin(file, timeout) {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [script, '--child', '--timeout', String(timeout), '--options', values.options, file], {
    encoding: 'utf8',
    timeout: (timeout + 5) * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 20,
  });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw r.error;
  if (r.status !== 0) {
    const why = r.signal ? `killed (${r.signal})` : `exit ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    return { status: 'unknown', ms: timeout * 1000, conflicts: 0, model: '-', note: why };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function runMinisat(file, timeout) {
  const t = performance.now();
  const r = spawnSync('minisat', ['-verb=0', file], { timeout: timeout * 1000, killSignal: 'SIGKILL' });
  const ms = performance.now() - t;
  if (r.error && r.error.code !== 'ETIMEDOUT') throw new Error(`cannot run minisat: ${r.error.message}`);
  const status = r.status === 10 ? 'sat' : r.status === 20 ? 'unsat' : 'unknown';
  return { status, ms: status === 'unknown' ? timeout * 1000 : ms };
}

function parent(dir, timeout) {
  if (!dir) throw new Error('usage: node scripts/sat-suite.mjs <folder> [--timeout s] [--options json] [--filter re] [--minisat-cache f]');
  const filter = new RegExp(values.filter);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cnf') && filter.test(f))
    .sort()
    .map((f) => join(dir, f));
  const cachePath = values['minisat-cache'];
  const cache = cachePath && existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : {};

  console.log(`built-in options ${values.options}, timeout ${timeout} s`);
  console.log('instance                              minisat        ms   builtin        ms    ratio   conflicts');
  const total = { ours: 0, theirs: 0, bothOurs: 0, bothTheirs: 0, solvedOurs: 0, solvedTheirs: 0, theirsOnly: 0 };
  const failures = [];
  for (const file of files) {
    const st = statSync(file);
    const key = `${basename(file)}:${st.size}:${st.mtimeMs}:${timeout}`;
    const theirs = cache[key] ?? runMinisat(file, timeout);
    cache[key] = theirs;
    const ours = runBuiltin(file, timeout);
    const name = basename(file, '.cnf');
    let flag = '';
    if (ours.status !== 'unknown' && theirs.status !== 'unknown' && ours.status !== theirs.status) {
      failures.push(`${name}: built-in says ${ours.status}, MiniSat says ${theirs.status}`);
      flag = '   <<<<<<<<<< DISAGREEMENT';
    }
    if (ours.status === 'sat' && ours.model !== 'ok') {
      failures.push(`${name}: built-in model is wrong (${ours.model})`);
      flag = '   <<<<<<<<<< WRONG MODEL';
    }
    if (ours.note) flag += `   (${ours.note})`;
    const oursMs = ours.status === 'unknown' ? timeout * 1000 : ours.ms;
    total.ours += oursMs;
    total.theirs += theirs.ms;
    if (ours.status !== 'unknown') total.solvedOurs++;
    if (theirs.status !== 'unknown') total.solvedTheirs++;
    if (theirs.status !== 'unknown' && ours.status === 'unknown') total.theirsOnly++;
    if (ours.status !== 'unknown' && theirs.status !== 'unknown') {
      total.bothOurs += oursMs;
      total.bothTheirs += theirs.ms;
    }
    console.log(
      `${name.slice(0, 36).padEnd(36)} ${theirs.status.padStart(8)} ${theirs.ms.toFixed(0).padStart(9)} ${ours.status.padStart(9)} ` +
        `${oursMs.toFixed(0).padStart(9)} ${(oursMs / theirs.ms).toFixed(2).padStart(8)} ${String(ours.conflicts).padStart(11)}${flag}`,
    );
  }
  if (cachePath) writeFileSync(cachePath, JSON.stringify(cache, null, 1));
  console.log(
    `solved: built-in ${total.solvedOurs}/${files.length}, MiniSat ${total.solvedTheirs}/${files.length}; ` +
      `${total.theirsOnly} solved by MiniSat only`,
  );
  console.log(
    `total (timeouts count ${timeout} s): built-in ${(total.ours / 1000).toFixed(1)} s, MiniSat ${(total.theirs / 1000).toFixed(1)} s, ` +
      `ratio ${(total.ours / total.theirs).toFixed(2)}`,
  );
  console.log(
    `total on instances both solve: built-in ${(total.bothOurs / 1000).toFixed(1)} s, MiniSat ${(total.bothTheirs / 1000).toFixed(1)} s, ` +
      `ratio ${(total.bothOurs / total.bothTheirs).toFixed(2)}`,
  );
  if (failures.length > 0) {
    console.log('\n!!!!!!!!!! WRONG ANSWERS !!!!!!!!!!');
    for (const f of failures) console.log(`!!! ${f}`);
    return 1;
  }
  return 0;
}
