import { type Verdict } from './verdict.js';
/**
 * Checks `cert` (text of a resource certificate) against `problem` (text of the SMT-LIB script).
 * @example checkResourceCertificate(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export declare function checkResourceCertificate(problem: string, problemFile: string, cert: string, certFile: string): Verdict;
