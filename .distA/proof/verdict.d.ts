/**
 * The verdict of every certificate checker of this folder (check-resource.ts,
 * check-refutation.ts, and the dispatch of check.ts): `valid`, or the first failing step and
 * why. `eagersmt check-proof` prints `valid` or `invalid: <message>`.
 */
export interface Verdict {
    valid: boolean;
    /** `valid`, or the first failing step and why. */
    message: string;
}
/**
 * An invalid verdict.
 * @example invalid('(check N) missing') // { valid: false, message: '(check N) missing' }
 */
export declare function invalid(message: string): Verdict;
/** The valid verdict. */
export declare const VALID: Verdict;
