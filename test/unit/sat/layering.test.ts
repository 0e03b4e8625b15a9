/**
 * The SAT layer's place in the layering (docs/ARCHITECTURE.md): `sat/` imports only `cnf/`,
 * `util/`, the error hierarchy and Node's modules — never `service/` (which sits above it and
 * registers its client through the engine), `proof/` (the DRAT writer is the SAT layer's own),
 * or anything of terms; and `service/options.ts` and `service/protocol.ts` do not import each
 * other in a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The `src/`-relative targets of a file's relative imports (static and dynamic). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(src, resolve(dirname(file), s)));
}

describe('layering of the SAT seam', () => {
  it('sat/ imports nothing above cnf/', () => {
    const allowed = /^(sat\/|cnf\/|util\/|errors\.js$|version\.js$)/;
    const bad = sources(join(src, 'sat')).flatMap((f) => imports(f).filter((t) => !allowed.test(t)).map((t) => `${relative(src, f)} -> ${t}`));
    expect(bad).toEqual([]);
  });

  it('cnf/ imports nothing above it', () => {
    const allowed = /^(cnf\/|util\/|errors\.js$)/;
    const bad = sources(join(src, 'cnf')).flatMap((f) => imports(f).filter((t) => !allowed.test(t)).map((t) => `${relative(src, f)} -> ${t}`));
    expect(bad).toEqual([]);
  });

  it('service/options.ts does not import service/protocol.ts at run time', () => {
    const text = readFileSync(join(src, 'service/options.ts'), 'utf8');
    expect(text).not.toMatch(/^import \{[^}]*\} from '\.\/protocol\.js'/m);
    expect(imports(join(src, 'service/protocol.ts'))).not.toContain('service/options.js');
  });
});
