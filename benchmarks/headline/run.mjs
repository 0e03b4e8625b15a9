#!/usr/bin/env node
/**
 * The headline comparison (issue 4): eagersmt — with the built-in SAT solver and with CaDiCaL,
 * in each IDL encoding the CLI offers — against Z3 and cvc5 on job-shop scheduling in QF_IDL,
 * side by side in one run.
 *
 * Files: the scheduling families of the shared SMT-LIB benchmarks (`../shared/benchmarks`, listed
 * in `MANIFEST.tsv`; by default every QF_IDL/QF_UFIDL family whose name says jobshop, job_shop,
 * bcnscheduling or scheduling — today the `20220214-jobshop-BohanLi` family, the corrected
 * re-encoding of SMT-LIB's `job_shop`), plus instances of the project's own generator
 * (`scripts/jobshop-gen.mjs`), written to a temporary folder and removed afterwards: for each
 * size, one makespan at the greedy schedule (sat), one below the lower bound (unsat) and one at
 * the lower bound (status unknown unless the greedy schedule reaches it).
 *
 * `--no-resources-too` runs every eagersmt configuration a second time with `--no-resources`, to
 * show what resource reasoning (src/resource/) adds. `--variant label=flags` (repeatable) runs
 * every eagersmt configuration once per variant with those extra flags, to measure an option:
 * `--variant base= --variant nosym=--no-symmetry`.
 *
 * Every solver gets the same per-file limit (its own time-out option, and a kill a few seconds
 * later). A file is solved by a solver that answers sat or unsat within the limit. PAR-2 is the
 * sum over the files of the wall time of a solved file and twice the limit otherwise. Any two
 * definite answers that differ — between solvers, or against the file's `:status` — are a
 * DISAGREEMENT: printed loudly, and the exit code is 1. Files of unknown status that some solver
 * decides are listed (nobody had settled them).
 *
 * Usage: node benchmarks/headline/run.mjs [--timeout S] [-j N] [--family REGEX] [--logic L,L] [--status S]
 *          [--solvers eagersmt-builtin,eagersmt-cadical,z3,cvc5] [--encodings auto,sd]
 *          [--no-resources-too] [--variant label=flags]...
 *          [--gen N] [--limit N] [--out results.tsv] [--cli dist/cli/main.js]
 * Defaults: 60 s, -j 1, every solver found, every encoding of `eagersmt --help`, 6 generated
 * instances, all matching files. Exit codes: 0 fine, 1 a disagreement, 2 bad usage.
 *
 * @example
 *   npm run build && node benchmarks/headline/run.mjs --timeout 20 -j 2 --family BohanLi --gen 0
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { greedySchedule, jobshopScript, lowerBound, randomInstance } from '../../scripts/jobshop-gen.mjs';
import { BENCH, GRACE_S, ROOT, answers, definite, firstLine, pool, readManifest, run, verdict } from '../../scripts/solver-runs.mjs';

const DEFAULT_FAMILY = 'jobshop|job_shop|bcnscheduling|scheduling';
const ALL_SOLVERS = ['eagersmt-builtin', 'eagersmt-cadical', 'z3', 'cvc5'];
/** Sizes of the generated instances: jobs, operations per job, machines, largest duration. */
const GEN_SIZES = [
  { jobs: 10, ops: 5, machines: 5, maxDuration: 9 },
  { jobs: 8, ops: 8, machines: 8, maxDuration: 9 },
];

/** Whether `cmd` is on PATH. */
function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** The `--idl-encoding` choices the CLI's help lists. */
function encodingsOf(cli) {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const at = help.indexOf('--idl-encoding');
  if (at < 0) return ['auto'];
  const rest = help.slice(at);
  const end = rest.search(/\n\s+-/);
  const text = (end < 0 ? rest : rest.slice(0, end)).replace(/default:.*$/s, '');
  const found = [...text.matchAll(/"([\w-]+)"/g)].map((m) => m[1]);
  return found.length > 0 ? found : ['auto'];
}

/**
 * The solver configurations: `{ id, command(file) -> [cmd, args] }`. Every eagersmt backend and
 * encoding runs once per variant (`{ label, flags }`; the empty label is the plain run).
 */
function solverConfigs(names, encodings, cli, timeout, variants) {
  const configs = [];
  for (const name of names) {
    if (name.startsWith('eagersmt-')) {
      const backend = name.slice('eagersmt-'.length);
      for (const enc of encodings) {
        for (const { label, flags } of variants) {
          configs.push({
            id: `eagersmt:${backend}:${enc}${label ? `:${label}` : ''}`,
            command: (file) => [process.execPath, [cli, '--timeout', String(timeout), '--backend', backend, '--idl-encoding', enc, ...flags, file]],
          });
        }
      }
    } else if (name === 'z3') {
      configs.push({ id: 'z3', command: (file) => ['z3', [`-T:${timeout}`, file]] });
    } else if (name === 'cvc5') {
      configs.push({ id: 'cvc5', command: (file) => ['cvc5', [`--tlimit=${Math.round(timeout * 1000)}`, file]] });
    } else {
      throw new Error(`unknown solver '${name}' (known: ${ALL_SOLVERS.join(', ')}, or eagersmt-<backend>)`);
    }
  }
  return configs;
}

/**
 * The eagersmt variants: `--variant label=flags` (repeatable; `label=` alone is the plain run),
 * else the plain run, and with `--no-resources-too` a `no-resources` run besides.
 */
function variantsOf(specs, withoutResources) {
  const variants = specs.map((spec) => {
    const at = spec.indexOf('=');
    if (at < 0 || !/^[\w-]*$/.test(spec.slice(0, at))) throw new Error(`--variant wants label=flags (label of letters, digits, - and _), got '${spec}'`);
    return { label: spec.slice(0, at), flags: spec.slice(at + 1).split(/\s+/).filter(Boolean) };
  });
  if (variants.length === 0) variants.push({ label: '', flags: [] });
  if (withoutResources) variants.push({ label: 'no-resources', flags: ['--no-resources'] });
  return variants;
}

/** Generated job-shop instances in `dir`: per size and seed, a sat, an unsat and an open bound. */
function generate(count, dir) {
  const files = [];
  for (let i = 0; files.length < count; i++) {
    const size = GEN_SIZES[i % GEN_SIZES.length];
    const seed = 1000 + i;
    const instance = randomInstance({ ...size, seed });
    const lb = lowerBound(instance);
    const ub = greedySchedule(instance).makespan;
    const bounds = [
      { makespan: ub, status: 'sat' },
      { makespan: lb - 1, status: 'unsat' },
      { makespan: lb, status: lb >= ub ? 'sat' : 'unknown' },
    ];
    for (const { makespan, status } of bounds) {
      if (files.length >= count) break;
      const name = `jobshop-${size.jobs}x${size.ops}x${size.machines}-s${seed}-T${makespan}.smt2`;
      const source = `jobshop-gen.mjs --jobs ${size.jobs} --ops ${size.ops} --machines ${size.machines} --max-duration ${size.maxDuration} --seed ${seed} --makespan ${makespan} (lower bound ${lb}, greedy schedule ${ub})`;
      writeFileSync(join(dir, name), jobshopScript(instance, { makespan, status, zero: true, getModel: false, source }));
      files.push({ path: join(dir, name), name: `gen/${name}`, family: 'jobshop-gen', status });
    }
  }
  return files;
}

async function main() {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: '60' },
      jobs: { type: 'string', short: 'j', default: '1' },
      family: { type: 'string', default: DEFAULT_FAMILY },
      logic: { type: 'string', default: 'QF_IDL,QF_UFIDL' },
      solvers: { type: 'string' },
      encodings: { type: 'string' },
      'no-resources-too': { type: 'boolean', default: false },
      variant: { type: 'string', multiple: true, default: [] },
      status: { type: 'string' },
      gen: { type: 'string', default: '6' },
      limit: { type: 'string' },
      out: { type: 'string' },
      cli: { type: 'string', default: join(ROOT, 'dist/cli/main.js') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: benchmarks/headline/run.mjs [--timeout S] [-j N] [--family REGEX] [--logic L,L] [--status S]\n' +
        '         [--solvers eagersmt-builtin,eagersmt-cadical,z3,cvc5] [--encodings auto,sd]\n' +
        '         [--no-resources-too] [--variant label=flags]... [--gen N] [--limit N] [--out results.tsv]\n' +
        '         [--cli dist/cli/main.js]',
    );
    return 0;
  }
  const timeout = Number(values.timeout);
  const jobs = Number(values.jobs);
  const gen = Number(values.gen);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(timeout > 0) || !Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(gen) || gen < 0 || !(limit >= 0)) {
    console.error('headline: --timeout must be positive, -j a positive integer, --gen and --limit non-negative integers');
    return 2;
  }
  const cli = resolve(values.cli);
  if (!existsSync(cli)) {
    console.error(`headline: ${cli} not found; run 'npm run build' first`);
    return 2;
  }
  const requested = values.solvers ? values.solvers.split(',').map((s) => s.trim()) : ALL_SOLVERS;
  /** The program an entry needs on PATH, if any besides node. */
  const programOf = (s) => (s === 'z3' || s === 'cvc5' ? s : /^eagersmt-(kissat|cadical|minisat)$/.test(s) ? s.slice('eagersmt-'.length) : undefined);
  const names = requested.filter((s) => {
    const program = programOf(s);
    if (program === undefined || onPath(program)) return true;
    console.log(`headline: ${program} is not on PATH; leaving out ${s}`);
    return false;
  });
  const encodings = values.encodings ? values.encodings.split(',').map((s) => s.trim()) : encodingsOf(cli);
  let configs;
  try {
    configs = solverConfigs(names, encodings, cli, timeout, variantsOf(values.variant, values['no-resources-too']));
  } catch (e) {
    console.error(`headline: ${e.message}`);
    return 2;
  }

  // The files: shared scheduling families, then generated instances.
  const files = [];
  if (existsSync(join(BENCH, 'MANIFEST.tsv'))) {
    const family = new RegExp(values.family, 'i');
    const logics = new Set(values.logic.split(',').map((s) => s.trim()));
    for (const e of readManifest()) {
      if (!logics.has(e.logic) || !family.test(e.family) || !e.path.endsWith('.smt2')) continue;
      if (values.status !== undefined && e.status !== values.status) continue;
      const path = join(BENCH, e.path);
      if (existsSync(path)) files.push({ path, name: e.path, family: e.family, status: e.status });
    }
  } else {
    console.log(`headline: no shared benchmarks at ${BENCH}; generated instances only`);
  }
  files.splice(limit);
  const genDir = gen > 0 ? mkdtempSync(join(tmpdir(), 'eagersmt-headline-')) : undefined;
  try {
    if (genDir) files.push(...generate(gen, genDir));
    if (files.length === 0) {
      console.log('headline: no files selected');
      return 0;
    }
    console.log(
      `headline: ${files.length} files, ${configs.length} solvers (${configs.map((c) => c.id).join(', ')}), timeout ${timeout}s, -j ${jobs}`,
    );
    return await compare(files, configs, timeout, jobs, values.out);
  } finally {
    if (genDir) rmSync(genDir, { recursive: true, force: true });
  }
}

/** Runs every solver on every file, prints progress, the table and the disagreements. */
async function compare(files, configs, timeout, jobs, outFile) {
  const tasks = files.flatMap((file, f) => configs.map((config, c) => ({ file, f, config, c })));
  const results = files.map(() => new Array(configs.length));
  let done = 0;
  await pool(tasks, jobs, async ({ file, f, config, c }) => {
    const [cmd, args] = config.command(file.path);
    const r = await run(cmd, args, timeout + GRACE_S);
    let answer = verdict(r, timeout);
    // Z3 prints `timeout`, cvc5 reports on stderr and aborts, at their own limits.
    if (answer === 'error' && (/^timeout$/m.test(r.out) || /interrupted by timeout/.test(r.err))) answer = 'timeout';
    const solved = definite(answer) && r.seconds <= timeout;
    results[f][c] = { answer, seconds: r.seconds, solved, note: answer === 'error' ? firstLine(r.out) || firstLine(r.err) || 'no output' : '' };
    done++;
    console.log(
      `[${String(done).padStart(String(tasks.length).length)}/${tasks.length}] ${file.name}  ${config.id} ${answer} ${r.seconds.toFixed(2)}s` +
        (results[f][c].note ? `  (${results[f][c].note})` : ''),
    );
  });

  // Disagreements: definite answers against each other and against the status.
  const problems = [];
  files.forEach((file, f) => {
    const said = configs.map((c, i) => ({ id: c.id, answer: results[f][i].answer })).filter((s) => definite(s.answer));
    for (const s of said) {
      if (definite(file.status) && s.answer !== file.status) problems.push(`${file.name}: ${s.id} says ${s.answer}, the status is ${file.status}`);
    }
    const sats = said.filter((s) => s.answer === 'sat').map((s) => s.id);
    const unsats = said.filter((s) => s.answer === 'unsat').map((s) => s.id);
    if (sats.length > 0 && unsats.length > 0) problems.push(`${file.name}: sat by ${sats.join(', ')}; unsat by ${unsats.join(', ')}`);
  });

  if (outFile) {
    const header = ['file', 'family', 'status', ...configs.flatMap((c) => [c.id, `${c.id}_s`])].join('\t');
    const lines = files.map((file, f) =>
      [file.name, file.family, file.status, ...configs.flatMap((_, c) => [results[f][c].answer, results[f][c].seconds.toFixed(3)])].join('\t'),
    );
    writeFileSync(outFile, [header, ...lines].join('\n') + '\n');
  }

  const families = [...new Set(files.map((f) => f.family))];
  const groups = families.map((family) => ({ title: family, members: files.map((f, i) => i).filter((i) => files[i].family === family) }));
  if (families.length > 1) groups.push({ title: 'all files', members: files.map((_, i) => i) });
  for (const group of groups) {
    const statuses = ['sat', 'unsat', 'unknown'].map((s) => `${group.members.filter((i) => files[i].status === s).length} ${s}`).join(', ');
    console.log(`\n${group.title}: ${group.members.length} files (status ${statuses}), timeout ${timeout}s`);
    console.log(table(configs, group.members, results, timeout));
  }

  // Shared files of unknown status that some solver decided.
  const news = [];
  files.forEach((file, f) => {
    if (definite(file.status) || file.family === 'jobshop-gen') return;
    const by = configs.map((c, i) => ({ id: c.id, r: results[f][i] })).filter((s) => s.r.solved);
    if (by.length > 0) news.push(`${file.name}: ${by.map((s) => `${s.id} ${s.r.answer} ${s.r.seconds.toFixed(1)}s`).join('; ')}`);
  });
  console.log(`\nshared files of unknown status decided: ${news.length}`);
  for (const line of news) console.log(`  ${line}`);

  if (problems.length > 0) {
    console.log(`\n!!! ${problems.length} DISAGREEMENT(S) — at least one answer is wrong:`);
    for (const p of problems) console.log(`!!!   ${p}`);
    return 1;
  }
  console.log('\ndisagreements 0');
  return 0;
}

/**
 * The summary table: per solver, files solved (sat, unsat), unsolved (time-out, `unknown`, or an
 * answer after the limit), errors (a crash or no answer), and PAR-2.
 */
function table(configs, members, results, timeout) {
  const rows = configs.map((config, c) => {
    const rs = members.map((f) => results[f][c]);
    const count = (pred) => rs.filter(pred).length;
    const par2 = rs.reduce((s, r) => s + (r.solved ? r.seconds : 2 * timeout), 0);
    return [
      config.id,
      count((r) => r.solved),
      count((r) => r.solved && r.answer === 'sat'),
      count((r) => r.solved && r.answer === 'unsat'),
      count((r) => !r.solved && r.answer !== 'error'),
      count((r) => r.answer === 'error'),
      par2.toFixed(1),
    ];
  });
  const header = ['solver', 'solved', 'sat', 'unsat', 'unsolved', 'error', 'PAR-2 (s)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (cells) => cells.map((x, i) => (i === 0 ? String(x).padEnd(widths[i]) : String(x).padStart(widths[i]))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`headline: ${err instanceof Error ? err.stack : String(err)}`);
    process.exitCode = 2;
  },
);
