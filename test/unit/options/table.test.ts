/**
 * The option table (src/options/table.ts) and its one validation (validate.ts): every row is
 * well formed (its default within its range or choices, names unique per scope, flags unique),
 * `--help` lists every row with a flag, every consumer (the API's `withDefaults`, each SAT
 * backend, the CDCL solver) rejects what the rows reject, and the hidden budgets the rows
 * replaced keep their values.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_SEED as SAT_MAX_SEED } from '../../../src/cli/sat.js';
import { defaultOptions, ENGINE_SCOPES, optionTable, withDefaults } from '../../../src/engine/options.js';
import { ContractError } from '../../../src/errors.js';
import { defaultOptions as publicDefaults, optionTable as publicTable } from '../../../src/index.js';
import { MAX_SEED, OPTION_ROWS, optionDefault, rowsOf, type OptionRow, type Scope } from '../../../src/options/table.js';
import { defaultsOf, validateOptions } from '../../../src/options/validate.js';
import { defaultLoadLimits } from '../../../src/resource/load.js';
import { createBackend } from '../../../src/sat/registry.js';
import '../../../src/sat/builtin.js';
import { makeOptions } from '../../../src/sat/cdcl/options.js';
import '../../../src/sat/presets.js';
import { MAX_SEED as SERVICE_MAX_SEED } from '../../../src/service/protocol.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(root, 'dist/cli/main.js');
const rows = OPTION_ROWS as readonly OptionRow[];
const scopes = [...new Set(rows.map((r) => r.scope))] as Scope[];

/** The long name of a commander flag: `-t, --timeout <seconds>` → `timeout`, `--no-symmetry` → `no-symmetry`. */
const longName = (flag: string) => /--([\w-]+)/.exec(flag)![1]!;

describe('the option table', () => {
  it('gives every row a default of its type, within its range or among its choices', () => {
    for (const row of rows) {
      if (row.type === 'int' || row.type === 'number') expect(row.min! <= row.max!, row.name).toBe(true);
      if (row.type === 'choice') expect(row.choices?.length, row.name).toBeGreaterThan(0);
      if (row.def === undefined) continue;
      expect(() => validateOptions([row.scope], { [row.name]: row.def }), `${row.scope}.${row.name}`).not.toThrow();
      if (row.choices) expect(row.choices, row.name).toContain(String(row.def));
    }
  });

  it('names each option once per scope, and each flag once', () => {
    for (const scope of scopes) {
      const names = rowsOf([scope]).map((r) => r.name);
      expect(new Set(names).size, scope).toBe(names.length);
    }
    const engineNames = rowsOf(ENGINE_SCOPES).map((r) => r.name);
    expect(new Set(engineNames).size).toBe(engineNames.length);
    const flags = rows.filter((r) => r.flag).map((r) => longName(r.flag!));
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags).not.toContain('stats'); // the CLI's own flag
  });

  it('gives a flag only to rows of the EngineOptions scopes, with a help text', () => {
    for (const row of rows) {
      if (row.flag) expect(ENGINE_SCOPES, row.name).toContain(row.scope);
      expect(row.help.length, row.name).toBeGreaterThan(0);
    }
    expect(optionTable.map((o) => o.name)).toEqual(rowsOf(ENGINE_SCOPES).filter((r) => r.flag).map((r) => r.name));
  });

  it('keeps one maximum seed for the CLI, the service, the presets and the CDCL solver', () => {
    expect(MAX_SEED).toBe(0x7fffffff);
    expect(SAT_MAX_SEED).toBe(MAX_SEED);
    expect(SERVICE_MAX_SEED).toBe(MAX_SEED);
    for (const row of rows.filter((r) => r.name === 'seed')) expect(row.max, row.scope).toBe(MAX_SEED);
  });

  it('keeps the values of the budgets it replaced', () => {
    expect(optionDefault('resource', 'resourceCliques')).toBe(64);
    expect(optionDefault('resource', 'resourceBudget')).toBe(10_000_000);
    expect(optionDefault('resource', 'precedenceWork')).toBe(2_000_000);
    expect(optionDefault('resource', 'boundsBudget')).toBe(2_000_000);
    expect(optionDefault('resource', 'loadNodes')).toBe(200_000);
    expect(defaultLoadLimits).toEqual({ maxWindows: 8, maxCap: 128, maxValues: 64 });
    expect(optionDefault('builtin', 'inlineMaxLits')).toBe(2_000_000);
    expect(optionDefault('builtin', 'inlineConflicts')).toBe(100_000);
    expect(optionDefault('builtin', 'inlineMs')).toBe(500);
    expect([optionDefault('symmetry', 'opSymmetryBudget'), optionDefault('symmetry', 'opSymmetryFailures'), optionDefault('symmetry', 'opSymmetryRounds'), optionDefault('symmetry', 'opSymmetryChains')]).toEqual([3, 8, 16, 4]);
  });

  it('derives the public defaults from the rows', () => {
    expect(publicDefaults).toBe(defaultOptions);
    expect(publicTable).toBe(optionTable);
    expect(defaultOptions).toMatchObject({ backend: 'builtin', timeout: 0, idlEncoding: 'auto' });
    expect(defaultOptions).toEqual(defaultsOf(ENGINE_SCOPES));
    expect(makeOptions()).toEqual(defaultsOf(['cdcl']));
  });
});

describe('validation against the table', () => {
  it('rejects unknown names, values outside the range, the choices or the type', () => {
    expect(() => validateOptions(['resource'], { resourceCliques: 8 })).not.toThrow();
    expect(() => validateOptions(['resource'], { resourceCliques: undefined })).not.toThrow();
    expect(() => validateOptions(['resource'], { cliques: 8 })).toThrow(/unknown option 'cliques' \(known: .*resourceCliques/);
    expect(() => validateOptions(['resource'], { resourceCliques: 1.5 })).toThrow(/'resourceCliques' must be an integer in \[0, 1000000\], got 1.5/);
    expect(() => validateOptions(['resource'], { resourceCliques: -1 })).toThrow(ContractError);
    expect(() => validateOptions(['resource'], { resourceCliques: '8' })).toThrow(/must be an integer/);
    expect(() => validateOptions(['encode'], { idlEncoding: 'eij2' })).toThrow(/'idlEncoding' is one of auto, sd, order, eij, got 'eij2'/);
    expect(() => validateOptions(['encode'], { symmetry: 'no' })).toThrow(/must be true or false/);
    expect(() => validateOptions(['engine'], { proof: 3 })).toThrow(/must be a string/);
    expect(() => validateOptions(['preset'], { seed: MAX_SEED + 1 }, "SAT backend 'kissat'")).toThrow(/option 'seed' of SAT backend 'kissat' must be an integer in \[0, 2147483647\]/);
  });

  it('is what withDefaults, the backends and the CDCL solver apply', () => {
    expect(withDefaults({ resourceBudget: 5 }).resourceBudget).toBe(5);
    expect(() => withDefaults({ resourceBudget: -5 })).toThrow(/'resourceBudget' must be a non-negative integer|must be an integer in/);
    expect(() => withDefaults({ timeout: -1 })).toThrow(/non-negative number/);
    expect(() => withDefaults({ learn: 'some' as never })).toThrow(/'learn' is one of none, load, bounds, all/);
    expect(() => createBackend('builtin', { inlineConflicts: -1 })).toThrow(/option 'inlineConflicts' of SAT backend 'builtin'/);
    expect(() => createBackend('builtin', { inline: 1 })).toThrow(/unknown option 'inline' for SAT backend 'builtin'/);
    expect(() => createBackend('builtin', { cdcl: { restart: 3 } })).toThrow(/option 'restart' of the CDCL solver must be a number in \[0, 2\]/);
    expect(() => createBackend('cadical', { seed: -1 })).toThrow(/option 'seed' of SAT backend 'cadical'/);
    expect(() => createBackend('external', { command: 'x {cnf}', killGraceMs: -1 })).toThrow(/option 'killGraceMs' of SAT backend 'external' must be a non-negative number/);
    expect(() => makeOptions({ nosuch: 1 } as never)).toThrow(/unknown option 'nosuch' for the CDCL solver/);
  });
});

describe('the CLI generated from the table', () => {
  it('lists every row with a flag in --help, with its help text and default', { timeout: 30_000 }, () => {
    const r = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    for (const row of rows.filter((x) => x.flag)) {
      expect(help, row.name).toContain(row.flag!);
      expect(help, row.name).toContain(row.help.replace(/\s+/g, ' '));
      if (typeof row.def === 'number' && row.def !== 0) expect(help, row.name).toContain(`(default: ${row.def})`);
    }
  });

  it('takes a budget flag as a number in its range, and rejects others as usage errors', { timeout: 60_000 }, () => {
    const file = join(root, 'examples/jobshop-4x3-tight.smt2');
    const expected = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    const run = spawnSync(process.execPath, [cli, '--resource-cliques', '0', '--resource-budget', '1000', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected.stdout); // a budget changes how, never what, it answers
    expect(readFileSync(file, 'utf8')).toMatch(/:status unsat/);
    expect(run.stdout.trim().split('\n')).toContain('unsat');
    const bad = spawnSync(process.execPath, [cli, '--resource-cliques', '2.5', file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/expected an integer in \[0, 1000000\]/);
  });
});
