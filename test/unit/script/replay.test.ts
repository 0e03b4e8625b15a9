/**
 * Replay for `check-proof` is the script executor stopped at check n: it reads a problem as the
 * solver does (`set-logic`, uninterpreted functions, push/pop, check-sat-assuming, erroneous
 * commands), numbers the checks as the solver does, and the certificates the solver writes for
 * QF_RDL, QF_UFIDL and QF_BV scripts check against it end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { replayToCheck } from '../../../src/script/replay.js';
import { Sort } from '../../../src/terms/sort.js';
import type { Term } from '../../../src/terms/term.js';
import { forEachTerm } from '../../../src/terms/walk.js';

const RDL = `(set-logic QF_RDL)
(declare-const x Real)
(declare-const y Real)
(define-fun two () Real 2)
(assert (< (- x y) two))
(push 1)
(assert (> (- x y) 3))
(check-sat)
(pop 1)
(check-sat-assuming ((> (- x y) 1.5) (< (- y x) (- 1))))
(check-sat-assuming ((> (- x y) 2.5)))
`;

const UFIDL = `(set-logic QF_UFIDL)
(declare-fun f (Int) Int)
(declare-const a Int)
(declare-const b Int)
(assert (= a b))
(push 1)
(assert (< (- (f a) (f b)) 0))
(check-sat)
(pop 1)
(check-sat-assuming ((< (- (f b) (f a)) 0)))
`;

const BV = `(set-logic QF_BV)
(declare-const x (_ BitVec 8))
(declare-const y (_ BitVec 8))
(push 1)
(assert (= (bvadd x y) #x01))
(check-sat)
(pop 1)
(assert (bvult x #x10))
(check-sat-assuming ((bvugt x #x20)))
`;

/** Every numeric literal under `roots`. */
function literals(roots: readonly Term[]): Term[] {
  const out: Term[] = [];
  forEachTerm(roots, (t) => {
    if (t.op === 'int' || t.op === 'real') out.push(t);
  });
  return out;
}

describe('replayToCheck (the executor stopped at check n)', () => {
  it('honours set-logic: in QF_RDL the numerals are reals, so a Real define-fun of 2 elaborates', () => {
    const first = replayToCheck(RDL, 'rdl.smt2', 1)!;
    expect(first.assertions).toHaveLength(2);
    expect(first.assumptions).toEqual([]);
    expect(first.declared.map((t) => t.name)).toEqual(['x', 'y']);
    const lits = literals([...first.assertions]);
    expect(lits.length).toBeGreaterThan(0);
    for (const l of lits) expect(l.sort).toBe(Sort.Real);
    // The same script with integer numerals would reject `(define-fun two () Real 2)`.
    const second = replayToCheck(RDL, 'rdl.smt2', 2)!;
    expect(second.assertions).toHaveLength(1); // popped
    expect(second.assumptions).toHaveLength(2);
    for (const l of literals(second.assumptions)) expect(l.sort).toBe(Sort.Real);
    expect(replayToCheck(RDL, 'rdl.smt2', 3)!.assumptions).toHaveLength(1);
    expect(replayToCheck(RDL, 'rdl.smt2', 4)).toBeUndefined();
  });

  it('declares uninterpreted functions (QF_UFIDL) and replays push/pop and check-sat-assuming', () => {
    const first = replayToCheck(UFIDL, 'uf.smt2', 1)!;
    expect(first.assertions).toHaveLength(2);
    expect(first.declared.map((t) => t.name)).toEqual(['f', 'a', 'b']);
    expect(first.declared[0]!.domain).toEqual([Sort.Int]);
    const second = replayToCheck(UFIDL, 'uf.smt2', 2)!;
    expect(second.assertions).toHaveLength(1);
    expect(second.assumptions).toHaveLength(1);
    expect(replayToCheck(UFIDL, 'uf.smt2', 3)).toBeUndefined();
  });

  it('replays QF_BV to the right check', () => {
    const first = replayToCheck(BV, 'bv.smt2', 1)!;
    expect(first.assertions).toHaveLength(1);
    expect(first.assumptions).toEqual([]);
    const second = replayToCheck(BV, 'bv.smt2', 2)!;
    expect(second.assertions).toHaveLength(1);
    expect(second.assertions[0]!.op).toBe('bvult');
    expect(second.assumptions).toHaveLength(1);
    expect(second.declared.map((t) => t.sort)).toEqual([Sort.bitVec(8), Sort.bitVec(8)]);
  });

  it('numbers the checks as the solver does: a check-sat in error is no check, and reset keeps counting', () => {
    const text = [
      '(declare-const p Bool)',
      '(check-sat 1)', // an error: not a check
      '(check-sat-assuming (3))', // an error: not a check
      '(assert p)',
      '(check-sat)', // check 1
      '(reset)',
      '(declare-const q Bool)',
      '(assert (not q))',
      '(check-sat)', // check 2
      '(exit)',
      '(check-sat)',
    ].join('\n');
    expect(replayToCheck(text, 'p.smt2', 1)!.assertions.map((t) => t.name)).toEqual(['p']);
    const second = replayToCheck(text, 'p.smt2', 2)!;
    expect(second.declared.map((t) => t.name)).toEqual(['q']);
    expect(second.assertions[0]!.op).toBe('not');
    expect(replayToCheck(text, 'p.smt2', 3)).toBeUndefined();
  });
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'eagersmt-replay-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('certificates of QF_RDL, QF_UFIDL and QF_BV scripts check through replay', () => {
  for (const [name, text, unsat] of [
    ['rdl', RDL, [1, 3]],
    ['uf', UFIDL, [1, 2]],
    ['bv', BV, [2]],
  ] as const) {
    it(`${name}: eagersmt --proof, then eagersmt check-proof answers valid for each unsat`, () => {
      const problem = join(work, `${name}.smt2`);
      const cert = join(work, `${name}.cert`);
      writeFileSync(problem, text);
      const run = spawnSync(process.execPath, [cli, '--proof', cert, problem], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const answers = run.stdout.trim().split('\n');
      answers.forEach((a, i) => expect(a, `check ${i + 1}`).toBe((unsat as readonly number[]).includes(i + 1) ? 'unsat' : 'sat'));
      for (const n of unsat) {
        const file = n === 1 ? cert : `${cert}.${n}`;
        expect(existsSync(file)).toBe(true);
        const check = spawnSync(process.execPath, [cli, 'check-proof', problem, file], { encoding: 'utf8' });
        expect(check.stdout.trim(), check.stderr).toBe('valid');
        expect(check.status).toBe(0);
      }
    });
  }
});
