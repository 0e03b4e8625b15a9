/**
 * Negative cycles of difference literals (src/theory/idl/cycles.ts) and the trail-ordered
 * propagator (src/theory/idl/propagator.ts), against the textbook Bellman–Ford test on random
 * graphs: the same verdict, potentials that satisfy every edge, cycles that are negative.
 */
import { describe, expect, it } from 'vitest';
import { checkDifferences } from '../../../../src/theory/idl/cycles.js';
import type { AtomLit } from '../../../../src/theory/idl/normalize.js';
import { DifferencePropagator } from '../../../../src/theory/idl/propagator.js';

/** A small deterministic generator (xorshift). */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

interface Problem {
  n: number;
  x: number[];
  y: number[];
  c: number[];
}

function randomAtoms(rand: (n: number) => number, n: number, m: number): Problem {
  const x: number[] = [];
  const y: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < m; i++) {
    const a = rand(n);
    let b = rand(n - 1);
    if (b >= a) b++;
    x.push(Math.min(a, b));
    y.push(Math.max(a, b));
    c.push(rand(11) - 5);
  }
  return { n, x, y, c };
}

/** The edge of a literal: [from, to, weight]. */
function edge(p: Problem, l: AtomLit): [number, number, number] {
  return l.pos ? [p.y[l.atom]!, p.x[l.atom]!, p.c[l.atom]!] : [p.x[l.atom]!, p.y[l.atom]!, -p.c[l.atom]! - 1];
}

/** Textbook Bellman–Ford: n − 1 passes, then any edge that still relaxes means a negative cycle. */
function feasible(p: Problem, lits: readonly AtomLit[]): boolean {
  const d = new Array<number>(p.n).fill(0);
  for (let pass = 0; pass < p.n; pass++)
    for (const l of lits) {
      const [u, v, w] = edge(p, l);
      if (d[u]! + w < d[v]!) d[v] = d[u]! + w;
    }
  return lits.every((l) => {
    const [u, v, w] = edge(p, l);
    return d[u]! + w >= d[v]!;
  });
}

function cycleWeight(p: Problem, lits: readonly AtomLit[]): number {
  return lits.reduce((total, l) => total + edge(p, l)[2], 0);
}

/** Whether the edges of `lits` form one closed walk (each edge's head is some edge's tail, counts balanced). */
function closed(p: Problem, lits: readonly AtomLit[]): boolean {
  const balance = new Map<number, number>();
  for (const l of lits) {
    const [u, v] = edge(p, l);
    balance.set(u, (balance.get(u) ?? 0) - 1);
    balance.set(v, (balance.get(v) ?? 0) + 1);
  }
  return [...balance.values()].every((b) => b === 0);
}

describe('checkDifferences', () => {
  it('agrees with Bellman–Ford on 500 random literal sets; potentials satisfy every edge; cycles are negative and closed', () => {
    const rand = rng(7);
    let sats = 0;
    for (let t = 0; t < 500; t++) {
      const p = randomAtoms(rand, 2 + rand(9), 1 + rand(25));
      const lits: AtomLit[] = p.x.map((_, atom) => ({ atom, pos: rand(2) === 0 }));
      const r = checkDifferences(p.n, p.x, p.y, p.c, lits);
      expect(r.consistent).toBe(feasible(p, lits));
      if (r.consistent) {
        sats++;
        for (const l of lits) {
          const [u, v, w] = edge(p, l);
          expect(r.potential[u]! + w).toBeGreaterThanOrEqual(r.potential[v]!);
        }
      } else {
        expect(r.cycles.length).toBeGreaterThan(0);
        for (const cycle of r.cycles) {
          const cl = cycle.map((i) => lits[i]!);
          expect(closed(p, cl)).toBe(true);
          expect(cycleWeight(p, cl)).toBeLessThan(0);
          expect(feasible(p, cl)).toBe(false);
        }
      }
    }
    expect(sats).toBeGreaterThan(50);
    expect(sats).toBeLessThan(450);
  });
});

describe('DifferencePropagator', () => {
  it('finds a conflict exactly when the trail prefix is infeasible, across random backtracking; its phases never conflict', () => {
    const rand = rng(11);
    let conflicts = 0;
    for (let t = 0; t < 300; t++) {
      const p = randomAtoms(rand, 2 + rand(8), 1 + rand(20));
      // CNF variable v + 1 stands for atom v.
      const atomOfVar = new Int32Array(p.x.length + 2).fill(-1);
      for (let a = 0; a < p.x.length; a++) atomOfVar[a + 1] = a;
      const prop = new DifferencePropagator({ numNodes: p.n, x: p.x, y: p.y, c: p.c, atomOfVar });
      const order = p.x.map((_, a) => a).sort(() => rand(3) - 1);
      const trail = new Int32Array(order.length + 1);
      let size = 0;
      let seen = 0;
      for (let step = 0; step < 3 * order.length && size < order.length; step++) {
        if (size > 0 && rand(4) === 0) {
          size = rand(size); // backtrack
          seen = Math.min(seen, size);
          continue;
        }
        const a = order[size]!;
        // Half of the time the phase the propagator proposes: that literal never conflicts.
        const byPhase = seen === size && rand(2) === 0;
        const pos = byPhase ? prop.phase(a + 1)! : rand(2) === 0;
        trail[size++] = 2 * (a + 1) + (pos ? 0 : 1);
        const lemma = prop.update(trail, seen, size);
        if (byPhase) expect(lemma).toBeUndefined();
        const lits: AtomLit[] = [];
        for (let i = 0; i < size; i++) lits.push({ atom: (trail[i]! >> 1) - 1, pos: (trail[i]! & 1) === 0 });
        expect(lemma === undefined).toBe(feasible(p, lits));
        if (lemma === undefined) {
          seen = size;
          for (const l of lits) {
            const [u, v, w] = edge(p, l);
            expect(prop.potential[u]! + w).toBeGreaterThanOrEqual(prop.potential[v]!);
          }
        } else {
          conflicts++;
          // Every literal of the lemma is false on the trail; the trail literals it negates are infeasible.
          const cycle = lemma.map((d) => ({ atom: Math.abs(d) - 1, pos: d < 0 }));
          for (const l of cycle) expect(lits.some((m) => m.atom === l.atom && m.pos === l.pos)).toBe(true);
          expect(feasible(p, cycle)).toBe(false);
          size--; // the search backjumps over the conflicting literal
          seen = Math.min(seen, size);
        }
      }
    }
    expect(conflicts).toBeGreaterThan(20);
  });

  it.each([
    ['Dijkstra searches', 0],
    ['all-pairs shortest paths', 512],
  ])('propagates only implied atoms (%s): each reason plus the negated atom is infeasible, and with full searches every implied unassigned atom is found', (_, denseNodes) => {
    const rand = rng(23);
    let implied = 0;
    for (let t = 0; t < 300; t++) {
      const p = randomAtoms(rand, 2 + rand(8), 1 + rand(24));
      const atomOfVar = new Int32Array(p.x.length + 2).fill(-1);
      for (let a = 0; a < p.x.length; a++) atomOfVar[a + 1] = a;
      const limit = t % 3 === 0 ? 2 : 64; // a third with searches cut short
      const prop = new DifferencePropagator({ numNodes: p.n, x: p.x, y: p.y, c: p.c, atomOfVar }, limit, denseNodes, 0);
      const order = p.x.map((_, a) => a).sort(() => rand(3) - 1);
      const trail = new Int32Array(order.length + 1);
      let size = 0;
      let seen = 0;
      for (let step = 0; step < 3 * order.length && size < order.length; step++) {
        if (size > 0 && rand(4) === 0) {
          size = rand(size);
          seen = Math.min(seen, size);
          continue;
        }
        const a = order[size]!;
        trail[size++] = 2 * (a + 1) + (rand(2) === 0 ? 0 : 1);
        const lemma = prop.update(trail, seen, size);
        if (lemma !== undefined) {
          expect(prop.implied()).toEqual([]);
          size--;
          seen = Math.min(seen, size);
          continue;
        }
        seen = size;
        const lits: AtomLit[] = [];
        const onTrail = new Set<number>();
        for (let i = 0; i < size; i++) {
          lits.push({ atom: (trail[i]! >> 1) - 1, pos: (trail[i]! & 1) === 0 });
          onTrail.add((trail[i]! & 1) === 0 ? (trail[i]! >> 1) : -(trail[i]! >> 1));
        }
        const found = new Set<number>();
        for (const reason of prop.implied()) {
          implied++;
          const [lit, ...rest] = reason;
          // The implied atom is unassigned, the rest of the reason false on the trail.
          expect(onTrail.has(lit!) || onTrail.has(-lit!)).toBe(false);
          for (const l of rest) expect(onTrail.has(-l)).toBe(true);
          const negated = { atom: Math.abs(lit!) - 1, pos: lit! < 0 };
          const core = rest.map((l) => ({ atom: Math.abs(l) - 1, pos: l < 0 }));
          expect(feasible(p, [...core, negated])).toBe(false);
          found.add(lit!);
        }
        // Completeness, for the atoms the edges of this update imply (the others were found at
        // earlier updates): with searches that settle every node, an unassigned atom whose
        // negation is infeasible with the trail and that was feasible before is found.
        if (limit < p.n && denseNodes === 0) continue;
        const before = lits.slice(0, -1);
        for (let b = 0; b < p.x.length; b++) {
          if (onTrail.has(b + 1) || onTrail.has(-(b + 1))) continue;
          for (const pos of [true, false]) {
            const lit = pos ? b + 1 : -(b + 1);
            const implies = !feasible(p, [...lits, { atom: b, pos: !pos }]);
            const impliedBefore = !feasible(p, [...before, { atom: b, pos: !pos }]);
            if (implies && !impliedBefore) {
              expect(found.has(lit)).toBe(true);
            }
          }
        }
      }
    }
    expect(implied).toBeGreaterThan(50);
  });
});
