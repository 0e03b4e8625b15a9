/**
 * Differential test of eagersmt against Z3 on generated QF_IDL scripts (see `idl-gen.ts`).
 *
 * For every seed, the generated script is instrumented with `(get-model)` and a `(get-value ...)`
 * of every declared constant after each `check-sat` / `check-sat-assuming`, and run through both
 * `solveSmtLib` and Z3. Then:
 * 1. the responses must correspond one to one: equal check answers, an `(error ...)` wherever Z3
 *    prints one (a model query after `unsat`), and well-formed models and values elsewhere;
 * 2. every model must define exactly the declared constants, and agree with every `get-value`
 *    made at the same check;
 * 3. every `sat` model must satisfy the assertions — checked without trusting eagersmt: the original
 *    commands are replayed to Z3 with each `sat` check wrapped as `(push 1)`, `(assert (= v value))`
 *    for every declared constant, the check itself, `(pop 1)`; all constants being fixed, Z3's
 *    `sat` there is an evaluation of the assertions under eagersmt's model.
 *
 * Z3 runs in a pool of long-lived processes (`reference.ts`), in the QF_LIA dialect because Z3
 * 4.8's QF_IDL tactic gives up on `ite` over Int terms. Failing scripts are written to
 * `tmp/fuzz-failures/seed-<n>.smt2` (ignored by git) and named in the failure message.
 *
 * Environment: `FUZZ_COUNT` (default 1000) scripts starting at seed `FUZZ_SEED` (default 1) with the
 * default `--idl-encoding auto`, and the first `FUZZ_FORCED_COUNT` (default 200) of them again with
 * each forced encoding (`sd`, `order`; `eij` on the first 60) and with difference logic solved
 * lazily in every check (`lazy`: `--lazy-idl on`, whose first check is a from-scratch one).
 * Reproduce one seed: `FUZZ_SEED=123 FUZZ_COUNT=1 npx vitest run test/fuzz/idl-diff.test.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { IdlEncoding } from '../../src/encode/encoder.js';
import { solveSmtLib } from '../../src/index.js';
import { generateIdlScript, isCheck, renderScript, type IdlCommand, type IdlScript } from './idl-gen.js';
import { pairResponses, ReferencePool, readResponses, showResponse as show, z3Dialect, type Resp } from './reference.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 1000);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1);
const FORCED_COUNT = Math.min(COUNT, Number(process.env.FUZZ_FORCED_COUNT ?? 200));
/** The encodings run: `auto` on every script, each forced one on the first FORCED_COUNT. */
const ENCODINGS: [IdlEncoding | 'lazy', number][] = [
  ['auto', COUNT],
  ['sd', FORCED_COUNT],
  ['order', FORCED_COUNT],
  ['lazy', FORCED_COUNT],
  // Forced eij builds up to 100k transitivity clauses on these dense little formulas (~1 s each).
  ['eij', Math.min(FORCED_COUNT, 60)],
];
const BATCH = 50;
/** Seconds eagersmt gets per script; the scripts are small, Z3 needs milliseconds. */
const SOLVER_TIMEOUT_S = 30;

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const tally = { scripts: 0, sat: 0, unsat: 0, skipped: 0 };

afterAll(() => {
  z3.close();
  const decided = tally.sat + tally.unsat;
  console.log(
    `idl-diff: ${tally.scripts} scripts, ${decided} checks (${tally.sat} sat, ${tally.unsat} unsat,` +
      ` ${((100 * tally.unsat) / Math.max(1, decided)).toFixed(0)}% unsat), ${tally.skipped} skipped (Z3 unknown)`,
  );
});

// ---------------------------------------------------------------------------------------------
// Instrumentation and checking of one script.

function isError(r: Resp | undefined): boolean {
  return Array.isArray(r) && r[0] === 'error';
}

/** A value as Z3 prints it: `3`, `(- 3)`, `true`, `false`; returns the canonical text or undefined. */
function valueText(r: Resp, sort: 'Int' | 'Bool'): string | undefined {
  if (sort === 'Bool') return r === 'true' || r === 'false' ? r : undefined;
  if (typeof r === 'string') return /^(0|[1-9][0-9]*)$/.test(r) ? r : undefined;
  if (r.length === 2 && r[0] === '-' && typeof r[1] === 'string' && /^[1-9][0-9]*$/.test(r[1])) return `(- ${r[1]})`;
  return undefined;
}

/** The script with a `(get-model)` and a `(get-value <all constants>)` after every check. */
function instrument(script: IdlScript): IdlCommand[] {
  const all = [...script.intVars, ...script.boolVars].join(' ');
  return script.commands.flatMap((cmd) =>
    isCheck(cmd)
      ? [cmd, { kind: 'get-model', text: '(get-model)' }, { kind: 'get-value', text: `(get-value (${all}))` }]
      : [cmd],
  );
}

/** How many responses a command prints when nothing goes wrong. */
function responseCount(cmd: IdlCommand): number {
  return isCheck(cmd) || cmd.kind === 'get-model' || cmd.kind === 'get-value' ? 1 : 0;
}

interface Verdict {
  problems: string[];
  /** Per check (in order): the assignment of eagersmt's `sat` model, else undefined. */
  models: (Map<string, string> | undefined)[];
  /** Z3 said `unknown` somewhere: the script proves nothing. */
  skipped: boolean;
}

/**
 * Compares eagersmt's responses to Z3's for the instrumented commands `cmds` of `script`.
 * Pre: Z3's output has exactly one response per query (the generated scripts are well-formed).
 */
function compare(script: IdlScript, cmds: IdlCommand[], eOut: string, zOut: string): Verdict {
  const verdict: Verdict = { problems: [], models: [], skipped: false };
  const problem = (msg: string) => verdict.problems.push(msg);
  const sortOf = new Map<string, 'Int' | 'Bool'>();
  for (const v of script.intVars) sortOf.set(v, 'Int');
  for (const b of script.boolVars) sortOf.set(b, 'Bool');

  const expected = cmds.reduce((n, c) => n + responseCount(c), 0);
  const paired = pairResponses(eOut, zOut, expected);
  if (paired.kind !== 'ok') {
    if (paired.kind === 'skip') verdict.skipped = true;
    else problem(paired.message);
    return verdict;
  }
  const { es, zs } = paired;

  let at = 0;
  let check = -1; // index of the latest check
  let answer = ''; // its answer
  let model: Map<string, string> | undefined; // the full get-value after it
  const where = (cmd: IdlCommand) => `check #${check + 1} (${answer}): ${cmd.text}`;
  for (const cmd of cmds) {
    if (responseCount(cmd) === 0) continue;
    const e = es[at]!;
    const z = zs[at]!;
    at++;
    if (isCheck(cmd)) {
      check++;
      answer = show(z);
      model = undefined;
      if (show(e) !== answer) {
        problem(`${cmd.text} #${check + 1}: eagersmt '${show(e)}', Z3 '${answer}'`);
        break; // later responses would only echo this difference
      }
      verdict.models.push(undefined);
      continue;
    }
    if (isError(z)) {
      if (!isError(e)) problem(`${where(cmd)}: Z3 prints an error, eagersmt prints ${show(e)}`);
      continue;
    }
    if (!Array.isArray(e) || isError(e)) {
      problem(`${where(cmd)}: expected a list, eagersmt prints ${show(e)}`);
      continue;
    }
    if (cmd.kind === 'get-model') {
      // Every entry `(define-fun v () Sort value)`, exactly the declared constants.
      const seen = new Map<string, string>();
      for (const def of e) {
        const [head, name, params, sort, value] = Array.isArray(def) ? def : [];
        const declared = typeof name === 'string' ? sortOf.get(name) : undefined;
        const text = declared && value !== undefined ? valueText(value, declared) : undefined;
        if (head !== 'define-fun' || !Array.isArray(params) || params.length > 0 || sort !== declared || text === undefined) {
          problem(`${where(cmd)}: malformed or unexpected model entry ${show(def)}`);
        } else seen.set(name as string, text);
      }
      for (const v of sortOf.keys()) if (!seen.has(v)) problem(`${where(cmd)}: the model does not define ${v}`);
      verdict.models[check] = seen;
      continue;
    }
    // get-value: pairs (term value) for the requested terms, in order.
    const terms = cmd.text.slice('(get-value ('.length, -2).split(' ');
    const values = new Map<string, string>();
    if (e.length !== terms.length) problem(`${where(cmd)}: eagersmt prints ${show(e)}`);
    e.forEach((pair, i) => {
      const [term, value] = Array.isArray(pair) && pair.length === 2 ? pair : [];
      const sort = sortOf.get(terms[i]!);
      const text = sort && value !== undefined ? valueText(value, sort) : undefined;
      if (term !== terms[i] || text === undefined) problem(`${where(cmd)}: malformed pair ${show(pair)}`);
      else values.set(term, text);
    });
    const fromModel = verdict.models[check];
    for (const [v, text] of values) {
      const m = fromModel?.get(v);
      if (m !== undefined && m !== text) problem(`${where(cmd)}: ${v} is ${text} here but ${m} in (get-model)`);
      const earlier = model?.get(v);
      if (earlier !== undefined && earlier !== text) problem(`${where(cmd)}: ${v} is ${text} here but ${earlier} in an earlier get-value`);
    }
    if (model === undefined) {
      model = values; // the full get-value inserted right after the check
      verdict.models[check] = values;
    }
  }
  return verdict;
}

/**
 * The replay that checks eagersmt's models with Z3: `sat` checks wrapped with the model's values,
 * other checks and all queries dropped. Z3 must answer `sat` to each remaining check.
 */
function modelCheckScript(script: IdlScript, models: (Map<string, string> | undefined)[]): { text: string; checks: number[] } {
  const out: string[] = [];
  const checks: number[] = [];
  let k = -1;
  for (const cmd of script.commands) {
    if (cmd.kind === 'get-value' || cmd.kind === 'get-model') continue;
    if (!isCheck(cmd)) {
      out.push(cmd.text);
      continue;
    }
    const model = models[++k];
    if (model === undefined) continue;
    checks.push(k);
    out.push('(push 1)');
    for (const [v, value] of model) out.push(`(assert (= ${v} ${value}))`);
    out.push(cmd.text, '(pop 1)');
  }
  return { text: out.join('\n') + '\n', checks };
}

function saveFailure(script: IdlScript, cmds: IdlCommand[], problems: string[], eOut: string, zOut: string): string {
  const dir = 'tmp/fuzz-failures';
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/seed-${script.seed}.smt2`;
  const comment = (s: string) => s.trimEnd().split('\n').map((l) => `; ${l}`).join('\n');
  writeFileSync(
    file,
    `${comment(problems.join('\n'))}\n; --- eagersmt:\n${comment(eOut)}\n; --- z3:\n${comment(zOut)}\n${renderScript(cmds)}`,
  );
  return file;
}

// ---------------------------------------------------------------------------------------------

async function runBatch(seeds: number[], idlEncoding: IdlEncoding | 'lazy'): Promise<string[]> {
  const options = idlEncoding === 'lazy' ? { lazyIdl: 'on' as const } : { idlEncoding };
  const scripts = seeds.map((seed) => generateIdlScript(seed));
  const instrumented = scripts.map(instrument);
  const texts = instrumented.map(renderScript);
  const zOuts = await z3.runAll(texts.map(z3Dialect));
  const failures: string[] = [];
  const replays: { i: number; text: string; checks: number[]; eOut: string }[] = [];

  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    let eOut: string;
    try {
      eOut = (await solveSmtLib(texts[i]!, { file: `seed-${script.seed}.smt2`, timeout: SOLVER_TIMEOUT_S, ...options })).text;
    } catch (err) {
      eOut = `; solveSmtLib threw: ${String(err)}`;
    }
    const v = compare(script, instrumented[i]!, eOut, zOuts[i]!);
    tally.scripts++;
    if (v.skipped) {
      tally.skipped++;
      continue;
    }
    for (const r of readResponses(zOuts[i]!)) {
      if (r === 'sat') tally.sat++;
      else if (r === 'unsat') tally.unsat++;
    }
    if (v.problems.length > 0) {
      const file = saveFailure(script, instrumented[i]!, v.problems, eOut, zOuts[i]!);
      failures.push(`seed ${script.seed}, --idl-encoding ${idlEncoding} (${file}):\n  ${v.problems.join('\n  ')}`);
      continue;
    }
    const replay = modelCheckScript(script, v.models);
    if (replay.checks.length > 0) replays.push({ i, eOut, ...replay });
  }

  const replayOuts = await z3.runAll(replays.map((r) => z3Dialect(r.text)));
  replays.forEach((r, j) => {
    const answers = readResponses(replayOuts[j]!).map(show);
    const bad = r.checks.filter((_, n) => answers[n] !== 'sat');
    if (answers.length === r.checks.length && bad.length === 0) return;
    const script = scripts[r.i]!;
    const problems = bad.map((k) => `the model of check #${k + 1} falsifies the assertions (Z3 on the replay: ${answers[r.checks.indexOf(k)] ?? 'nothing'})`);
    if (answers.length !== r.checks.length) problems.push(`replay: Z3 printed ${replayOuts[j]}`);
    const file = saveFailure(script, instrumented[r.i]!, [...problems, '--- replay:', r.text], r.eOut, zOuts[r.i]!);
    failures.push(`seed ${script.seed}, --idl-encoding ${idlEncoding} (${file}):\n  ${problems.join('\n  ')}`);
  });
  return failures;
}

describe.concurrent('eagersmt agrees with Z3 on generated QF_IDL scripts, and its models hold', () => {
  for (const [encoding, count] of ENCODINGS) {
    for (let s = FIRST_SEED; s < FIRST_SEED + count; s += BATCH) {
      const seeds = Array.from({ length: Math.min(BATCH, FIRST_SEED + count - s) }, (_, j) => s + j);
      test(`--idl-encoding ${encoding}: seeds ${seeds[0]}..${seeds.at(-1)}`, { timeout: 600_000 }, async () => {
        const failures = await runBatch(seeds, encoding);
        expect(failures.length, failures.join('\n')).toBe(0);
      });
    }
  }
});
