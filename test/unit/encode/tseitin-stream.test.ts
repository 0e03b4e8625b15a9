/**
 * The streaming Tseitin transformation (src/encode/tseitin-stream.ts): literals defined in
 * several rounds over a growing gate graph, each node once; under any input values the CNF forces
 * every defined literal to its simulated value (definitions are two-sided).
 */
import { describe, expect, it } from 'vitest';
import { FALSE, GateKind, Gates, TRUE, type Lit } from '../../../src/cnf/gates.js';
import { TseitinStream } from '../../../src/encode/tseitin-stream.js';
import { cdclSession } from '../../../src/sat/cdcl/session.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('TseitinStream', () => {
  it('forces every defined literal to its simulated value, over rounds of a growing graph', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed);
      const g = new Gates();
      const ts = new TseitinStream(g);
      const session = cdclSession();
      const lits: Lit[] = [];
      for (let i = 0; i < 4; i++) lits.push(g.input());
      const defined: [Lit, number][] = [];
      for (let round = 0; round < 3; round++) {
        for (let k = 0; k < 15; k++) {
          const pick = () => lits[Math.floor(r() * lits.length)]! ^ (r() < 0.5 ? 1 : 0);
          const op = Math.floor(r() * 4);
          const l = op === 0 ? g.and(pick(), pick()) : op === 1 ? g.xor(pick(), pick()) : op === 2 ? g.ite(pick(), pick(), r() < 0.2 ? TRUE : pick()) : g.input();
          lits.push(l);
        }
        for (let k = 0; k < 3; k++) {
          const l = lits[lits.length - 1 - k]!;
          if (l !== TRUE && l !== FALSE) defined.push([l, ts.lit(l)]);
        }
        session.addFlat(ts.drain(), ts.numVars);
      }
      // Each node was defined once: defining again adds nothing.
      for (const [l] of defined) ts.lit(l);
      expect(ts.drain().length).toBe(0);
      for (let trial = 0; trial < 8; trial++) {
        const inputs = new Map<number, boolean>();
        const units: number[] = [];
        for (let n = 1; n < g.size; n++) {
          if (g.kind[n] !== GateKind.Input) continue;
          const v = r() < 0.5;
          inputs.set(n, v);
        }
        // Fix every input (defining those not yet used), then read the defined literals.
        for (const [n, v] of inputs) {
          const lit = ts.lit(2 * n);
          units.push(v ? lit : -lit);
        }
        session.addFlat(ts.drain(), ts.numVars);
        session.assume(units);
        expect(await session.solve()).toBe('sat');
        const model = session.model();
        const sim = g.simulate((n) => inputs.get(n) ?? false);
        for (const [l] of defined) expect(ts.value(l, model)).toBe(((sim[l >>> 1]! ^ (l & 1)) === 1));
      }
    }
  });
});
