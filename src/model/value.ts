/**
 * Values of a model: a Boolean, an integer or bit-vector or uninterpreted-sort element (bigint;
 * an element of an uninterpreted sort U is its index n, printed `U!val!n` as Z3 does), a real
 * (an exact Rational), or the interpretation of an uninterpreted function: a finite table of
 * argument tuples with an `else` value for all other arguments (as Z3's models give them).
 *
 * The library hands values out in a public form (`ModelValue`): the same, except that a
 * bit-vector is a `BitVecValue` — its width together with its unsigned value, with the signed
 * reading and the SMT-LIB spelling at hand — because internally a bit-vector is a bare unsigned
 * bigint whose width the term's sort gives.
 */
import { ContractError } from '../errors.js';
import { signed } from '../terms/bitvec.js';
import { isRational, rat, ratEq, type Rational } from '../terms/rational.js';
import type { Sort } from '../terms/sort.js';

export type Value = boolean | bigint | Rational | FunTable;

/** Whether two values of the same sort are equal. @example valueEq(rat(1n, 2n), rat(2n, 4n)) // true */
export function valueEq(a: Value, b: Value): boolean {
  return isRational(a) && isRational(b) ? ratEq(a, b) : a === b;
}

/** A string that identifies a value of a given sort (equal values, equal keys). */
function valueKey(v: Value): string {
  return isRational(v) ? `${v.num}/${v.den}` : String(v);
}

/**
 * The value a constant of `sort` takes when the model does not mention it.
 * @example defaultValue(Sort.Real) // { num: 0n, den: 1n }
 */
export function defaultValue(sort: Sort): Value {
  return sort.kind === 'Bool' ? false : sort.kind === 'Real' ? rat(0n) : 0n;
}

/**
 * The interpretation of an uninterpreted function: `entries` in insertion order, `else` for
 * every argument tuple not listed.
 * @example const f = new FunTable(0n); f.set([1n], 3n); f.get([1n]) // 3n
 */
export class FunTable {
  readonly entries: [readonly Value[], Value][] = [];
  private readonly index = new Map<string, number>();

  constructor(public otherwise: Value) {}

  private key(args: readonly Value[]): string {
    return args.map(valueKey).join(' ');
  }

  get(args: readonly Value[]): Value {
    const i = this.index.get(this.key(args));
    return i === undefined ? this.otherwise : this.entries[i]![1];
  }

  /** Whether `args` has an entry of its own. */
  has(args: readonly Value[]): boolean {
    return this.index.has(this.key(args));
  }

  /** Sets the value at `args` (a new entry, or replacing the existing one). */
  set(args: readonly Value[], value: Value): void {
    const k = this.key(args);
    const i = this.index.get(k);
    if (i !== undefined) this.entries[i] = [args, value];
    else {
      this.index.set(k, this.entries.length);
      this.entries.push([args, value]);
    }
  }

  /** Makes the most frequent entry value the `else` value (Z3 omits entries equal to it). */
  chooseOtherwise(): void {
    const count = new Map<string, [Value, number]>();
    let best: [Value, number] | undefined;
    for (const [, v] of this.entries) {
      const c = count.get(valueKey(v)) ?? [v, 0];
      c[1]++;
      count.set(valueKey(v), c);
      if (!best || c[1] > best[1]) best = c;
    }
    if (best) this.otherwise = best[0];
  }
}

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

/**
 * A model value as the library returns it: Bool, Int (and the index of an uninterpreted-sort
 * element), bit-vector, or an exact rational for a Real.
 */
export type ModelValue = boolean | bigint | BitVecValue | Rational;

/**
 * The library's form of the internal value `v` of a term of sort `sort`.
 * @example publicValue(3n, Sort.bitVec(4)) // BitVecValue { value: 3n, width: 4 }
 */
export function publicValue(v: Value, sort: Sort): ModelValue {
  if (sort.kind === 'BitVec' && typeof v === 'bigint') return new BitVecValue(v, sort.width);
  if (v instanceof FunTable) throw new ContractError('a function has no single value');
  return v;
}
