/**
 * Where a compiled module of this package is, from the URL of the module asking. Worker
 * threads start from files, and the three ways eagersmt runs place the asker differently:
 * compiled code (`dist/sat/builtin.js`), the bundled program (`dist/bin/<chunk>.cjs`, built by
 * `scripts/bundle.mjs`), and the TypeScript sources under vitest (`src/sat/builtin.ts`). The
 * worker scripts themselves are never bundled: all three resolve to the same file of `dist/`.
 */
/**
 * The URL of `target` (a path relative to `dist/`, e.g. `sat/worker.js`) seen from the module
 * at `moduleUrl`: the last `/dist/` of a compiled or bundled module, or, for a `.ts` source,
 * the `/dist/` beside its last `/src/`. A URL with neither resolves `target` beside the module.
 * @example distUrl('file:///repo/dist/bin/main.cjs', 'sat/worker.js').href === 'file:///repo/dist/sat/worker.js'
 * @example distUrl('file:///repo/src/sat/builtin.ts', 'sat/worker.js').href === 'file:///repo/dist/sat/worker.js'
 */
export declare function distUrl(moduleUrl: string, target: string): URL;
