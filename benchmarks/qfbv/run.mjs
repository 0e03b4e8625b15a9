#!/usr/bin/env node
/**
 * QF_BV against Z3 in one run: every QF_BV file of ../shared/benchmarks (beside the repository)
 * that Z3 decides within `--z3-within` seconds is run through the package's bin
 * (`dist/bin/eagersmt.cjs`, the built-in defaults) and through `z3`, one process at a time.
 * Each run records its answer, wall-clock seconds and CPU seconds (user+sys of the process and
 * its children, from /usr/bin/time; the wall clock where that is absent).
 *
 * Report: per family the files, eagersmt's solved count, both solvers' CPU and wall totals and the
 * eagersmt/Z3 ratios; the overall totals; the files eagersmt leaves undecided or takes longer
 * than `--slow` seconds on; and any wrong answer (eagersmt contradicting Z3 or the file's status),
 * which makes the exit code 1. Unsolved files count at eagersmt's time limit in the totals.
 *
 * The Z3 pass is the first pass: its times are the reference column, so Z3 runs once per file.
 *
 * Where `boolector` is on PATH (Debian's package is Boolector 1.5 of 2012, whose SMT-LIB 2
 * reader rejects `declare-const`, `define-fun`, `set-option` and non-ASCII symbols), each file
 * also goes to `boolector --smt2`; the summary gives the files it answers, its CPU on them and
 * eagersmt's and Z3's CPU on the same files, and any answer of it that contradicts Z3.
 *
 *   node benchmarks/qfbv/run.mjs [--timeout 10] [--z3-within 10] [--family NAME] [--slow 1]
 *                               [--out rows.tsv] [--bin dist/bin/eagersmt.cjs]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, GRACE_S, ROOT, definite, firstAnswer as answerOf, readManifest, timedRun as timed } from '../../scripts/solver-runs.mjs';

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '10' },
    'z3-within': { type: 'string', default: '10' },
    family: { type: 'string' },
    slow: { type: 'string', default: '1' },
    out: { type: 'string' },
    bin: { type: 'string', default: join(ROOT, 'dist/bin/eagersmt.cjs') },
  },
});
const timeout = Number(values.timeout);
const within = Number(values['z3-within']);
const slow = Number(values.slow);
const bin = resolve(values.bin);
if (!existsSync(bin)) {
  console.error(`qfbv: ${bin} not found; run npm run build first`);
  process.exit(2);
}
if (!existsSync(join(BENCH, 'MANIFEST.tsv'))) {
  console.log(`qfbv: no benchmarks at ${BENCH}; nothing to do`);
  process.exit(0);
}
const hasTime = existsSync('/usr/bin/time');
const hasBoolector = (await timed('boolector', ['--version'], 10)).out.trim() !== '';

const entries = readManifest().filter(
  (e) => e.logic === 'QF_BV' && e.path.endsWith('.smt2') && (values.family === undefined || e.family === values.family) && existsSync(join(BENCH, e.path)),
);
const rows = [];
let z3Decided = 0;
for (const [i, e] of entries.entries()) {
  const file = join(BENCH, e.path);
  const z3 = await timed('z3', [`-T:${within}`, file], within + GRACE_S);
  const z3Answer = answerOf(z3);
  if (!definite(z3Answer) || z3.wall > within) continue;
  z3Decided++;
  const mine = await timed(process.execPath, [bin, '--timeout', String(timeout), file], timeout + GRACE_S);
  const ans = answerOf(mine);
  const wrong = definite(ans) && (ans !== z3Answer || (definite(e.status) && ans !== e.status));
  const row = { ...e, z3: z3Answer, z3Cpu: z3.cpu, z3Wall: z3.wall, ans, cpu: mine.cpu, wall: mine.wall, wrong };
  if (hasBoolector) {
    const b = await timed('boolector', ['--smt2', '-t', String(timeout), file], timeout + GRACE_S);
    Object.assign(row, { btor: answerOf(b), btorCpu: b.cpu });
  }
  rows.push(row);
  console.log(
    `[${i + 1}/${entries.length}] ${e.path}  eagersmt ${ans} ${mine.cpu.toFixed(2)}s cpu  z3 ${z3Answer} ${z3.cpu.toFixed(2)}s cpu` +
      (wrong ? '  <-- WRONG ANSWER' : ''),
  );
}

// An unsolved file counts at the time limit (or its actual time, if longer).
const cost = (r, key) => (definite(r.ans) ? r[key] : Math.max(r[key], timeout));
const sum = (rs, f) => rs.reduce((s, r) => s + f(r), 0);
const line = (name, rs) => {
  const [c, zc, w, zw] = [sum(rs, (r) => cost(r, 'cpu')), sum(rs, (r) => r.z3Cpu), sum(rs, (r) => cost(r, 'wall')), sum(rs, (r) => r.z3Wall)];
  const solved = rs.filter((r) => definite(r.ans)).length;
  return (
    `${name.padEnd(36)} ${String(rs.length).padStart(5)} ${String(solved).padStart(6)}` +
    ` ${c.toFixed(1).padStart(9)} ${zc.toFixed(1).padStart(8)} ${(c / zc).toFixed(2).padStart(6)}` +
    ` ${w.toFixed(1).padStart(9)} ${zw.toFixed(1).padStart(8)} ${(w / zw).toFixed(2).padStart(6)}`
  );
};
console.log(`\nQF_BV files z3 decides within ${within}s: ${z3Decided} of ${entries.length}; eagersmt limit ${timeout}s; ${hasTime ? 'CPU = user+sys' : 'CPU = wall (no /usr/bin/time)'}`);
console.log(`${'family'.padEnd(36)} ${'files'.padStart(5)} ${'solved'.padStart(6)} ${'cpu'.padStart(9)} ${'z3 cpu'.padStart(8)} ${'ratio'.padStart(6)} ${'wall'.padStart(9)} ${'z3 wall'.padStart(8)} ${'ratio'.padStart(6)}`);
const families = [...new Set(rows.map((r) => r.family))].sort();
for (const f of families) console.log(line(f, rows.filter((r) => r.family === f)));
console.log(line('TOTAL', rows));
const startUpFree = rows.filter((r) => definite(r.ans));
console.log(`solved by both: ${startUpFree.length}`);
const bad = rows.filter((r) => !definite(r.ans) || r.cpu > slow).sort((a, b) => cost(b, 'cpu') - cost(a, 'cpu'));
if (bad.length > 0) {
  console.log(`\nundecided or slower than ${slow}s CPU:`);
  for (const r of bad) console.log(`  ${r.ans.padEnd(8)} ${r.cpu.toFixed(2).padStart(6)}s (z3 ${r.z3Cpu.toFixed(2)}s)  ${r.path}`);
}
if (values.out) {
  const header = 'path\tfamily\tstatus\teagersmt\tcpu\twall\tz3\tz3_cpu\tz3_wall';
  writeFileSync(values.out, [header, ...rows.map((r) => [r.path, r.family, r.status, r.ans, r.cpu.toFixed(3), r.wall.toFixed(3), r.z3, r.z3Cpu.toFixed(3), r.z3Wall.toFixed(3)].join('\t'))].join('\n') + '\n');
}
if (hasBoolector) {
  const answered = rows.filter((r) => definite(r.btor));
  const against = answered.filter((r) => r.btor !== r.z3);
  console.log(
    `\nboolector answers ${answered.length} of ${rows.length} files (the rest: rejected input or no answer within ${timeout}s); on those files CPU` +
      ` boolector ${sum(answered, (r) => r.btorCpu).toFixed(1)}s, eagersmt ${sum(answered, (r) => cost(r, 'cpu')).toFixed(1)}s, z3 ${sum(answered, (r) => r.z3Cpu).toFixed(1)}s;` +
      ` eagersmt solves ${answered.filter((r) => definite(r.ans)).length} of them; boolector contradicts z3 on ${against.length}`,
  );
  for (const r of against) console.log(`  boolector ${r.btor}, z3 ${r.z3}: ${r.path}`);
}
const wrong = rows.filter((r) => r.wrong);
if (wrong.length > 0) {
  console.log(`\n!!! ${wrong.length} WRONG ANSWER(S)`);
  for (const r of wrong) console.log(`!!!   ${r.path}: eagersmt ${r.ans}, z3 ${r.z3}, status ${r.status}`);
  process.exitCode = 1;
} else console.log('wrong answers 0');
