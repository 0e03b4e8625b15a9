/**
 * Small benchmark sets and fake solvers for the comparison harness tests, written into a temp
 * folder: QF_IDL chains (sat) and cycles (unsat), QF_LIA problems (outside difference logic),
 * a file with several check-sats, and shell scripts that lie, count their runs, hang with a
 * child, or eat memory.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// Each test file gets its own copy of this module: its folders go when the file's tests end.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test file's last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `eagersmt-${prefix}-`));
  made.push(dir);
  return dir;
}

/** x0 < x1 < ... < x(n-1), plus x(n-1) < x0 + gap when `cycle` (unsat for gap <= n-1). */
export function idlChain(n: number, cycle: boolean, status: 'sat' | 'unsat' | 'unknown' | undefined): string {
  const lines = ['(set-logic QF_IDL)'];
  if (status) lines.push(`(set-info :status ${status})`);
  for (let k = 0; k < n; k++) lines.push(`(declare-fun x${k} () Int)`);
  for (let k = 0; k + 1 < n; k++) lines.push(`(assert (< (- x${k} x${k + 1}) 0))`);
  if (cycle) lines.push(`(assert (<= (- x${n - 1} x0) ${n - 2}))`);
  lines.push('(check-sat)', '(exit)');
  return lines.join('\n') + '\n';
}

/** A small benchmark set: 3 IDL sat, 2 IDL unsat, 1 LIA sat, 1 LIA unsat, 1 incremental file; all with status. */
export function writeSmallSet(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'idl-sat-5.smt2': idlChain(5, false, 'sat'),
    'idl-sat-12.smt2': idlChain(12, false, 'sat'),
    'idl-sat-cycle-ok.smt2': idlChain(6, false, 'sat').replace('(check-sat)', '(assert (<= (- x5 x0) 9))\n(check-sat)'),
    'idl-unsat-4.smt2': idlChain(4, true, 'unsat'),
    'idl-unsat-9.smt2': idlChain(9, true, 'unsat'),
    'lia-sat.smt2': '(set-logic QF_LIA)\n(set-info :status sat)\n(declare-fun x () Int)\n(declare-fun y () Int)\n(assert (= (+ (* 3 x) (* 5 y)) 7))\n(assert (> x 0))\n(check-sat)\n',
    'lia-unsat.smt2': '(set-logic QF_LIA)\n(set-info :status unsat)\n(declare-fun x () Int)\n(declare-fun y () Int)\n(assert (= (* 2 x) (+ (* 2 y) 1)))\n(check-sat)\n',
    'incremental.smt2':
      '(set-logic QF_IDL)\n(declare-fun a () Int)\n(declare-fun b () Int)\n(assert (< a b))\n(push 1)\n(set-info :status unsat)\n(assert (< b a))\n(check-sat)\n(pop 1)\n(set-info :status sat)\n(check-sat)\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((f) => join(dir, f)).sort();
}

/** Writes an executable shell script and returns its path. */
export function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A solver that answers `sat` to every check-sat of its file (argument 1), whatever it says. */
export function liar(dir: string): string {
  return script(dir, 'liar.sh', 'grep -o "(check-sat)" "$1" | while read -r _; do echo sat; done');
}

/**
 * A correct solver for the files of writeSmallSet that appends one line to `countFile` per run:
 * it answers with the statuses written in the file, in order.
 */
export function counter(dir: string, countFile: string): string {
  return script(dir, 'counter.sh', `echo run >> '${countFile}'\nsed -n 's/.*:status \\(sat\\|unsat\\)).*/\\1/p' "$1"`);
}
