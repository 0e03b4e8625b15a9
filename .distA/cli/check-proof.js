/**
 * `eagersmt check-proof <problem.smt2> <certificate>`: verifies a certificate written by
 * `--proof` against the original problem, through the one dispatch of src/proof/check.ts (a
 * resource certificate, or a SAT refutation: CNF plus DRAT). Prints `valid` and exits 0, or
 * prints `invalid: <first failing step>: <why>` and exits 1; an unreadable file is a usage
 * error (exit 1, message on stderr).
 */
import { readFileSync } from 'node:fs';
import { checkCertificate } from '../proof/check.js';
export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
/** Runs the checker on two files; returns the exit code. */
export function runCheckProof(problemFile, certFile, out, err) {
    const texts = [];
    for (const f of [problemFile, certFile]) {
        try {
            texts.push(readFileSync(f, 'utf8'));
        }
        catch (e) {
            const code = e.code;
            err(`eagersmt: cannot read '${f}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e.message}\n`);
            return EXIT_INVALID;
        }
    }
    const verdict = checkCertificate(texts[0], problemFile, texts[1], certFile);
    out(verdict.valid ? 'valid\n' : `invalid: ${verdict.message}\n`);
    return verdict.valid ? EXIT_VALID : EXIT_INVALID;
}
//# sourceMappingURL=check-proof.js.map