/**
 * Exact rational numbers over bigint, for the sort `Real`: literals (`1.5`, `(/ 3 2)`), model
 * values and the model check. A `Rational` is always normalised (denominator positive, numerator
 * and denominator coprime), so two rationals are equal exactly when their fields are.
 */
function gcd(a, b) {
    if (a < 0n)
        a = -a;
    if (b < 0n)
        b = -b;
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a;
}
/** Least common multiple of two positive integers. @example lcm(4n, 6n) // 12n */
export function lcm(a, b) {
    return (a / gcd(a, b)) * b;
}
/**
 * The rational num/den, normalised. Pre: den ≠ 0.
 * @example rat(6n, -4n) // { num: -3n, den: 2n }
 */
export function rat(num, den = 1n) {
    if (den < 0n)
        [num, den] = [-num, -den];
    const g = gcd(num, den);
    return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
/** Whether `v` is a Rational (model values are booleans, bigints, rationals or tables). @example isRational(rat(1n)) // true */
export function isRational(v) {
    return typeof v === 'object' && v !== null && 'den' in v;
}
/** Arithmetic on rationals, results normalised. @example ratAdd(rat(1n, 6n), rat(1n, 3n)) // 1/2 */
export const ratAdd = (a, b) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const ratNeg = (a) => ({ num: -a.num, den: a.den });
export const ratSub = (a, b) => ratAdd(a, ratNeg(b));
export const ratMul = (a, b) => rat(a.num * b.num, a.den * b.den);
/** a / b. Pre: b ≠ 0. */
export const ratDiv = (a, b) => rat(a.num * b.den, a.den * b.num);
/** −1, 0 or 1 as a < b, a = b, a > b. */
export const ratCmp = (a, b) => {
    const d = a.num * b.den - b.num * a.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const ratEq = (a, b) => a.num === b.num && a.den === b.den;
/**
 * The value of an SMT-LIB decimal literal.
 * @example ratFromDecimal('1.50') // { num: 3n, den: 2n }
 */
export function ratFromDecimal(text) {
    const [whole, frac = ''] = text.split('.');
    return rat(BigInt(whole + frac), 10n ** BigInt(frac.length));
}
/**
 * A real value as Z3 prints it: `2.0`, `(- 3.0)`, `(/ 3.0 2.0)`, `(- (/ 1.0 3.0))`.
 * @example printReal(rat(-1n, 3n)) // '(- (/ 1.0 3.0))'
 */
export function printReal(r) {
    const abs = r.num < 0n ? -r.num : r.num;
    const text = r.den === 1n ? `${abs}.0` : `(/ ${abs}.0 ${r.den}.0)`;
    return r.num < 0n ? `(- ${text})` : text;
}
//# sourceMappingURL=rational.js.map