#!/usr/bin/env node
/**
 * The standing fuzz campaign: generated and mutated inputs (test/fuzz/campaign/) run through
 * the built CLI and through Z3 (CaDiCaL or MiniSat for DIMACS), every run measured and every
 * case checked (the flags are described in test/fuzz/campaign/campaign.mjs).
 *
 *   node scripts/fuzz.mjs [--cases N] [--seed S] [--kinds idl,bv,...] [--jobs J] [--timeout T]
 *                         [--out DIR] [--cli dist/cli/main.js] [--replay kind:seed]
 *   node scripts/fuzz.mjs --summarize DIR
 *
 * Writes DIR/results.json (one record per case: kind, seed, eagersmt's and the reference's
 * answers, wall time, CPU time, peak memory, flags, notes), DIR/summary.txt (by kind) and, for
 * each flagged case, its input as DIR/cases/<kind>-<seed>.<ext>; DIR/cases.jsonl gets each
 * record as its case ends (`--summarize DIR` turns it into the summary of a campaign stopped
 * early). Exit 1 when a case is flagged.
 * `--replay kind:seed` runs one case and prints its input, answers and notes.
 *
 * Run it on a copy of dist/ (`--cli`) when the tree is rebuilt meanwhile.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, KINDS, runCampaign, runCase, summarize } from '../test/fuzz/campaign/campaign.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { cases: 200, seed: 1, kinds: KINDS, jobs: 1, timeout: 2, out: 'fuzz-out', cli: join(root, 'dist/cli/main.js'), replay: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const num = (s, min) => {
      const n = Number(s);
      if (!Number.isFinite(n) || n < min) throw new Error(`${a}: expected a number >= ${min}, got '${s}'`);
      return n;
    };
    if (a === '--cases') opts.cases = num(v(), 1);
    else if (a === '--seed') opts.seed = num(v(), 0);
    else if (a === '--jobs') opts.jobs = num(v(), 1);
    else if (a === '--timeout') opts.timeout = num(v(), 0.1);
    else if (a === '--out') opts.out = v();
    else if (a === '--cli') opts.cli = resolve(v());
    else if (a === '--replay') opts.replay = v();
    else if (a === '--summarize') opts.summarize = v();
    else if (a === '--kinds') {
      opts.kinds = v().split(',').filter(Boolean);
      for (const k of opts.kinds) if (!KINDS.includes(k)) throw new Error(`unknown kind '${k}' (kinds: ${KINDS.join(', ')})`);
    } else throw new Error(`unknown argument '${a}'`);
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`fuzz: ${e.message}\n`);
    return 1;
  }
  const regressDir = join(root, 'test/regress');
  if (opts.summarize) {
    const lines = readFileSync(join(opts.summarize, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean);
    process.stdout.write(formatSummary(summarize(lines.map((l) => JSON.parse(l)))));
    return 0;
  }
  if (opts.replay) {
    const [kind, seed] = opts.replay.split(':');
    const workDir = join(opts.out, 'replay');
    mkdirSync(workDir, { recursive: true });
    const r = await runCase(kind, Number(seed), { cli: opts.cli, timeout: opts.timeout, workDir, regressDir });
    process.stdout.write(`--- input (${r.kind}:${r.seed}) ---\n${r.input}\n--- eagersmt: ${r.answer}\n--- reference: ${r.z3}\n`);
    process.stdout.write(`--- wall ${r.wallMs} ms, cpu ${r.cpuMs} ms, rss ${r.rssKb} kB, flags [${r.flags.join(', ')}]\n${r.notes.join('\n')}\n`);
    return r.flags.length > 0 ? 1 : 0;
  }
  mkdirSync(join(opts.out, 'cases'), { recursive: true });
  const t0 = Date.now();
  // One line per case as it ends, so that a campaign stopped early keeps what it ran.
  const log = join(opts.out, 'cases.jsonl');
  writeFileSync(log, '');
  const results = await runCampaign({
    ...opts,
    regressDir,
    onCase: (r, done) => {
      const { input, ext, ...record } = r;
      appendFileSync(log, JSON.stringify(record) + '\n');
      if (r.flags.length > 0) {
        writeFileSync(join(opts.out, 'cases', `${r.kind}-${r.seed}.${r.ext}`), r.input);
        process.stderr.write(`fuzz: ${r.kind}:${r.seed} [${r.flags.join(', ')}] ${r.notes.join('; ').slice(0, 400)}\n`);
      }
      if (done % 100 === 0 || done === opts.cases) process.stderr.write(`fuzz: ${done}/${opts.cases} cases, ${Math.round((Date.now() - t0) / 1000)} s\n`);
    },
  });
  const byKind = summarize(results);
  const records = results.map(({ input, ext, ...rest }) => rest);
  const command = `node scripts/fuzz.mjs --cases ${opts.cases} --seed ${opts.seed} --kinds ${opts.kinds.join(',')} --jobs ${opts.jobs} --timeout ${opts.timeout}`;
  writeFileSync(join(opts.out, 'results.json'), JSON.stringify({ command, seconds: (Date.now() - t0) / 1000, summary: byKind, cases: records }, null, 1) + '\n');
  const table = formatSummary(byKind);
  writeFileSync(join(opts.out, 'summary.txt'), `${command}\n${table}`);
  process.stdout.write(table);
  return results.some((r) => r.flags.length > 0) ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
