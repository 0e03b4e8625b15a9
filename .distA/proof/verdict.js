/**
 * The verdict of every certificate checker of this folder (check-resource.ts,
 * check-refutation.ts, and the dispatch of check.ts): `valid`, or the first failing step and
 * why. `eagersmt check-proof` prints `valid` or `invalid: <message>`.
 */
/**
 * An invalid verdict.
 * @example invalid('(check N) missing') // { valid: false, message: '(check N) missing' }
 */
export function invalid(message) {
    return { valid: false, message };
}
/** The valid verdict. */
export const VALID = { valid: true, message: 'valid' };
//# sourceMappingURL=verdict.js.map