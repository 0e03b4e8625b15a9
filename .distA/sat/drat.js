/**
 * A DRAT proof writer (Wetzler, Heule & Hunt, "DRAT-trim: efficient checking and trimming
 * using expressive clausal proofs", SAT 2014), in the textual format every checker reads: one
 * added lemma per line as DIMACS literals ending in 0, deletions prefixed with `d`. Output is
 * buffered and written with synchronous writes, so the proof is complete when the solver
 * returns. DRAT is the SAT layer's own output format: the writer is a `ProofTracer` that the
 * caller injects into the CDCL core (`CdclSolver.setProof`); the checkers live in `proof/`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
export class DratWriter {
    fd;
    buf = '';
    /** Opens (truncates) `file` for writing. @example const w = new DratWriter('out.drat'); */
    constructor(file) {
        this.fd = openSync(file, 'w');
    }
    /** A lemma added to the clause set. @example w.add(Int32Array.of(1, -2)) */
    add(lits) {
        this.line('', lits);
    }
    /** A clause deleted from the clause set. @example w.delete(Int32Array.of(1, -2)) */
    delete(lits) {
        this.line('d ', lits);
    }
    line(prefix, lits) {
        let s = prefix;
        for (let i = 0; i < lits.length; i++)
            s += lits[i] + ' ';
        this.buf += s + '0\n';
        if (this.buf.length > 1 << 16)
            this.flush();
    }
    flush() {
        const bytes = Buffer.from(this.buf, 'latin1');
        let off = 0;
        while (off < bytes.length)
            off += writeSync(this.fd, bytes, off, bytes.length - off);
        this.buf = '';
    }
    /** Writes what is buffered and closes the file. @example w.close() */
    close() {
        this.flush();
        closeSync(this.fd);
    }
}
//# sourceMappingURL=drat.js.map