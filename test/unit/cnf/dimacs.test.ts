import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cnf } from '../../../src/cnf/cnf.js';
import { parseDimacs, writeDimacs, writeDimacsTo } from '../../../src/cnf/dimacs.js';
import { ParseError } from '../../../src/errors.js';

function clausesOf(cnf: Cnf): number[][] {
  const out: number[][] = [];
  cnf.forEachClause((c) => out.push([...c]));
  return out;
}

/** The ParseError thrown by parsing `text`, as `line:col: detail`. */
function errorOf(text: string, strict = false): string {
  try {
    parseDimacs(text, 'f.cnf', { strict });
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    const e = err as ParseError;
    expect(e.message).toBe(`f.cnf:${e.line}:${e.col}: ${e.detail}`);
    return `${e.line}:${e.col}: ${e.detail}`;
  }
  throw new Error('no error');
}

describe('parseDimacs', () => {
  it('reads header, comments, clauses spread over lines, CRLF and the empty clause', () => {
    const cnf = parseDimacs('c a comment\r\np cnf 4 3\r\n1 -2\r\n  3 0 -4 0\nc inner comment\n0\n', 'x.cnf');
    expect(cnf.numVars).toBe(4);
    expect(cnf.numClauses).toBe(3);
    expect(clausesOf(cnf)).toEqual([[1, -2, 3], [-4], []]);
  });

  it('keeps the declared variable count when variables are unused', () => {
    expect(parseDimacs('p cnf 10 1\n1 2 0\n').numVars).toBe(10);
  });

  it('stops at a SATLIB % line', () => {
    const cnf = parseDimacs('p cnf 3 1\n1 2 3 0\n%\n0\n\n');
    expect(clausesOf(cnf)).toEqual([[1, 2, 3]]);
  });

  it('tolerates a clause count mismatch by default and rejects it when strict', () => {
    expect(parseDimacs('p cnf 2 5\n1 2 0\n').numClauses).toBe(1);
    expect(errorOf('c x\np cnf 2 5\n1 2 0\n', true)).toBe('2:1: the header declares 5 clauses, found 1');
  });

  it('locates errors at line and column', () => {
    expect(errorOf('p cnf 3 1\n1 2 x 0\n')).toBe("2:5: unexpected character 'x'");
    expect(errorOf('p cnf 3 2\n1 2 0\n-1 4 0\n')).toBe('3:4: literal 4 exceeds the 3 variables declared in the header');
    expect(errorOf('p cnf 3 1\n\n1 -2 -9 0\n')).toBe('3:6: literal -9 exceeds the 3 variables declared in the header');
    expect(errorOf('1 2 0\n')).toBe("1:1: clause before the 'p cnf' header");
    expect(errorOf('p cnf 3\n')).toBe("1:1: expected 'p cnf <variables> <clauses>'");
    expect(errorOf('p dnf 3 1\n')).toBe("1:1: expected 'p cnf <variables> <clauses>'");
    expect(errorOf('p cnf 3 1\np cnf 3 1\n')).toBe("2:1: second 'p' header (the first is on line 1)");
    expect(errorOf('p cnf 3 1\n1 0\n  p cnf 3 1\n')).toBe("3:3: second 'p' header (the first is on line 1)");
    expect(errorOf('p cnf 3 1\n1 -0\n')).toBe("2:3: '-0' is not a literal");
    expect(errorOf('p cnf 3 1\n1 - 2 0\n')).toBe("2:3: expected a digit after '-'");
    expect(errorOf('p cnf 3 1\n1 2-3 0\n')).toBe("2:4: unexpected character '-' in a number");
    expect(errorOf('p cnf 3 1\n99999999999 0\n')).toBe('2:1: number too large');
    expect(errorOf('p cnf 3 1\n1 2\n 3\n')).toBe('2:1: the last clause is not terminated by 0');
    expect(errorOf('c only a comment\n')).toBe("2:1: missing 'p cnf <variables> <clauses>' header");
    expect(errorOf('p cnf 3 1\n1 \u0001 0\n')).toBe("2:3: unexpected character '\\x01'");
  });

  it('throws nothing but ParseError on mangled input', () => {
    const base = 'c comment\np cnf 5 3\n1 -2 3 0\n-4 5 0\n2 0\n';
    const alphabet = ' \n-0123456789cp%x\t';
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 2000; i++) {
      const chars = [...base];
      for (let k = 0; k < 3; k++) chars[next() % chars.length] = alphabet[next() % alphabet.length]!;
      try {
        parseDimacs(chars.join(''), 'm.cnf');
      } catch (err) {
        expect(err).toBeInstanceOf(ParseError);
      }
    }
  });
});

describe('writeDimacs', () => {
  it('writes the header, the clauses and assumptions as units', () => {
    const cnf = new Cnf();
    cnf.addClause([1, -2]);
    cnf.addClause([]);
    cnf.addClause([2]);
    expect(writeDimacs(cnf)).toBe('p cnf 2 3\n1 -2 0\n0\n2 0\n');
    expect(writeDimacs(cnf, [-3])).toBe('p cnf 3 4\n1 -2 0\n0\n2 0\n-3 0\n');
  });

  it('round-trips through parseDimacs', () => {
    const cnf = new Cnf();
    cnf.numVars = 50;
    for (let i = 1; i <= 40; i++) cnf.addClause([i, -(i + 1), (i * 7) % 50 || 1]);
    const back = parseDimacs(writeDimacs(cnf), 'rt.cnf', { strict: true });
    expect(back.numVars).toBe(50);
    expect(clausesOf(back)).toEqual(clausesOf(cnf));
  });

  it('streams a large CNF to a file descriptor in chunks with the same text', () => {
    const cnf = new Cnf();
    for (let i = 1; i <= 30000; i++) cnf.addClause([i, -(i + 1), i + 2]);
    const dir = mkdtempSync(join(tmpdir(), 'eagersmt-dimacs-'));
    try {
      const file = join(dir, 'big.cnf');
      const fd = openSync(file, 'w');
      writeDimacsTo(fd, cnf, [5]);
      closeSync(fd);
      expect(readFileSync(file, 'latin1')).toBe(writeDimacs(cnf, [5]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
