/**
 * Regression scripts: every `test/regress/<name>.smt2` runs through `solveSmtLib`, and its output
 * must match `<name>.expected`.
 *
 * Each script carries its oracle (Bitwuzla's habit): `(set-info :status ...)`, before every
 * `check-sat` in incremental scripts. The `.expected` files are Z3 4.8.12's stdout
 * (`z3 <name>.smt2 > <name>.expected`; `ite-int` with the logic renamed to QF_LIA, on which Z3's
 * QF_IDL tactic answers `unknown`), edited only where Z3's text is its own: every error message
 * became `(error *)`, the `:name`/`:version` answers `(:name *)`/`(:version *)`, the
 * `:reason-unknown` answer after `sat` a bare `*`.
 *
 * Matching is per response, not per line: a response is a line, or a parenthesised S-expression
 * across lines (see `splitResponses`). A response of `*` matches any one response; `*` inside an
 * S-expression matches any one sub-expression (so `(error *)` is any error); other S-expressions
 * must be equal up to whitespace, except that a model — a list of `define-fun`s — may list its
 * definitions in any order. Lines that are not S-expressions (answers, `echo` output) must be equal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { readResponses, splitResponses, type Resp } from '../fuzz/reference.js';

const dir = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.smt2'))
  .sort();

/** True if expected tree `e` (with `*` wildcards) matches actual tree `a`. */
function matches(e: Resp, a: Resp): boolean {
  if (e === '*') return true;
  if (typeof e === 'string' || typeof a === 'string') return e === a;
  if (isModel(e) && isModel(a)) {
    // Definitions in any order: match each expected one against a distinct actual one.
    const left = [...a];
    return (
      e.length === a.length &&
      e.every((d) => {
        const k = left.findIndex((x) => matches(d, x));
        return k >= 0 && left.splice(k, 1).length === 1;
      })
    );
  }
  return e.length === a.length && e.every((d, i) => matches(d, a[i]!));
}

function isModel(r: Resp[]): boolean {
  return r.length > 0 && r.every((d) => Array.isArray(d) && d[0] === 'define-fun');
}

/** Why `actual` does not match `expected`, or undefined if it does. */
function mismatch(expected: string, actual: string): string | undefined {
  const es = splitResponses(expected);
  const as = splitResponses(actual);
  for (let i = 0; i < Math.max(es.length, as.length); i++) {
    const e = es[i];
    const a = as[i];
    if (e === undefined || a === undefined) return `response ${i + 1}: expected ${e ?? 'nothing'}, got ${a ?? 'nothing'}`;
    if (e === '*') continue;
    let ok: boolean;
    if (e.startsWith('(')) {
      try {
        const [et, at] = [readResponses(e), readResponses(a)];
        ok = et.length === 1 && at.length === 1 && matches(et[0]!, at[0]!);
      } catch {
        ok = false;
      }
    } else ok = e === a;
    if (!ok) return `response ${i + 1}: expected ${e}, got ${a}`;
  }
  return undefined;
}

describe('regression scripts print what Z3 prints', () => {
  test('every script has an .expected file and a :status', () => {
    for (const f of scripts) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toMatch(/\(set-info :status (sat|unsat|unknown)\)/);
      expect(() => readFileSync(join(dir, f.replace(/\.smt2$/, '.expected'))), f).not.toThrow();
    }
  });

  test.concurrent.each(scripts)('%s', { timeout: 60_000 }, async (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const expected = readFileSync(join(dir, f.replace(/\.smt2$/, '.expected')), 'utf8');
    const actual = (await solveSmtLib(text, { file: basename(f), timeout: 30 })).text;
    const why = mismatch(expected, actual);
    // On a mismatch, compare the texts so that vitest shows a diff.
    if (why !== undefined) expect(actual, why).toBe(expected);
  });
});
