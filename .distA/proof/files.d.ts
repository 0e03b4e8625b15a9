import type { EngineOptions } from '../engine/options.js';
import { type CheckLabel } from '../resource/certificate.js';
import { type AppliedEncoding, type CheckSink } from '../engine/sink.js';
/**
 * The file sink for `options` (`proof`, `dumpCnf`), or undefined when neither is set.
 * @example await check(assertions, [], options, { index: 1, sink: fileSink({ ...options, proof: 'p.cert' }) });
 */
export declare function fileSink(options: Pick<EngineOptions, 'proof' | 'dumpCnf'>, onFailure?: FailureHandler): CheckSink | undefined;
/** Told of each file the sink could not write (a one-line message naming the file and why). */
export type FailureHandler = (message: string) => void;
/**
 * The message for a failed write of `file` (what it is: `proof`, `CNF`, ...).
 * @example failureMessage('CNF', 'out/p.cnf', enoent) // "cannot write CNF file 'out/p.cnf': no such file or directory (ENOENT)"
 */
export declare function failureMessage(what: string, file: string, err: unknown): string;
/**
 * The certificate of an unsat found by SAT (checked by check-refutation.ts): which check (and
 * the assertions an optimisation added to it), the options the encoding depends on (as they
 * were applied: operation symmetry may have been skipped), and the CNF and DRAT files (relative
 * to the certificate's folder). The encoding itself is trusted.
 * @example refutationCertificate({ check: 2 }, { idlEncoding: 'auto', symmetry: true, opSymmetry: false }, 'p.cert.2.cnf', 'p.cert.2.drat')
 */
export declare function refutationCertificate(label: CheckLabel, applied: AppliedEncoding, cnfFile: string, dratFile: string): string;
/** The file of the `index`-th check (1-based) for a per-check output: `base`, then `base.2`, `base.3`, ... */
export declare function perCheckFile(base: string, index: number): string;
/**
 * Makes the file sink the engine's default (`sinkFor`), so that the options `proof` and `dumpCnf`
 * write files; a file that cannot be written goes to `onFailure` (default: a process warning)
 * and the answers are unaffected. Called by the composition roots — src/index.ts and the CLI.
 * @example installFileSink(); await solveSmtLib(text, { proof: 'cert.txt' });
 */
export declare function installFileSink(onFailure?: FailureHandler): void;
