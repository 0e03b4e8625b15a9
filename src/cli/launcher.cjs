#!/usr/bin/env node
'use strict';
/**
 * The package's `bin` (`dist/bin/eagersmt.cjs`, copied there by `scripts/bundle.mjs`): it runs
 * the bundled program (`main.cjs` and its chunks beside it) with V8's code cache, so that a
 * process answering one query does not compile the program again. Node 20 offers no compile
 * cache for modules, so this file loads the bundle's CommonJS chunks itself: each one is
 * compiled as a `vm.Script` in the main context, wrapped as Node wraps a CommonJS module, with
 * the cached data of an earlier run, and its `require` of a sibling chunk (`./name.cjs`) comes
 * back here; other ids go to Node's `require`.
 *
 * The caches live in `code-cache/` beside this file, one per chunk and per Node configuration
 * (version, architecture, V8 flags: V8 rejects data made under others). A chunk without a
 * usable cache is compiled from source and its cache is written when the process exits, after
 * the run has compiled the functions it used; `npm run build` runs a warm-up that writes them
 * for the common path. Writing is best effort (a read-only install simply runs uncached) and
 * atomic (a temporary file renamed), so concurrent processes never read half a cache.
 *
 * The chunks are compiled by `vm`, which cannot serve a dynamic `import()`; the one the program
 * needs (the optional packages of the distributed service) is lent by this file under
 * `Symbol.for('eagersmt.import')`, and `scripts/bundle.mjs` checks that no other is left.
 */
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/**
 * V8 optimises a function once it has run about 66 KB of bytecode (its interrupt budget). A
 * query of a second or less runs much of the program only a few hundred times, and optimising
 * all of that (on compiler threads, which count in the process's CPU time) costs more than it
 * saves: a 10x10 job-shop minimisation took 1.2 CPU s with the default budget and 0.8 with six
 * times it (`benchmarks/scheduling/run.mjs`). With the larger budget the hot loops (propagation,
 * the closure) are optimised a little later and code run a few hundred times stays in V8's
 * baseline tiers. Set before any chunk is compiled, so that every function gets it;
 * `node --interrupt-budget=N` overrides it (Node takes no V8 flag of this kind from NODE_OPTIONS).
 */
const INTERRUPT_BUDGET = 400000;
if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

const CACHE_DIR = join(__dirname, 'code-cache');
const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';

/** FNV-1a of a string, for a short name of the Node configuration. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const config = fnv1a([process.version, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0'));
/** Chunks loaded so far, by file name: each runs once, as Node's module cache ensures. */
const modules = new Map();
/** Compiled chunks whose cache is missing or was rejected: written at exit. */
const uncached = [];

function cacheFile(name) {
  return join(CACHE_DIR, `${name}.${config}.bin`);
}

function load(name) {
  const known = modules.get(name);
  if (known !== undefined) return known.exports;
  const filename = join(__dirname, name);
  let source = readFileSync(filename, 'utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(name));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`${WRAPPER}${source}\n})`, { filename, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) uncached.push([name, script]);
  const module = { exports: {} };
  modules.set(name, module);
  script.runInThisContext().call(undefined, module.exports, chunkRequire, module, filename, __dirname);
  return module.exports;
}

function chunkRequire(id) {
  return id.startsWith('./') ? load(id.slice(2)) : require(id);
}

function writeCaches() {
  if (uncached.length === 0) return;
  let tmp;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    for (const [name, script] of uncached) {
      tmp = `${cacheFile(name)}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile(name));
      tmp = undefined;
    }
  } catch {
    // Not writable (a read-only install, a full disk): the next run compiles from source again.
    try {
      if (tmp !== undefined) rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the file is a stray temporary, never read.
    }
  }
}

globalThis[Symbol.for('eagersmt.import')] = (specifier) => import(specifier);
process.on('exit', writeCaches);
load('main.cjs');
