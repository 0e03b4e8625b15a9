import { type Verdict } from './verdict.js';
/** The kinds of certificate, by the head of their first S-expression. */
export type CertificateKind = 'certificate' | 'refutation';
/**
 * The kind of a certificate's text: the head of its first S-expression, when it is one of
 * `CertificateKind` (undefined otherwise).
 * @example certificateKind('; comment\n(refutation (check 1) ...)') // 'refutation'
 */
export declare function certificateKind(cert: string): CertificateKind | undefined;
/**
 * Checks a certificate written by `--proof` against the problem (texts and file names; a
 * refutation's CNF and DRAT files are read relative to `certFile`'s folder).
 * @example checkCertificate(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export declare function checkCertificate(problem: string, problemFile: string, cert: string, certFile: string): Verdict;
