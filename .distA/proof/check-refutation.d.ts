import { type Verdict } from './verdict.js';
/**
 * Checks a SAT refutation certificate against the problem.
 * @example checkRefutation(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export declare function checkRefutation(problem: string, problemFile: string, cert: string, certFile: string): Verdict;
