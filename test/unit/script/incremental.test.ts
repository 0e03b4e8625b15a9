/**
 * Differential tests of incremental scripts against Z3: generated QF_IDL scripts with named
 * assertions, push/pop, check-sat and check-sat-assuming. Every answer must agree with Z3's,
 * and every unsat core printed must be unsat on its own: its named formulas (and its failed
 * assumptions), asserted alone, are checked by Z3.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';

const hasZ3 = spawnSync('z3', ['-version']).status === 0;

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const num = (n: number) => (n < 0 ? `(- ${-n})` : String(n));

/** A random incremental script; returns it with the formula of each name. */
function generate(seed: number): { script: string; formulas: Map<string, string> } {
  const r = rng(seed);
  const pick = (n: number) => Math.floor(r() * n);
  const atom = () => `(<= (- x${pick(4)} x${pick(4)}) ${num(pick(7) - 3)})`;
  const lines = ['(set-option :produce-unsat-cores true)', '(set-option :produce-unsat-assumptions true)', '(set-logic QF_IDL)'];
  for (let i = 0; i < 4; i++) lines.push(`(declare-const x${i} Int)`);
  for (let i = 0; i < 3; i++) lines.push(`(declare-const p${i} Bool)`);
  const formulas = new Map<string, string>();
  let depth = 0;
  let names = 0;
  for (let step = 0; step < 14; step++) {
    const k = pick(10);
    if (k < 4) {
      const f = r() < 0.3 ? `(or p${pick(3)} ${atom()})` : atom();
      const name = `a${names++}`;
      formulas.set(name, f);
      lines.push(`(assert (! ${f} :named ${name}))`);
    } else if (k < 5 && depth < 5) {
      lines.push('(push 1)');
      depth++;
    } else if (k < 6 && depth > 0) {
      lines.push('(pop 1)');
      depth--;
    } else if (k < 8) {
      lines.push('(check-sat)', '(get-unsat-core)');
    } else {
      const lits = [0, 1].map(() => (r() < 0.5 ? `p${pick(3)}` : `(not p${pick(3)})`));
      lines.push(`(check-sat-assuming (${lits.join(' ')}))`, '(get-unsat-core)');
    }
  }
  return { script: lines.join('\n') + '\n', formulas };
}

function z3(script: string): string[] {
  const out = spawnSync('z3', ['-in'], { input: script, encoding: 'utf8' });
  return out.stdout.split('\n').filter((l) => l !== '');
}

describe.skipIf(!hasZ3)('incremental scripts against z3', () => {
  it('agree on every check, and every unsat core is unsat alone', { timeout: 600_000 }, async () => {
    let cores = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const { script, formulas } = generate(seed);
      const ours = (await solveSmtLib(script)).responses;
      const checks = ours.filter((x) => x.kind === 'check').map((x) => (x as { status: string }).status);
      const theirs = z3(script).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
      expect(checks, `seed ${seed}\n${script}`).toEqual(theirs);
      for (const resp of ours) {
        if (resp.kind !== 'core') continue;
        const decls = script.split('\n').filter((l) => l.startsWith('(declare-const'));
        const asserts = resp.names.map((n) => `(assert ${formulas.get(n) ?? n})`);
        const verdict = z3([...decls, ...asserts, '(check-sat)'].join('\n'));
        expect(verdict, `seed ${seed}: core ${resp.text}\n${script}`).toEqual(['unsat']);
        cores++;
      }
    }
    expect(cores).toBeGreaterThan(10);
  });
});
