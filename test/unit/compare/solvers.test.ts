import { describe, expect, it } from 'vitest';
import { checkRunnable, commandLine, EAGERSMT_MAIN, parseSolvers, solverSignature } from '../../../src/compare/solvers.js';

const plain = { timeoutS: 10, produceModels: false };

describe('parseSolvers and commandLine', () => {
  it('runs the known solvers with their time-limit flags', () => {
    const [e, z, c] = parseSolvers('eagersmt,z3,cvc5', []);
    expect(commandLine(e!, 'f.smt2', plain)).toEqual([process.execPath, EAGERSMT_MAIN, '-t', '10', 'f.smt2']);
    expect(commandLine(z!, 'f.smt2', plain)).toEqual(['z3', '-smt2', '-T:10', 'f.smt2']);
    expect(commandLine(c!, 'f.smt2', plain)).toEqual(['cvc5', '--lang', 'smt2', '--tlimit=10000', 'f.smt2']);
    expect(commandLine(z!, 'f.smt2', { timeoutS: 2.5, produceModels: false })).toEqual(['z3', '-smt2', '-T:3', 'f.smt2']);
    expect(EAGERSMT_MAIN).toMatch(/dist[/\\]cli[/\\]main\.js$/);
  });

  it('asks for models only when told to', () => {
    const [z, c] = parseSolvers('z3,cvc5', []);
    const models = { timeoutS: 1, produceModels: true };
    expect(commandLine(c!, 'f.smt2', models)).toEqual(['cvc5', '--lang', 'smt2', '--tlimit=1000', '--produce-models', 'f.smt2']);
    expect(commandLine(z!, 'f.smt2', models)).toEqual(['z3', '-smt2', '-T:1', 'model=true', 'f.smt2']);
    expect(commandLine(c!, 'f.smt2', plain)).not.toContain('--produce-models');
  });

  it('runs cvc5 incrementally on files with several checks or push/pop, and only there', () => {
    const [c, z] = parseSolvers('cvc5,z3', []);
    expect(commandLine(c!, 'f.smt2', plain, { incremental: true })).toEqual(['cvc5', '--lang', 'smt2', '--tlimit=10000', '--incremental', 'f.smt2']);
    expect(commandLine(z!, 'f.smt2', plain, { incremental: true })).toEqual(commandLine(z!, 'f.smt2', plain));
    expect(solverSignature(c!, plain, { incremental: true })).not.toBe(solverSignature(c!, plain));
  });

  it('runs a --solver command as given, with {file} and {timeout} substituted or the file appended', () => {
    const [a, b] = parseSolvers(undefined, ['mine=./solve --limit {timeout} --in={file} -q', "other=/opt/x/bin/s 'two words'"]);
    expect(a!.name).toBe('mine');
    expect(a!.base).toBeUndefined();
    expect(commandLine(a!, 'd/f.smt2', plain)).toEqual(['./solve', '--limit', '10', '--in=d/f.smt2', '-q']);
    expect(commandLine(b!, 'd/f.smt2', plain)).toEqual(['/opt/x/bin/s', 'two words', 'd/f.smt2']);
  });

  it('makes a variant of a known solver under its own name, with the known flags', () => {
    const [sd, zz] = parseSolvers(undefined, ['sd=eagersmt --idl-encoding sd {file}', 'z3lia=z3 smt.arith.solver=6']);
    expect(sd).toMatchObject({ name: 'sd', base: 'eagersmt' });
    expect(commandLine(sd!, 'f.smt2', plain)).toEqual([process.execPath, EAGERSMT_MAIN, '-t', '10', '--idl-encoding', 'sd', 'f.smt2']);
    expect(commandLine(zz!, 'f.smt2', plain)).toEqual(['z3', '-smt2', '-T:10', 'smt.arith.solver=6', 'f.smt2']);
  });

  it('rejects unknown names, duplicates, bad definitions and an empty list', () => {
    expect(() => parseSolvers('z3,yices', [])).toThrow(/unknown solver 'yices'.*--solver/);
    expect(() => parseSolvers('z3', ['z3=z3'])).toThrow(/given twice/);
    expect(() => parseSolvers(undefined, ['=cmd'])).toThrow(/expected name=command/);
    expect(() => parseSolvers(undefined, ['x='])).toThrow(/command is empty/);
    expect(() => parseSolvers(undefined, ['a/b=cmd'])).toThrow(/bad solver name/);
    expect(() => parseSolvers('', [])).toThrow(/no solvers/);
  });

  it('has a signature that changes with flags and limits but not with the file', () => {
    const [z] = parseSolvers('z3', []);
    const sig = solverSignature(z!, plain);
    expect(sig).toBe(solverSignature(z!, { ...plain }));
    expect(sig).not.toBe(solverSignature(z!, { timeoutS: 20, produceModels: false }));
    expect(sig).not.toBe(solverSignature(z!, { timeoutS: 10, produceModels: true }));
    expect(sig).toContain('{file}');
  });

  it('checks that the program can be started', () => {
    const [z] = parseSolvers('z3', []);
    expect(checkRunnable(z!, plain)).toBeUndefined();
    const [missing, path] = parseSolvers(undefined, ['nope=no-such-solver-xyz {file}', 'p=./not/here {file}']);
    expect(checkRunnable(missing!, plain)).toMatch(/'no-such-solver-xyz' is not on PATH/);
    expect(checkRunnable(path!, plain)).toMatch(/no such program/);
  });
});

describe('what identifies a solver run (reuse key, cvc5 models)', () => {
  it('cvc5 gets --produce-models for a file that asks for models', async () => {
    const { commandLine } = await import('../../../src/compare/solvers.js');
    const { scanScript } = await import('../../../src/compare/benchmark.js');
    const traits = scanScript('(declare-const x Int)(check-sat)(get-model)');
    expect(traits.models).toBe(true);
    expect(commandLine({ name: 'cvc5', base: 'cvc5', words: [] }, 'f.smt2', { timeoutS: 1, produceModels: false }, traits)).toContain('--produce-models');
    expect(commandLine({ name: 'cvc5', base: 'cvc5', words: [] }, 'f.smt2', { timeoutS: 1, produceModels: false }, scanScript('(check-sat)'))).not.toContain('--produce-models');
  });

  it("the identity names the resolved binary and its version; another binary of the same name differs", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, chmodSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { programIdentity } = await import('../../../src/compare/solvers.js');
    const dir = mkdtempSync(join(tmpdir(), 'eagersmt-ident-'));
    const fake = (folder: string, version: string) => {
      const d = join(dir, folder);
      mkdirSync(d);
      writeFileSync(join(d, 'z3'), `#!/bin/sh\necho "Z3 version ${version}"\n`);
      chmodSync(join(d, 'z3'), 0o755);
      return d;
    };
    const [a, b] = [fake('a', '4.8'), fake('b', '4.13')];
    const saved = process.env.PATH;
    try {
      process.env.PATH = a;
      const first = programIdentity({ name: 'z3', base: 'z3', words: [] });
      expect(first).toMatch(/\/a\/z3\nZ3 version 4\.8$/);
      process.env.PATH = b;
      const second = programIdentity({ name: 'z3', base: 'z3', words: ['--x'] });
      expect(second).toMatch(/\/b\/z3\nZ3 version 4\.13$/);
    } finally {
      process.env.PATH = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
