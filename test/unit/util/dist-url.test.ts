import { describe, expect, it } from 'vitest';
import { distUrl } from '../../../src/util/dist-url.js';

describe('distUrl', () => {
  it('resolves against the last dist/ of compiled and bundled modules', () => {
    expect(distUrl('file:///p/dist/sat/builtin.js', 'sat/worker.js').href).toBe('file:///p/dist/sat/worker.js');
    expect(distUrl('file:///p/dist/bin/eagersmt.mjs', 'proof/drat-worker.js').href).toBe('file:///p/dist/proof/drat-worker.js');
    expect(distUrl('file:///dist/p/dist/bin/chunk.mjs', 'sat/worker.js').href).toBe('file:///dist/p/dist/sat/worker.js');
  });

  it('maps a TypeScript source to dist/ beside its last src/', () => {
    expect(distUrl('file:///p/src/proof/verify-unsat.ts', 'proof/drat-worker.js').href).toBe('file:///p/dist/proof/drat-worker.js');
    expect(distUrl('file:///dist/src/p/src/sat/builtin.ts', 'sat/worker.js').href).toBe('file:///dist/src/p/dist/sat/worker.js');
  });

  it('falls back to the sibling file when the module is in neither tree', () => {
    expect(distUrl('file:///elsewhere/builtin.js', 'sat/worker.js').href).toBe('file:///elsewhere/worker.js');
  });
});
