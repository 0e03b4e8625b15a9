/**
 * The fuzz campaign: generated and mutated inputs run through the built `eagersmt` CLI as a
 * child process and through a reference (Z3 for SMT-LIB, CaDiCaL or MiniSat for DIMACS), with
 * every run measured (wall time, CPU time, peak memory: run.mjs). `scripts/fuzz.mjs` is its
 * command line; `test/fuzz/campaign.test.ts` runs a bounded slice in CI.
 *
 * A case is flagged when
 * - `wrong`: eagersmt and the reference contradict each other (sat against unsat) — unless
 *   the reference's own model of a `sat` evaluates an assertion to false (Z3 4.8.12 errs on
 *   constant arrays over small index sorts) — a printed model is rejected (Z3 evaluates an
 *   assertion to false with every symbol defined by the model's own `define-fun` lines; for
 *   DIMACS a clause is false under the `v` lines), a
 *   certificate of an unsat answer is not `valid`, or a certificate whose CNF lost a clause is;
 * - `crash`: an internal error (exit 2, `internal error`), a stack trace (`at ` frames) or a
 *   signal;
 * - `overtime`: a run past `-t` + 1 s that used more CPU time than `-t` (one that used less
 *   was starved on a loaded machine: a note `late`, counted in the summary); `hang`: killed
 *   at the hard limit (`-t` + 10 s);
 * - `memory`: peak resident memory above 2 GB;
 * - `error`: on a generated (well-formed) script with no unknown answer, more `(error ...)`
 *   responses than Z3's.
 * Mutants and stress shapes (deep nesting, wide words, long push/pop sequences) expect
 * robustness only; their answers are compared only when neither solver reported an error (an
 * error changes the assertions that later checks see).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { genDimacs, rng, SMT_GENERATORS } from './generators.mjs';
import { corruptProof, mutate } from './mutate.mjs';
import { measure } from './run.mjs';

export const KINDS = ['idl', 'rdl', 'ufidl', 'bv', 'abv', 'incremental', 'proof', 'dimacs', 'mutant', 'stress'];
const FLAG_NAMES = ['wrong', 'crash', 'overtime', 'hang', 'memory', 'error'];
const RSS_LIMIT_KB = 2 * 1024 * 1024;

/**
 * @typedef {{ cli: string, timeout: number, workDir: string, regressDir?: string }} Context
 * @typedef {{ kind: string, seed: number, answer: string, z3: string, wallMs: number,
 *   cpuMs?: number, rssKb?: number, flags: string[], notes: string[], input: string, ext: string }} CaseResult
 */

/** Z3's name of a logic that Z3 4.8 decides on every generated shape. */
function z3Dialect(text) {
  return text.replace(/\(set-logic\s+QF_(UF)?(IDL|RDL)\s*\)/g, (_, uf, l) => `(set-logic QF_${uf ?? ''}${l === 'IDL' ? 'LIA' : 'LRA'})`);
}

/** The check answers of a solver's output, in order. */
function answers(out) {
  return out.split('\n').map((l) => l.trim()).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
}

/** `(error ...)` responses, less those to a model query after unsat or unknown (the solvers disagree there legitimately). */
const errorCount = (out) => (out.match(/^\(error (?!.*model is not available).*$/gm) ?? []).length;

/**
 * The top-level S-expressions of a text, as slices (quoted symbols and strings respected).
 * @param {string} s
 */
export function topLevel(s) {
  const out = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '|' || c === '"') {
      const j = s.indexOf(c, i + 1);
      if (start < 0 && depth === 0) out.push(s.slice(i, j < 0 ? s.length : j + 1));
      i = j < 0 ? s.length : j;
    } else if (c === '(') {
      if (depth++ === 0) start = i;
    } else if (c === ')') {
      if (--depth === 0) {
        out.push(s.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) depth = 0;
    } else if (depth === 0 && !/\s/.test(c)) {
      const m = /^[^\s()|"]+/.exec(s.slice(i));
      out.push(m[0]);
      i += m[0].length - 1;
    }
  }
  return out;
}

/** Flags of one run of eagersmt: crash, overtime, hang, memory. */
function runFlags(run, timeout, flags, notes, what) {
  const add = (f, why) => {
    if (!flags.includes(f)) flags.push(f);
    notes.push(`${what}: ${why}`);
  };
  if (run.killed) add('hang', `killed after ${Math.round(run.wallMs)} ms`);
  else if (run.wallMs > timeout * 1000 + 1000) {
    // Past the limit in wall time. A process that also used more CPU than the whole limit ran
    // on; one that used less was starved of CPU on a loaded machine (it polls a wall-clock
    // deadline, but cannot run to see it): that is recorded as `late`, not flagged.
    if (run.cpuMs === undefined || run.cpuMs > timeout * 1000) add('overtime', `wall ${Math.round(run.wallMs)} ms, cpu ${run.cpuMs} ms`);
    else notes.push(`${what}: late: wall ${Math.round(run.wallMs)} ms, cpu ${run.cpuMs} ms (machine loaded)`);
  }
  if (run.code === 2 || run.code === null || /internal error/.test(run.stdout + run.stderr) || /\n\s+at .+:\d+:\d+\)?\n/.test(run.stderr) || (run.signal && !run.killed))
    add('crash', `exit ${run.code} ${run.signal ?? ''} ${run.stderr.slice(0, 300)}`);
  if ((run.rssKb ?? 0) > RSS_LIMIT_KB) add('memory', `${run.rssKb} kB`);
}

/** Compares answer lists; a contradiction is `wrong`, an unknown where Z3 knew is a note. */
function compare(mine, theirs, flags, notes) {
  for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
    const a = mine[i];
    const b = theirs[i];
    if ((a === 'sat' && b === 'unsat') || (a === 'unsat' && b === 'sat')) {
      if (!flags.includes('wrong')) flags.push('wrong');
      notes.push(`check ${i + 1}: eagersmt ${a}, reference ${b}`);
    } else if (a === 'unknown' && b !== 'unknown') notes.push(`check ${i + 1}: unknown (reference ${b})`);
  }
}

/**
 * The script Z3 checks a printed model with: every symbol the model defines is defined by its
 * `define-fun` instead of declared, and the script's check is asked again; undefined when the
 * output has no model after its `sat`.
 */
export function modelScript(z3Text, out) {
  const items = topLevel(out);
  const at = items.indexOf('sat');
  const model = items[at + 1];
  if (at < 0 || model === undefined || !model.startsWith('(')) return undefined;
  return evalScript(z3Text, model);
}

/**
 * The script that evaluates every assertion of a single-check script under `model` (the text of
 * a `(model ...)` or `( (define-fun ...) ... )` response): each symbol the model defines is
 * defined by its `define-fun`, and each assertion becomes `(eval <term>)`, which prints `true`
 * or `false`. Evaluation, not a check: Z3 4.8.12 answers `sat` for a ground equality of a
 * constant array with a store chain over a small index sort that its own `eval` finds false.
 */
export function evalScript(z3Text, model) {
  const defs = topLevel(model.slice(1, -1)).filter((d) => d.startsWith('(define-fun'));
  const names = new Set(defs.map((d) => /^\(define-fun\s+([^\s()]+)/.exec(d)?.[1]));
  const lines = z3Text
    .split('\n')
    .filter((l) => {
      const m = /^\(declare-(?:const|fun)\s+([^\s()]+)/.exec(l);
      return !(m && names.has(m[1])) && l !== '(get-model)' && l !== '(check-sat)';
    })
    .filter((l) => !l.startsWith('(assert '));
  const evals = z3Text
    .split('\n')
    .filter((l) => l.startsWith('(assert '))
    .map((l) => `(eval ${l.slice('(assert '.length, -1)})`);
  const logic = lines.findIndex((l) => l.startsWith('(set-logic'));
  lines.splice(logic + 1, 0, ...defs);
  // A check of the definitions alone (no assertion left) makes the model that eval reads.
  return [...lines, '(check-sat)', ...evals].join('\n');
}

/** The verdict of an evaluation script's output: `true` when every assertion evaluated to true. */
function evalVerdict(out, script) {
  const evals = (script.match(/^\(eval /gm) ?? []).length;
  const values = out.split('\n').map((l) => l.trim()).filter((l) => l === 'true' || l === 'false');
  if (answers(out)[0] !== 'sat') return undefined;
  if (errorCount(out) > 0 || values.length !== evals) return undefined;
  return values.every((v) => v === 'true');
}

/**
 * The input of a case: generated for the SMT-LIB kinds and DIMACS, a mutation of a generated
 * script or of a regression script for `mutant`.
 * @returns {{ text: string, z3Text: string, ext: string }}
 */
export function caseInput(kind, seed, ctx) {
  if (kind === 'dimacs') return { ...genDimacs(seed), z3Text: '', ext: 'cnf' };
  if (kind === 'mutant') {
    const r = rng(seed ^ 0x68e31da4);
    const regress = ctx.regressDir && existsSync(ctx.regressDir) ? readdirSync(ctx.regressDir).filter((f) => f.endsWith('.smt2')).sort() : [];
    let base;
    if (regress.length > 0 && r() < 0.35) base = readFileSync(join(ctx.regressDir, regress[Math.floor(r() * regress.length)]), 'utf8');
    else {
      const gens = Object.values(SMT_GENERATORS);
      base = gens[Math.floor(r() * gens.length)](seed).text;
    }
    const text = mutate(base, seed);
    return { text, z3Text: z3Dialect(text), ext: 'smt2' };
  }
  const gen = SMT_GENERATORS[kind];
  if (!gen) throw new Error(`unknown kind '${kind}' (kinds: ${KINDS.join(', ')})`);
  const g = gen(seed);
  return { text: g.text, z3Text: g.z3Text ?? g.text, ext: 'smt2' };
}

/**
 * Runs one case.
 * @param {string} kind
 * @param {number} seed
 * @param {Context} ctx
 * @returns {Promise<CaseResult>}
 */
export async function runCase(kind, seed, ctx) {
  const T = ctx.timeout;
  const limitMs = T * 1000 + 10_000;
  const dir = join(ctx.workDir, `${kind}-${seed}`);
  mkdirSync(dir, { recursive: true });
  const statsFile = join(dir, 'time.txt');
  const input = caseInput(kind, seed, ctx);
  const file = join(dir, `input.${input.ext}`);
  writeFileSync(file, input.text);
  const flags = [];
  const notes = [];
  /** @type {CaseResult} */
  const result = { kind, seed, answer: '', z3: '', wallMs: 0, flags, notes, input: input.text, ext: input.ext };
  try {
    if (kind === 'dimacs') await dimacsCase(file, input.text, seed, ctx, result, statsFile);
    else {
      const proofFile = join(dir, 'c.proof');
      const args = ['-t', String(T), ...(kind === 'proof' ? ['--proof', proofFile] : []), file];
      const run = await measure(process.execPath, [ctx.cli, ...args], { limitMs, statsFile });
      Object.assign(result, { wallMs: Math.round(run.wallMs), cpuMs: run.cpuMs, rssKb: run.rssKb });
      runFlags(run, T, flags, notes, 'eagersmt');
      const mine = answers(run.stdout);
      result.answer = mine.join(' ');
      const z3File = join(dir, 'z3.smt2');
      writeFileSync(z3File, input.z3Text);
      const z3 = await measure('z3', [`-T:${Math.max(2, 2 * T)}`, z3File], { limitMs, statsFile });
      const theirs = answers(z3.stdout);
      result.z3 = theirs.join(' ');
      // Mutants and stress shapes: robustness only; answers compared where neither reported an error.
      const generated = kind !== 'mutant' && kind !== 'stress';
      // Where Z3 rejected a command (more errors than eagersmt), its checks saw other assertions.
      const comparable = generated ? errorCount(z3.stdout) <= errorCount(run.stdout) : errorCount(run.stdout) === 0 && errorCount(z3.stdout) === 0;
      if (comparable) compare(mine, theirs, flags, notes);
      else if (generated) notes.push(`reference errors: ${z3.stdout.match(/^\(error .*$/gm)?.join(' | ').slice(0, 300)}`);
      // eagersmt unsat against Z3 sat on a single check: Z3's model, evaluated, may refute Z3.
      if (flags.includes('wrong') && generated && kind !== 'incremental' && mine[0] === 'unsat' && theirs[0] === 'sat') {
        const script = modelScript(input.z3Text, z3.stdout);
        if (script !== undefined) {
          writeFileSync(z3File, script);
          const check = await measure('z3', [`-T:${Math.max(2, 2 * T)}`, z3File], { limitMs, statsFile });
          if (evalVerdict(check.stdout, script) === false) {
            flags.splice(flags.indexOf('wrong'), 1);
            notes.push("the reference is wrong: its own model evaluates an assertion to false");
          }
        }
      }
      // After an unknown (a timeout on a loaded machine), queries on the model rightly fail.
      if (generated && !mine.includes('unknown') && errorCount(run.stdout) > errorCount(z3.stdout)) {
        flags.push('error');
        notes.push(`eagersmt errors: ${run.stdout.match(/^\(error .*$/gm)?.join(' | ')}`);
      }
      // A printed model is checked by Z3 (single-check kinds: one answer, then the model).
      if (generated && kind !== 'incremental' && mine.length === 1 && mine[0] === 'sat') {
        const script = modelScript(input.z3Text, run.stdout);
        if (script === undefined) notes.push('sat without a model');
        else {
          writeFileSync(z3File, script);
          const check = await measure('z3', [`-T:${Math.max(2, 2 * T)}`, z3File], { limitMs, statsFile });
          const verdict = evalVerdict(check.stdout, script);
          if (verdict === undefined) notes.push(`model not evaluated by z3: ${check.stdout.slice(0, 200)}`);
          else if (!verdict) {
            flags.push('wrong');
            notes.push('model rejected by z3: an assertion evaluates to false');
          }
        }
      }
      if (kind === 'proof' && mine[0] === 'unsat') await proofCase(file, proofFile, seed, ctx, result, statsFile);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** `check-proof` on the certificate of an unsat answer (must be valid), then on a corruption of it. */
async function proofCase(file, proofFile, seed, ctx, result, statsFile) {
  const { flags, notes } = result;
  const limitMs = ctx.timeout * 1000 + 10_000;
  if (!existsSync(proofFile)) {
    flags.push('wrong');
    notes.push('unsat without a certificate');
    return;
  }
  const checkProof = () => measure(process.execPath, [ctx.cli, 'check-proof', file, proofFile], { limitMs: 60_000, statsFile });
  const valid = await checkProof();
  runFlags(valid, 50, flags, notes, 'check-proof');
  if (valid.code !== 0 || valid.stdout.trim() !== 'valid') {
    flags.push('wrong');
    notes.push(`certificate not valid: ${valid.stdout.trim().slice(0, 200)} ${valid.stderr.slice(0, 200)}`);
  }
  const cert = readFileSync(proofFile, 'utf8');
  const cnfName = /\(cnf\s+"([^"]+)"\)/.exec(cert)?.[1];
  const dratName = /\(drat\s+"([^"]+)"\)/.exec(cert)?.[1];
  const dirOf = proofFile.slice(0, proofFile.lastIndexOf('/'));
  const files = {
    cert,
    cnf: cnfName ? readFileSync(join(dirOf, cnfName), 'utf8') : undefined,
    drat: dratName ? readFileSync(join(dirOf, dratName), 'utf8') : undefined,
  };
  const bad = corruptProof(files, seed);
  writeFileSync(bad.file === 'cert' ? proofFile : join(dirOf, bad.file === 'cnf' ? cnfName : dratName), bad.text);
  const corrupt = await checkProof();
  runFlags(corrupt, 50, flags, notes, `check-proof of a corrupted ${bad.file}`);
  if (corrupt.code !== 0 && corrupt.code !== 1) notes.push(`check-proof exit ${corrupt.code}`);
  if (bad.mustFail && corrupt.stdout.trim() === 'valid') {
    flags.push('wrong');
    notes.push('a certificate whose CNF lost a clause was valid');
  }
  result.notes.push(`corrupted ${bad.file}: ${corrupt.stdout.trim().slice(0, 120)}`);
}

/** `eagersmt sat` against CaDiCaL (even seeds) or MiniSat (odd seeds); the model checked clause by clause. */
async function dimacsCase(file, text, seed, ctx, result, statsFile) {
  const { flags, notes } = result;
  const T = ctx.timeout;
  const limitMs = T * 1000 + 10_000;
  const run = await measure(process.execPath, [ctx.cli, 'sat', '-t', String(T), file], { limitMs, statsFile });
  Object.assign(result, { wallMs: Math.round(run.wallMs), cpuMs: run.cpuMs, rssKb: run.rssKb });
  runFlags(run, T, flags, notes, 'eagersmt sat');
  const status = /^s (SATISFIABLE|UNSATISFIABLE|UNKNOWN)$/m.exec(run.stdout)?.[1];
  const mine = status === 'SATISFIABLE' ? 'sat' : status === 'UNSATISFIABLE' ? 'unsat' : 'unknown';
  result.answer = mine;
  if ((run.code === 10) !== (mine === 'sat') || (run.code === 20) !== (mine === 'unsat')) {
    flags.push('wrong');
    notes.push(`exit ${run.code} with s ${status}`);
  }
  const ref = seed % 2 === 0 ? ['cadical', ['-q', file]] : ['minisat', ['-verb=0', file]];
  const other = await measure(ref[0], ref[1], { limitMs, statsFile });
  result.z3 = other.code === 10 ? 'sat' : other.code === 20 ? 'unsat' : 'unknown';
  notes.push(`reference ${ref[0]}`);
  compare([mine], [result.z3], flags, notes);
  if (mine === 'sat') {
    const value = new Set();
    for (const line of run.stdout.split('\n')) if (line.startsWith('v ')) for (const l of line.slice(2).trim().split(/\s+/)) value.add(Number(l));
    const falsified = text
      .split('\n')
      .filter((l) => /^-?\d/.test(l))
      .find((l) => !l.trim().split(/\s+/).map(Number).some((lit) => lit !== 0 && value.has(lit)));
    if (falsified !== undefined) {
      flags.push('wrong');
      notes.push(`clause ${falsified} false under the model`);
    }
  }
}

/**
 * Runs `cases` cases from `seed` over `kinds`, `jobs` at a time; case i is of kind
 * `kinds[i % kinds.length]` with the seed `seed * 1000003 + i` (what `--replay kind:seed` takes).
 * @param {{ cases: number, seed: number, kinds: string[], jobs: number, timeout: number, cli: string,
 *   regressDir?: string, onCase?: (r: CaseResult, done: number) => void }} opts
 * @returns {Promise<CaseResult[]>}
 */
export async function runCampaign(opts) {
  const workDir = join(tmpdir(), `eagersmt-fuzz-${process.pid}-${Date.now()}`);
  mkdirSync(workDir, { recursive: true });
  const ctx = { cli: opts.cli, timeout: opts.timeout, workDir, regressDir: opts.regressDir };
  const results = new Array(opts.cases);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < opts.cases) {
      const i = next++;
      const kind = opts.kinds[i % opts.kinds.length];
      const seed = (opts.seed * 1000003 + i) >>> 0;
      results[i] = await runCase(kind, seed, ctx);
      opts.onCase?.(results[i], ++done);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return results;
}

/**
 * The summary by kind: cases, eagersmt's answers, flags, and wall time, CPU time and peak memory.
 * @param {CaseResult[]} results
 */
export function summarize(results) {
  const byKind = {};
  for (const r of results) {
    const k = (byKind[r.kind] ??= { cases: 0, sat: 0, unsat: 0, unknown: 0, unknownWhereReferenceKnew: 0, late: 0, flags: Object.fromEntries(FLAG_NAMES.map((f) => [f, 0])), wallMsTotal: 0, wallMsMax: 0, cpuMsTotal: 0, rssKbMax: 0 });
    k.cases++;
    for (const a of r.answer.split(' ')) if (a in k) k[a]++;
    k.unknownWhereReferenceKnew += r.notes.filter((n) => /unknown \(reference (sat|unsat)\)/.test(n)).length;
    k.late += r.notes.some((n) => / late: /.test(n)) ? 1 : 0;
    for (const f of r.flags) k.flags[f]++;
    k.wallMsTotal += r.wallMs;
    k.wallMsMax = Math.max(k.wallMsMax, r.wallMs);
    k.cpuMsTotal += r.cpuMs ?? 0;
    k.rssKbMax = Math.max(k.rssKbMax, r.rssKb ?? 0);
  }
  return byKind;
}

/** The summary as a table, one row per kind and a total. */
export function formatSummary(byKind) {
  const rows = [['kind', 'cases', 'sat', 'unsat', 'unknown', 'unk/ref-knew', 'late', ...FLAG_NAMES, 'mean wall ms', 'max wall ms', 'mean cpu ms', 'max rss MB']];
  const total = { cases: 0, sat: 0, unsat: 0, unknown: 0, unknownWhereReferenceKnew: 0, late: 0, flags: Object.fromEntries(FLAG_NAMES.map((f) => [f, 0])), wallMsTotal: 0, wallMsMax: 0, cpuMsTotal: 0, rssKbMax: 0 };
  const row = (name, k) => [name, k.cases, k.sat, k.unsat, k.unknown, k.unknownWhereReferenceKnew, k.late ?? 0, ...FLAG_NAMES.map((f) => k.flags[f]), Math.round(k.wallMsTotal / Math.max(1, k.cases)), k.wallMsMax, Math.round(k.cpuMsTotal / Math.max(1, k.cases)), Math.round(k.rssKbMax / 1024)];
  for (const [name, k] of Object.entries(byKind)) {
    rows.push(row(name, k));
    for (const key of ['cases', 'sat', 'unsat', 'unknown', 'unknownWhereReferenceKnew', 'late', 'wallMsTotal', 'cpuMsTotal']) total[key] += k[key] ?? 0;
    for (const f of FLAG_NAMES) total.flags[f] += k.flags[f];
    total.wallMsMax = Math.max(total.wallMsMax, k.wallMsMax);
    total.rssKbMax = Math.max(total.rssKbMax, k.rssKbMax);
  }
  rows.push(row('total', total));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => String(v).padStart(widths[c])).join('  ')).join('\n') + '\n';
}
