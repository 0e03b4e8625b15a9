/**
 * The parser reads with its direct stack-based builder; the nearley grammar (grammar/smtlib2.ne)
 * is the definition. On every test input — the regression scripts, the examples, generated
 * scripts, deep and wide commands that the grammar parses in chunks, and thousands of mutations
 * of all of them — both give the same S-expressions and the same errors (message, line and
 * column), read whole or from a position inside a stream.
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/errors.js';
import { parseScript, type TreeBuilderKind } from '../../../src/smtlib/parser.js';
import type { SExpr } from '../../../src/smtlib/sexpr.js';
import { generateBvScript } from '../../fuzz/bv-gen.js';
import { generateIdlScript } from '../../fuzz/idl-gen.js';
import { between, rng } from '../../support/rng.js';
import { projectScripts } from '../../support/scripts.js';

/** Everything `parseScript` yields with one builder: trees, and errors as their full messages. */
function read(text: string, builder: TreeBuilderKind, start?: { line: number; col: number }): (SExpr | string)[] {
  return [...parseScript(text, 'f.smt2', undefined, start, builder)].map((x) => (x instanceof ParseError ? x.message : x));
}

function expectSame(name: string, text: string, start?: { line: number; col: number }): void {
  const direct = read(text, 'direct', start);
  const grammar = read(text, 'grammar', start);
  if (direct.length !== grammar.length) expect({ name, direct }).toEqual({ name, direct: grammar });
  for (let i = 0; i < direct.length; i++) {
    if (typeof grammar[i] === 'string' || typeof direct[i] === 'string') expect({ name, i, item: direct[i] }).toEqual({ name, i, item: grammar[i] });
    else expect(direct[i], `${name}: item ${i}`).toEqual(grammar[i]);
  }
}

/** Characters a mutation inserts: delimiters, the starts of every literal kind, and junk. */
const INSERTS = ['(', ')', ')', '(', '"', '|', '\\', '#', '#x', '#b', ':', ';', '0', '1.', '9a', ' ', '\n', '\r\n', '\t', '\x01', '\u200b', '\uFEFF', 'é', '"' + '"', '||'];

/** A copy of `text` with one to three random edits: delete, insert, duplicate, truncate. */
function mutate(text: string, r: () => number): string {
  let t = text;
  for (let k = between(r, 1, 3); k > 0; k--) {
    const at = between(r, 0, t.length);
    switch (between(r, 0, 3)) {
      case 0:
        t = t.slice(0, at) + t.slice(at + between(r, 1, 4));
        break;
      case 1:
        t = t.slice(0, at) + INSERTS[between(r, 0, INSERTS.length - 1)]! + t.slice(at);
        break;
      case 2: {
        const len = between(r, 1, 20);
        t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
        break;
      }
      default:
        t = t.slice(0, at);
    }
  }
  return t;
}

/** A command of `n` nested lists, each with a few atoms: more tokens than one grammar parse takes. */
function deep(n: number, r: () => number): string {
  const atoms = ['x', '|a b|', '12', '3.5', '#xAf', '#b01', ':k', '"s""t"', 'bvadd'];
  let s = '';
  for (let i = 0; i < n; i++) s += '(' + atoms[between(r, 0, atoms.length - 1)] + ' ';
  for (let i = 0; i < n; i++) s += between(r, 0, 3) === 0 ? ` ${atoms[between(r, 0, atoms.length - 1)]})` : ')';
  return s;
}

/** A command with one list of `n` small lists: wide rather than deep. */
function wide(n: number): string {
  return `(assert (and ${Array.from({ length: n }, (_, i) => `(<= (- s${i} s${i + 1}) ${i % 7})`).join('\n ')}))`;
}

describe('the direct reader and the nearley grammar', () => {
  const files = projectScripts();

  it('read every regression script and example alike', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const { name, text } of files) expectSame(name, text);
  });

  it('read generated scripts alike, also from a position inside a stream', () => {
    for (let seed = 1; seed <= 40; seed++) {
      expectSame(`idl ${seed}`, generateIdlScript(seed).text);
      expectSame(`bv ${seed}`, generateBvScript(seed).commands.join('\n'), { line: seed, col: 3 });
    }
  });

  it('read deep and wide commands (parsed by the grammar in chunks) alike', () => {
    const r = rng(11);
    for (const n of [10, 300, 1500]) expectSame(`deep ${n}`, deep(n, r));
    for (const n of [5, 700, 3000]) expectSame(`wide ${n}`, wide(n));
    expectSame('deep then wide', `${deep(900, r)}\n${wide(900)}\n(check-sat)`);
  });

  it('give the same trees and errors on mutated inputs', { timeout: 120_000 }, () => {
    const r = rng(2026);
    const seeds = [...files.map((f) => f.text), generateIdlScript(3).text, deep(800, r), wide(400)];
    let errors = 0;
    for (let i = 0; i < 3000; i++) {
      const text = mutate(seeds[i % seeds.length]!, r);
      expectSame(`mutation ${i}`, text, i % 5 === 0 ? { line: 7, col: 2 } : undefined);
      errors += read(text, 'direct').filter((x) => typeof x === 'string').length > 0 ? 1 : 0;
    }
    expect(errors).toBeGreaterThan(1000); // the mutations do reach the error paths
  });
});
