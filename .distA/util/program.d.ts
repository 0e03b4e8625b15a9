/** A program found: its path (symbolic links resolved), or why not. */
export type FoundProgram = {
    path: string;
} | {
    error: 'ENOENT' | 'EACCES';
};
/**
 * Where `name` is, as `execvp` would find it, with symbolic links resolved.
 * @example findProgram('sh') // { path: '/usr/bin/dash' }
 */
export declare function findProgram(name: string, path?: string): FoundProgram;
