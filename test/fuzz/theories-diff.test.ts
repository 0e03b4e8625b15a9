/**
 * Differential test of eagersmt against Z3 on generated QF_RDL and QF_UFIDL scripts (`idl-gen.ts`
 * with `theory: 'rdl'` / `'ufidl'`) and QF_UFBV scripts (`bv-gen.ts` with `uf: true`): the exact
 * reduction of real to integer difference logic, and Ackermann expansion with function tables in
 * the model.
 *
 * Each script is instrumented with a `(get-model)` and a `(get-value (<constants> <probes>))`
 * after every check, and run through `solveSmtLib` and through Z3. Then:
 * 1. every check answer must equal Z3's; after `unsat` both print an error for the queries;
 * 2. after `sat`, the model must define every declared constant and function exactly once, and
 *    the values of the constants must be printed in Z3's canonical form (`2.0`, `(- 3.0)`,
 *    `(/ 3.0 2.0)`, `(- (/ 1.0 3.0))` in lowest terms; `3`, `(- 3)`; `#x0f`, `#b101`) and equal
 *    their `get-value`;
 * 3. every `sat` model is checked by Z3 on eagersmt's printed text: for each such check, a replay
 *    script defines every symbol by the model's own `define-fun` lines (functions included), then
 *    repeats the assertions in scope at that check (following push/pop) and the check itself, and
 *    asks for the probes. Z3 must answer `sat` (the printed model satisfies the assertions) and
 *    give every probe — `(- x0 x1)`, `(+ x0 (/ 1 3))`, `(f 0)`, `(g x0 x1)`, `(p x1)`, bit-vector
 *    terms with `h` and `q` — the value eagersmt gave, as the same text.
 *
 * A third run takes monotone QF_RDL scripts (`monotone: true`: `and`, `or` and non-strict atoms
 * only), which have no strict constraint in either polarity: the case where the reduction scales
 * by the denominators alone, without the factor n+1.
 *
 * Z3 runs in a pool of long-lived processes (`reference.ts`), with the logic renamed to QF_LRA /
 * QF_UFLIA, which Z3 4.8 decides on every generated shape (its QF_IDL-style tactics give up on
 * `ite` over arithmetic terms). Failing scripts are written to `tmp/fuzz-failures/<theory>-seed-<n>.smt2`.
 *
 * Environment: `THEORY_FUZZ_COUNT` (default 150, about 300 checks) scripts per logic from seed `THEORY_FUZZ_SEED`
 * (default 1). Reproduce one seed: `THEORY_FUZZ_SEED=12 THEORY_FUZZ_COUNT=1 npx vitest run test/fuzz/theories-diff.test.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { generateBvScript } from './bv-gen.js';
import { generateIdlScript, isCheck, renderScript, type IdlCommand, type IdlCommandKind } from './idl-gen.js';
import { pairResponses, ReferencePool, readResponses, showResponse as show, type Resp } from './reference.js';

const COUNT = Number(process.env.THEORY_FUZZ_COUNT ?? 150);
const FIRST_SEED = Number(process.env.THEORY_FUZZ_SEED ?? 1);
const BATCH = 50;
const SOLVER_TIMEOUT_S = 30;

/** One generated script, whatever its generator: commands, symbols, probes, Z3's logic. */
interface Case {
  seed: number;
  commands: IdlCommand[];
  /** Declared constants and the sort their values have. */
  consts: [string, string][];
  functions: string[];
  probes: string[];
  z3Logic: string;
}

/** A run: its name, the logic in test names, how many scripts (share of COUNT), the generator. */
const RUNS: [string, string, number, (seed: number) => Case][] = [
  ['rdl', 'QF_RDL', 1, (seed) => idlCase(seed, 'rdl', false)],
  ['rdl-monotone', 'monotone QF_RDL', 1 / 3, (seed) => idlCase(seed, 'rdl', true)],
  ['ufidl', 'QF_UFIDL', 1, (seed) => idlCase(seed, 'ufidl', false)],
  ['ufbv', 'QF_UFBV', 1, bvCase],
];

function idlCase(seed: number, theory: 'rdl' | 'ufidl', monotone: boolean): Case {
  const s = generateIdlScript(seed, { theory, monotone });
  const [x, y] = [s.intVars[0]!, s.intVars[1] ?? s.intVars[0]!];
  return {
    seed,
    commands: s.commands,
    consts: [...s.intVars.map((v): [string, string] => [v, theory === 'rdl' ? 'Real' : 'Int']), ...s.boolVars.map((b): [string, string] => [b, 'Bool'])],
    functions: s.functions.map(([f]) => f),
    probes: theory === 'rdl' ? [`(- ${x} ${y})`, `(+ ${x} (/ 1 3))`, '(- 2.5)', '(/ 4 6)'] : ['(f 0)', `(f ${x})`, `(g ${x} ${y})`, `(p ${y})`, `(f (f ${x}))`],
    z3Logic: theory === 'rdl' ? 'QF_LRA' : 'QF_UFLIA',
  };
}

function bvCase(seed: number): Case {
  const s = generateBvScript(seed, { uf: true });
  const kind = (text: string): IdlCommandKind =>
    text === '(check-sat)' ? 'check-sat' : (/^\((assert|push|pop|set-logic|set-option)\b/.exec(text)?.[1] as IdlCommandKind | undefined) ?? 'declare';
  const hasP = s.commands.some((c) => c.startsWith('(declare-fun p '));
  return {
    seed,
    commands: s.commands.map((text) => ({ kind: kind(text), text })),
    consts: [...s.vars.map((v): [string, string] => [v.name, `(_ BitVec ${v.width})`]), ...(hasP ? [['p', 'Bool'] as [string, string]] : [])],
    functions: s.functions!.names,
    probes: s.probes,
    z3Logic: 'QF_UFBV',
  };
}

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const tally = new Map<string, { scripts: number; sat: number; unsat: number; skipped: number; probes: number }>();

afterAll(() => {
  z3.close();
  for (const [name, t] of tally)
    console.log(`${name}-diff: ${t.scripts} scripts, ${t.sat} sat and ${t.unsat} unsat checks, ${t.probes} probe values compared, ${t.skipped} skipped (Z3 unknown)`);
});

const isError = (r: Resp | undefined) => Array.isArray(r) && r[0] === 'error';

/** Z3's canonical text of a value of `sort` (see the file header), or undefined if `r` is not one. */
function canonical(r: Resp, sort: string): string | undefined {
  const text = show(r);
  if (sort === 'Bool') return text === 'true' || text === 'false' ? text : undefined;
  if (sort === 'Int') return /^(0|[1-9][0-9]*|\(- [1-9][0-9]*\))$/.test(text) ? text : undefined;
  const bv = /^\(_ BitVec (\d+)\)$/.exec(sort);
  if (bv) {
    const w = Number(bv[1]);
    return (w % 4 === 0 ? new RegExp(`^#x[0-9a-f]{${w / 4}}$`) : new RegExp(`^#b[01]{${w}}$`)).test(text) ? text : undefined;
  }
  const m = /^(?:\(- )?(?:(0|[1-9][0-9]*)\.0|\(\/ ([1-9][0-9]*)\.0 ([1-9][0-9]*)\.0\))\)?$/.exec(text);
  if (!m || (text.startsWith('(- ') && m[1] === '0')) return undefined;
  if (m[2] !== undefined) {
    const [p, q] = [BigInt(m[2]), BigInt(m[3]!)];
    let [a, b] = [p, q];
    while (b !== 0n) [a, b] = [b, a % b];
    if (a !== 1n || q === 1n) return undefined;
  }
  return text;
}

/** The commands with a `(get-model)` and a `(get-value (<constants> <probes>))` after every check. */
function instrument(c: Case): IdlCommand[] {
  const query = `(get-value (${[...c.consts.map(([n]) => n), ...c.probes].join(' ')}))`;
  // The generator's own queries are left out: these take their place after every check.
  return c.commands.flatMap((cmd) =>
    isCheck(cmd)
      ? [cmd, { kind: 'get-model', text: '(get-model)' }, { kind: 'get-value', text: query }]
      : cmd.kind === 'get-value' || cmd.kind === 'get-model'
        ? []
        : [cmd],
  );
}

interface Verdict {
  problems: string[];
  /** Per check: after `sat`, eagersmt's model entries and its probe values; else undefined. */
  models: ({ defs: Resp[]; probes: Resp[] } | undefined)[];
  skipped: boolean;
}

function compare(c: Case, cmds: IdlCommand[], eOut: string, zOut: string): Verdict {
  const verdict: Verdict = { problems: [], models: [], skipped: false };
  const problem = (msg: string) => verdict.problems.push(msg);
  const symbols = [...c.consts.map(([n]) => n), ...c.functions];
  const queries = cmds.filter((q) => isCheck(q) || q.kind === 'get-model' || q.kind === 'get-value');
  const paired = pairResponses(eOut, zOut, queries.length);
  if (paired.kind !== 'ok') {
    if (paired.kind === 'skip') verdict.skipped = true;
    else problem(paired.message);
    return verdict;
  }
  const { es, zs } = paired;
  let answer = '';
  let defs: Resp[] = [];
  queries.forEach((cmd, at) => {
    const [e, z] = [es[at]!, zs[at]!];
    if (verdict.problems.length > 0) return;
    if (isCheck(cmd)) {
      answer = show(z);
      if (show(e) !== answer) problem(`check #${verdict.models.length + 1}: eagersmt '${show(e)}', Z3 '${answer}'`);
      verdict.models.push(undefined);
      return;
    }
    const where = `after check #${verdict.models.length} (${answer}): ${cmd.text.slice(0, 60)}`;
    if (isError(z)) {
      if (!isError(e)) problem(`${where}: Z3 prints an error, eagersmt prints ${show(e)}`);
      return;
    }
    if (!Array.isArray(e) || isError(e)) return problem(`${where}: expected a list, eagersmt prints ${show(e)}`);
    if (cmd.kind === 'get-model') {
      defs = e;
      const names = e.map((d) => (Array.isArray(d) && d[0] === 'define-fun' ? d[1] : undefined));
      for (const sym of symbols) if (names.filter((n) => n === sym).length !== 1) problem(`${where}: the model does not define ${sym} once`);
      if (names.length !== symbols.length) problem(`${where}: the model has ${names.length} entries for ${symbols.length} symbols`);
      return;
    }
    // get-value: the constants (as in the model, in canonical form), then the probes.
    e.slice(0, c.consts.length).forEach((pair, i) => {
      const [name, sort] = c.consts[i]!;
      const value = Array.isArray(pair) ? pair[1] : undefined;
      const text = value === undefined ? undefined : canonical(value, sort);
      const def = defs.find((d) => Array.isArray(d) && d[1] === name) as Resp[] | undefined;
      if (text === undefined) problem(`${where}: ${show(pair)} is not a value printed as Z3 prints it`);
      else if (def && show(def[4]!) !== text) problem(`${where}: ${name} is ${text} here but ${show(def[4]!)} in (get-model)`);
    });
    verdict.models[verdict.models.length - 1] = { defs, probes: e.slice(c.consts.length).map((p) => (Array.isArray(p) ? p[1]! : p)) };
  });
  return verdict;
}

/**
 * One replay per `sat` check: the model's definitions, the assertions in scope, the check, the probes.
 */
function replays(c: Case, models: Verdict['models']): { check: number; text: string }[] {
  const out: { check: number; text: string }[] = [];
  const frames: string[][] = [[]];
  let k = -1;
  for (const cmd of c.commands) {
    if (cmd.kind === 'assert') frames[frames.length - 1]!.push(cmd.text);
    else if (cmd.kind === 'push') for (let i = Number(/\d+/.exec(cmd.text)![0]); i > 0; i--) frames.push([]);
    else if (cmd.kind === 'pop') frames.splice(frames.length - Number(/\d+/.exec(cmd.text)![0]));
    else if (isCheck(cmd)) {
      const m = models[++k];
      if (m === undefined) continue;
      const lines = [`(set-logic ${c.z3Logic})`, ...m.defs.map(show), ...frames.flat(), cmd.text, `(get-value (${c.probes.join(' ')}))`];
      out.push({ check: k, text: lines.join('\n') + '\n' });
    }
  }
  return out;
}

function saveFailure(name: string, c: Case, cmds: IdlCommand[], problems: string[], eOut: string, zOut: string): string {
  const dir = 'tmp/fuzz-failures';
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${name}-seed-${c.seed}.smt2`;
  const comment = (s: string) => s.trimEnd().split('\n').map((l) => `; ${l}`).join('\n');
  writeFileSync(file, `${comment(problems.join('\n'))}\n; --- eagersmt:\n${comment(eOut)}\n; --- z3:\n${comment(zOut)}\n${renderScript(cmds)}`);
  return file;
}

async function runBatch(name: string, generate: (seed: number) => Case, seeds: number[]): Promise<string[]> {
  const t = tally.get(name) ?? { scripts: 0, sat: 0, unsat: 0, skipped: 0, probes: 0 };
  tally.set(name, t);
  const cases = seeds.map(generate);
  const instrumented = cases.map(instrument);
  const texts = instrumented.map(renderScript);
  const zOuts = await z3.runAll(texts.map((x, i) => x.replace(/\(set-logic [A-Z_]+\)/, `(set-logic ${cases[i]!.z3Logic})`)));
  const failures: string[] = [];
  const pending: { i: number; check: number; text: string; eOut: string; probes: Resp[] }[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    t.scripts++;
    let eOut: string;
    try {
      eOut = (await solveSmtLib(texts[i]!, { file: `${name}-seed-${c.seed}.smt2`, timeout: SOLVER_TIMEOUT_S })).text;
    } catch (err) {
      eOut = `; solveSmtLib threw: ${String(err)}`;
    }
    const v = compare(c, instrumented[i]!, eOut, zOuts[i]!);
    if (v.skipped) {
      t.skipped++;
      continue;
    }
    for (const r of readResponses(zOuts[i]!)) {
      if (r === 'sat') t.sat++;
      else if (r === 'unsat') t.unsat++;
    }
    if (v.problems.length > 0) {
      const file = saveFailure(name, c, instrumented[i]!, v.problems, eOut, zOuts[i]!);
      failures.push(`${name} seed ${c.seed} (${file}):\n  ${v.problems.join('\n  ')}`);
      continue;
    }
    for (const r of replays(c, v.models)) pending.push({ i, eOut, probes: v.models[r.check]!.probes, ...r });
  }
  const outs = await z3.runAll(pending.map((r) => r.text));
  pending.forEach((r, j) => {
    const c = cases[r.i]!;
    const [answer, values] = readResponses(outs[j]!);
    const problems: string[] = [];
    if (answer !== 'sat') problems.push(`the printed model of check #${r.check + 1} falsifies the assertions (Z3 on the replay: ${show(answer ?? 'nothing')})`);
    else if (!Array.isArray(values) || values.length !== r.probes.length) problems.push(`replay: Z3 printed ${outs[j]}`);
    else
      values.forEach((pair, p) => {
        t.probes++;
        const [zv, ev] = [show((pair as Resp[])[1]!), show(r.probes[p]!)];
        if (zv !== ev) problems.push(`check #${r.check + 1}: ${show((pair as Resp[])[0]!)} is ${ev} for eagersmt, ${zv} for Z3`);
      });
    if (problems.length === 0) return;
    const file = saveFailure(name, c, instrumented[r.i]!, [...problems, '--- replay:', r.text], r.eOut, zOuts[r.i]!);
    failures.push(`${name} seed ${c.seed} (${file}):\n  ${problems.join('\n  ')}`);
  });
  return failures;
}

for (const [name, logic, share, generate] of RUNS) {
  describe.concurrent(`eagersmt agrees with Z3 on generated ${logic} scripts, and its printed models hold`, () => {
    const count = Math.max(1, Math.round(COUNT * share));
    for (let s = FIRST_SEED; s < FIRST_SEED + count; s += BATCH) {
      const seeds = Array.from({ length: Math.min(BATCH, FIRST_SEED + count - s) }, (_, j) => s + j);
      test(`seeds ${seeds[0]}..${seeds.at(-1)}`, { timeout: 600_000 }, async () => {
        const failures = await runBatch(name, generate, seeds);
        expect(failures.length, failures.join('\n')).toBe(0);
      });
    }
  });
}
