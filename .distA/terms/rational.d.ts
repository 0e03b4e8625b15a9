/**
 * Exact rational numbers over bigint, for the sort `Real`: literals (`1.5`, `(/ 3 2)`), model
 * values and the model check. A `Rational` is always normalised (denominator positive, numerator
 * and denominator coprime), so two rationals are equal exactly when their fields are.
 */
export interface Rational {
    readonly num: bigint;
    readonly den: bigint;
}
/** Least common multiple of two positive integers. @example lcm(4n, 6n) // 12n */
export declare function lcm(a: bigint, b: bigint): bigint;
/**
 * The rational num/den, normalised. Pre: den ≠ 0.
 * @example rat(6n, -4n) // { num: -3n, den: 2n }
 */
export declare function rat(num: bigint, den?: bigint): Rational;
/** Whether `v` is a Rational (model values are booleans, bigints, rationals or tables). @example isRational(rat(1n)) // true */
export declare function isRational(v: unknown): v is Rational;
/** Arithmetic on rationals, results normalised. @example ratAdd(rat(1n, 6n), rat(1n, 3n)) // 1/2 */
export declare const ratAdd: (a: Rational, b: Rational) => Rational;
export declare const ratNeg: (a: Rational) => Rational;
export declare const ratSub: (a: Rational, b: Rational) => Rational;
export declare const ratMul: (a: Rational, b: Rational) => Rational;
/** a / b. Pre: b ≠ 0. */
export declare const ratDiv: (a: Rational, b: Rational) => Rational;
/** −1, 0 or 1 as a < b, a = b, a > b. */
export declare const ratCmp: (a: Rational, b: Rational) => number;
export declare const ratEq: (a: Rational, b: Rational) => boolean;
/**
 * The value of an SMT-LIB decimal literal.
 * @example ratFromDecimal('1.50') // { num: 3n, den: 2n }
 */
export declare function ratFromDecimal(text: string): Rational;
/**
 * A real value as Z3 prints it: `2.0`, `(- 3.0)`, `(/ 3.0 2.0)`, `(- (/ 1.0 3.0))`.
 * @example printReal(rat(-1n, 3n)) // '(- (/ 1.0 3.0))'
 */
export declare function printReal(r: Rational): string;
