/**
 * Test instances for the SAT tests: a seeded PRNG (xorshift32, so runs are reproducible and
 * never use Math.random), random k-SAT, pigeonhole formulas, and the small oracles the tests
 * share — clause checking, brute force, MiniSat as a subprocess, and a naive RUP checker.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cnf } from '../../../src/cnf/cnf.js';

export type Clauses = number[][];

/** xorshift32: returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Uniform random k-SAT: m clauses over n variables, k distinct variables per clause. */
export function randomKSat(n: number, m: number, k: number, seed: number): Clauses {
  const r = prng(seed);
  const clauses: Clauses = [];
  for (let i = 0; i < m; i++) {
    const c: number[] = [];
    while (c.length < k) {
      const v = 1 + Math.floor(r() * n);
      if (c.some((l) => Math.abs(l) === v)) continue;
      c.push(r() < 0.5 ? v : -v);
    }
    clauses.push(c);
  }
  return clauses;
}

/** Pigeonhole: p pigeons into h holes (unsat iff p > h). Variable of (i, j) is i*h + j + 1. */
export function pigeonhole(p: number, h: number): Clauses {
  const x = (i: number, j: number) => i * h + j + 1;
  const clauses: Clauses = [];
  for (let i = 0; i < p; i++) clauses.push(Array.from({ length: h }, (_, j) => x(i, j)));
  for (let j = 0; j < h; j++) {
    for (let i = 0; i < p; i++) for (let k = i + 1; k < p; k++) clauses.push([-x(i, j), -x(k, j)]);
  }
  return clauses;
}

/**
 * A random formula with structure elimination can use: a chain of "definitions" y <-> (a op b)
 * in Tseitin form over random inputs, plus random 3-clauses over all variables.
 */
export function definitions(inputs: number, gates: number, extra: number, seed: number): { n: number; clauses: Clauses } {
  const r = prng(seed);
  const clauses: Clauses = [];
  const pick = (hi: number) => (1 + Math.floor(r() * hi)) * (r() < 0.5 ? 1 : -1);
  for (let g = 0; g < gates; g++) {
    const y = inputs + g + 1;
    const a = pick(y - 1);
    const b = pick(y - 1);
    clauses.push([-y, a], [-y, b], [y, -a, -b]); // y <-> a & b
  }
  const n = inputs + gates;
  for (let i = 0; i < extra; i++) clauses.push([pick(n), pick(n), pick(n)]);
  return { n, clauses };
}

export function toCnf(clauses: Clauses, numVars = 0): Cnf {
  const cnf = new Cnf();
  for (const c of clauses) cnf.addClause(c);
  cnf.numVars = Math.max(cnf.numVars, numVars);
  return cnf;
}

/** Whether `value` (variable -> truth) satisfies every clause. */
export function satisfies(clauses: Clauses, value: (v: number) => boolean): boolean {
  return clauses.every((c) => c.some((l) => (l > 0 ? value(l) : !value(-l))));
}

/** Exhaustive satisfiability check (n <= 20). */
export function bruteForce(n: number, clauses: Clauses): boolean {
  for (let bits = 0; bits < 1 << n; bits++) {
    if (satisfies(clauses, (v) => ((bits >> (v - 1)) & 1) === 1)) return true;
  }
  return false;
}

/** Path of the `minisat` binary, or undefined. */
export function findMinisat(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v minisat'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** MiniSat's verdict on each formula (exit code 10 = sat, 20 = unsat). */
export function minisatVerdicts(problems: { n: number; clauses: Clauses }[]): ('sat' | 'unsat')[] {
  const dir = mkdtempSync(join(tmpdir(), 'eagersmt-minisat-'));
  try {
    return problems.map(({ n, clauses }, i) => {
      const file = join(dir, `${i}.cnf`);
      writeFileSync(file, `p cnf ${n} ${clauses.length}\n${clauses.map((c) => `${c.join(' ')} 0`).join('\n')}\n`);
      const r = spawnSync('minisat', ['-verb=0', file], { encoding: 'utf8' });
      if (r.status === 10) return 'sat';
      if (r.status === 20) return 'unsat';
      throw new Error(`minisat failed on problem ${i}: status ${r.status} ${r.stderr}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Naive reverse-unit-propagation checker: every added lemma must follow from the clauses so
 * far by unit propagation (deletions are ignored, which keeps the check sound), and the proof
 * must end with the empty clause. Returns the index of the first lemma that fails, or -1 when
 * the proof is complete; -2 if it never derives the empty clause. Quadratic: tiny formulas only.
 */
export function checkRup(clauses: Clauses, lemmas: number[][]): number {
  const db = clauses.map((c) => c.slice());
  for (let i = 0; i < lemmas.length; i++) {
    const lemma = lemmas[i]!;
    if (!propagatesToConflict(db, lemma.map((l) => -l))) return i;
    if (lemma.length === 0) return -1;
    db.push(lemma.slice());
  }
  return -2;
}

function propagatesToConflict(db: Clauses, assumed: number[]): boolean {
  const val = new Map<number, boolean>();
  const set = (l: number) => val.set(Math.abs(l), l > 0);
  const litVal = (l: number) => {
    const v = val.get(Math.abs(l));
    return v === undefined ? undefined : l > 0 ? v : !v;
  };
  for (const l of assumed) {
    if (litVal(l) === false) return true;
    set(l);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of db) {
      let unassigned = 0;
      let last = 0;
      let sat = false;
      for (const l of c) {
        const v = litVal(l);
        if (v === true) {
          sat = true;
          break;
        }
        if (v === undefined) {
          unassigned++;
          last = l;
        }
      }
      if (sat) continue;
      if (unassigned === 0) return true;
      if (unassigned === 1) {
        set(last);
        changed = true;
      }
    }
  }
  return false;
}
