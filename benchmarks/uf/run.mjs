#!/usr/bin/env node
/**
 * Equality logic against Z3 (and cvc5 when installed) in one run: the pigeonhole-like QF_UF
 * families of scripts/uf-gen.mjs and its multiplexer equivalences (data compared only
 * negatively: positive equality) (no QF_UF file is shared with the project) at growing sizes,
 * and the QF_UF and QF_UFIDL files of ../shared/benchmarks when that folder is present. Every
 * script goes to the package's bin (`dist/bin/eagersmt.cjs`, built-in defaults; `--flags` adds
 * arguments, e.g. `--flags=--no-symmetry` to measure symmetry breaking) and to each reference
 * solver, one process at a time, under the same limit.
 *
 * Report: per family the scripts, each solver's solved count and CPU total (user+sys from
 * /usr/bin/time; an unsolved script counts at the limit, PAR-1), the eagersmt/Z3 ratio, and any
 * wrong answer (an answer contradicting the script's status or another solver), which makes
 * the exit code 1.
 *
 *   node benchmarks/uf/run.mjs [--timeout 20] [--seed 1] [--sizes small|large] [--flags=...]
 *                              [--no-shared]
 *   --sizes large adds the sizes at which Z3 itself needs seconds.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ufScript, ufStatus } from '../../scripts/uf-gen.mjs';
import { BENCH, GRACE_S, ROOT, definite, firstAnswer, readManifest, timedRun } from '../../scripts/solver-runs.mjs';

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    sizes: { type: 'string', default: 'small' },
    flags: { type: 'string', default: '' },
    'no-shared': { type: 'boolean', default: false },
  },
});
const limit = Number(values.timeout);
const seed = Number(values.seed);
const flags = values.flags.split(' ').filter((f) => f !== '');
const bin = join(ROOT, 'dist/bin/eagersmt.cjs');
if (!existsSync(bin)) {
  console.error(`uf: ${bin} not found; run npm run build first`);
  process.exit(2);
}

/** [family, a, b] of every generated script: around each family's hard point. */
const SIZES = {
  small: [
    ...[5, 6, 7, 8].flatMap((h) => [['php', h + 1, h], ['php', h, h]]),
    ...[4, 5, 6].flatMap((h) => [['fphp', h + 1, h], ['fphp', h, h]]),
    ...[5, 6, 7, 9].map((k) => ['steiner', k]),
    ...[3, 4, 5, 6].map((k) => ['boolean', k]),
    ...[20, 40].flatMap((n) => [['diamond', n, 0], ['diamond', n, 1]]),
    ...[8, 10].flatMap((d) => [['mux', d, 0], ['mux', d, 1]]),
  ],
  large: [
    ...[9, 10].flatMap((h) => [['php', h + 1, h], ['php', h, h]]),
    ...[7, 8].flatMap((h) => [['fphp', h + 1, h], ['fphp', h, h]]),
    ...[8, 11, 13].map((k) => ['steiner', k]),
    ...[7, 8].map((k) => ['boolean', k]),
    ...[80, 160].flatMap((n) => [['diamond', n, 0], ['diamond', n, 1]]),
    ...[12, 14].flatMap((d) => [['mux', d, 0], ['mux', d, 1]]),
  ],
};
const sizes = values.sizes === 'large' ? [...SIZES.small, ...SIZES.large] : SIZES.small;

const dir = mkdtempSync(join(tmpdir(), 'eagersmt-uf-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const cases = sizes.map(([family, a, b]) => {
  const file = join(dir, `${family}-${a}${b === undefined ? '' : `-${b}`}.smt2`);
  writeFileSync(file, ufScript(family, a, b, seed));
  return { family, name: `${family} ${a}${b === undefined ? '' : ` ${b}`}`, file, status: ufStatus(family, a, b) };
});
if (!values['no-shared'] && existsSync(join(BENCH, 'MANIFEST.tsv'))) {
  for (const e of readManifest()) {
    if ((e.logic === 'QF_UF' || e.logic === 'QF_UFIDL') && existsSync(join(BENCH, e.path))) {
      cases.push({ family: `${e.logic}/${e.family}`, name: e.path, file: join(BENCH, e.path), status: e.status });
    }
  }
}

const onPath = async (cmd) => (await timedRun(cmd, ['--version'], 10)).out !== '';
const solvers = [
  { name: 'eagersmt', argv: (f) => [process.execPath, bin, '--timeout', String(limit), ...flags, f] },
  { name: 'z3', argv: (f) => ['z3', `-T:${limit}`, f] },
  ...((await onPath('cvc5')) ? [{ name: 'cvc5', argv: (f) => ['cvc5', `--tlimit=${limit * 1000}`, f] }] : []),
];

const rows = [];
for (const c of cases) {
  const runs = {};
  for (const s of solvers) {
    const [cmd, ...argv] = s.argv(c.file);
    const r = await timedRun(cmd, argv, limit + GRACE_S);
    runs[s.name] = { answer: firstAnswer(r), cpu: r.cpu };
  }
  // Wrong: against the script's status when it has one, else against any other solver's answer.
  const given = Object.values(runs).map((r) => r.answer).filter(definite);
  const wrong = solvers.filter((s) => {
    const a = runs[s.name].answer;
    return definite(a) && (definite(c.status) ? a !== c.status : given.some((b) => b !== a));
  });
  rows.push({ ...c, runs, wrong: wrong.map((s) => s.name) });
  console.log(
    `${c.name.padEnd(46)} ${c.status.padEnd(7)} ` +
      solvers.map((s) => `${s.name} ${runs[s.name].answer} ${runs[s.name].cpu.toFixed(2)}s`).join('  ') +
      (wrong.length > 0 ? `  <-- WRONG: ${wrong.map((s) => s.name).join(', ')}` : ''),
  );
}

const cost = (r, name) => (definite(r.runs[name].answer) ? r.runs[name].cpu : Math.max(r.runs[name].cpu, limit));
const summary = (label, rs) => {
  const cells = solvers.map((s) => {
    const solved = rs.filter((r) => definite(r.runs[s.name].answer)).length;
    const cpu = rs.reduce((t, r) => t + cost(r, s.name), 0);
    return `${String(solved).padStart(3)} ${cpu.toFixed(1).padStart(7)}`;
  });
  const ratio = rs.reduce((t, r) => t + cost(r, 'eagersmt'), 0) / Math.max(rs.reduce((t, r) => t + cost(r, 'z3'), 0), 0.01);
  return `${label.padEnd(30)} ${String(rs.length).padStart(5)}  ${cells.join('   ')}  ${ratio.toFixed(2).padStart(6)}`;
};
console.log(`\nlimit ${limit}s; CPU seconds (user+sys), unsolved counted at the limit; seed ${seed}${flags.length ? `; eagersmt ${flags.join(' ')}` : ''}`);
console.log(`${'family'.padEnd(30)} ${'files'.padStart(5)}  ${solvers.map((s) => `${s.name.padStart(3)} solved/cpu`.padEnd(11)).join('   ')}  e/z3`);
for (const f of [...new Set(rows.map((r) => r.family))]) console.log(summary(f, rows.filter((r) => r.family === f)));
console.log(summary('TOTAL', rows));
const wrong = rows.filter((r) => r.wrong.length > 0);
console.log(`wrong answers ${wrong.length}`);
process.exitCode = wrong.length > 0 ? 1 : 0;
