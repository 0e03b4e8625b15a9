/**
 * A check hands what it produces to its sink (src/engine/sink.ts) and writes no file itself:
 * a resource certificate; the CNF it encoded; for an unsat found by SAT, the CNF refuted
 * (assumptions as units), the encoding options as applied, and the verdict that tells the sink
 * to keep or drop its files.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cnf } from '../../../src/cnf/cnf.js';
import { check } from '../../../src/engine/check.js';
import { defaultOptions } from '../../../src/engine/options.js';
import type { AppliedEncoding, CheckSink } from '../../../src/engine/sink.js';
import { contextOf } from '../../support/script-context.js';

const work = mkdtempSync(join(tmpdir(), 'eagersmt-sink-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A sink that records every call; the DRAT proof goes to a file of `work` (the backend writes it). */
function recorder(certify: boolean) {
  const calls: string[] = [];
  const applied: AppliedEncoding[] = [];
  let units: number[] = [];
  const sink: CheckSink = {
    certify,
    certificate: (index, text) => void calls.push(`certificate ${index} ${text.includes('(certificate')}`),
    encoded: (index, cnf: Cnf, assumptions) => void calls.push(`encoded ${index} ${cnf.numClauses > 0} ${assumptions.length}`),
    refutation: (index, how) => {
      calls.push(`refutation ${index}`);
      applied.push(how);
      return {
        drat: join(work, `proof-${index}.drat`),
        cnf: (_cnf, u) => {
          calls.push('cnf');
          units = [...u];
        },
        done: (unsat) => void calls.push(`done ${unsat}`),
      };
    },
  };
  return { sink, calls, applied, units: () => units };
}

describe('the sink of a check', () => {
  it('receives the certificate of an unsat found by resource reasoning, and nothing is encoded', async () => {
    // A pair of operations (the disjunction) whose unconditional facts form a negative cycle.
    const ctx = contextOf(`(declare-const a Int)(declare-const b Int)(declare-const c Int)
(assert (or (<= (+ a 1) b) (<= (+ b 1) a)))
(assert (< a b))(assert (<= (- b c) (- 2)))(assert (<= c (+ a 1)))`);
    const r = recorder(true);
    const out = await check(ctx.assertions(), [], defaultOptions, { index: 3, store: ctx.store, sink: r.sink });
    expect(out.status).toBe('unsat');
    expect(r.calls).toEqual(['certificate 3 true']);
  });

  it('for an unsat found by SAT: the encoded CNF, the refuted CNF with the assumptions as units, the applied options, then done(true)', async () => {
    const ctx = contextOf('(declare-const p Bool)(declare-const q Bool)(assert (or p q))(assert (not q))');
    const [notP] = contextOf('(declare-const p Bool)(assert (not p))').assertions();
    const r = recorder(true);
    const out = await check(ctx.assertions(), [notP!], { ...defaultOptions, idlEncoding: 'order' }, { index: 2, store: ctx.store, sink: r.sink });
    expect(out.status).toBe('unsat');
    expect(r.calls).toEqual(['encoded 2 true 1', 'refutation 2', 'cnf', 'done true']);
    expect(r.units()).toHaveLength(1);
    // Resource reasoning found no operations, so operation symmetry was not applied.
    expect(r.applied).toEqual([{ idlEncoding: 'order', symmetry: true, opSymmetry: false }]);
    expect(readdirSync(work)).toContain('proof-2.drat');
  });

  it('tells the sink a sat is not unsat; a sink that does not certify is asked for no refutation', async () => {
    const ctx = contextOf('(declare-const a Int)(declare-const b Int)(assert (< a b))');
    const certifying = recorder(true);
    expect((await check(ctx.assertions(), [], defaultOptions, { index: 1, sink: certifying.sink })).status).toBe('sat');
    expect(certifying.calls).toEqual(['encoded 1 true 0', 'refutation 1', 'cnf', 'done false']);
    const dumping = recorder(false);
    expect((await check(ctx.assertions(), [], defaultOptions, { index: 1, sink: dumping.sink })).status).toBe('sat');
    expect(dumping.calls).toEqual(['encoded 1 true 0']);
  });
});
