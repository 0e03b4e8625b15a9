/**
 * Differential test of eagersmt against Z3 on generated QF_BV scripts (see `bv-gen.ts`).
 *
 * Each script is instrumented with a `(get-value (<constants> <probes>))` after every check and
 * a `(get-model)` after the first, and run through `solveSmtLib` and through Z3. Then:
 * 1. every check answer must equal Z3's; after `unsat` both print an error for the queries;
 * 2. after `sat`, values must be bit-vector literals printed as Z3 prints them (`#x` with w/4
 *    digits when the width w is a multiple of 4, else `#b` with w digits), the model must define
 *    exactly the declared constants with their sorts, and agree with the `get-value`;
 * 3. every `sat` model is checked by Z3: the script is replayed with each `sat` check wrapped as
 *    `(push 1)`, `(assert (= v value))` for every constant, the check, `(get-value (<probes>))`,
 *    `(pop 1)`. Z3 must answer `sat` (the model satisfies the assertions), and its values of the
 *    probes — closed terms over every operator, with edge values and zero divisors — must equal
 *    eagersmt's (the evaluator's semantics is Z3's).
 *
 * Z3 runs in a pool of long-lived processes (`reference.ts`). Failing scripts are written to
 * `tmp/fuzz-failures/bv-seed-<n>.smt2` (ignored by git) and named in the failure message.
 *
 * Environment: `BV_FUZZ_COUNT` (default 620, over 1,000 checks) scripts from seed `BV_FUZZ_SEED` (default 1).
 * Reproduce one seed: `BV_FUZZ_SEED=123 BV_FUZZ_COUNT=1 npx vitest run test/fuzz/bv-diff.test.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { generateBvScript, type BvScript } from './bv-gen.js';
import { pairResponses, ReferencePool, readResponses, showResponse as show, type Resp } from './reference.js';

/** 620 scripts hold over 1,000 checks (a third of the scripts have three), i.e. formulas. */
const DEFAULT_COUNT = 620;
const COUNT = Number(process.env.BV_FUZZ_COUNT ?? DEFAULT_COUNT);
const FIRST_SEED = Number(process.env.BV_FUZZ_SEED ?? 1);
const BATCH = 100;
/** Seconds eagersmt gets per script; the scripts are small. */
const SOLVER_TIMEOUT_S = 30;

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const tally = { scripts: 0, sat: 0, unsat: 0, skipped: 0, probes: 0 };

afterAll(() => {
  z3.close();
  const decided = tally.sat + tally.unsat;
  console.log(
    `bv-diff: ${tally.scripts} scripts, ${decided} checks (${tally.sat} sat, ${tally.unsat} unsat,` +
      ` ${((100 * tally.unsat) / Math.max(1, decided)).toFixed(0)}% unsat), ${tally.probes} probe values compared,` +
      ` ${tally.skipped} skipped (Z3 unknown or timeout)`,
  );
});

const isCheck = (cmd: string) => cmd === '(check-sat)';
const isError = (r: Resp | undefined) => Array.isArray(r) && r[0] === 'error';

/** The script with the queries after each check; returns the commands and which are queries. */
function instrument(script: BvScript): string[] {
  const names = [...script.vars.map((v) => v.name), ...(script.commands.some((c) => c.startsWith('(declare-fun p ')) ? ['p'] : [])];
  const query = `(get-value (${[...names, ...script.probes].join(' ')}))`;
  const out: string[] = [];
  let first = true;
  for (const cmd of script.commands) {
    out.push(cmd);
    if (!isCheck(cmd)) continue;
    out.push(query);
    if (first) out.push('(get-model)');
    first = false;
  }
  return out;
}

/** How a value of width w must be printed: `#x` + w/4 hex digits, or `#b` + w binary digits. */
function wellFormed(v: Resp | undefined, w: number): boolean {
  if (typeof v !== 'string') return false;
  return w % 4 === 0 ? new RegExp(`^#x[0-9a-f]{${w / 4}}$`).test(v) : new RegExp(`^#b[01]{${w}}$`).test(v);
}

interface Verdict {
  problems: string[];
  /** Per check: eagersmt's `get-value` pairs after a `sat`, else undefined. */
  values: (Resp[] | undefined)[];
  skipped: boolean;
}

function compare(script: BvScript, cmds: string[], eOut: string, zOut: string): Verdict {
  const verdict: Verdict = { problems: [], values: [], skipped: false };
  const problem = (msg: string) => verdict.problems.push(msg);
  const widths = new Map(script.vars.map((v) => [v.name, v.width]));
  const queries = cmds.filter((c) => isCheck(c) || c.startsWith('(get-')).length;
  const paired = pairResponses(eOut, zOut, queries);
  if (paired.kind !== 'ok') {
    if (paired.kind === 'skip') verdict.skipped = true;
    else problem(paired.message);
    return verdict;
  }
  const { es, zs } = paired;
  let at = 0;
  let answer = '';
  for (const cmd of cmds) {
    if (!isCheck(cmd) && !cmd.startsWith('(get-')) continue;
    const [e, z] = [es[at]!, zs[at]!];
    at++;
    if (isCheck(cmd)) {
      answer = show(z);
      if (show(e) !== answer) {
        problem(`check #${verdict.values.length + 1}: eagersmt '${show(e)}', Z3 '${answer}'`);
        break;
      }
      verdict.values.push(undefined);
      continue;
    }
    const where = `after check #${verdict.values.length} (${answer}): ${cmd.slice(0, 60)}`;
    if (isError(z)) {
      if (!isError(e)) problem(`${where}: Z3 prints an error, eagersmt prints ${show(e)}`);
      continue;
    }
    if (!Array.isArray(e) || isError(e)) {
      problem(`${where}: expected a list, eagersmt prints ${show(e)}`);
      continue;
    }
    const values = verdict.values[verdict.values.length - 1];
    if (cmd === '(get-model)') {
      const seen = new Set<string>();
      for (const def of e) {
        const [head, name, params, sort, value] = Array.isArray(def) ? def : [];
        const w = typeof name === 'string' ? widths.get(name) : undefined;
        const fromValues = values?.find((p) => Array.isArray(p) && p[0] === name);
        const okSort = name === 'p' ? sort === 'Bool' : show(sort ?? '') === `(_ BitVec ${w})`;
        const okValue = name === 'p' ? value === 'true' || value === 'false' : w !== undefined && wellFormed(value, w);
        if (head !== 'define-fun' || !Array.isArray(params) || params.length > 0 || !okSort || !okValue)
          problem(`${where}: malformed model entry ${show(def)}`);
        else if (fromValues && show((fromValues as Resp[])[1]!) !== show(value!)) problem(`${where}: ${name} differs from its get-value`);
        seen.add(String(name));
      }
      for (const v of widths.keys()) if (!seen.has(v)) problem(`${where}: the model does not define ${v}`);
      continue;
    }
    // get-value: constants, then probes, in order; values of the constants as Z3 prints them.
    const zPairs = z as Resp[];
    if (e.length !== zPairs.length) {
      problem(`${where}: ${e.length} pairs, Z3 has ${zPairs.length}`);
      continue;
    }
    e.forEach((pair, i) => {
      const zv = (zPairs[i] as Resp[])[1]!;
      const ev = Array.isArray(pair) ? pair[1] : undefined;
      const format = (v: Resp) => (v === 'true' || v === 'false' ? 'bool' : typeof v === 'string' ? v.slice(0, 2) + v.length : 'list');
      if (ev === undefined || format(ev) !== format(zv)) problem(`${where}: value ${show(pair)} is not printed as Z3 prints ${show(zv)}`);
    });
    verdict.values[verdict.values.length - 1] = e;
  }
  return verdict;
}

/** The replay that checks eagersmt's models with Z3 (see the file header). */
function replayScript(script: BvScript, values: (Resp[] | undefined)[]): { text: string; checks: number[] } {
  const out: string[] = [];
  const checks: number[] = [];
  const consts = script.vars.length + (script.commands.some((c) => c.startsWith('(declare-fun p ')) ? 1 : 0);
  let k = -1;
  for (const cmd of script.commands) {
    if (!isCheck(cmd)) {
      out.push(cmd);
      continue;
    }
    const pairs = values[++k];
    if (pairs === undefined) continue;
    checks.push(k);
    out.push('(push 1)');
    for (const pair of pairs.slice(0, consts)) out.push(`(assert (= ${show((pair as Resp[])[0]!)} ${show((pair as Resp[])[1]!)}))`);
    out.push(cmd, `(get-value (${script.probes.join(' ')}))`, '(pop 1)');
  }
  return { text: out.join('\n') + '\n', checks };
}

function saveFailure(script: BvScript, cmds: string[], problems: string[], eOut: string, zOut: string): string {
  const dir = 'tmp/fuzz-failures';
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/bv-seed-${script.seed}.smt2`;
  const comment = (s: string) => s.trimEnd().split('\n').map((l) => `; ${l}`).join('\n');
  writeFileSync(file, `${comment(problems.join('\n'))}\n; --- eagersmt:\n${comment(eOut)}\n; --- z3:\n${comment(zOut)}\n${cmds.join('\n')}\n`);
  return file;
}

async function runBatch(seeds: number[]): Promise<string[]> {
  const scripts = seeds.map(generateBvScript);
  const instrumented = scripts.map(instrument);
  const texts = instrumented.map((c) => c.join('\n') + '\n');
  const zOuts = await Promise.all(texts.map((t) => z3.run(t).catch(() => undefined)));
  const failures: string[] = [];
  const replays: { i: number; text: string; checks: number[]; eOut: string; values: (Resp[] | undefined)[] }[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    tally.scripts++;
    const zOut = zOuts[i];
    if (zOut === undefined) {
      tally.skipped++;
      continue;
    }
    let eOut: string;
    try {
      eOut = (await solveSmtLib(texts[i]!, { file: `bv-seed-${script.seed}.smt2`, timeout: SOLVER_TIMEOUT_S })).text;
    } catch (err) {
      eOut = `; solveSmtLib threw: ${String(err)}`;
    }
    const v = compare(script, instrumented[i]!, eOut, zOut);
    if (v.skipped) {
      tally.skipped++;
      continue;
    }
    for (const r of readResponses(zOut)) {
      if (r === 'sat') tally.sat++;
      else if (r === 'unsat') tally.unsat++;
    }
    if (v.problems.length > 0) {
      const file = saveFailure(script, instrumented[i]!, v.problems, eOut, zOut);
      failures.push(`seed ${script.seed} (${file}):\n  ${v.problems.join('\n  ')}`);
      continue;
    }
    const replay = replayScript(script, v.values);
    if (replay.checks.length > 0) replays.push({ i, eOut, values: v.values, ...replay });
  }

  const replayOuts = await Promise.all(replays.map((r) => z3.run(r.text).catch((err) => `(replay-failed ${String(err)})`)));
  const consts = (s: BvScript) => s.vars.length + (s.commands.some((c) => c.startsWith('(declare-fun p ')) ? 1 : 0);
  replays.forEach((r, j) => {
    const script = scripts[r.i]!;
    const problems: string[] = [];
    const rs = readResponses(replayOuts[j]!);
    r.checks.forEach((k, n) => {
      const [answer, probes] = [rs[2 * n], rs[2 * n + 1]];
      if (answer !== 'sat') {
        problems.push(`the model of check #${k + 1} falsifies the assertions (Z3 on the replay: ${show(answer ?? 'nothing')})`);
        return;
      }
      const mine = r.values[k]!.slice(consts(script));
      (Array.isArray(probes) ? probes : []).forEach((pair, p) => {
        tally.probes++;
        const [zv, ev] = [show((pair as Resp[])[1]!), show((mine[p] as Resp[])[1]!)];
        if (zv !== ev) problems.push(`check #${k + 1}: probe ${script.probes[p]} is ${ev} for eagersmt, ${zv} for Z3`);
      });
      if (!Array.isArray(probes) || probes.length !== script.probes.length) problems.push(`replay: Z3 printed ${replayOuts[j]}`);
    });
    if (problems.length === 0) return;
    const file = saveFailure(script, instrumented[r.i]!, [...problems, '--- replay:', r.text], r.eOut, zOuts[r.i]!);
    failures.push(`seed ${script.seed} (${file}):\n  ${problems.join('\n  ')}`);
  });
  return failures;
}

const batches: number[][] = [];
for (let s = FIRST_SEED; s < FIRST_SEED + COUNT; s += BATCH) {
  batches.push(Array.from({ length: Math.min(BATCH, FIRST_SEED + COUNT - s) }, (_, j) => s + j));
}

test('the default run holds at least 1,000 formulas (checks)', () => {
  let checks = 0;
  for (let s = 1; s <= DEFAULT_COUNT; s++) checks += generateBvScript(s).commands.filter(isCheck).length;
  expect(checks).toBeGreaterThanOrEqual(1000);
});

describe.concurrent('eagersmt agrees with Z3 on generated QF_BV scripts, its models hold and its values are Z3\'s', () => {
  for (const seeds of batches) {
    test(`seeds ${seeds[0]}..${seeds.at(-1)}`, { timeout: 600_000 }, async () => {
      const failures = await runBatch(seeds);
      expect(failures.length, failures.join('\n')).toBe(0);
    });
  }
});
