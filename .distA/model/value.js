/**
 * Values of a model: a Boolean, an integer or bit-vector or uninterpreted-sort element (bigint;
 * an element of an uninterpreted sort U is its index n, printed `U!val!n` as Z3 does), a real
 * (an exact Rational), an array (finitely many stored indices over one value elsewhere), or the
 * interpretation of an uninterpreted function: a finite table of argument tuples with an `else`
 * value for all other arguments (as Z3's models give them).
 *
 * The library hands values out in a public form (`ModelValue`): the same, except that a
 * bit-vector is a `BitVecValue` — its width together with its unsigned value, with the signed
 * reading and the SMT-LIB spelling at hand — because internally a bit-vector is a bare unsigned
 * bigint whose width the term's sort gives.
 */
import { ContractError } from '../errors.js';
import { signed } from '../terms/bitvec.js';
import { isRational, rat, ratEq } from '../terms/rational.js';
/** Whether two values of the same sort are equal (arrays extensionally). @example valueEq(rat(1n, 2n), rat(2n, 4n)) // true */
export function valueEq(a, b) {
    if (a instanceof ArrayValue && b instanceof ArrayValue)
        return a.equals(b);
    return isRational(a) && isRational(b) ? ratEq(a, b) : a === b;
}
/** A string that identifies a value of a given sort (equal values, equal keys). */
function valueKey(v) {
    return isRational(v) ? `${v.num}/${v.den}` : v instanceof ArrayValue ? v.key() : String(v);
}
/**
 * The value a constant of `sort` takes when the model does not mention it (an array: the
 * constant array of its element sort's default).
 * @example defaultValue(Sort.Real) // { num: 0n, den: 1n }
 */
export function defaultValue(sort) {
    if (sort.kind === 'Array')
        return new ArrayValue(sort, defaultValue(sort.element));
    return sort.kind === 'Bool' ? false : sort.kind === 'Real' ? rat(0n) : 0n;
}
/** The number of values of an index sort (Bool, a bit-vector), or undefined when infinite. */
function domainSize(sort) {
    return sort.kind === 'Bool' ? 2n : sort.kind === 'BitVec' ? 1n << BigInt(sort.width) : undefined;
}
/**
 * The value of an array: finitely many indices with values of their own (`entries`, in the
 * order they were stored) and one value, `otherwise`, at every other index. Immutable: `store`
 * returns a new array. Equality is extensional over the index sort's values: two arrays are
 * equal when they agree at every listed index and either their `otherwise` values agree or the
 * listed indices cover a finite index sort.
 * @example new ArrayValue(Sort.array(Sort.Int, Sort.Int), 0n).store(1n, 5n).get(1n) // 5n
 */
export class ArrayValue {
    sort;
    otherwise;
    index;
    constructor(sort, otherwise, index = new Map()) {
        this.sort = sort;
        this.otherwise = otherwise;
        this.index = index;
    }
    /** The value at index `i`. */
    get(i) {
        const e = this.index.get(valueKey(i));
        return e ? e[1] : this.otherwise;
    }
    /** The array with `v` at index `i` and this array's values elsewhere. */
    store(i, v) {
        const index = new Map(this.index);
        const k = valueKey(i);
        index.delete(k); // a stored index moves to the end, as the latest store
        index.set(k, [i, v]);
        return new ArrayValue(this.sort, this.otherwise, index);
    }
    /** The listed indices and their values, in store order (including those equal to `otherwise`). */
    entries() {
        return [...this.index.values()];
    }
    /** Extensional equality (see the class). */
    equals(o) {
        const keys = new Map();
        for (const [k, [i]] of this.index)
            keys.set(k, i);
        for (const [k, [i]] of o.index)
            keys.set(k, i);
        for (const i of keys.values())
            if (!valueEq(this.get(i), o.get(i)))
                return false;
        const size = domainSize(this.sort.index);
        return (size !== undefined && BigInt(keys.size) >= size) || valueEq(this.otherwise, o.otherwise);
    }
    /** A string that identifies the array among arrays that list the same indices. */
    key() {
        const listed = [...this.index]
            .filter(([, [, v]]) => !valueEq(v, this.otherwise))
            .map(([k, [, v]]) => `${k}:${valueKey(v)}`)
            .sort();
        return `[${listed.join(',')};${valueKey(this.otherwise)}]`;
    }
}
/**
 * The interpretation of an uninterpreted function: `entries` in insertion order, `else` for
 * every argument tuple not listed.
 * @example const f = new FunTable(0n); f.set([1n], 3n); f.get([1n]) // 3n
 */
export class FunTable {
    otherwise;
    entries = [];
    index = new Map();
    constructor(otherwise) {
        this.otherwise = otherwise;
    }
    key(args) {
        return args.map(valueKey).join(' ');
    }
    get(args) {
        const i = this.index.get(this.key(args));
        return i === undefined ? this.otherwise : this.entries[i][1];
    }
    /** Whether `args` has an entry of its own. */
    has(args) {
        return this.index.has(this.key(args));
    }
    /** Sets the value at `args` (a new entry, or replacing the existing one). */
    set(args, value) {
        const k = this.key(args);
        const i = this.index.get(k);
        if (i !== undefined)
            this.entries[i] = [args, value];
        else {
            this.index.set(k, this.entries.length);
            this.entries.push([args, value]);
        }
    }
    /** Makes the most frequent entry value the `else` value (Z3 omits entries equal to it). */
    chooseOtherwise() {
        const count = new Map();
        let best;
        for (const [, v] of this.entries) {
            const c = count.get(valueKey(v)) ?? [v, 0];
            c[1]++;
            count.set(valueKey(v), c);
            if (!best || c[1] > best[1])
                best = c;
        }
        if (best)
            this.otherwise = best[0];
    }
}
/**
 * The value of a bit-vector term of width `W`: `value` is unsigned, in [0, 2^W).
 * @example new BitVecValue(255n, 8).signed() // -1n
 */
export class BitVecValue {
    value;
    width;
    constructor(
    /** The unsigned value, in [0, 2^width). */
    value, width) {
        this.value = value;
        this.width = width;
    }
    /**
     * The two's complement reading.
     * @example new BitVecValue(15n, 4).signed() // -1n
     */
    signed() {
        return signed(this.value, this.width);
    }
    /**
     * As Z3 prints it: `#x..` when the width is a multiple of 4, else `#b..`.
     * @example String(new BitVecValue(5n, 3)) // '#b101'
     */
    toString() {
        return bitVecText(this.value, this.width);
    }
}
/**
 * A w-bit value as Z3 prints it, all digits shown: `#x0f` when w is a multiple of 4, else `#b01111`.
 * @example bitVecText(15n, 8) // '#x0f'
 */
export function bitVecText(v, w) {
    return w % 4 === 0 ? `#x${v.toString(16).padStart(w / 4, '0')}` : `#b${v.toString(2).padStart(w, '0')}`;
}
/**
 * The library's form of the internal value `v` of a term of sort `sort`.
 * @example publicValue(3n, Sort.bitVec(4)) // BitVecValue { value: 3n, width: 4 }
 */
export function publicValue(v, sort) {
    if (sort.kind === 'BitVec' && typeof v === 'bigint')
        return new BitVecValue(v, sort.width);
    if (v instanceof FunTable)
        throw new ContractError('a function has no single value');
    return v;
}
//# sourceMappingURL=value.js.map