/**
 * Differential test of optimisation against Z3 (optimize-gen.ts: QF_IDL and QF_BV scripts with
 * 1..3 lexicographic objectives, minimised or maximised, some scoped by push/pop). For every
 * check that Z3 answers, eagersmt must give the same answer; after a `sat`, every objective
 * Z3 settles (a value, `oo`, `(* (- 1) oo)`) must get the same from eagersmt — up to the first
 * unbounded one, after which Z3 prints intervals of its own — and the value eagersmt reports for
 * each objective must be the value of the objective in its model (`get-value`), whose
 * assertions the engine checked.
 *
 * The Z3 scripts run through two long-lived `z3 -in` processes (reference.ts), all scripts of a
 * batch at once.
 *
 * The scripts of odd seeds run with `optimizeIncremental` (the default: the checks through the
 * live session), those of even seeds without (each check from scratch).
 *
 * Environment: `FUZZ_COUNT` scripts (default 320) from seed `FUZZ_SEED` (default 1).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { solveSmtLib } from '../../src/index.js';
import { generateOptScript } from './optimize-gen.js';
import { readResponses, ReferencePool, splitResponses, type Resp } from './reference.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 320);
const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const BATCH = 80;
const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
const tally = { scripts: 0, checks: 0, sat: 0, unsat: 0, objectives: 0, unbounded: 0 };

afterAll(() => {
  z3.close();
  console.log(`optimize-diff: ${tally.scripts} scripts, ${tally.checks} checks (${tally.sat} sat, ${tally.unsat} unsat), ${tally.objectives} objective values agreed (${tally.unbounded} unbounded)`);
});

/** The responses of one check: the answer, the objectives, the values. */
interface CheckOut {
  answer: string;
  objectives: Resp;
  values: Resp;
}

function checksOf(out: string, n: number): CheckOut[] {
  const rs = splitResponses(out);
  const result: CheckOut[] = [];
  for (let i = 0; i < rs.length && result.length < n; i++) {
    const answer = rs[i]!.trim();
    if (answer !== 'sat' && answer !== 'unsat' && answer !== 'unknown') continue;
    const read = (k: number): Resp => (rs[k] !== undefined ? readResponses(rs[k]!)[0]! : '');
    result.push({ answer, objectives: read(i + 1), values: read(i + 2) });
    i += 2;
  }
  return result;
}

const flat = (r: Resp): string => (typeof r === 'string' ? r : `(${r.map(flat).join(' ')})`);

/** An Int value as printed (`5`, `(- 5)`) or a bit-vector literal (`#x0f`, `#b0101`), as a bigint. */
function valueOf(r: Resp): bigint {
  if (typeof r !== 'string') {
    if (r.length === 2 && r[0] === '-') return -valueOf(r[1]!);
    throw new Error(`not a value: ${flat(r)}`);
  }
  if (r.startsWith('#x')) return BigInt(`0x${r.slice(2)}`);
  if (r.startsWith('#b')) return BigInt(`0b${r.slice(2)}`);
  return BigInt(r);
}

const UNBOUNDED = new Set(['oo', '(* (- 1) oo)']);

describe('minimize/maximize agree with Z3', () => {
  for (let start = FIRST; start < FIRST + COUNT; start += BATCH) {
    const end = Math.min(start + BATCH, FIRST + COUNT);
    test(`scripts ${start}..${end - 1}`, async () => {
      const scripts = Array.from({ length: end - start }, (_, i) => generateOptScript(start + i));
      const ours: string[] = [];
      // Odd seeds optimise through the live session (lazy difference logic, theory propagation), even ones from scratch.
      for (const [i, s] of scripts.entries()) ours.push((await solveSmtLib(s.text, { timeout: 60, optimizeIncremental: (start + i) % 2 === 1 })).text);
      const theirs = await z3.runAll(scripts.map((s) => s.text));
      scripts.forEach((s, i) => {
        const seed = start + i;
        const want = checksOf(theirs[i]!, s.checks);
        const got = checksOf(ours[i]!, s.checks);
        const where = `seed ${seed}:\n${s.text}\neagersmt:\n${ours[i]}\nz3:\n${theirs[i]}`;
        expect(want.length, where).toBe(s.checks);
        tally.scripts++;
        want.forEach((w, k) => {
          if (w.answer === 'unknown') return;
          const g = got[k]!;
          tally.checks++;
          expect(g.answer, where).toBe(w.answer);
          if (w.answer === 'unsat') {
            tally.unsat++;
            return;
          }
          tally.sat++;
          const wo = (w.objectives as Resp[]).slice(1);
          const go = (g.objectives as Resp[]).slice(1);
          const gv = g.values as Resp[];
          expect(go.length, where).toBe(wo.length);
          for (let j = 0; j < wo.length; j++) {
            // Z3 prints the objective's term as it holds it internally (`#b10000` for `(_ bv16 5)`):
            // only the values are compared.
            const value = (wo[j] as Resp[])[1];
            const gvalue = (go[j] as Resp[])[1];
            expect(flat(gvalue!), where).toBe(flat(value!));
            tally.objectives++;
            if (UNBOUNDED.has(flat(value!))) {
              tally.unbounded++;
              break;
            }
            // The value reported is the objective's value in the model.
            expect(valueOf((gv[j] as Resp[])[1]!), where).toBe(valueOf(gvalue!));
          }
        });
      });
    }, 600_000);
  }
});
