/**
 * Values of a model: a Boolean, an integer or bit-vector or uninterpreted-sort element (bigint;
 * an element of an uninterpreted sort U is its index n, printed `U!val!n` as Z3 does), a real
 * (an exact Rational), or the interpretation of an uninterpreted function: a finite table of
 * argument tuples with an `else` value for all other arguments (as Z3's models give them).
 */
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
