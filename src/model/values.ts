/**
 * Model values as the library hands them out: a Bool is a `boolean`, an Int a `bigint`, and a
 * bit-vector a `BitVecValue` — its width together with its unsigned value, with the signed
 * reading and the SMT-LIB spelling at hand. Internally (model/evaluate.ts) a bit-vector is a
 * bare unsigned bigint, because the sort is known from the term; a caller of the library gets
 * the width with the value so that `#x0f` and `#b1111` stay distinguishable.
 */
import { signed } from '../terms/bitvec.js';
import type { Sort } from '../terms/sort.js';
import type { Value } from './evaluate.js';

/**
 * The value of a bit-vector term of width `W`: `value` is unsigned, in [0, 2^W).
 * @example new BitVecValue(255n, 8).signed() // -1n
 */
export class BitVecValue<W extends number = number> {
  constructor(
    /** The unsigned value, in [0, 2^width). */
    readonly value: bigint,
    readonly width: W,
  ) {}

  /**
   * The two's complement reading.
   * @example new BitVecValue(15n, 4).signed() // -1n
   */
  signed(): bigint {
    return signed(this.value, this.width);
  }

  /**
   * As Z3 prints it: `#x..` when the width is a multiple of 4, else `#b..`.
   * @example String(new BitVecValue(5n, 3)) // '#b101'
   */
  toString(): string {
    return bitVecText(this.value, this.width);
  }
}

/**
 * A w-bit value as Z3 prints it, all digits shown: `#x0f` when w is a multiple of 4, else `#b01111`.
 * @example bitVecText(15n, 8) // '#x0f'
 */
export function bitVecText(v: bigint, w: number): string {
  return w % 4 === 0 ? `#x${v.toString(16).padStart(w / 4, '0')}` : `#b${v.toString(2).padStart(w, '0')}`;
}

/** A model value as the library returns it. */
export type ModelValue = boolean | bigint | BitVecValue;

/**
 * The library's form of the internal value `v` of a term of sort `sort`.
 * @example publicValue(3n, Sort.bitVec(4)) // BitVecValue { value: 3n, width: 4 }
 */
export function publicValue(v: Value, sort: Sort): ModelValue {
  if (sort.kind === 'BitVec' && typeof v === 'bigint') return new BitVecValue(v, sort.width);
  return v;
}
