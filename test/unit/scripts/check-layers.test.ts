/**
 * The layering check of scripts/check-layers.mjs (docs/ARCHITECTURE.md, "Stages"): the source
 * tree passes it, and the checker itself finds an upward import, an import cycle and a folder
 * without a stage in small trees made for the purpose.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const script = join(root, 'scripts/check-layers.mjs');
const dirs: string[] = [];

function check(src?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, ...(src ? ['--src', src] : [])], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** A source tree with these files (path -> text). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eagersmt-layers-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('check-layers', () => {
  it('passes on src/: every import goes down a stage, and there is no cycle', () => {
    const r = check();
    expect(r.out).toMatch(/all downward, no cycle/);
    expect(r.status).toBe(0);
  });

  it('accepts a downward import and rejects the same import upward', () => {
    const down = tree({ 'engine/a.ts': "import { b } from '../sat/b.js';\nexport const a = b;\n", 'sat/b.ts': 'export const b = 1;\n' });
    expect(check(down).status).toBe(0);
    const up = tree({ 'sat/b.ts': "import { a } from '../engine/a.js';\nexport const b = a;\n", 'engine/a.ts': 'export const a = 1;\n' });
    const r = check(up);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/sat\/b\.ts: imports .*engine\/a\.ts \(engine is not below sat\)/);
  });

  it('rejects a cycle inside one folder, type-only and dynamic imports included', () => {
    const r = check(tree({ 'sat/a.ts': "import type { B } from './b.js';\nexport type A = B;\n", 'sat/b.ts': "export type B = number;\nexport const load = () => import('./a.js');\n" }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/import cycle: sat\/(a|b)\.ts -> sat\/(a|b)\.ts -> sat\/(a|b)\.ts/);
  });

  it('rejects a folder that has no stage', () => {
    const r = check(tree({ 'misc/x.ts': 'export const x = 1;\n' }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/folder 'misc' has no stage/);
  });
});
