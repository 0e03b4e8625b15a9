/**
 * The fixed cost of one eagersmt process per query, in one run, against Z3:
 *
 * 1. start-up: a trivial script (`(check-sat)` of `x > 0`) solved by the package's bin
 *    (`dist/bin/eagersmt.cjs`), by the unbundled CLI (`dist/cli/main.js`), by `z3`, and
 *    `node -e 0` for the floor; the median user+sys CPU time of the process over `--runs` runs
 *    (measured with /usr/bin/time; wall-clock time where it is absent).
 * 2. reading: bytes to elaborated terms, streaming as the CLI reads a file (64 KiB chunks through
 *    the command reader, the S-expression parser and the elaborator; checks skipped), in MB/s,
 *    on the largest files of ../shared/benchmarks: warm (best of 3 passes in one process), and
 *    cold (the one pass of a fresh process, as the CLI reads a file, JIT compilation included);
 *    and the S-expression layer alone. Z3's column is the process time of `z3` on the same file
 *    with its checks removed.
 * 3. encoding: the largest job-shop file of ../shared/benchmarks (terms to CNF, as
 *    `encodeProblem`), CPU seconds, variables and clauses.
 *
 * Parts 2 and 3 count the CPU time of this process (user+sys), not the wall clock, so that a
 * machine shared with other work still gives comparable figures.
 *
 * Parts 2 and 3 are skipped with a message when ../shared/benchmarks (beside the repository) is
 * absent. Run `npm run build` first.
 *
 *   npm run bench:per-call [-- --runs N] [--files K]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(root, '../shared/benchmarks');
const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const runs = flag('--runs', 11);
const fileCount = flag('--files', 3);
const bin = join(root, 'dist/bin/eagersmt.cjs');
const main = join(root, 'dist/cli/main.js');
for (const f of [bin, main]) {
  if (!existsSync(f)) {
    console.error(`${relative(process.cwd(), f)} is missing: run npm run build first`);
    process.exit(1);
  }
}
// Reading, streaming: the CLI's path (command reader -> parser -> executor), checks skipped.
const { CommandReader } = await import(join(root, 'dist/smtlib/reader.js'));
const { parseScript } = await import(join(root, 'dist/smtlib/parser.js'));
const { Executor } = await import(join(root, 'dist/script/executor.js'));
const { defaultOptions } = await import(join(root, 'dist/engine/options.js'));

/** CPU seconds (user+sys) of this process since `from` (a `process.cpuUsage()`): robust on a loaded machine. */
const cpuSince = (from) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

/** Reads `file` in 64 KiB chunks; `terms` also elaborates every command. Returns CPU seconds. */
async function read(file, terms) {
  const t0 = process.cpuUsage();
  const reader = new CommandReader(file);
  const ex = terms ? new Executor(defaultOptions, { out: () => {} }, file, undefined, () => 'skip') : undefined;
  let commands = 0;
  const run = (segments) => {
    for (const seg of segments) {
      if (!('text' in seg)) throw seg;
      // The CLI's path: with an executor, the lists of an assert are elaborated as they are read.
      for (const item of parseScript(seg.text, file, undefined, seg, 'direct', ex?.reducer)) {
        if (item instanceof Error) throw item;
        commands++;
        if (ex && ex.execute(item)) throw new Error('a check was not skipped');
      }
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) run(reader.feed(chunk));
  run(reader.end());
  return { s: cpuSince(t0), commands };
}
// `--cold-read FILE` (this script run by itself): one pass over FILE in a fresh process, as the
// CLI reads it once, with nothing compiled yet; prints the CPU seconds of that pass.
const coldAt = args.indexOf('--cold-read');
if (coldAt >= 0) {
  console.log((await read(args[coldAt + 1], true)).s);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'eagersmt-per-call-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const hasTime = existsSync('/usr/bin/time');
const onPath = (p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0;
const z3 = onPath('z3');

/** CPU seconds (user+sys) of one run of `cmd`, or wall-clock seconds without /usr/bin/time. */
function cpuOf(cmd, argv) {
  if (!hasTime) {
    const t0 = performance.now();
    spawnSync(cmd, argv, { stdio: 'ignore' });
    return (performance.now() - t0) / 1000;
  }
  const out = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const [u, s] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
  return u + s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianCpu = (cmd, argv) => median(Array.from({ length: runs }, () => cpuOf(cmd, argv)));

// 1. Start-up.
const trivial = join(tmp, 'trivial.smt2');
writeFileSync(trivial, '(set-logic QF_LIA)\n(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n');
const unit = hasTime ? 'user+sys s' : 'wall s';
console.log(`start-up: a trivial check-sat, median ${unit} of ${runs} runs`);
const startup = [
  ['eagersmt (bin, bundled)', process.execPath, [bin, trivial]],
  ['eagersmt (dist/cli/main.js)', process.execPath, [main, trivial]],
  ...(z3 ? [['z3', 'z3', [trivial]]] : []),
  ['node -e 0', process.execPath, ['-e', '0']],
];
const startupRows = startup.map(([name, cmd, argv]) => [name, medianCpu(cmd, argv)]);
const z3Startup = startupRows.find(([n]) => n === 'z3')?.[1];
for (const [name, t] of startupRows) console.log(`  ${name.padEnd(30)} ${t.toFixed(3)}${z3Startup ? `  (${(t / z3Startup).toFixed(1)}x z3)` : ''}`);

if (!existsSync(shared)) {
  console.log(`reading and encoding: skipped, ${shared} is absent`);
  process.exit(0);
}

const { collectFiles } = await import(join(root, 'dist/compare/benchmark.js'));
const all = collectFiles([shared]).map((f) => [f, statSync(f).size]).sort((a, b) => b[1] - a[1]);

const best = async (f, n) => {
  let b = Infinity;
  for (let i = 0; i < n; i++) b = Math.min(b, (await f()).s);
  return b;
};
const mbs = (bytes, s) => (bytes / 1e6 / s).toFixed(2);

console.log(`\nreading (streaming, 64 KiB chunks), MB per CPU second (user+sys): s-expr and terms best of 3, cold one fresh pass (median of 3)`);
console.log(`  ${'file'.padEnd(64)} ${'MB'.padStart(6)} ${'s-expr'.padStart(8)} ${'terms'.padStart(8)} ${'cold'.padStart(8)} ${'z3 parse'.padStart(9)}`);
const script = fileURLToPath(import.meta.url);
for (const [file, bytes] of all.slice(0, fileCount)) {
  const sexpr = await best(() => read(file, false), 3);
  const terms = await best(() => read(file, true), 3);
  const cold = median(Array.from({ length: 3 }, () => Number(spawnSync(process.execPath, [script, '--cold-read', file], { encoding: 'utf8' }).stdout)));
  let z3col = '-';
  if (z3) {
    const noCheck = join(tmp, 'no-check.smt2');
    writeFileSync(noCheck, readFileSync(file, 'utf8').replace(/\(check-sat\)/g, ''));
    z3col = mbs(bytes, median(Array.from({ length: 3 }, () => cpuOf('z3', [noCheck]))));
  }
  console.log(`  ${relative(shared, file).slice(-64).padEnd(64)} ${(bytes / 1e6).toFixed(2).padStart(6)} ${mbs(bytes, sexpr).padStart(8)} ${mbs(bytes, terms).padStart(8)} ${mbs(bytes, cold).padStart(8)} ${z3col.padStart(9)}`);
}

// 3. Encoding the largest job-shop file.
const jobshop = all.find(([f]) => /jobshop/.test(f));
if (jobshop) {
  const { replayToCheck } = await import(join(root, 'dist/script/replay.js'));
  const { encodeProblem } = await import(join(root, 'dist/engine/to-cnf.js'));
  const [file, bytes] = jobshop;
  const point = replayToCheck(readFileSync(file, 'utf8'), file, 1);
  const t0 = process.cpuUsage();
  const enc = encodeProblem(point.assertions, point.assumptions, {});
  const s = cpuSince(t0);
  console.log(`\nencoding ${relative(shared, file)} (${(bytes / 1e6).toFixed(2)} MB): ${s.toFixed(2)} CPU s, ${enc.cnf.numVars} vars, ${enc.cnf.numClauses} clauses`);
}
