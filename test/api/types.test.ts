/**
 * Runs the type-level tests of types.check.ts through `tsc` against the built declarations
 * (the test script builds dist/ first): sort errors that the types can see must not compile.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function compile(project: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

test('every @ts-expect-error line of types.check.ts is a compile error, and every other line compiles', { timeout: 120_000 }, () => {
  expect(compile(join(here, 'tsconfig.json'))).toBe('');
});

test('the type test can fail: a well-sorted line marked @ts-expect-error is reported', { timeout: 120_000 }, () => {
  // A copy next to the original (so that 'eagersmt' resolves the same way) with one wrong marker.
  const dir = mkdtempSync(join(here, '.types-'));
  try {
    const text = readFileSync(join(here, 'types.check.ts'), 'utf8') + '\n// @ts-expect-error\nx.le(y);\n';
    writeFileSync(join(dir, 'types.check.ts'), text);
    writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(here, 'tsconfig.json'), 'utf8'));
    expect(compile(join(dir, 'tsconfig.json'))).toMatch(/Unused '@ts-expect-error' directive/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
