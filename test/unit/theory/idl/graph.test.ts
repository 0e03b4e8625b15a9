/**
 * Shortest distances over unconditional constraints (src/theory/idl/graph.ts), against a
 * textbook Bellman–Ford in exact arithmetic on random graphs: the same distances, the same
 * verdict on negative cycles, both with weights that fit doubles and with weights beyond them.
 */
import { describe, expect, it } from 'vitest';
import { between, rng } from '../../../support/rng.js';
import { shortestFrom, type Edge } from '../../../../src/theory/idl/graph.js';

/** An integer in [0, n) from a seeded generator. */
function randomInts(seed: number): (n: number) => number {
  const r = rng(seed);
  return (n) => between(r, 0, n - 1);
}

function reference(nodes: number[], edges: readonly Edge[], source: number): Map<number, bigint> | undefined {
  const dist = new Map<number, bigint>([[source, 0n]]);
  for (let pass = 0; pass < nodes.length; pass++)
    for (const e of edges) {
      const du = dist.get(e.from);
      if (du === undefined) continue;
      const old = dist.get(e.to);
      if (old === undefined || du + e.w < old) dist.set(e.to, du + e.w);
    }
  for (const e of edges) {
    const du = dist.get(e.from);
    if (du !== undefined && du + e.w < dist.get(e.to)!) return undefined;
  }
  return dist;
}

describe('shortestFrom', () => {
  it.each([
    ['small weights (doubles)', 1n],
    ['weights beyond exact doubles', 1n << 60n],
  ])('agrees with Bellman–Ford on 400 random graphs, %s', (_, scale) => {
    const rand = randomInts(scale === 1n ? 3 : 4);
    let cycles = 0;
    for (let t = 0; t < 400; t++) {
      const n = 1 + rand(9);
      const ids = Array.from({ length: n }, (_, i) => 3 * i + 1); // sparse node numbers
      const edges: Edge[] = [];
      for (let k = rand(3 * n); k > 0; k--) edges.push({ from: ids[rand(n)]!, to: ids[rand(n)]!, w: BigInt(rand(11) - 3) * scale });
      const source = ids[rand(n)]!;
      const want = reference(ids, edges, source);
      const got = shortestFrom(n, edges, source);
      if (want === undefined) cycles++;
      expect(got === undefined ? undefined : [...got].sort((a, b) => a[0] - b[0])).toEqual(want === undefined ? undefined : [...want].sort((a, b) => a[0] - b[0]));
      // Asked again from another source (the adjacency is reused).
      const other = ids[rand(n)]!;
      const want2 = reference(ids, edges, other);
      const got2 = shortestFrom(n, edges, other);
      expect(got2 === undefined ? undefined : [...got2].sort((a, b) => a[0] - b[0])).toEqual(want2 === undefined ? undefined : [...want2].sort((a, b) => a[0] - b[0]));
    }
    expect(cycles).toBeGreaterThan(10);
  });
});
