/**
 * The SMT-LIB front end: every token kind and its SExpr, positions (CRLF, tabs, multi-line tokens),
 * each error message with its exact location, recovery after errors, lazy streaming, and deep or
 * huge commands, which must parse without recursion and give the same trees whether nearley
 * parses them whole or in chunks (checked against an independent explicit-stack builder).
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/errors.js';
import { newLexer } from '../../../src/smtlib/lexer.js';
import { parseSExprs, parseScript } from '../../../src/smtlib/parser.js';
import type { SExpr } from '../../../src/smtlib/sexpr.js';
import { between, rng } from '../../support/rng.js';

/** Everything the parser yields: S-expressions, and errors as their messages. */
function run(text: string): (SExpr | string)[] {
  return [...parseScript(text, 'f.smt2')].map((x) => (x instanceof ParseError ? x.message : x));
}

/** Only the error messages. */
function errors(text: string): string[] {
  return run(text).filter((x): x is string => typeof x === 'string');
}

/** The single S-expression inside `(...)`. */
function one(text: string): SExpr {
  const [cmd] = parseSExprs(`(${text})`, 'f.smt2');
  if (cmd?.kind !== 'list' || cmd.items.length !== 1) throw new Error(`not one item: ${text}`);
  return cmd.items[0]!;
}

/** A compact text form for comparing trees: atoms as kind:value@line:col. Iterative, so deep trees are fine. */
function show(root: SExpr): string {
  const out: string[] = [];
  const todo: (SExpr | ')')[] = [root];
  while (todo.length > 0) {
    const e = todo.pop()!;
    if (e === ')') {
      out.push(')');
      continue;
    }
    const at = `@${e.pos.line}:${e.pos.col}`;
    switch (e.kind) {
      case 'list':
        out.push(`(${at}`);
        todo.push(')');
        for (let i = e.items.length - 1; i >= 0; i--) todo.push(e.items[i]!);
        break;
      case 'symbol':
        out.push(`${e.quoted ? 'q' : ''}sym:${e.name}${at}`);
        break;
      case 'keyword':
        out.push(`kw:${e.name}${at}`);
        break;
      case 'numeral':
        out.push(`num:${e.value}${at}`);
        break;
      case 'decimal':
        out.push(`dec:${e.text}${at}`);
        break;
      case 'hex':
        out.push(`hex:${e.digits}${at}`);
        break;
      case 'binary':
        out.push(`bin:${e.digits}${at}`);
        break;
      case 'string':
        out.push(`str:${JSON.stringify(e.value)}${at}`);
        break;
    }
  }
  return out.join(' ');
}

/** An independent reference: builds the trees straight from the lexer with an explicit stack. */
function reference(text: string): string[] {
  const lex = newLexer().reset(text);
  const stack: Extract<SExpr, { kind: 'list' }>[] = [];
  const tops: string[] = [];
  for (let t = lex.next(); t !== undefined; t = lex.next()) {
    const pos = { line: t.line, col: t.col };
    const top = stack[stack.length - 1];
    switch (t.type) {
      case 'ws':
      case 'comment':
        break;
      case 'lparen':
        stack.push({ kind: 'list', items: [], pos });
        break;
      case 'rparen':
        stack.pop();
        if (stack.length === 0) tops.push(show(top!));
        else stack[stack.length - 1]!.items.push(top!);
        break;
      case 'symbol':
        top!.items.push({ kind: 'symbol', name: t.value, quoted: false, pos });
        break;
      case 'numeral':
        top!.items.push({ kind: 'numeral', value: BigInt(t.value), pos });
        break;
      default:
        throw new Error(`the reference does not know ${t.type}`);
    }
  }
  return tops;
}

describe('tokens', () => {
  it('reads each kind of atom into its SExpr', () => {
    expect(one('abc')).toEqual({ kind: 'symbol', name: 'abc', quoted: false, pos: { line: 1, col: 2 } });
    expect(one('|a b|')).toMatchObject({ kind: 'symbol', name: 'a b', quoted: true });
    expect(one(':named')).toMatchObject({ kind: 'keyword', name: ':named' });
    expect(one('42')).toMatchObject({ kind: 'numeral', value: 42n });
    expect(one('0')).toMatchObject({ kind: 'numeral', value: 0n });
    expect(one('12.50')).toMatchObject({ kind: 'decimal', text: '12.50' });
    expect(one('#xA0f')).toMatchObject({ kind: 'hex', digits: 'A0f' });
    expect(one('#b0101')).toMatchObject({ kind: 'binary', digits: '0101' });
    expect(one('"hi"')).toMatchObject({ kind: 'string', value: 'hi' });
    expect(one('()')).toMatchObject({ kind: 'list', items: [] });
  });

  it('accepts every simple-symbol character, and digits after the first', () => {
    for (const name of ['~!@$%^&*_-+=<>.?/', 'x1', 'a.b', '<=', '_', '!', '.5x', 'bv2', '+']) {
      expect(one(name)).toMatchObject({ kind: 'symbol', name, quoted: false });
    }
  });

  it('accepts keywords whose name starts with a digit or a symbol character', () => {
    expect(one(':1st')).toMatchObject({ kind: 'keyword', name: ':1st' });
    expect(one(':<=')).toMatchObject({ kind: 'keyword', name: ':<=' });
  });

  it('splits tokens that need no space between them', () => {
    const cmd = parseSExprs('(a"s"|q|(b)#x1#b1:k)', 'f')[0]!;
    expect(show(cmd)).toBe('(@1:1 sym:a@1:2 str:"s"@1:3 qsym:q@1:6 (@1:9 sym:b@1:10 ) hex:1@1:12 bin:1@1:15 kw::k@1:18 )');
  });

  it('reads numerals beyond 2^53 exactly, as bigint', () => {
    expect(one('9007199254740993')).toMatchObject({ value: 9007199254740993n });
    expect(one('123456789012345678901234567890')).toMatchObject({ value: 123456789012345678901234567890n });
  });

  it('reads a 10,000-digit numeral quickly', () => {
    const digits = '9'.repeat(10_000);
    const start = performance.now();
    const n = one(digits);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(n).toMatchObject({ kind: 'numeral', value: 10n ** 10_000n - 1n });
  });

  it('accepts leading zeros in numerals and decimals, as Z3 does', () => {
    expect(one('007')).toMatchObject({ kind: 'numeral', value: 7n });
    expect(one('00.5')).toMatchObject({ kind: 'decimal', text: '00.5' });
  });

  it('resolves "" in string literals, which may span lines', () => {
    expect(one('"say ""hi"""')).toMatchObject({ kind: 'string', value: 'say "hi"' });
    expect(one('""""')).toMatchObject({ kind: 'string', value: '"' });
    expect(one('""')).toMatchObject({ kind: 'string', value: '' });
    expect(one('"a\nb\r\nc"')).toMatchObject({ kind: 'string', value: 'a\nb\r\nc' });
    expect(one('"no \\escapes \\n"')).toMatchObject({ value: 'no \\escapes \\n' });
    expect(one('"( ; |"')).toMatchObject({ value: '( ; |' });
  });

  it('reads quoted symbols with spaces, newlines and other delimiters', () => {
    expect(one('|a b\nc|')).toMatchObject({ kind: 'symbol', name: 'a b\nc', quoted: true });
    expect(one('||')).toMatchObject({ kind: 'symbol', name: '', quoted: true });
    expect(one('|(; "x")|')).toMatchObject({ name: '(; "x")' });
    expect(one('|abc|')).toMatchObject({ name: 'abc', quoted: true });
  });

  it('skips comments to the end of the line, wherever they are', () => {
    const text = '; header ( " |\n(a ; inside ) "\n b) ; after\n;(c)\n(d);at EOF';
    expect(run(text).map((x) => show(x as SExpr))).toEqual(['(@2:1 sym:a@2:2 sym:b@3:2 )', '(@5:1 sym:d@5:2 )']);
  });
});

describe('positions', () => {
  it('counts lines and 1-based columns', () => {
    const cmd = parseSExprs('\n  (assert\n    (> x 1))', 'f')[0]!;
    expect(show(cmd)).toBe('(@2:3 sym:assert@2:4 (@3:5 sym:>@3:6 sym:x@3:8 num:1@3:10 ) )');
  });

  it('treats CRLF as one line break', () => {
    const cmd = parseSExprs('(a\r\n b\r\n\r\n  c)', 'f')[0]!;
    expect(show(cmd)).toBe('(@1:1 sym:a@1:2 sym:b@2:2 sym:c@4:3 )');
  });

  it('counts a tab as one column', () => {
    expect(show(parseSExprs('\t(a\t\tb)', 'f')[0]!)).toBe('(@1:2 sym:a@1:3 sym:b@1:6 )');
  });

  it('continues correctly after multi-line strings and quoted symbols', () => {
    const cmd = parseSExprs('(echo "x\ny" z |p\r\nq| w)', 'f')[0]!;
    expect(show(cmd)).toBe('(@1:1 sym:echo@1:2 str:"x\\ny"@1:7 sym:z@2:4 qsym:p\r\nq@2:6 sym:w@3:4 )');
  });

  it('skips a leading byte-order mark', () => {
    expect(show(parseSExprs('\uFEFF(a)', 'f')[0]!)).toBe('(@1:1 sym:a@1:2 )');
  });
});

describe('errors', () => {
  it('reports them as file:line:col: detail', () => {
    const [err] = [...parseScript('\n  )', 'dir/f.smt2')];
    expect(err).toBeInstanceOf(ParseError);
    expect(err).toMatchObject({ file: 'dir/f.smt2', line: 2, col: 3, detail: `unexpected ')'` });
    expect((err as ParseError).message).toBe(`dir/f.smt2:2:3: unexpected ')'`);
  });

  it('locates an unterminated string at its opening quote and stops', () => {
    expect(run('(a)\n(echo "abc\n(b)\n')).toEqual([expect.anything(), 'f.smt2:2:7: unterminated string literal']);
    expect(errors('(echo "abc""')).toEqual(['f.smt2:1:12: unterminated string literal']);
  });

  it('locates an unterminated quoted symbol at its opening bar and stops', () => {
    expect(errors('(a |b c\n(d)')).toEqual(['f.smt2:1:4: unterminated quoted symbol']);
  });

  it('rejects a backslash in a quoted symbol, at the backslash', () => {
    expect(errors('(a |b\\c|)')).toEqual([`f.smt2:1:6: invalid character '\\' in quoted symbol`]);
    expect(errors('(a |b\nxy\\c|)')).toEqual([`f.smt2:2:3: invalid character '\\' in quoted symbol`]);
  });

  it('reports a stray closing parenthesis', () => {
    expect(errors('(a))')).toEqual([`f.smt2:1:4: unexpected ')'`]);
  });

  it('reports a list left open at the end, at the end, naming the innermost open parenthesis', () => {
    expect(errors('(a)\n(b (c)\n  (d e')).toEqual([`f.smt2:3:7: missing ')' : '(' opened at 3:3 is never closed`]);
    expect(errors('(assert (> x 1)\n')).toEqual([`f.smt2:2:1: missing ')' : '(' opened at 1:1 is never closed`]);
  });

  it('rejects an atom at top level', () => {
    expect(errors('(a) foo (b)')).toEqual([`f.smt2:1:5: expected '(' at top level`]);
    expect(errors('"s"')).toEqual([`f.smt2:1:1: expected '(' at top level`]);
  });

  it('names an invalid character, escaping non-printables', () => {
    expect(errors('(a \x01)')).toEqual([`f.smt2:1:4: invalid character '\\x01'`]);
    expect(errors('(a \x7f)')).toEqual([`f.smt2:1:4: invalid character '\\x7f'`]);
    expect(errors('(a \u200b)')).toEqual([`f.smt2:1:4: invalid character '\\u200b'`]);
    expect(errors('(a [b])')).toEqual([`f.smt2:1:4: invalid character '['`]);
    expect(errors('(a é)')).toEqual([`f.smt2:1:4: invalid character 'é'`]);
    expect(errors('(a 😀)')).toEqual([`f.smt2:1:4: invalid character '😀'`]);
  });

  it('rejects words that start with a digit but are not numbers', () => {
    expect(errors('(a 12abc)')).toEqual([`f.smt2:1:4: invalid number '12abc' (a symbol cannot start with a digit)`]);
    expect(errors('(a 12.)')).toEqual([`f.smt2:1:4: invalid number '12.' (a symbol cannot start with a digit)`]);
    expect(errors('(a 1.2.3)')).toEqual([`f.smt2:1:4: invalid number '1.2.3' (a symbol cannot start with a digit)`]);
  });

  it('rejects malformed # literals', () => {
    expect(errors('(a #xZZ)')).toEqual([`f.smt2:1:4: invalid hexadecimal literal '#xZZ'`]);
    expect(errors('(a #x)')).toEqual([`f.smt2:1:4: invalid hexadecimal literal '#x'`]);
    expect(errors('(a #b012)')).toEqual([`f.smt2:1:4: invalid binary literal '#b012'`]);
    expect(errors('(a #o17)')).toEqual([`f.smt2:1:4: invalid literal '#o17' (expected #x or #b)`]);
  });

  it('rejects a keyword without a name', () => {
    expect(errors('(a : b)')).toEqual([`f.smt2:1:4: empty keyword ':'`]);
  });

  it('parseSExprs throws the first error', () => {
    expect(() => parseSExprs('(a) (b #q) )', 'g')).toThrow(new ParseError('g', 1, 8, `invalid literal '#q' (expected #x or #b)`));
    expect(() => parseSExprs('(assert', 'a.smt2')).toThrow(`a.smt2:1:8: missing ')' : '(' opened at 1:1 is never closed`);
  });
});

describe('recovery', () => {
  it('skips the rest of a command with an error, balancing parentheses, and goes on', () => {
    const out = run('(a (b \x01 (c)) (d))\n(e)\n(f #xZ (g) \x02)\n(h)');
    expect(out.map((x) => (typeof x === 'string' ? x : show(x)))).toEqual([
      `f.smt2:1:7: invalid character '\\x01'`,
      '(@2:1 sym:e@2:2 )',
      `f.smt2:3:4: invalid hexadecimal literal '#xZ'`,
      '(@4:1 sym:h@4:2 )',
    ]);
  });

  it('reports a run of top-level garbage once', () => {
    expect(run('foo bar ) 12x \x03 (a) baz ) (b)').map((x) => (typeof x === 'string' ? x : show(x)))).toEqual([
      `f.smt2:1:1: expected '(' at top level`,
      '(@1:17 sym:a@1:18 )',
      `f.smt2:1:21: expected '(' at top level`,
      '(@1:27 sym:b@1:28 )',
    ]);
  });

  it('still reports an unclosed list at the end of a command being skipped', () => {
    expect(errors('(a \x01 (b)')).toEqual([
      `f.smt2:1:4: invalid character '\\x01'`,
      `f.smt2:1:9: missing ')' : '(' opened at 1:1 is never closed`,
    ]);
  });

  it('stops at an unterminated string even inside a command being skipped', () => {
    expect(errors('(a \x01 "b)\n(c)')).toEqual([
      `f.smt2:1:4: invalid character '\\x01'`,
      `f.smt2:1:6: unterminated string literal`,
    ]);
  });
});

describe('streaming', () => {
  it('yields nothing for an empty file, blanks or comments', () => {
    expect(run('')).toEqual([]);
    expect(run(' \r\n\t\n')).toEqual([]);
    expect(run('; only a comment')).toEqual([]);
  });

  it('yields each command before reading the next one', () => {
    const text = '(set-logic QF_IDL)\n(check-sat)\n' + '(assert true)\n'.repeat(1000) + '(late \x01)';
    const it = parseScript(text, 'f.smt2');
    expect(show(it.next().value as SExpr)).toBe('(@1:1 sym:set-logic@1:2 sym:QF_IDL@1:12 )');
    expect(show(it.next().value as SExpr)).toBe('(@2:1 sym:check-sat@2:2 )');
    const rest = [...it];
    expect(rest).toHaveLength(1001);
    expect((rest[1000] as ParseError).message).toBe(`f.smt2:1003:7: invalid character '\\x01'`);
  });

  it('does not lex past the command it yields', () => {
    // The late error would be yielded first if the generator read ahead; and a string that never
    // ends would stop everything.
    const it = parseScript('(a)(b) "never ends', 'f');
    expect(show(it.next().value as SExpr)).toBe('(@1:1 sym:a@1:2 )');
    expect(show(it.next().value as SExpr)).toBe('(@1:4 sym:b@1:5 )');
    expect((it.next().value as ParseError).detail).toBe('unterminated string literal');
    expect(it.next().done).toBe(true);
  });

  it('runs independent parses side by side', () => {
    const a = parseScript('(a1)(a2)', 'a');
    const b = parseScript('(b1)(b2)', 'b');
    const names = [a.next(), b.next(), a.next(), b.next()].map((r) => show(r.value as SExpr));
    expect(names).toEqual(['(@1:1 sym:a1@1:2 )', '(@1:1 sym:b1@1:2 )', '(@1:5 sym:a2@1:6 )', '(@1:5 sym:b2@1:6 )']);
  });
});

describe('deep and large input', () => {
  const N = 100_000;

  /** Depth of the leftmost path, and the atoms met on it; iterative. */
  function spine(e: SExpr): { depth: number; leaf: SExpr | undefined } {
    let depth = 0;
    let cur: SExpr | undefined = e;
    while (cur?.kind === 'list') {
      depth++;
      cur = cur.items[cur.items.length - 1];
    }
    return { depth, leaf: cur };
  }

  it(`parses ${N}-deep nesting without overflowing the stack`, () => {
    const out = run('('.repeat(N) + ')'.repeat(N) + '(after)');
    expect(out).toHaveLength(2);
    expect(spine(out[0] as SExpr).depth).toBe(N);
    expect(show(out[1] as SExpr)).toBe(`(@1:${2 * N + 1} sym:after@1:${2 * N + 2} )`);
  }, 30_000);

  it(`parses a ${N}-deep (and (and ...)) with the right positions`, () => {
    const text = '(assert ' + '(and a '.repeat(N) + 'b' + ')'.repeat(N + 1);
    const [cmd] = parseSExprs(text, 'f');
    const { depth, leaf } = spine(cmd!);
    expect(depth).toBe(N + 1);
    expect(leaf).toEqual({ kind: 'symbol', name: 'b', quoted: false, pos: { line: 1, col: 9 + 7 * N } });
    const wrong: number[] = [];
    let cur = (cmd as Extract<SExpr, { kind: 'list' }>).items[1]!;
    for (let i = 0; i < N && cur.kind === 'list'; i++) {
      const [and, a] = cur.items;
      const ok = cur.items.length === 3 && cur.pos.col === 9 + 7 * i;
      if (!ok || and?.kind !== 'symbol' || and.pos.col !== 10 + 7 * i || a?.kind !== 'symbol') wrong.push(i);
      cur = cur.items[2]!;
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  it('reports an error at the bottom of deep nesting and recovers after it', () => {
    const text = '('.repeat(N) + '\x01' + ')'.repeat(N) + '\n(ok)';
    expect(run(text).map((x) => (typeof x === 'string' ? x : show(x)))).toEqual([
      `f.smt2:1:${N + 1}: invalid character '\\x01'`,
      '(@2:1 sym:ok@2:2 )',
    ]);
  }, 30_000);

  it('reports deep nesting left open', () => {
    expect(errors('('.repeat(N))).toEqual([`f.smt2:1:${N + 1}: missing ')' : '(' opened at 1:${N} is never closed`]);
  }, 30_000);

  it('recovers from an error inside a command too large for one parse', () => {
    const text = '(assert (and ' + '(p x)'.repeat(2000) + ' \x01 ' + '(p y)'.repeat(10) + '))\n(ok)';
    expect(run(text).map((x) => (typeof x === 'string' ? x : show(x)))).toEqual([
      `f.smt2:1:${14 + 5 * 2000 + 1}: invalid character '\\x01'`,
      '(@2:1 sym:ok@2:2 )',
    ]);
  });

  it('builds large commands (parsed in chunks) exactly like a plain reference builder', () => {
    const r = rng(7);
    const parts: string[] = [];
    // A wide top level, big and small children, deep spines, odd line breaks.
    const gen = (budget: number): string => {
      let text = '(';
      let open = 1;
      for (let i = 0; i < budget; i++) {
        const roll = r();
        if (roll < 0.3 && open < 5000) {
          text += r() < 0.5 ? ' (' : '\n(';
          open++;
        } else if (roll < 0.55 && open > 1) {
          text += ')';
          open--;
        } else {
          text += ' ' + (r() < 0.5 ? `x${between(r, 0, 99)}` : String(between(r, 0, 1_000_000)));
        }
      }
      return text + ')'.repeat(open);
    };
    for (const budget of [10, 3000, 20_000, 60_000]) parts.push(gen(budget));
    parts.push('(assert (and ' + '(or (not (= (- m1 m2) 0)) (>= (- s1 s2) 4))\n'.repeat(3000) + '))');
    parts.push('(small 1)', '(tail (x 2))');
    const text = parts.join('\n');
    const got = run(text).map((x) => (typeof x === 'string' ? x : show(x)));
    expect(got).toEqual(reference(text));
  }, 30_000);
});

describe('binary garbage', () => {
  it('never throws, always ends, and reports errors', () => {
    const r = rng(1);
    for (let round = 0; round < 50; round++) {
      let text = '';
      const len = between(r, 0, 2000);
      for (let i = 0; i < len; i++) text += String.fromCharCode(r() < 0.2 ? between(r, 0, 0xffff) : between(r, 0, 127));
      const out = [...parseScript(text, 'g')];
      for (const x of out) expect(x instanceof ParseError || typeof x.kind === 'string').toBe(true);
    }
    expect(errors('\x00\x01\xff\xfe')).toEqual([`f.smt2:1:1: invalid character '\\x00'`]);
  });
});

describe('parses in turn and side by side', () => {
  // Parses share one scanner and builder when each stops between commands (a stream parses one
  // command at a time): a parse abandoned inside a command, or one running beside another,
  // must not change what any parse reads.
  const script = '(assert (and p (or q r)))\n(check-sat)\n(get-value ((f x) y))';
  const whole = run(script).map((x) => (typeof x === 'string' ? x : show(x)));

  it('after a parse abandoned inside a command and one ended by an error', () => {
    const broken = parseScript('(assert (and p (or q', 'f.smt2');
    broken.next(); // the first item is the error at the end: the parse stops with lists open
    broken.return(undefined);
    expect(errors('(assert (> x "unterminated')).toHaveLength(1);
    const early = parseScript(script, 'f.smt2');
    early.next(); // stopped between commands
    early.return(undefined);
    expect(run(script).map((x) => (typeof x === 'string' ? x : show(x)))).toEqual(whole);
  });

  it('two parses interleaved, one with an error, give what each gives alone', () => {
    const other = '(declare-fun |a b| () Int)\n(assert (< #b01 2.5))';
    const alone = run(other).map((x) => (typeof x === 'string' ? x : show(x)));
    const a = parseScript(script, 'f.smt2');
    const b = parseScript(other, 'f.smt2');
    const [outA, outB]: string[][] = [[], []];
    for (let more = true; more; ) {
      more = false;
      for (const [gen, out] of [[a, outA], [b, outB]] as const) {
        const r = gen.next();
        if (r.done) continue;
        more = true;
        out.push(r.value instanceof ParseError ? r.value.message : show(r.value));
      }
    }
    expect(outA).toEqual(whole);
    expect(outB).toEqual(alone);
  });
});
