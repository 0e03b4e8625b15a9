/**
 * Sorts of SMT-LIB: `Bool`, `Int`, `Real`, `(_ BitVec n)`, `(Array I E)` and uninterpreted
 * sorts (of `declare-sort`; an application of a sort constructor of arity ≥ 1 is one too). Sorts are
 * interned, so two sorts are equal exactly when they are the same object; `name` is the
 * SMT-LIB spelling used in messages and in model output.
 */
export type SortKind = 'Bool' | 'Int' | 'Real' | 'BitVec' | 'Array' | 'Uninterpreted';
export declare class Sort {
    readonly kind: SortKind;
    readonly name: string;
    /** Width for `BitVec`, 0 otherwise. */
    readonly width: number;
    /** Index sort of an `Array`. */
    readonly index?: Sort | undefined;
    /** Element sort of an `Array`. */
    readonly element?: Sort | undefined;
    private constructor();
    private static readonly interned;
    private static intern;
    static readonly Bool: Sort;
    static readonly Int: Sort;
    static readonly Real: Sort;
    /** The sort `(_ BitVec width)`, width ≥ 1. */
    static bitVec(width: number): Sort;
    /**
     * The sort `(Array index element)`.
     * @example Sort.array(Sort.bitVec(32), Sort.bitVec(8)).name // '(Array (_ BitVec 32) (_ BitVec 8))'
     */
    static array(index: Sort, element: Sort): Sort;
    /** An uninterpreted sort: `declare-sort` of arity 0, or an application of a sort constructor. */
    static uninterpreted(name: string): Sort;
    toString(): string;
}
