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
 * Loading this module registers `fileSink` as the engine's sink factory (`setSinkFactory`):
 * the package entry point and the CLI load it.
 */
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Cnf } from '../cnf/cnf.js';
import { writeDimacsTo } from '../cnf/dimacs.js';
import type { EngineOptions } from '../engine/options.js';
import { ContractError } from '../errors.js';
import { setSinkFactory, type AppliedEncoding, type CheckSink, type RefutationTarget } from '../engine/sink.js';

/**
 * The file sink for `options` (`proof`, `dumpCnf`), or undefined when neither is set.
 * @example await check(assertions, [], options, { index: 1, sink: fileSink({ ...options, proof: 'p.cert' }) });
 */
export function fileSink(options: Pick<EngineOptions, 'proof' | 'dumpCnf'>): CheckSink | undefined {
  if (!options.proof && !options.dumpCnf) return undefined;
  return new FileSink(options.proof || undefined, options.dumpCnf || undefined);
}

class FileSink implements CheckSink {
  readonly certify: boolean;

  constructor(
    private readonly proof: string | undefined,
    private readonly dumpCnf: string | undefined,
  ) {
    this.certify = proof !== undefined;
  }

  certificate(index: number, text: string): void {
    if (this.proof !== undefined) writeFileSync(perCheckFile(this.proof, index), text);
  }

  encoded(index: number, cnf: Cnf, assumptions: Int32Array): void {
    if (this.dumpCnf !== undefined) writeCnf(perCheckFile(this.dumpCnf, index), cnf, assumptions);
  }

  refutation(index: number, applied: AppliedEncoding): RefutationTarget {
    if (this.proof === undefined) throw new ContractError('file sink: a refutation asked of a sink that does not certify (no proof file)');
    const file = perCheckFile(this.proof, index);
    const cnfFile = `${file}.cnf`;
    const drat = `${file}.drat`;
    return {
      drat,
      cnf: (cnf, units) => writeCnf(cnfFile, cnf, units),
      done: (unsat) => {
        if (unsat) writeFileSync(file, refutationCertificate(index, applied, cnfFile, drat));
        else for (const f of [cnfFile, drat]) rmSync(f, { force: true });
      },
    };
  }
}

/**
 * The certificate of an unsat found by SAT (checked by check-refutation.ts): which check, the
 * options the encoding depends on (as they were applied: operation symmetry may have been
 * skipped), and the CNF and DRAT files (relative to the certificate's folder). The encoding
 * itself is trusted.
 * @example refutationCertificate(2, { idlEncoding: 'auto', symmetry: true, opSymmetry: false }, 'p.cert.2.cnf', 'p.cert.2.drat')
 */
export function refutationCertificate(index: number, applied: AppliedEncoding, cnfFile: string, dratFile: string): string {
  return (
    `; unsat by SAT: the CNF of check ${index} (encoding trusted) and a DRAT refutation of it\n` +
    `(refutation (check ${index}) (idl-encoding ${applied.idlEncoding}) (symmetry ${applied.symmetry}) (op-symmetry ${applied.opSymmetry})\n` +
    `  (cnf ${JSON.stringify(basename(cnfFile))}) (drat ${JSON.stringify(basename(dratFile))}))\n`
  );
}

/** Writes `cnf` in DIMACS, `assumptions` as unit clauses. */
function writeCnf(file: string, cnf: Cnf, assumptions: Int32Array): void {
  const fd = openSync(file, 'w');
  try {
    writeDimacsTo(fd, cnf, assumptions);
  } finally {
    closeSync(fd);
  }
}

/** The file of the `index`-th check (1-based) for a per-check output: `base`, then `base.2`, `base.3`, ... */
export function perCheckFile(base: string, index: number): string {
  return index > 1 ? `${base}.${index}` : base;
}

/**
 * Makes the file sink the engine's default (`sinkFor`), so that the options `proof` and `dumpCnf`
 * write files. Called by the composition roots — src/index.ts and the CLI — not on import.
 * @example installFileSink(); await solveSmtLib(text, { proof: 'cert.txt' });
 */
export function installFileSink(): void {
  setSinkFactory(fileSink);
}
