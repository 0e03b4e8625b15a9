#!/usr/bin/env node
/**
 * Measures resource reasoning (issue 10) on the shared SMT-LIB benchmarks (`../shared/benchmarks`,
 * see `solver-runs.mjs`): for every file of the selected families, runs the compiled CLI with
 * `--stats --proof` (and, with `--compare`, again with `--no-resources`), records the answer, the
 * wall time, the user+system CPU time (from /usr/bin/time when present), the time the resource
 * reasoner spent (its `--stats` line) and, for an unsat it certified, the verdict of
 * `eagersmt check-proof`. A wrong answer (against the manifest's status) is reported loudly and
 * makes the exit code 1.
 *
 * Output: one TSV row per run (stdout, or `--out file`), then a summary on stderr: solved files,
 * files of unknown status that were settled (with their times), and the resource reasoner's
 * share of the time on the files it did not refute (its detection cost).
 *
 * Usage: node scripts/resource-bench.mjs [--family jobshop-BohanLi] [--logic QF_IDL]
 *          [--all-families] [--status unknown] [--timeout S] [--compare] [--out file.tsv]
 * @example
 *   npm run build && node scripts/resource-bench.mjs --family jobshop-BohanLi --timeout 20
 *   node scripts/resource-bench.mjs --all-families --compare --timeout 20   # detection cost
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, GRACE_S, ROOT, pool, readManifest, run, verdict } from './solver-runs.mjs';

const { values } = parseArgs({
  options: {
    family: { type: 'string', default: 'jobshop-BohanLi' },
    logic: { type: 'string', default: 'QF_IDL' },
    'all-families': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '20' },
    compare: { type: 'boolean', default: false },
    status: { type: 'string' },
    out: { type: 'string' },
  },
});
const limit = Number(values.timeout);
const cli = join(ROOT, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('resource-bench: build first (npm run build)');
  process.exit(2);
}
if (!existsSync(join(BENCH, 'MANIFEST.tsv'))) {
  console.error(`resource-bench: no benchmarks at ${BENCH}`);
  process.exit(2);
}
const timed = existsSync('/usr/bin/time');
const work = mkdtempSync(join(tmpdir(), 'resource-bench-'));

const files = readManifest().filter(
  (e) =>
    e.logic === values.logic &&
    (values['all-families'] || e.family.includes(values.family)) &&
    (values.status === undefined || e.status === values.status),
);

/** One run; CPU seconds come from `/usr/bin/time -f` on the last stderr line. */
async function solve(entry, mode) {
  const path = join(BENCH, entry.path);
  const proof = join(work, `${entry.path.replace(/\W/g, '_')}.${mode}.cert`);
  const args = ['--stats', ...(mode === 'off' ? ['--no-resources'] : ['--proof', proof]), path];
  const r = timed
    ? await run('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, cli, ...args], limit + GRACE_S)
    : await run(process.execPath, [cli, ...args], limit + GRACE_S);
  const answer = verdict(r, limit);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.err);
  const res = /resources: .*, ([\d.]+) s\n/.exec(r.err);
  const refuted = /resources: unsat by (.*)\n/.exec(r.err);
  let cert = '';
  if (mode === 'on' && answer === 'unsat' && existsSync(proof)) {
    const c = await run(process.execPath, [cli, 'check-proof', path, proof], 120);
    cert = c.out.trim().split('\n')[0] ?? '';
    rmSync(proof, { force: true });
  }
  return {
    file: entry.path,
    status: entry.status,
    mode,
    answer,
    wall: r.seconds,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    resourceS: res ? Number(res[1]) : 0,
    refutation: refuted ? refuted[1] : '',
    cert,
  };
}

const modes = values.compare ? ['on', 'off'] : ['on'];
const jobs = files.flatMap((e) => modes.map((m) => [e, m]));
const rows = await pool(jobs, 1, ([e, m]) => solve(e, m));
rmSync(work, { recursive: true, force: true });

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '');
const tsv = ['file\tstatus\tmode\tanswer\twall_s\tcpu_s\tresource_s\tcertificate\trefutation'];
for (const r of rows) tsv.push([r.file, r.status, r.mode, r.answer, f2(r.wall), f2(r.cpu), r.resourceS.toFixed(3), r.cert, r.refutation].join('\t'));
if (values.out) writeFileSync(values.out, tsv.join('\n') + '\n');
else console.log(tsv.join('\n'));

let wrong = 0;
for (const r of rows) {
  if ((r.answer === 'sat' && r.status === 'unsat') || (r.answer === 'unsat' && r.status === 'sat')) {
    wrong++;
    console.error(`WRONG ANSWER: ${r.file} (${r.mode}): ${r.answer}, status ${r.status}`);
  }
  if (r.cert && r.cert !== 'valid') {
    wrong++;
    console.error(`CERTIFICATE REJECTED: ${r.file}: ${r.cert}`);
  }
}
for (const m of modes) {
  const rs = rows.filter((r) => r.mode === m);
  const solved = rs.filter((r) => r.answer === 'sat' || r.answer === 'unsat');
  const par2 = rs.reduce((a, r) => a + (r.answer === 'sat' || r.answer === 'unsat' ? r.wall : 2 * limit), 0);
  console.error(`resources ${m}: ${solved.length}/${rs.length} solved, PAR-2 ${par2.toFixed(1)} s (limit ${limit} s)`);
  const settled = rs.filter((r) => r.status === 'unknown' && (r.answer === 'sat' || r.answer === 'unsat'));
  for (const r of settled) console.error(`  settled ${r.file}: ${r.answer} in ${f2(r.wall)} s wall, ${f2(r.cpu)} s cpu${r.cert ? `, certificate ${r.cert}` : ''}`);
  const kept = rs.filter((r) => !r.refutation && r.answer !== 'timeout');
  const share = kept.reduce((a, r) => a + r.resourceS, 0);
  const cpu = kept.reduce((a, r) => a + (Number.isFinite(r.cpu) ? r.cpu : r.wall), 0);
  if (m === 'on' && kept.length > 0)
    console.error(`  not refuted (${kept.length} files): resource reasoning ${share.toFixed(3)} s of ${cpu.toFixed(1)} s cpu (${((100 * share) / Math.max(cpu, 1e-9)).toFixed(2)}%), max ${Math.max(...kept.map((r) => r.resourceS)).toFixed(3)} s on one file`);
}
process.exit(wrong > 0 ? 1 : 0);
