#!/usr/bin/env node
/**
 * Checks the layering of `src/` (docs/ARCHITECTURE.md, "Stages"): every folder has a rank, and a
 * file may import only from its own folder or from folders ranked below it. An import that goes
 * up, or sideways between folders of the same rank, is reported with the file and the import, and
 * the exit code is 1. So is a folder of `src/` that is not in the table (a new folder gets a rank
 * when it is made) and an import cycle between files (found by a depth-first search over the file
 * graph; type-only imports count too, since they tie the designs together all the same).
 *
 * Imports are read from the TypeScript sources with a regular expression over `import ... from`,
 * `export ... from` and `import('...')`: only relative specifiers matter; packages and `node:`
 * modules are ignored.
 *
 * Usage: node scripts/check-layers.mjs [--graph] [--src DIR]
 *   --graph   prints the folder-level edges
 *   --src     checks another source tree laid out as src/ (the tests check the checker on small trees)
 * Exit codes: 0 when the layering holds, 1 when it does not.
 *
 * @example
 *   node scripts/check-layers.mjs && echo layered
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The stages, top first. A folder imports only folders further down this list. `.` stands for
 * the files directly in `src/` other than `index.ts` (errors, version), which everything may use;
 * `index` is `src/index.ts`, the public API, which nothing inside `src/` imports.
 */
export const STAGES = [
  ['cli'],
  ['compare'],
  ['index'],
  ['proof'],
  ['script'],
  ['api'],
  ['smtlib'],
  ['engine'],
  ['preprocess'],
  ['resource'],
  ['encode'],
  ['theory'],
  ['rewrite'],
  ['model'],
  ['terms'],
  ['service'],
  ['sat'],
  ['cnf'],
  ['options'],
  ['util'],
  ['.'],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcAt = process.argv.indexOf('--src');
const src = srcAt > 0 && process.argv[srcAt + 1] ? resolve(process.argv[srcAt + 1]) : join(root, 'src');

/** The rank of each folder (0 = top). */
const rank = new Map(STAGES.flatMap((names, i) => names.map((n) => [n, i])));

/** All `.ts` files under `dir` (generated grammar included: it is source like any other). */
function tsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The stage of a file: its first folder under src/, `index` for src/index.ts, `.` for other top files. */
function stageOf(file) {
  const rel = relative(src, file).split(sep);
  if (rel.length === 1) return rel[0] === 'index.ts' ? 'index' : '.';
  return rel[0];
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Relative imports of `file`, resolved to `.ts` paths. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

function main() {
  const files = tsFiles(src);
  const problems = [];
  const edges = new Map();
  const graph = new Map();
  for (const f of files) {
    const from = stageOf(f);
    if (!rank.has(from)) problems.push(`${relative(root, f)}: folder '${from}' has no stage (add it to scripts/check-layers.mjs and docs/ARCHITECTURE.md)`);
    const deps = importsOf(f);
    graph.set(f, deps);
    for (const target of deps) {
      const to = stageOf(target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
      if (!rank.has(to) || !rank.has(from)) continue;
      if (rank.get(to) <= rank.get(from))
        problems.push(`${relative(root, f)}: imports ${relative(root, target)} (${to} is not below ${from})`);
    }
  }
  // File-level cycles (within a folder too).
  const state = new Map(); // 1 = on the stack, 2 = done
  const stack = [];
  const visit = (f) => {
    state.set(f, 1);
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (!graph.has(d)) continue;
      if (state.get(d) === 1) {
        const cycle = stack.slice(stack.indexOf(d)).concat(d).map((p) => relative(src, p));
        problems.push(`import cycle: ${cycle.join(' -> ')}`);
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of files) if (!state.has(f)) visit(f);

  if (process.argv.includes('--graph')) for (const [k, n] of [...edges].sort()) console.log(`${k} (${n})`);
  if (problems.length > 0) {
    for (const p of problems) console.error(`check-layers: ${p}`);
    console.error(`check-layers: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(`check-layers: ${files.length} files, ${edges.size} folder edges, all downward, no cycle`);
}

main();
