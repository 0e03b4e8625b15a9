#!/usr/bin/env node
/**
 * Times the built-in CDCL core (compiled, `dist/`), MiniSat 2.2 and CaDiCaL side by side on one
 * CNF set, in one run, for issue 3's target (total time within 1.5x MiniSat, memory within 3x).
 *
 *   npx tsc -p tsconfig.json && node benchmarks/sat/run.mjs [--timeout 20] [--sets random,php,jobshop,idl]
 *       [--idl-max 12] [--quick] [--keep DIR] [--solvers builtin,minisat,cadical]
 *
 * The set, generated afresh into a temporary folder (or DIR with --keep):
 *   random    uniform random 3-SAT at the threshold (m = 4.26 n), n = 150..300, seeded (mulberry32)
 *   php       pigeonhole p into p-1 holes
 *   jobshop   QF_IDL job-shop problems of scripts/jobshop-gen.mjs, turned into CNF with
 *             `node dist/cli/main.js --dump-cnf`
 *   idl       the QF_IDL files of ../shared/benchmarks (when present), the same way; the first
 *             --idl-max files whose CNF has at least 1000 clauses
 *
 * Every solver runs as its own process: `node dist/cli/main.js sat f` (so the built-in's time
 * includes Node's start-up, printed once at the top), `minisat -verb=0 f`, `cadical -q f`, each
 * under `timeout -s KILL` and, when present, `/usr/bin/time -f %M` for the peak resident set.
 * Times are wall clock as seen by this script; the `core s` column is the built-in's own
 * `c time` (load and solve after parsing) when the CLI prints it, else its wall time minus the
 * start-up measured on a trivial CNF. The order of the solvers rotates from one
 * instance to the next so that load from other jobs on the machine falls on all of them alike.
 * A run that does not answer in time counts as the timeout (PAR-1). The built-in's models are
 * checked against the clauses; any disagreement or wrong model is printed loudly and the exit
 * code is 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dimacsText, pigeonhole, random3Sat } from './formulas.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '20' },
    sets: { type: 'string', default: 'random,php,jobshop,idl' },
    'idl-max': { type: 'string', default: '12' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'string' },
    solvers: { type: 'string', default: 'builtin,minisat,cadical' },
  },
});
const timeout = Number(values.timeout);
const sets = new Set(values.sets.split(','));
const quick = values.quick;
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) throw new Error('dist/ is missing: run npx tsc -p tsconfig.json first');
const hasTime = existsSync('/usr/bin/time');

const SOLVERS = {
  builtin: (f) => [process.execPath, cli, 'sat', '--stats', '-t', String(timeout), f],
  minisat: (f) => ['minisat', '-verb=0', f],
  cadical: (f) => ['cadical', '-q', f],
};
const solvers = values.solvers.split(',').filter((s) => {
  if (!(s in SOLVERS)) throw new Error(`unknown solver '${s}'`);
  if (s === 'builtin') return true;
  const found = spawnSync('sh', ['-c', `command -v ${s}`]).status === 0;
  if (!found) console.log(`# ${s} not found: skipped (apt-get install ${s})`);
  return found;
});

// ---- instances ------------------------------------------------------------------------------------

function writeCnf(file, n, clauses) {
  writeFileSync(file, dimacsText(n, clauses));
  return file;
}

function random3SatFile(dir, n, seed) {
  return writeCnf(join(dir, `random-n${n}-s${seed}.cnf`), n, random3Sat(n, Math.round(4.26 * n), seed));
}

function pigeonholeFile(dir, p) {
  return writeCnf(join(dir, `php-${p}-${p - 1}.cnf`), p * (p - 1), pigeonhole(p, p - 1));
}

/** The CNF of the first check of an SMT-LIB file (undefined if it has none, or too small). */
function dumpCnf(dir, smt2, name, minClauses = 0) {
  const cnf = join(dir, `${name}.cnf`);
  spawnSync(process.execPath, [cli, '--dump-cnf', cnf, '-t', '10', smt2], { timeout: 60_000, killSignal: 'SIGKILL', stdio: 'ignore' });
  if (!existsSync(cnf)) return undefined;
  const header = readFileSync(cnf, 'latin1').slice(0, 4096).match(/^p cnf (\d+) (\d+)/m);
  if (!header || Number(header[2]) < minClauses) {
    rmSync(cnf);
    return undefined;
  }
  return cnf;
}

function jobshop(dir, jobs, ops, machines, seed, slack) {
  const smt2 = join(dir, `jobshop-${jobs}x${ops}x${machines}-s${seed}.smt2`);
  const gen = spawnSync(process.execPath, [join(root, 'scripts/jobshop-gen.mjs'), '--jobs', String(jobs), '--ops', String(ops),
    '--machines', String(machines), '--seed', String(seed), '--slack', String(slack), '-o', smt2], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`jobshop-gen failed: ${gen.stderr}`);
  return dumpCnf(dir, smt2, basename(smt2, '.smt2'));
}

function instances(dir) {
  const files = [];
  if (sets.has('random')) {
    const sizes = quick ? [150, 200] : [150, 175, 200, 225, 250, 275, 300];
    for (const n of sizes) files.push(random3SatFile(dir, n, 1000 * n + 1));
  }
  if (sets.has('php')) for (const p of quick ? [8] : [8, 9, 10]) files.push(pigeonholeFile(dir, p));
  if (sets.has('jobshop')) {
    const shapes = quick
      ? [[6, 5, 5, 1, 1.0]]
      : [[6, 5, 5, 1, 1.0], [8, 5, 5, 2, 1.0], [8, 6, 6, 3, 1.05], [10, 6, 6, 4, 1.0], [10, 8, 8, 5, 1.1], [12, 6, 6, 6, 1.0]];
    for (const [j, k, m, seed, slack] of shapes) {
      const f = jobshop(dir, j, k, m, seed, slack);
      if (f) files.push(f);
    }
  }
  if (sets.has('idl')) {
    const idl = join(root, '../shared/benchmarks/QF_IDL');
    if (!existsSync(idl)) {
      console.log(`# ${idl} not present: the idl set is skipped`);
    } else {
      const smt2s = [];
      const walk = (d) => {
        for (const e of readdirSync(d).sort()) {
          const p = join(d, e);
          if (statSync(p).isDirectory()) walk(p);
          else if (e.endsWith('.smt2') && statSync(p).size < 2_000_000) smt2s.push(p);
        }
      };
      walk(idl);
      const max = quick ? 3 : Number(values['idl-max']);
      const perFamily = new Map(); // at most two files per family, for variety
      let taken = 0;
      for (const f of smt2s) {
        if (taken >= max) break;
        const family = basename(dirname(f));
        if ((perFamily.get(family) ?? 0) >= 2) continue;
        const name = `idl-${basename(dirname(f))}-${basename(f, '.smt2')}`.slice(0, 60);
        const cnf = dumpCnf(dir, f, name, 1000);
        if (cnf) {
          files.push(cnf);
          perFamily.set(family, (perFamily.get(family) ?? 0) + 1);
          taken++;
        }
      }
    }
  }
  return files;
}

// ---- running ---------------------------------------------------------------------------------------

let startup = 0; // seconds of Node start-up and CLI load, measured on a trivial CNF

/** Runs one solver on one file: {status, s, rssMB, stdout}. */
function run(solver, file, scratch) {
  const cmd = SOLVERS[solver](file);
  const rssFile = join(scratch, 'rss.txt');
  const argv = [...(hasTime ? ['/usr/bin/time', '-f', '%M', '-o', rssFile] : []), 'timeout', '-s', 'KILL', String(timeout + 1), ...cmd];
  if (existsSync(rssFile)) rmSync(rssFile);
  const t = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'latin1', maxBuffer: 1 << 28 });
  const s = (performance.now() - t) / 1000;
  const status = r.status === 10 ? 'sat' : r.status === 20 ? 'unsat' : 'unknown';
  let rssMB = NaN;
  if (hasTime && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (kb > 0) rssMB = kb / 1024;
  }
  // The built-in's own `c time` (load + solve, after parsing): its time without Node's start-up.
  const core = Number(/^c time ([\d.]+) s$/m.exec(r.stdout ?? '')?.[1] ?? NaN);
  const capped = status === 'unknown' ? timeout : Math.min(s, timeout);
  // Without a `c time` line (main.ts lets the root program take `--stats`), wall time minus start-up.
  const own = Number.isNaN(core) ? Math.max(0, capped - startup) : core;
  return { status, s: capped, core: status === 'unknown' ? capped : own, rssMB, stdout: r.stdout };
}

/** Checks the `v` lines of a SAT-competition answer against the CNF; returns an error or ''. */
function checkModel(file, stdout) {
  const value = new Map();
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('v ')) continue;
    for (const tok of line.slice(2).trim().split(/\s+/)) {
      const l = Number(tok);
      if (l !== 0) value.set(Math.abs(l), l > 0);
    }
  }
  let clause = 0;
  let sat = false;
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line === '' || line[0] === 'c' || line[0] === 'p') continue;
    for (const tok of line.trim().split(/\s+/)) {
      const l = Number(tok);
      if (l === 0) {
        if (!sat) return `clause ${clause} falsified`;
        clause++;
        sat = false;
      } else if (!sat && value.get(Math.abs(l)) === l > 0) sat = true;
    }
  }
  return '';
}

function main() {
  const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'eagersmt-satbench-'));
  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'eagersmt-satbench-run-'));
  try {
    const files = instances(dir);
    const trivial = writeCnf(join(scratch, 'trivial.cnf'), 1, [[1]]);
    const baseline = [0, 1, 2].map(() => run('builtin', trivial, scratch));
    startup = Math.min(...baseline.map((r) => r.s));
    console.log(`# ${files.length} instances in ${dir}; timeout ${timeout} s; peak RSS ${hasTime ? 'by /usr/bin/time' : 'not measured'}`);
    console.log(`# Node start-up + CLI load of the built-in (trivial CNF): ${startup.toFixed(3)} s per run, included below; its RSS ${baseline[0].rssMB.toFixed(0)} MB`);
    const head = ['instance'.padEnd(34), 'vars'.padStart(7), 'clauses'.padStart(8), 'answer'.padStart(7)];
    for (const s of solvers) head.push(`${s} s`.padStart(11), 'MB'.padStart(6));
    for (const s of solvers.slice(1)) head.push(`÷${s}`.padStart(9));
    head.push('core s'.padStart(8), '÷minisat'.padStart(9));
    console.log(head.join(' '));
    const totals = Object.fromEntries(solvers.map((s) => [s, { s: 0, solved: 0, maxRss: 0, rssRatios: [] }]));
    const failures = [];
    let coreTotal = 0;
    files.forEach((file, i) => {
      const [, vars, clauses] = readFileSync(file, 'latin1').slice(0, 4096).match(/^p cnf (\d+) (\d+)/m) ?? [];
      const order = solvers.map((_, k) => solvers[(i + k) % solvers.length]);
      const res = {};
      for (const s of order) res[s] = run(s, file, scratch);
      const answers = new Set(solvers.map((s) => res[s].status).filter((a) => a !== 'unknown'));
      const name = basename(file, '.cnf');
      if (answers.size > 1) failures.push(`${name}: answers differ (${solvers.map((s) => `${s} ${res[s].status}`).join(', ')})`);
      if (res.builtin.status === 'sat') {
        const bad = checkModel(file, res.builtin.stdout);
        if (bad) failures.push(`${name}: built-in model wrong: ${bad}`);
      }
      const row = [name.slice(0, 34).padEnd(34), String(vars).padStart(7), String(clauses).padStart(8), ([...answers][0] ?? '?').padStart(7)];
      for (const s of solvers) {
        const r = res[s];
        row.push(`${r.status === 'unknown' ? '>' : ''}${r.s.toFixed(3)}`.padStart(11), (Number.isNaN(r.rssMB) ? '-' : r.rssMB.toFixed(0)).padStart(6));
        totals[s].s += r.s;
        if (r.status !== 'unknown') totals[s].solved++;
        if (!Number.isNaN(r.rssMB)) totals[s].maxRss = Math.max(totals[s].maxRss, r.rssMB);
        // Memory is compared where the other solver needs 50 MB or more: below that Node's own baseline dominates.
        if (s !== 'builtin' && r.rssMB >= 50 && res.builtin.rssMB > 0) totals[s].rssRatios.push(res.builtin.rssMB / r.rssMB);
      }
      for (const s of solvers.slice(1)) row.push((res.builtin.s / res[s].s).toFixed(2).padStart(9));
      row.push(res.builtin.core.toFixed(3).padStart(8), res.minisat ? (res.builtin.core / res.minisat.s).toFixed(2).padStart(9) : '');
      coreTotal += res.builtin.core;
      console.log(row.join(' '));
      if (res[solvers[1]]?.status !== 'unknown' && res.builtin.status === 'unknown') failures.push(`${name}: built-in timed out, ${solvers[1]} solved it`);
    });
    console.log('');
    for (const s of solvers) {
      const t = totals[s];
      console.log(`total ${s.padEnd(8)} ${t.s.toFixed(2).padStart(9)} s  solved ${t.solved}/${files.length}  max RSS ${t.maxRss.toFixed(0)} MB`);
    }
    for (const s of solvers.slice(1)) {
      const r = totals[s].rssRatios;
      const maxMem = r.length ? Math.max(...r).toFixed(1) : '-';
      console.log(
        `ratio built-in / ${s}: time ${(totals.builtin.s / totals[s].s).toFixed(2)} (total), ` +
          `peak RSS up to ${maxMem}x on the ${r.length} instances where ${s} needs >= 50 MB`,
      );
    }
    if (totals.minisat) {
      console.log(
        `built-in core only (load + solve, without Node start-up and DIMACS parsing): ${coreTotal.toFixed(2)} s, ` +
          `ratio ${(coreTotal / totals.minisat.s).toFixed(2)} to MiniSat's total`,
      );
    }
    if (failures.length > 0) {
      console.log('\n!!!!!!!!!! PROBLEMS !!!!!!!!!!');
      for (const f of failures) console.log(`!!! ${f}`);
      return failures.some((f) => !f.includes('timed out')) ? 1 : 0;
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
