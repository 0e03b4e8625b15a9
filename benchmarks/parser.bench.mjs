/**
 * Parser throughput in MB/s: the compiled SMT-LIB front end (`dist/smtlib/parser.js`, run
 * `npm run build` first) on the largest QF_IDL benchmark under `../shared/benchmarks/QF_IDL`
 * (found by size at run time, relative to the repository root), plus any .smt2 files named on the
 * command line. Each iteration parses the whole file and drops each command after counting it,
 * as the script interpreter does; the lexer alone is measured too, to show what nearley adds.
 * Skips with a message when the shared benchmarks are absent.
 *
 *   node benchmarks/parser.bench.mjs [more.smt2 ...]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

const root = fileURLToPath(new URL('..', import.meta.url));
const sharedDir = resolve(root, '../shared/benchmarks/QF_IDL');
const dist = resolve(root, 'dist/smtlib/parser.js');

if (!existsSync(dist)) {
  console.error(`${relative(process.cwd(), dist)} is missing: run npm run build first`);
  process.exit(1);
}
const { parseScript } = await import(dist);
const { newLexer } = await import(resolve(root, 'dist/smtlib/lexer.js'));

const { collectFiles } = await import(resolve(root, 'dist/compare/benchmark.js'));

const files = process.argv.slice(2).map((f) => resolve(f));
if (existsSync(sharedDir)) {
  const largest = collectFiles([sharedDir]).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (largest !== undefined) files.unshift(largest);
} else {
  console.log(`skipping the shared benchmark: ${sharedDir} is absent`);
}
if (files.length === 0) process.exit(0);

const bench = new Bench({ name: 'SMT-LIB parser', time: 5000, warmupTime: 1000, iterations: 5 });
const sizes = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = relative(root, file);
  let commands = 0;
  let errors = 0;
  bench.add(`parse ${name}`, () => {
    commands = errors = 0;
    for (const item of parseScript(text, file)) {
      if (item instanceof Error) errors++;
      else commands++;
    }
  });
  bench.add(`lex only ${name}`, () => {
    const lex = newLexer().reset(text);
    while (lex.next() !== undefined);
  });
  sizes.set(`parse ${name}`, { bytes: Buffer.byteLength(text), stats: () => `${commands} commands, ${errors} errors` });
  sizes.set(`lex only ${name}`, { bytes: Buffer.byteLength(text), stats: () => '' });
}

await bench.run();

for (const task of bench.tasks) {
  const { bytes, stats } = sizes.get(task.name);
  const lat = task.result.latency; // milliseconds per iteration
  const mbps = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  console.log(
    `${task.name}: ${(bytes / 1e6).toFixed(2)} MB, median ${lat.p50.toFixed(0)} ms = ${mbps(lat.p50)} MB/s ` +
      `(best ${mbps(lat.min)} MB/s, ${lat.samplesCount ?? task.result.latency.samples?.length ?? '?'} runs) ${stats()}`,
  );
}
