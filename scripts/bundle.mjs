#!/usr/bin/env node
/**
 * Bundles the compiled CLI (`dist/cli/main.js`) into `dist/bin/`, the package's `bin`, with
 * rolldown. A process that answers one query pays to load and compile its modules; the bundle
 * (commander, moo and nearley included) is minified CommonJS started by
 * `dist/bin/eagersmt.cjs` (`src/cli/launcher.cjs`), which compiles it with V8's code cache.
 * Modules the CLI loads with `import()` (the SMT pipeline, the comparison harness, the service,
 * the proof checkers, the SAT command) stay in chunks of their own, loaded only when their
 * command runs.
 *
 * Not bundled: the worker threads' entry scripts (they start from `dist/sat/worker.js` and
 * `dist/proof/drat-worker.js`, see `src/util/dist-url.ts`), and the optional packages of the
 * distributed service (`bullmq`, `ioredis`), loaded from node_modules when present.
 *
 * After bundling, a warm-up run of the bin on a small script writes the code caches of the
 * chunks a check uses (`dist/bin/code-cache/`).
 *
 * Run by `npm run build` after `tsc`; `node scripts/bundle.mjs` alone rebuilds the bundle.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/bin`;
const bin = `${outDir}/eagersmt.cjs`;
/** Packages resolved at run time, not copied into the bundle. */
const EXTERNAL = ['bullmq', 'ioredis'];

/**
 * commander loads `node:child_process` (and with it `net` and the streams) at start-up for
 * executable subcommands, which this program does not have: about 7 ms of every process. Its
 * only use, `childProcess.spawn`, loads the module when called instead. The build fails if
 * commander's source no longer has that shape.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  transform(code, id) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    const uses = code.match(/childProcess\.\w+/g) ?? [];
    if (!code.includes(eager) || uses.some((u) => u !== 'childProcess.spawn')) {
      this.error(`commander's use of node:child_process changed (${[...new Set(uses)].join(', ')}): update the lazy load in scripts/bundle.mjs`);
    }
    return code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };");
  },
};

rmSync(outDir, { recursive: true, force: true }); // no stale chunks or caches of an earlier build
await build({
  cwd: root,
  input: { main: 'dist/cli/main.js' },
  platform: 'node',
  plugins: [lazyChildProcess],
  external: (id) => EXTERNAL.some((p) => id === p || id.startsWith(`${p}/`)),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'cjs',
    strict: true, // the sources are ES modules, always strict
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs',
    sourcemap: false,
    // Less source to read and decode per process; names of functions and classes are kept
    // (error classes name themselves after their constructor).
    minify: { compress: true, mangle: { keepNames: true }, codegen: { removeWhitespace: true } },
  },
});

// The launcher compiles the chunks with `vm`, which has no `import()`: the only one allowed is
// the service's package loader, which takes the launcher's instead (src/service/packages.ts).
// (A method named `import`, `import(a,b){`, is not one.)
const dynamicImport = /(?<![\w$.])import\s*\((?![^()]*\)\s*\{)/g;
const imports = readdirSync(outDir)
  .filter((f) => f.endsWith('.cjs'))
  .flatMap((f) => (readFileSync(`${outDir}/${f}`, 'utf8').match(dynamicImport) ?? []).map(() => f));
if (imports.length !== 1) {
  console.error(`scripts/bundle.mjs: expected one dynamic import() in the bundle (the service's package loader), found ${imports.length}: ${imports.join(', ')}`);
  process.exit(1);
}

copyFileSync(`${root}src/cli/launcher.cjs`, bin);
chmodSync(bin, 0o755);

const warmUp = spawnSync(process.execPath, [bin, '-'], {
  input: '(set-option :produce-models true)\n(declare-const x Int)\n(declare-const b (_ BitVec 8))\n(assert (and (> x 0) (= (bvadd b #x01) #x00)))\n(check-sat)\n(get-model)\n',
  encoding: 'utf8',
});
if (warmUp.status !== 0 || !warmUp.stdout.startsWith('sat\n')) {
  console.error(`scripts/bundle.mjs: the warm-up run of ${bin} failed (exit ${warmUp.status}):\n${warmUp.stdout}${warmUp.stderr}`);
  process.exit(1);
}
