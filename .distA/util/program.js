/**
 * Finding a program the way `execvp` does: a name with a slash is a path; any other name is
 * looked up in the folders of `PATH`, in order. Used to run external solvers (a missing program
 * is a clear reason before anything is spawned) and to key stored comparison runs by the
 * binary that made them.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
/**
 * Where `name` is, as `execvp` would find it, with symbolic links resolved.
 * @example findProgram('sh') // { path: '/usr/bin/dash' }
 */
export function findProgram(name, path = process.env.PATH ?? '') {
    const candidates = name.includes('/') ? [resolve(name)] : path.split(delimiter).filter((d) => d !== '').map((d) => join(d, name));
    let denied = false;
    for (const file of candidates) {
        try {
            if (!statSync(file).isFile())
                continue;
        }
        catch {
            continue;
        }
        try {
            accessSync(file, constants.X_OK);
            return { path: realpathSync(file) };
        }
        catch {
            denied = true;
        }
    }
    return { error: denied ? 'EACCES' : 'ENOENT' };
}
//# sourceMappingURL=program.js.map