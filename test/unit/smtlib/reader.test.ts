/**
 * The command reader cuts a stream into whole commands wherever the chunks end (inside strings,
 * quoted symbols, comments), keeps the positions of the whole input, and bounds what it buffers.
 */
import { describe, expect, it } from 'vitest';
import { solveSmtLib, Script } from '../../../src/index.js';
import { CommandReader } from '../../../src/smtlib/reader.js';

const text = [
  '; a comment with ( and "',
  '(set-option :print-success true)',
  '(declare-const |x (y| Int) (echo "a ) "" ; b")',
  '(assert (> |x (y| 2)) (check-sat)',
  '(get-value (|x (y|)) )',
  '(echo "unterminated',
].join('\n');

describe('CommandReader and Script', () => {
  it('gives the same responses for every way of cutting the input into chunks', async () => {
    const whole = (await solveSmtLib(text, { file: 'f.smt2' })).text;
    expect(whole).toMatch(/a \) " ; b/);
    expect(whole).toMatch(/f\.smt2:6:7: unterminated string literal/);
    expect(whole).toMatch(/f\.smt2:5:22: unexpected '\)'/);
    for (const size of [1, 2, 3, 7, 19]) {
      let out = '';
      const s = new Script({ file: 'f.smt2', onResponse: (r) => (out += r.text + '\n') });
      for (let i = 0; i < text.length; i += size) await s.feed(text.slice(i, i + size));
      await s.end();
      expect(out, `chunks of ${size}`).toBe(whole);
    }
  });

  it('stops at a NUL character and at a command above the size limit', () => {
    const r = new CommandReader('z', 100);
    const [err] = r.feed('\0\0\0');
    expect(String((err as Error).message)).toMatch(/^z:1:1: invalid character '\\x00'/);
    expect(r.feed('(check-sat)')).toEqual([]);
    const big = new CommandReader('b', 100);
    expect(big.feed('(check-sat)')).toHaveLength(1);
    const out = big.feed('(assert ' + 'a '.repeat(100));
    expect(String((out[0] as Error).message)).toMatch(/^b:1:12: a command larger than/);
    expect(big.failed).toBeDefined();
  });
});
