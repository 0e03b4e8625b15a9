/**
 * All-pairs shortest paths kept incrementally (src/theory/idl/closure.ts), against
 * Floyd–Warshall over the edges present, across random additions and removals: the same
 * distances, and every path it rebuilds is a walk from i to j over distinct present edges with
 * exactly the distance's weight.
 */
import { describe, expect, it } from 'vitest';
import { between, rng } from '../../../support/rng.js';
import { PathMatrix } from '../../../../src/theory/idl/closure.js';

/** An integer in [0, n) from a seeded generator. */
function randomInts(seed: number): (n: number) => number {
  const r = rng(seed);
  return (n) => between(r, 0, n - 1);
}

function floydWarshall(n: number, edges: readonly [number, number, number][]): Float64Array {
  const d = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const [u, v, w] of edges) d[u * n + v] = Math.min(d[u * n + v]!, w);
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (d[i * n + k]! + d[k * n + j]! < d[i * n + j]!) d[i * n + j] = d[i * n + k]! + d[k * n + j]!;
  return d;
}

describe('PathMatrix', () => {
  it('keeps the distances of Floyd–Warshall and rebuilds shortest paths (distinct present edges, the right weight), across 200 random runs of additions and removals, each on the undo log of the run before', () => {
    const rand = randomInts(5);
    let shortened = 0;
    let previous: PathMatrix | undefined;
    for (let t = 0; t < 200; t++) {
      const n = 2 + rand(9);
      const m = new PathMatrix(n);
      if (previous) m.adoptLog(previous);
      previous = m;
      const edges: [number, number, number][] = [];
      const watched = new Uint8Array(n * n).fill(1);
      for (let step = 0; step < 40; step++) {
        if (edges.length > 0 && rand(4) === 0) {
          m.pop();
          edges.pop();
        } else {
          const u = rand(n);
          const v = rand(n);
          const w = rand(13) - 4;
          if (m.dist[v * n + u]! + w < 0) continue; // would close a negative cycle
          const before = Float64Array.from(m.dist);
          const changed: number[] = [];
          m.add(u, v, w, watched, (cell) => changed.push(cell));
          edges.push([u, v, w]);
          // Exactly the cells whose distance went down are reported.
          const down = [...before.keys()].filter((cell) => m.dist[cell]! < before[cell]!);
          expect(changed.sort((a, b) => a - b)).toEqual(down);
          shortened += changed.length;
        }
        expect(m.size).toBe(edges.length);
        const fw = floydWarshall(n, edges);
        expect(Array.from(m.dist)).toEqual(Array.from(fw));
        const bad: string[] = [];
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            if (fw[i * n + j] === Infinity) continue;
            const path: number[] = [];
            m.path(i, j, path);
            // A walk i ⇝ j: one more edge leaves i than enters it, one more enters j, the
            // other nodes balance; its weight is the distance.
            const balance = new Array<number>(n).fill(0);
            let weight = 0;
            for (const e of path) {
              if (e >= edges.length) bad.push(`${i}->${j}: edge ${e} not present`);
              else {
                balance[edges[e]![0]]!--;
                balance[edges[e]![1]]!++;
                weight += edges[e]![2];
              }
            }
            if (i !== j) {
              balance[i]!++;
              balance[j]!--;
            }
            if (!balance.every((b) => b === 0)) bad.push(`${i}->${j}: not a walk`);
            if (weight !== fw[i * n + j]) bad.push(`${i}->${j}: weight ${weight}, distance ${fw[i * n + j]}`);
            if (new Set(path).size !== path.length) bad.push(`${i}->${j}: an edge twice`);
          }
        expect(bad).toEqual([]);
      }
    }
    expect(shortened).toBeGreaterThan(1000);
  });

  it('calls back only for watched cells', () => {
    const m = new PathMatrix(3);
    const watched = new Uint8Array(9);
    watched[0 * 3 + 2] = 1;
    const changed: number[] = [];
    m.add(0, 1, 1, watched, (cell) => changed.push(cell));
    m.add(1, 2, 1, watched, (cell) => changed.push(cell));
    expect(changed).toEqual([2]);
    expect(m.dist[2]).toBe(2);
  });

  it('takes over an undo log only when empty', () => {
    const old = new PathMatrix(2);
    const m = new PathMatrix(2);
    m.add(0, 1, 1, new Uint8Array(4), () => {});
    expect(() => m.adoptLog(old)).toThrow(/has edges/);
  });
});
