import { type Rational } from '../terms/rational.js';
import type { Sort } from '../terms/sort.js';
export type Value = boolean | bigint | Rational | FunTable | ArrayValue;
/** Whether two values of the same sort are equal (arrays extensionally). @example valueEq(rat(1n, 2n), rat(2n, 4n)) // true */
export declare function valueEq(a: Value, b: Value): boolean;
/**
 * The value a constant of `sort` takes when the model does not mention it (an array: the
 * constant array of its element sort's default).
 * @example defaultValue(Sort.Real) // { num: 0n, den: 1n }
 */
export declare function defaultValue(sort: Sort): Value;
/**
 * The value of an array: finitely many indices with values of their own (`entries`, in the
 * order they were stored) and one value, `otherwise`, at every other index. Immutable: `store`
 * returns a new array. Equality is extensional over the index sort's values: two arrays are
 * equal when they agree at every listed index and either their `otherwise` values agree or the
 * listed indices cover a finite index sort.
 * @example new ArrayValue(Sort.array(Sort.Int, Sort.Int), 0n).store(1n, 5n).get(1n) // 5n
 */
export declare class ArrayValue {
    readonly sort: Sort;
    readonly otherwise: Value;
    private readonly index;
    constructor(sort: Sort, otherwise: Value, index?: Map<string, [Value, Value]>);
    /** The value at index `i`. */
    get(i: Value): Value;
    /** The array with `v` at index `i` and this array's values elsewhere. */
    store(i: Value, v: Value): ArrayValue;
    /** The listed indices and their values, in store order (including those equal to `otherwise`). */
    entries(): [Value, Value][];
    /** Extensional equality (see the class). */
    equals(o: ArrayValue): boolean;
    /** A string that identifies the array among arrays that list the same indices. */
    key(): string;
}
/**
 * The interpretation of an uninterpreted function: `entries` in insertion order, `else` for
 * every argument tuple not listed.
 * @example const f = new FunTable(0n); f.set([1n], 3n); f.get([1n]) // 3n
 */
export declare class FunTable {
    otherwise: Value;
    readonly entries: [readonly Value[], Value][];
    private readonly index;
    constructor(otherwise: Value);
    private key;
    get(args: readonly Value[]): Value;
    /** Whether `args` has an entry of its own. */
    has(args: readonly Value[]): boolean;
    /** Sets the value at `args` (a new entry, or replacing the existing one). */
    set(args: readonly Value[], value: Value): void;
    /** Makes the most frequent entry value the `else` value (Z3 omits entries equal to it). */
    chooseOtherwise(): void;
}
/**
 * The value of a bit-vector term of width `W`: `value` is unsigned, in [0, 2^W).
 * @example new BitVecValue(255n, 8).signed() // -1n
 */
export declare class BitVecValue<W extends number = number> {
    /** The unsigned value, in [0, 2^width). */
    readonly value: bigint;
    readonly width: W;
    constructor(
    /** The unsigned value, in [0, 2^width). */
    value: bigint, width: W);
    /**
     * The two's complement reading.
     * @example new BitVecValue(15n, 4).signed() // -1n
     */
    signed(): bigint;
    /**
     * As Z3 prints it: `#x..` when the width is a multiple of 4, else `#b..`.
     * @example String(new BitVecValue(5n, 3)) // '#b101'
     */
    toString(): string;
}
/**
 * A w-bit value as Z3 prints it, all digits shown: `#x0f` when w is a multiple of 4, else `#b01111`.
 * @example bitVecText(15n, 8) // '#x0f'
 */
export declare function bitVecText(v: bigint, w: number): string;
/**
 * A model value as the library returns it: Bool, Int (and the index of an uninterpreted-sort
 * element), bit-vector, an exact rational for a Real, or an array (its values internal ones).
 */
export type ModelValue = boolean | bigint | BitVecValue | Rational | ArrayValue;
/**
 * The library's form of the internal value `v` of a term of sort `sort`.
 * @example publicValue(3n, Sort.bitVec(4)) // BitVecValue { value: 3n, width: 4 }
 */
export declare function publicValue(v: Value, sort: Sort): ModelValue;
