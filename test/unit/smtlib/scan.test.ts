/**
 * The character scanner (src/smtlib/scan.ts) against the moo lexer that defines the lexicon
 * (src/smtlib/lexer.ts): the same tokens — type, value, text, offset, line, column, line breaks —
 * on every project script and on random text made of the pieces where the rules meet (digits
 * before a dot or a letter, `#x`/`#b` with bad digits, `""` escapes with and without a closing
 * quote, backslashes and line breaks in quoted symbols, surrogates, a lone `:`), and the same
 * position at the end. With `skipSpace` it gives the same tokens less whitespace and comments.
 */
import { describe, expect, it } from 'vitest';
import { newLexer } from '../../../src/smtlib/lexer.js';
import { Scanner } from '../../../src/smtlib/scan.js';
import { between, rng } from '../../support/rng.js';
import { projectScripts } from '../../support/scripts.js';

type Plain = Record<'type' | 'value' | 'text' | 'offset' | 'line' | 'col' | 'lineBreaks', unknown>;

const plain = (t: Plain): Plain => ({ type: t.type, value: t.value, text: t.text, offset: t.offset, line: t.line, col: t.col, lineBreaks: t.lineBreaks });

function mooTokens(text: string, at?: { line: number; col: number }) {
  const lex = newLexer();
  if (at === undefined) lex.reset(text);
  else lex.reset(text, { ...lex.save(), line: at.line, col: at.col });
  const tokens = [...lex].map((t) => plain(t as unknown as Plain));
  return { tokens, end: { line: lex.save().line, col: lex.save().col } };
}

function scanTokens(text: string, skipSpace: boolean, at?: { line: number; col: number }) {
  const s = new Scanner(skipSpace).reset(text, at);
  const tokens: Plain[] = [];
  for (let t = s.next(); t !== undefined; t = s.next()) tokens.push(plain(t as unknown as Plain));
  return { tokens, end: s.save() };
}

function expectSame(name: string, text: string, at?: { line: number; col: number }) {
  const want = mooTokens(text, at);
  expect(scanTokens(text, false, at), name).toEqual(want);
  const spaceless = want.tokens.filter((t) => t.type !== 'ws' && t.type !== 'comment');
  expect(scanTokens(text, true, at), `${name} (skipSpace)`).toEqual({ tokens: spaceless, end: want.end });
}

const PIECES = [
  '(', ')', ' ', '  ', '\n', '\t', '\r\n', '; note\n', ';', '0', '12', '007', '1.5', '1.', '1.5.2', '12abc', '3x', '1.5e',
  '#x1F', '#xa0b', '#x', '#xZ', '#x1g', '#b01', '#b012', '#b', '#', '#q', '"s"', '""', '"a""b"', '"""', '"', '"\n"',
  '|q s|', '|a\\b|', '|', '||', '|\n|', ':k', ':', ':1', 'sym', '-', '.5', '+x', 'bv#', '\x01', '\u00e9', '\u200b',
  '\ud83d\ude00', '\ud83d', '\ude00', 'x', 'a.b', '~!@$%^&*_-+=<>.?/', '\\',
];

describe('the character scanner', () => {
  it('gives the tokens of the moo lexer on every project script', () => {
    for (const { name, text } of projectScripts()) expectSame(name, text);
  });

  it('gives the tokens of the moo lexer on random text, from 1:1 and from a later position', () => {
    const r = rng(5);
    for (let i = 0; i < 3000; i++) {
      const n = between(r, 0, 12);
      const text = Array.from({ length: n }, () => PIECES[between(r, 0, PIECES.length - 1)]!).join('');
      expectSame(JSON.stringify(text), text, i % 3 === 0 ? { line: 7, col: 12 } : undefined);
    }
  });
});
