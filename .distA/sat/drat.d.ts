import type { ProofTracer } from './cdcl/state.js';
export declare class DratWriter implements ProofTracer {
    private readonly fd;
    private buf;
    /** Opens (truncates) `file` for writing. @example const w = new DratWriter('out.drat'); */
    constructor(file: string);
    /** A lemma added to the clause set. @example w.add(Int32Array.of(1, -2)) */
    add(lits: ArrayLike<number>): void;
    /** A clause deleted from the clause set. @example w.delete(Int32Array.of(1, -2)) */
    delete(lits: ArrayLike<number>): void;
    private line;
    private flush;
    /** Writes what is buffered and closes the file. @example w.close() */
    close(): void;
}
