/**
 * Sorts of SMT-LIB: `Bool`, `Int`, `Real`, `(_ BitVec n)`, `(Array I E)` and uninterpreted
 * sorts (of `declare-sort`; an application of a sort constructor of arity ≥ 1 is one too). Sorts are
 * interned, so two sorts are equal exactly when they are the same object; `name` is the
 * SMT-LIB spelling used in messages and in model output.
 */

export type SortKind = 'Bool' | 'Int' | 'Real' | 'BitVec' | 'Array' | 'Uninterpreted';

export class Sort {
  private constructor(
    readonly kind: SortKind,
    readonly name: string,
    /** Width for `BitVec`, 0 otherwise. */
    readonly width: number,
    /** Index sort of an `Array`. */
    readonly index?: Sort,
    /** Element sort of an `Array`. */
    readonly element?: Sort,
  ) {}

  private static readonly interned = new Map<string, Sort>();

  private static intern(kind: SortKind, name: string, width = 0, index?: Sort, element?: Sort): Sort {
    let s = Sort.interned.get(name);
    if (!s) {
      s = new Sort(kind, name, width, index, element);
      Sort.interned.set(name, s);
    }
    return s;
  }

  static readonly Bool = Sort.intern('Bool', 'Bool');
  static readonly Int = Sort.intern('Int', 'Int');
  static readonly Real = Sort.intern('Real', 'Real');

  /** The sort `(_ BitVec width)`, width ≥ 1. */
  static bitVec(width: number): Sort {
    return Sort.intern('BitVec', `(_ BitVec ${width})`, width);
  }

  /**
   * The sort `(Array index element)`.
   * @example Sort.array(Sort.bitVec(32), Sort.bitVec(8)).name // '(Array (_ BitVec 32) (_ BitVec 8))'
   */
  static array(index: Sort, element: Sort): Sort {
    return Sort.intern('Array', `(Array ${index.name} ${element.name})`, 0, index, element);
  }

  /** An uninterpreted sort: `declare-sort` of arity 0, or an application of a sort constructor. */
  static uninterpreted(name: string): Sort {
    return Sort.intern('Uninterpreted', name);
  }

  toString(): string {
    return this.name;
  }
}
