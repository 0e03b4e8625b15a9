/**
 * Tightened time windows (src/resource/tighten.ts) and their use as learned facts
 * (`learn: 'bounds'`, issue 10 item 4):
 *  - a later start found by energetic adjustment is passed on to the operation's successors;
 *  - on generated job shops with a makespan at or just above the one-machine lower bound, every
 *    learned bound is implied (Z3 finds `assertions ∧ ¬bound` unsat) and is tighter than the
 *    facts alone give (Z3 finds `¬bound` satisfiable with the facts);
 *  - answers with the bounds agree with Z3, and `sat` models are checked by Z3;
 *  - the bounds narrow the domains of the encoding (fewer order literals).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobshopScript, lowerBound, randomInstance } from '../../../scripts/jobshop-gen.mjs';
import { solveSmtLib } from '../../../src/index.js';
import { collect, PairGraph } from '../../../src/resource/detect.js';
import { reasonAboutResources } from '../../../src/resource/reason.js';
import { tightenWindows } from '../../../src/resource/tighten.js';
import { Windows } from '../../../src/resource/windows.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';
import { ReferencePool, readResponses, showResponse, z3Dialect } from '../../fuzz/reference.js';
import { learnedProblems } from '../../support/implied.js';
import { contextOf } from '../../support/script-context.js';

const z3 = new ReferencePool('z3', { size: 2, timeoutMs: 30_000 });
afterAll(() => z3.close());

/** Small job shops (5 jobs × 4 operations on 4 machines) with makespans at the lower bound and one above. */
const shops = Array.from({ length: 8 }, (_, i) => i + 1).flatMap((seed) => {
  const instance = randomInstance({ jobs: 5, ops: 4, machines: 4, maxDuration: 6, seed });
  const lb = lowerBound(instance);
  return [lb, lb + 1].map((makespan) => ({
    name: `seed ${seed} makespan ${makespan}`,
    text: jobshopScript(instance, { makespan, status: 'unknown', zero: true, getModel: false, source: 'tighten.test.ts' }),
  }));
});
const answerOf = (out: string) => out.split('\n')[0]!.trim();
const body = (text: string) => text.slice(0, text.indexOf('(check-sat)'));

describe('tightenWindows', () => {
  it("passes an operation's later start on to its successor in the job", () => {
    // One machine, horizon [0, 10): a (3) and b (4) are fixed to [0, 7); c (2) may start at 0
    // but must then wait until 7; c's successor e runs 1 after c ends, so e ≥ 10.
    const store = new TermStore();
    const v = (n: string) => store.var(n, Sort.Int);
    const [a, b, c, e] = ['a', 'b', 'c', 'e'].map(v) as [ReturnType<typeof v>, ReturnType<typeof v>, ReturnType<typeof v>, ReturnType<typeof v>];
    const n = (k: number) => store.int(BigInt(k));
    const le = (x: ReturnType<typeof v>, k: number) => store.mk('<=', [x, n(k)]);
    const ge = (x: ReturnType<typeof v>, k: number) => store.mk('>=', [x, n(k)]);
    const before = (x: ReturnType<typeof v>, dx: number, y: ReturnType<typeof v>) => store.mk('<=', [store.mk('+', [x, n(dx)]), y]);
    const apart = (x: ReturnType<typeof v>, dx: number, y: ReturnType<typeof v>, dy: number) => store.mk('or', [before(x, dx, y), before(y, dy, x)]);
    const formulas = [
      ge(a, 0), le(a, 0), ge(b, 3), le(b, 3), ge(c, 0), le(c, 8), ge(e, 0), le(e, 20),
      apart(a, 3, b, 4), apart(a, 3, c, 2), apart(b, 4, c, 2), before(c, 3, e),
    ];
    const det = collect(formulas, () => {});
    const g = new PairGraph(det);
    const win = new Windows(det.table.numVars, det.facts);
    const frame = win.frame(0)!;
    const cliques = g.cliques(true, 8).map((ops) => ({ ops, machines: false }));
    const t = tightenWindows(g, det.facts, det.table.numVars, cliques, frame, frame, 1e6, () => {});
    expect(t.infeasible).toBe(false);
    const lower = (x: ReturnType<typeof v>) => t.bounds.find((d) => d.x === 0 && d.y === det.table.varOf(x));
    expect(lower(c)?.c).toBe(-7n); // c ≥ 7
    expect(lower(e)?.c).toBe(-10n); // e ≥ c + 3 ≥ 10
    expect(lower(a)).toBeUndefined(); // nothing new for a
  });
});

describe("learned bounds ('bounds')", () => {
  it('are implied by the assertions and tighter than the facts alone', async () => {
    let learned = 0;
    const problems: string[] = [];
    await Promise.all(
      shops.map(async (shop) => {
        const ctx = contextOf(shop.text);
        const out = reasonAboutResources(ctx.assertions(), 1, () => {}, { store: ctx.store, load: false, bounds: true });
        if (out.certificate !== undefined) return;
        const terms = out.learned!.terms;
        learned += terms.length;
        // The unconditional facts of a job shop: everything but the machines' disjunctions.
        const facts = body(shop.text).split('\n').filter((l) => !l.startsWith('(assert (or')).join('\n');
        problems.push(...(await learnedProblems(z3, shop.name, body(shop.text), facts, 'already given by the facts', terms)));
      }),
    );
    expect(problems).toEqual([]);
    expect(learned).toBeGreaterThan(20);
  }, 120_000);

  it('keep answers right and models valid', async () => {
    const problems: string[] = [];
    let withBounds = 0;
    await Promise.all(
      shops.map(async (shop) => {
        const vars = [...shop.text.matchAll(/\(declare-fun (\S+) \(\) Int\)/g)].map((m) => m[1]!);
        const r = await solveSmtLib(`${body(shop.text)}(check-sat)\n(get-value (${vars.join(' ')}))\n`, { learn: 'bounds', timeout: 60 });
        const e = answerOf(r.text);
        const z = answerOf(await z3.run(z3Dialect(shop.text)));
        if (e === 'unknown' || (z !== 'unknown' && z !== e)) problems.push(`${shop.name}: eagersmt ${e}, Z3 ${z}`);
        if ((r.checks[0]!.learned?.bounds ?? 0) > 0) withBounds++;
        if (e !== 'sat') return;
        const values = readResponses(r.text.slice(r.text.indexOf('\n') + 1))[0] as string[][];
        const fix = values.map(([v, val]) => `(assert (= ${v} ${showResponse(val!)}))`).join('\n');
        if (answerOf(await z3.run(z3Dialect(`${body(shop.text)}${fix}\n(check-sat)\n`))) !== 'sat') problems.push(`${shop.name}: the model does not satisfy the script`);
      }),
    );
    expect(problems).toEqual([]);
    expect(withBounds).toBeGreaterThan(4);
  }, 180_000);

  it('narrow the domains of the encoding, as asserted bounds do', async () => {
    // Bits (sd) or order literals over all components, in the same encoding both times.
    const size = async (text: string, learn: 'none' | 'bounds') => {
      const r = await solveSmtLib(`${body(text)}(check-sat)\n`, { learn, idlEncoding: 'order', timeout: 60 });
      const c = r.checks[0]!;
      return { bits: c.encoding?.components.reduce((n, k) => n + k.bits, 0) ?? 0, bounds: c.learned?.bounds ?? 0 };
    };
    let narrowed = 0;
    for (const shop of shops) {
      const [off, on] = [await size(shop.text, 'none'), await size(shop.text, 'bounds')];
      if (on.bounds === 0) continue;
      expect(on.bits, shop.name).toBeLessThanOrEqual(off.bits);
      if (on.bits < off.bits) narrowed++;
    }
    expect(narrowed).toBeGreaterThan(4);
  }, 180_000);
});
