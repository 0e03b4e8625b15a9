/**
 * The project's own SMT-LIB scripts, for tests that run over all of them: the regression
 * scripts (`test/regress/*.smt2`) and the examples (`examples/*.smt2`), in name order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The `.smt2` files of `dir` (relative to the repository root), by name, with their text. */
function smt2In(dir: string): { name: string; text: string }[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.smt2'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));
}

/**
 * Every regression script and example.
 * @example for (const { name, text } of projectScripts()) check(name, text);
 */
export function projectScripts(): { name: string; text: string }[] {
  return [...smt2In('test/regress'), ...smt2In('examples')];
}
