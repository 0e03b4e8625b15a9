import { describe, expect, it } from 'vitest';
import { lcm, printReal, rat, ratAdd, ratCmp, ratDiv, ratFromDecimal, ratSub } from '../../../src/terms/rational.js';

describe('rationals', () => {
  it('are kept in lowest terms with a positive denominator', () => {
    expect(rat(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rat(0n, -7n)).toEqual({ num: 0n, den: 1n });
    expect(ratAdd(rat(1n, 6n), rat(1n, 3n))).toEqual({ num: 1n, den: 2n });
    expect(ratSub(rat(1n, 3n), rat(1n, 3n))).toEqual({ num: 0n, den: 1n });
    expect(ratDiv(rat(2n, 3n), rat(-4n, 9n))).toEqual({ num: -3n, den: 2n });
    expect(ratCmp(rat(-1n, 3n), rat(-1n, 4n))).toBe(-1);
    expect(lcm(4n, 6n)).toBe(12n);
  });

  it('read decimals exactly, beyond floating point', () => {
    expect(ratFromDecimal('1.50')).toEqual({ num: 3n, den: 2n });
    expect(ratFromDecimal('100000000000000000000.25')).toEqual({ num: 400000000000000000001n, den: 4n });
    expect(ratFromDecimal('0.0')).toEqual({ num: 0n, den: 1n });
  });

  it('print as Z3 prints reals', () => {
    expect(printReal(rat(2n))).toBe('2.0');
    expect(printReal(rat(0n))).toBe('0.0');
    expect(printReal(rat(-3n))).toBe('(- 3.0)');
    expect(printReal(rat(3n, 2n))).toBe('(/ 3.0 2.0)');
    expect(printReal(rat(-1n, 3n))).toBe('(- (/ 1.0 3.0))');
  });
});
