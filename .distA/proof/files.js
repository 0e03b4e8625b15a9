/**
 * The file sink of a check (the `CheckSink` of engine/sink.ts) for the options `proof` and
 * `dumpCnf`. Check n of a script writes to `file` for n = 1 and to `file.n` after that:
 *  - `--dump-cnf file`: the CNF of each check in DIMACS, assumptions as unit clauses;
 *  - `--proof file`: for an unsat found by resource reasoning, its certificate
 *    (resource/certificate.ts, checked by check-resource.ts); for an unsat found by SAT, the
 *    refutation certificate below, with the CNF the backend refuted in `file.cnf` and its DRAT
 *    proof in `file.drat` (checked by check-refutation.ts). A check that is not unsat leaves no
 *    file behind.
 *
 * A file that cannot be written (ENOSPC, EISDIR, ENOENT, EACCES) never costs the answer: the
 * sink catches the failure, reports it to its `onFailure` callback (the CLI prints it after the
 * answers and exits 1; the library's default emits a process warning), and the check goes on.
 * When the DRAT file of a refutation cannot be created, the backend writes its proof to a
 * temporary file instead, removed when the check is done.
 *
 * `installFileSink` registers `fileSink` as the engine's sink factory (`setSinkFactory`): the
 * package entry point and the CLI call it.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeDimacsTo } from '../cnf/dimacs.js';
import { ContractError } from '../errors.js';
import { labelItems } from '../resource/certificate.js';
import { setSinkFactory } from '../engine/sink.js';
/**
 * The file sink for `options` (`proof`, `dumpCnf`), or undefined when neither is set.
 * @example await check(assertions, [], options, { index: 1, sink: fileSink({ ...options, proof: 'p.cert' }) });
 */
export function fileSink(options, onFailure = warn) {
    if (!options.proof && !options.dumpCnf)
        return undefined;
    return new FileSink(options.proof || undefined, options.dumpCnf || undefined, onFailure);
}
/** The library's default failure handler: a process warning (the answer is unaffected). */
function warn(message) {
    process.emitWarning(message, 'EagerSmtWarning');
}
/**
 * The message for a failed write of `file` (what it is: `proof`, `CNF`, ...).
 * @example failureMessage('CNF', 'out/p.cnf', enoent) // "cannot write CNF file 'out/p.cnf': no such file or directory (ENOENT)"
 */
export function failureMessage(what, file, err) {
    const e = err;
    const why = {
        ENOENT: 'no such file or directory',
        EISDIR: 'is a directory',
        ENOSPC: 'no space left on device',
        EACCES: 'permission denied',
        ENOTDIR: 'a component of the path is not a directory',
        EROFS: 'read-only file system',
    };
    const text = e?.code && why[e.code] ? `${why[e.code]} (${e.code})` : e instanceof Error ? e.message : String(err);
    return `cannot write ${what} file '${file}': ${text}`;
}
class FileSink {
    proof;
    dumpCnf;
    onFailure;
    certify;
    constructor(proof, dumpCnf, onFailure) {
        this.proof = proof;
        this.dumpCnf = dumpCnf;
        this.onFailure = onFailure;
        this.certify = proof !== undefined;
    }
    certificate(index, text) {
        if (this.proof !== undefined)
            this.attempt('proof', perCheckFile(this.proof, index), (f) => writeFileSync(f, text));
    }
    encoded(index, cnf, assumptions) {
        if (this.dumpCnf !== undefined)
            this.attempt('CNF', perCheckFile(this.dumpCnf, index), (f) => writeCnf(f, cnf, assumptions));
    }
    refutation(index, applied, label) {
        if (this.proof === undefined)
            throw new ContractError('file sink: a refutation asked of a sink that does not certify (no proof file)');
        const file = perCheckFile(this.proof, index);
        const cnfFile = `${file}.cnf`;
        let drat = `${file}.drat`;
        let scratch;
        let failed = !this.attempt('DRAT proof', drat, (f) => closeSync(openSync(f, 'w')));
        if (failed) {
            // The backend still needs somewhere to write: a temporary file, dropped when done.
            scratch = mkdtempSync(join(tmpdir(), 'eagersmt-drat-'));
            drat = join(scratch, 'proof.drat');
        }
        return {
            drat,
            cnf: (cnf, units) => {
                if (!this.attempt('CNF', cnfFile, (f) => writeCnf(f, cnf, units)))
                    failed = true;
            },
            done: (unsat) => {
                if (unsat && !failed)
                    this.attempt('proof', file, (f) => writeFileSync(f, refutationCertificate(label, applied, cnfFile, drat)));
                else if (!unsat)
                    for (const f of [cnfFile, drat])
                        rmSync(f, { force: true });
                if (scratch !== undefined)
                    rmSync(scratch, { recursive: true, force: true });
            },
        };
    }
    /** Runs `write(file)`; a failure goes to `onFailure` instead of up. Returns whether it wrote. */
    attempt(what, file, write) {
        try {
            write(file);
            return true;
        }
        catch (e) {
            this.onFailure(failureMessage(what, file, e));
            return false;
        }
    }
}
/**
 * The certificate of an unsat found by SAT (checked by check-refutation.ts): which check (and
 * the assertions an optimisation added to it), the options the encoding depends on (as they
 * were applied: operation symmetry may have been skipped), and the CNF and DRAT files (relative
 * to the certificate's folder). The encoding itself is trusted.
 * @example refutationCertificate({ check: 2 }, { idlEncoding: 'auto', symmetry: true, opSymmetry: false }, 'p.cert.2.cnf', 'p.cert.2.drat')
 */
export function refutationCertificate(label, applied, cnfFile, dratFile) {
    return (`; unsat by SAT: the CNF of check ${label.check}${label.assert?.length ? ' with the assertions added' : ''} (encoding trusted) and a DRAT refutation of it\n` +
        `(refutation ${labelItems(label).join(' ')} (idl-encoding ${applied.idlEncoding}) (symmetry ${applied.symmetry}) (op-symmetry ${applied.opSymmetry})\n` +
        `  (cnf ${JSON.stringify(basename(cnfFile))}) (drat ${JSON.stringify(basename(dratFile))}))\n`);
}
/** Writes `cnf` in DIMACS, `assumptions` as unit clauses. */
function writeCnf(file, cnf, assumptions) {
    const fd = openSync(file, 'w');
    try {
        writeDimacsTo(fd, cnf, assumptions);
    }
    finally {
        closeSync(fd);
    }
}
/** The file of the `index`-th check (1-based) for a per-check output: `base`, then `base.2`, `base.3`, ... */
export function perCheckFile(base, index) {
    return index > 1 ? `${base}.${index}` : base;
}
/**
 * Makes the file sink the engine's default (`sinkFor`), so that the options `proof` and `dumpCnf`
 * write files; a file that cannot be written goes to `onFailure` (default: a process warning)
 * and the answers are unaffected. Called by the composition roots — src/index.ts and the CLI.
 * @example installFileSink(); await solveSmtLib(text, { proof: 'cert.txt' });
 */
export function installFileSink(onFailure = warn) {
    setSinkFactory((options) => fileSink(options, onFailure));
}
//# sourceMappingURL=files.js.map