#!/usr/bin/env node
/**
 * Runs eagersmt (the compiled CLI, `dist/cli/main.js`) and Z3 side by side on the shared SMT-LIB
 * benchmarks in `../shared/benchmarks` (resolved from the repository root), and checks every
 * answer against the benchmark's status and against Z3.
 *
 * The expected status comes from `MANIFEST.tsv` (columns: path logic family bytes status source
 * z3_20s; path relative to the benchmarks folder). For each file it records eagersmt's answer and
 * wall time, Z3's answer and wall time, and the expected status. The answer of a run is its first
 * `sat`/`unsat`/`unknown` line; a run that prints none is `error` (crash, parse error, unsupported
 * input), and one that is killed at the time limit is `timeout`.
 *
 * A wrong answer is never reported as fine: eagersmt answering `sat` where the status or Z3 says
 * `unsat` (or the reverse) is a DISAGREEMENT, printed loudly, and makes the exit code 1; so does
 * Z3 contradicting the status. Every later `check-sat` answer of the file is compared with Z3's
 * too. An `unknown`, `timeout` or `error` is unsolved, not wrong.
 *
 * Summary: files run; parsed (eagersmt printed no `(error` line, except after an `unknown`);
 * solved by each solver; the disagreements; total wall times, and the eagersmt/Z3 time ratio on
 * the files both solved.
 *
 * `--boolector` also runs Boolector (`boolector -t S`, for QF_BV) on every file, compares its
 * answers like Z3's, and adds its solved count and times to the summary.
 *
 * `--z3-within S` bounds a run (CI): a first pass runs Z3 alone with limit S on every selected
 * file, and only the files Z3 decides within S seconds are run (their Z3 result is reused).
 *
 * Usage: node scripts/shared-suite.mjs [--timeout S] [--family NAME] [--logic QF_IDL]
 *          [-j N] [--out file.tsv] [--z3-within S] [--cli path/to/main.js]
 *          [--eagersmt-args "--backend cadical"] [--boolector]
 * Defaults: timeout 10 s, logic QF_IDL, one run at a time (clean timings), the repo's
 * dist/cli/main.js. Exit codes: 0 fine, 1 a disagreement, 2 bad usage or missing CLI.
 *
 * @example
 *   npm run build && node scripts/shared-suite.mjs --timeout 10 --family Averest --out /tmp/averest.tsv
 *   node scripts/shared-suite.mjs --logic QF_BV --z3-within 10 --boolector --out /tmp/qf_bv.tsv
 *   node scripts/shared-suite.mjs --logic QF_RDL --timeout 10 --z3-within 2 -j 2   (also QF_UFIDL)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, GRACE_S, ROOT, answers, definite, firstLine, pool, readManifest, run, verdict } from './solver-runs.mjs';

async function main() {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: '10' },
      family: { type: 'string' },
      logic: { type: 'string', default: 'QF_IDL' },
      jobs: { type: 'string', short: 'j', default: '1' },
      out: { type: 'string' },
      'z3-within': { type: 'string' },
      cli: { type: 'string', default: join(ROOT, 'dist/cli/main.js') },
      'eagersmt-args': { type: 'string', default: '' },
      boolector: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: shared-suite.mjs [--timeout S] [--family NAME] [--logic QF_IDL] [-j N] [--out file.tsv]\n' +
        '                        [--z3-within S] [--cli dist/cli/main.js] [--eagersmt-args "..."] [--boolector]',
    );
    return 0;
  }
  const timeout = Number(values.timeout);
  const jobs = Number(values.jobs);
  const within = values['z3-within'] === undefined ? undefined : Number(values['z3-within']);
  if (!(timeout > 0) || !Number.isInteger(jobs) || jobs < 1 || (within !== undefined && !(within > 0 && within <= timeout))) {
    console.error('shared-suite: --timeout must be positive, -j a positive integer, --z3-within in (0, timeout]');
    return 2;
  }
  const logicDir = join(BENCH, values.logic);
  if (!existsSync(logicDir) || !existsSync(join(BENCH, 'MANIFEST.tsv'))) {
    console.log(`shared-suite: no benchmarks at ${logicDir} (or no MANIFEST.tsv); nothing to do`);
    return 0;
  }
  const cli = resolve(values.cli);
  if (!existsSync(cli)) {
    console.error(`shared-suite: ${cli} not found; run 'npm run build' first`);
    return 2;
  }
  const extra = values['eagersmt-args'].split(/\s+/).filter((a) => a !== '');

  const entries = readManifest().filter(
    (e) => e.logic === values.logic && (values.family === undefined || e.family === values.family) && e.path.endsWith('.smt2'),
  );
  let present = entries.filter((e) => existsSync(join(BENCH, e.path)));
  if (present.length < entries.length) console.log(`shared-suite: ${entries.length - present.length} manifest files are missing on disk`);
  /** Z3 results of the first pass, by path. */
  const z3First = new Map();
  if (within !== undefined) {
    const firstPass = await pool(present, jobs, (e) => run('z3', [`-T:${within}`, join(BENCH, e.path)], within + GRACE_S));
    present.forEach((e, i) => {
      const r = firstPass[i];
      if (definite(verdict(r, within)) && r.seconds <= within) z3First.set(e.path, r);
    });
    console.log(`shared-suite: z3 decides ${z3First.size} of ${present.length} files within ${within}s; running those`);
    present = present.filter((e) => z3First.has(e.path));
  }
  console.log(`shared-suite: ${present.length} ${values.logic} files, timeout ${timeout}s, -j ${jobs}`);

  const rows = await pool(present, jobs, async (e, i) => {
    const file = join(BENCH, e.path);
    const mine = await run(process.execPath, [cli, '--timeout', String(timeout), ...extra, file], timeout + GRACE_S);
    const z3 = z3First.get(e.path) ?? (await run('z3', [`-T:${timeout}`, file], timeout + GRACE_S));
    const btor = values.boolector ? await run('boolector', ['-t', String(timeout), file], timeout + GRACE_S) : undefined;
    const row = {
      path: e.path,
      family: e.family,
      expected: e.status,
      eagersmt: answered(mine, timeout),
      eagersmtTime: mine.seconds,
      z3: answered(z3, timeout),
      z3Time: z3.seconds,
      parsed: parsedCleanly(mine.out),
      problems: [],
    };
    if (btor) {
      row.boolector = answered(btor, timeout);
      row.boolectorTime = btor.seconds;
      for (const other of ['expected', 'z3']) {
        if (definite(row.boolector) && definite(row[other]) && row.boolector !== row[other]) {
          row.problems.push(`boolector says ${row.boolector}, ${other === 'z3' ? 'z3 says' : 'the status is'} ${row[other]}`);
        }
      }
    }
    if (definite(row.eagersmt) && definite(row.expected) && row.eagersmt !== row.expected) {
      row.problems.push(`eagersmt says ${row.eagersmt}, the status is ${row.expected}`);
    }
    if (definite(row.eagersmt) && definite(row.z3) && row.eagersmt !== row.z3) {
      row.problems.push(`eagersmt says ${row.eagersmt}, z3 says ${row.z3}`);
    }
    if (definite(row.z3) && definite(row.expected) && row.z3 !== row.expected) {
      row.problems.push(`z3 says ${row.z3}, the status is ${row.expected}`);
    }
    // Later checks of incremental files: every pair of definite answers must agree.
    const [ma, za] = [answers(mine.out), answers(z3.out)];
    for (let k = 1; k < Math.min(ma.length, za.length); k++) {
      if (definite(ma[k]) && definite(za[k]) && ma[k] !== za[k]) {
        row.problems.push(`check #${k + 1}: eagersmt says ${ma[k]}, z3 says ${za[k]}`);
      }
    }
    const mark = row.problems.length > 0 ? '  <-- DISAGREEMENT' : '';
    const note = row.eagersmt === 'error' ? `  (${firstLine(mine.out) || firstLine(mine.err) || 'no output'})` : '';
    console.log(
      `[${String(i + 1).padStart(String(present.length).length)}/${present.length}] ${e.path}` +
        `  eagersmt ${row.eagersmt} ${row.eagersmtTime.toFixed(2)}s  z3 ${row.z3} ${row.z3Time.toFixed(2)}s` +
        (btor ? `  boolector ${row.boolector} ${row.boolectorTime.toFixed(2)}s` : '') +
        `  expected ${row.expected}${mark}${note}`,
    );
    for (const p of row.problems) console.log(`    !!! ${p}`);
    return row;
  });

  if (values.out) {
    const btorCols = values.boolector ? '\tboolector\tboolector_s' : '';
    const header = `path\tfamily\texpected\teagersmt\teagersmt_s\tz3\tz3_s${btorCols}\tparsed\tproblems`;
    const lines = rows.map((r) =>
      [
        r.path, r.family, r.expected, r.eagersmt, r.eagersmtTime.toFixed(3), r.z3, r.z3Time.toFixed(3),
        ...(values.boolector ? [r.boolector, r.boolectorTime.toFixed(3)] : []),
        r.parsed, r.problems.join('; '),
      ].join('\t'),
    );
    writeFileSync(values.out, [header, ...lines].join('\n') + '\n');
  }

  const solved = (key) => rows.filter((r) => definite(r[key])).length;
  const count = (key, v) => rows.filter((r) => r[key] === v).length;
  const both = rows.filter((r) => definite(r.eagersmt) && definite(r.z3));
  const sum = (rs, key) => rs.reduce((s, r) => s + r[key], 0);
  const bad = rows.filter((r) => r.problems.length > 0);
  console.log('');
  console.log(`files      ${rows.length}`);
  console.log(`parsed     ${rows.filter((r) => r.parsed).length} (eagersmt printed no error, except after unknown)`);
  for (const key of values.boolector ? ['eagersmt', 'z3', 'boolector'] : ['eagersmt', 'z3']) {
    console.log(
      `${key.padEnd(10)} solved ${solved(key)} (sat ${count(key, 'sat')}, unsat ${count(key, 'unsat')}),` +
        ` unknown ${count(key, 'unknown')}, timeout ${count(key, 'timeout')}, error ${count(key, 'error')},` +
        ` total ${sum(rows, `${key}Time`).toFixed(1)}s`,
    );
  }
  const [mineBoth, z3Both] = [sum(both, 'eagersmtTime'), sum(both, 'z3Time')];
  console.log(
    `both solved ${both.length}: eagersmt ${mineBoth.toFixed(1)}s, z3 ${z3Both.toFixed(1)}s, ratio ` +
      (z3Both > 0 ? `${(mineBoth / z3Both).toFixed(2)}` : 'n/a'),
  );
  if (values.boolector) {
    const withB = rows.filter((r) => definite(r.eagersmt) && definite(r.boolector));
    const [m, b] = [sum(withB, 'eagersmtTime'), sum(withB, 'boolectorTime')];
    console.log(`eagersmt and boolector both solved ${withB.length}: eagersmt ${m.toFixed(1)}s, boolector ${b.toFixed(1)}s, ratio ${b > 0 ? (m / b).toFixed(2) : 'n/a'}`);
  }
  if (bad.length > 0) {
    console.log(`\n!!! ${bad.length} DISAGREEMENT(S) — wrong answers:`);
    for (const r of bad) console.log(`!!!   ${r.path}: ${r.problems.join('; ')}`);
    return 1;
  }
  console.log('disagreements 0');
  return 0;
}

/**
 * The verdict of a run, except that an answer printed after an `(error` line is `error`: the
 * solver rejected part of the input (Z3 4.8 does not know cvc5's `bvite` or the SMT-LIB 2.7
 * overflow predicates), so it answered a different problem.
 */
function answered(result, limitS) {
  const v = verdict(result, limitS);
  if (!definite(v)) return v;
  const lines = result.out.split('\n').map((l) => l.trim());
  const firstAnswer = lines.findIndex((l) => l === v);
  return lines.slice(0, firstAnswer).some((l) => l.startsWith('(error')) ? 'error' : v;
}

/**
 * True if eagersmt printed no `(error` line, not counting those after an `unknown` answer (a
 * `(get-model)` then fails by design).
 */
function parsedCleanly(out) {
  let last = '';
  for (const line of out.split('\n')) {
    const l = line.trim();
    if (l === 'sat' || l === 'unsat' || l === 'unknown') last = l;
    else if (l.startsWith('(error') && last !== 'unknown') return false;
  }
  return true;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`shared-suite: ${err instanceof Error ? err.stack : String(err)}`);
    process.exitCode = 2;
  },
);
