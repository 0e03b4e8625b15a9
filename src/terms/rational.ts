/**
 * Exact rational numbers over bigint, for the sort `Real`: literals (`1.5`, `(/ 3 2)`), model
 * values and the model check. A `Rational` is always normalised (denominator positive, numerator
 * and denominator coprime), so two rationals are equal exactly when their fields are.
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Least common multiple of two positive integers. @example lcm(4n, 6n) // 12n */
export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * The rational num/den, normalised. Pre: den ≠ 0.
 * @example rat(6n, -4n) // { num: -3n, den: 2n }
 */
export function rat(num: bigint, den = 1n): Rational {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

/** Whether `v` is a Rational (model values are booleans, bigints, rationals or tables). @example isRational(rat(1n)) // true */
export function isRational(v: unknown): v is Rational {
  return typeof v === 'object' && v !== null && 'den' in v;
}

/** Arithmetic on rationals, results normalised. @example ratAdd(rat(1n, 6n), rat(1n, 3n)) // 1/2 */
export const ratAdd = (a: Rational, b: Rational): Rational => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const ratNeg = (a: Rational): Rational => ({ num: -a.num, den: a.den });
export const ratSub = (a: Rational, b: Rational): Rational => ratAdd(a, ratNeg(b));
export const ratMul = (a: Rational, b: Rational): Rational => rat(a.num * b.num, a.den * b.den);
/** a / b. Pre: b ≠ 0. */
export const ratDiv = (a: Rational, b: Rational): Rational => rat(a.num * b.den, a.den * b.num);
/** −1, 0 or 1 as a < b, a = b, a > b. */
export const ratCmp = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const ratEq = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;

/**
 * The value of an SMT-LIB decimal literal.
 * @example ratFromDecimal('1.50') // { num: 3n, den: 2n }
 */
export function ratFromDecimal(text: string): Rational {
  const [whole, frac = ''] = text.split('.');
  return rat(BigInt(whole! + frac), 10n ** BigInt(frac.length));
}

/**
 * A real value as Z3 prints it: `2.0`, `(- 3.0)`, `(/ 3.0 2.0)`, `(- (/ 1.0 3.0))`.
 * @example printReal(rat(-1n, 3n)) // '(- (/ 1.0 3.0))'
 */
export function printReal(r: Rational): string {
  const abs = r.num < 0n ? -r.num : r.num;
  const text = r.den === 1n ? `${abs}.0` : `(/ ${abs}.0 ${r.den}.0)`;
  return r.num < 0n ? `(- ${text})` : text;
}
