/**
 * Streaming elaboration (parser.ts `Reducer`, elaborate.ts `Elaborator.reduce`): the lists of an
 * `assert` become terms as their ')' is read. The interpreter's answers must not change — the
 * same responses, the same errors at the same places, on every regression script, example,
 * generated script and mutations of them — and the parser must offer the reducer exactly the
 * lists outside binders, annotations and identifiers. `REDUCE_COUNT` / `REDUCE_SEED` set the
 * number of mutations (300) and their seed (7), for a longer hunt.
 */
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../../src/engine/options.js';
import { ParseError } from '../../../src/errors.js';
import { Elaborator } from '../../../src/smtlib/elaborate.js';
import { parseScript } from '../../../src/smtlib/parser.js';
import { printSExpr } from '../../../src/smtlib/printer.js';
import type { SExpr, SList } from '../../../src/smtlib/sexpr.js';
import { Executor } from '../../../src/script/executor.js';
import { Sort } from '../../../src/terms/sort.js';
import { generateBvScript } from '../../fuzz/bv-gen.js';
import { generateIdlScript } from '../../fuzz/idl-gen.js';
import { between, rng } from '../../support/rng.js';
import { projectScripts } from '../../support/scripts.js';

/** The interpreter's whole output on `text`, its lists given to the elaborator as read or not. */
async function respond(text: string, streaming: boolean): Promise<string> {
  const out: string[] = [];
  const ex = new Executor({ ...defaultOptions, timeout: 20 }, { out: (s: string) => void out.push(`${s}\n`) }, 'f.smt2');
  for (const item of parseScript(text, 'f.smt2', undefined, undefined, 'direct', streaming ? ex.reducer : undefined)) {
    if (item instanceof ParseError) ex.error(item.message);
    else await ex.execute(item);
    if (ex.done) break;
  }
  return out.join('');
}

async function expectSame(name: string, text: string): Promise<void> {
  expect({ name, out: await respond(text, true) }).toEqual({ name, out: await respond(text, false) });
}

/** A copy of `text` with one or two edits (delete, insert a delimiter or a symbol, truncate). */
function mutate(text: string, r: () => number): string {
  const inserts = ['(', ')', ' x', ' (let ((y 1)) y)', ' (! true :named n)', ' |', '0', ' undeclared'];
  let t = text;
  for (let k = between(r, 1, 2); k > 0; k--) {
    const at = between(r, 0, t.length);
    const op = between(r, 0, 2);
    if (op === 0) t = t.slice(0, at) + t.slice(at + between(r, 1, 6));
    else if (op === 1) t = t.slice(0, at) + inserts[between(r, 0, inserts.length - 1)]! + t.slice(at);
    else t = t.slice(0, at);
  }
  return t;
}

/** The lists `parseScript` offers a reducer (which keeps them all), printed. */
function offered(text: string): string[] {
  const seen: string[] = [];
  for (const item of parseScript(text, 'f.smt2', undefined, undefined, 'direct', (l: SList) => void seen.push(printSExpr(l)))) {
    if (item instanceof ParseError) throw item;
  }
  return seen;
}

describe('streaming elaboration', () => {
  const files = projectScripts();

  it('answers every regression script and example as the elaboration of whole commands does', { timeout: 120_000 }, async () => {
    expect(files.length).toBeGreaterThan(20);
    for (const { name, text } of files) await expectSame(name, text);
  });

  it('answers generated scripts and mutations of them alike, errors included', { timeout: 120_000 }, async () => {
    const seeds: string[] = [];
    for (let seed = 1; seed <= 12; seed++) seeds.push(generateIdlScript(seed).text, generateBvScript(seed).commands.join('\n'));
    for (const [i, text] of seeds.entries()) await expectSame(`generated ${i}`, text);
    const r = rng(Number(process.env.REDUCE_SEED ?? 7));
    const all = [...seeds, ...files.map((f) => f.text)];
    let errors = 0;
    for (let i = 0; i < Number(process.env.REDUCE_COUNT ?? 300); i++) {
      const text = mutate(all[i % all.length]!, r);
      await expectSame(`mutation ${i}`, text);
      if ((await respond(text, true)).includes('(error')) errors++;
    }
    expect(errors).toBeGreaterThan(60); // the mutations reach the error paths
  });

  it('offers the lists of an assert outside binders, annotations and identifiers', () => {
    const text = [
      '(define-fun f ((a Int)) Bool (< a 1))',
      '(assert (and (< x 1) (let ((y 2)) (< x y)) (! (> x 0) :named n) (= ((_ extract 0 0) b) #b1) ((f x) x)))',
      '(check-sat-assuming ((< x 2)))',
    ].join('\n');
    expect(offered(text)).toEqual([
      '(< x 1)',
      '((_ extract 0 0) b)',
      '(= ((_ extract 0 0) b) #b1)',
      '((f x) x)',
      '(and (< x 1) (let ((y 2)) (< x y)) (! (> x 0) :named n) (= ((_ extract 0 0) b) #b1) ((f x) x))',
    ]);
  });

  it('reads a 100,000-deep assert into one term, and reports an error at its bottom once', async () => {
    const depth = 100_000;
    const nest = (leaf: string) => `${'(and p '.repeat(depth)}${leaf}${')'.repeat(depth)}`;
    const elab = new Elaborator('f.smt2');
    elab.declareConst('p', Sort.Bool, { line: 1, col: 1 });
    const [cmd] = [...parseScript(`(assert ${nest('p')})`, 'f.smt2', undefined, undefined, 'direct', (l) => elab.reduce(l))] as SExpr[];
    expect(cmd!.kind === 'list' && cmd.items[1]!.kind).toBe('term');
    const out = await respond(`(declare-const p Bool)(assert ${nest('q')})(check-sat)`, true);
    expect(out).toBe(`(error "f.smt2:1:${31 + 7 * depth}: unknown constant 'q'")\nsat\n`);
  });

  it('keeps the text of assertions that get-assertions prints', async () => {
    const text = '(set-option :produce-assertions true)(declare-const x Int)(assert (< (+ x  1) 3))(get-assertions)';
    expect(await respond(text, true)).toBe('((< (+ x 1) 3))\n');
  });

  it('reports an undeclared symbol deep inside an assert at the symbol, as before', async () => {
    const text = '(declare-const x Int)\n(assert (and (< x 1)\n  (or (< y 2) (> x 0))))\n(check-sat)';
    expect(await respond(text, true)).toBe(`(error "f.smt2:3:10: unknown constant 'y'")\nsat\n`);
  });
});
