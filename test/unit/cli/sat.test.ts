import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSeed } from '../../../src/cli/sat-command.js';
import { EXIT_BAD_INPUT, EXIT_SAT, EXIT_UNSAT, runSat } from '../../../src/cli/sat.js';
import { checkDrat, parseDrat } from '../../../src/proof/drat-check.js';
import { pigeonhole, randomKSat, satisfies, type Clauses } from '../sat/instances.js';

const dir = mkdtempSync(join(tmpdir(), 'eagersmt-sat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dimacs = (n: number, clauses: Clauses) => `p cnf ${n} ${clauses.length}\n${clauses.map((c) => c.join(' ') + ' 0').join('\n')}\n`;

async function run(file: string, opts = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSat(file, opts, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('eagersmt sat', () => {
  it('prints s SATISFIABLE and a full model in v lines, exit 10', async () => {
    const clauses = randomKSat(60, 200, 3, 9);
    const file = join(dir, 'r.cnf');
    writeFileSync(file, dimacs(60, clauses));
    const { code, out } = await run(file);
    expect(code).toBe(EXIT_SAT); // ratio 3.3: this seed is satisfiable (MiniSat agrees)
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('s SATISFIABLE');
    const lits = lines.slice(1).flatMap((l) => (expect(l.startsWith('v ')).toBe(true), l.slice(2).trim().split(/\s+/).map(Number)));
    expect(lits.pop()).toBe(0);
    expect(lits.map(Math.abs)).toEqual([...Array(60).keys()].map((i) => i + 1));
    expect(satisfies(clauses, (v) => lits[v - 1]! > 0)).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('answers unsat with exit 20 and a DRAT proof that checks', async () => {
    const clauses = pigeonhole(6, 5);
    const file = join(dir, 'php.cnf.gz');
    writeFileSync(file, gzipSync(dimacs(30, clauses)));
    const proof = join(dir, 'php.drat');
    const { code, out } = await run(file, { proof });
    expect(out).toBe('s UNSATISFIABLE\n');
    expect(code).toBe(EXIT_UNSAT);
    expect(checkDrat(clauses, parseDrat(readFileSync(proof, 'utf8')))).toMatchObject({ ok: true });
  });

  it('--seed gives the same answer with a different search, and repeats with the same seed', async () => {
    const clauses = randomKSat(120, 520, 3, 31);
    const file = join(dir, 'seed.cnf');
    writeFileSync(file, dimacs(120, clauses));
    const counters = async (seed: number) => {
      const { code, out } = await run(file, { seed, stats: true });
      return { code, stats: out.split('\n').filter((l) => /^c (conflicts|decisions) /.test(l)) };
    };
    const one = await counters(1);
    const two = await counters(2);
    expect(one.code).toBe(two.code);
    expect(one.stats).not.toEqual(two.stats);
    expect(await counters(2)).toEqual(two);
    expect(await run(file, { seed: -1 })).toMatchObject({ code: EXIT_BAD_INPUT, err: /--seed must be an integer/ });
    expect(parseSeed('42')).toBe(42);
    expect(() => parseSeed('4.2')).toThrow(/integer seed/);
    expect(() => parseSeed('99999999999')).toThrow(/integer seed/);
  });

  it('reports malformed input as file:line:col with exit 1', async () => {
    const file = join(dir, 'bad.cnf');
    writeFileSync(file, 'p cnf 2 1\n1 -3 0\n');
    const { code, out, err } = await run(file);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(out).toBe('');
    expect(err).toMatch(/^eagersmt: .*bad\.cnf:2:\d+: .+\n$/);
    expect((await run(join(dir, 'missing.cnf'))).err).toMatch(/missing\.cnf:1:1: no such file/);
    expect((await run(join(dir, 'x.cnf.xz'))).err).toMatch(/not supported/);
  });
});
