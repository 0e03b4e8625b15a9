#!/usr/bin/env node
/**
 * Bundles the compiled CLI (`dist/cli/main.js`) into `dist/bin/eagersmt.mjs`, the package's
 * `bin`, with rolldown. A process that answers one query pays to load its modules; one
 * bundle (commander, moo and nearley included) instead of ~200 files resolved and compiled one
 * by one roughly halves eagersmt's start-up. Modules the CLI loads with `import()` (the SMT
 * pipeline, the comparison harness, the service, the proof checkers, the SAT command) stay in
 * chunks of their own beside it, loaded only when their command runs.
 *
 * Not bundled: the worker threads' entry scripts (they start from `dist/sat/worker.js` and
 * `dist/proof/drat-worker.js`, see `src/util/dist-url.ts`), and the optional packages of the
 * distributed service (`bullmq`, `ioredis`), loaded from node_modules when present.
 *
 * Run by `npm run build` after `tsc`; `node scripts/bundle.mjs` alone rebuilds the bundle.
 */
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/bin`;
/** Packages resolved at run time, not copied into the bundle. */
const EXTERNAL = ['bullmq', 'ioredis'];

rmSync(outDir, { recursive: true, force: true }); // no stale chunks of an earlier build
await build({
  cwd: root,
  input: { eagersmt: 'dist/cli/main.js' },
  platform: 'node',
  external: (id) => EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`)),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: '[name]-[hash].mjs',
    sourcemap: false,
  },
});
chmodSync(`${outDir}/eagersmt.mjs`, 0o755);
