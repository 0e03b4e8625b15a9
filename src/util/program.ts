/**
 * Finding a program the way `execvp` does: a name with a slash is a path; any other name is
 * looked up in the folders of `PATH`, in order. Used to run external solvers (a missing program
 * is a clear reason before anything is spawned) and to key stored comparison runs by the
 * binary that made them.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** A program found: its path (symbolic links resolved), or why not. */
export type FoundProgram = { path: string } | { error: 'ENOENT' | 'EACCES' };

/**
 * Where `name` is, as `execvp` would find it, with symbolic links resolved.
 * @example findProgram('sh') // { path: '/usr/bin/dash' }
 */
export function findProgram(name: string, path: string = process.env.PATH ?? ''): FoundProgram {
  const candidates = name.includes('/') ? [resolve(name)] : path.split(delimiter).filter((d) => d !== '').map((d) => join(d, name));
  let denied = false;
  for (const file of candidates) {
    try {
      if (!statSync(file).isFile()) continue;
    } catch {
      continue;
    }
    try {
      accessSync(file, constants.X_OK);
      return { path: realpathSync(file) };
    } catch {
      denied = true;
    }
  }
  return { error: denied ? 'EACCES' : 'ENOENT' };
}
