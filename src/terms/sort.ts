/**
 * Sorts of SMT-LIB: `Bool`, `Int`, `Real`, `(_ BitVec n)` and uninterpreted sorts. Sorts are
 * interned, so two sorts are equal exactly when they are the same object; `name` is the
 * SMT-LIB spelling used in messages and in model output.
 */

export type SortKind = 'Bool' | 'Int' | 'Real' | 'BitVec' | 'Uninterpreted';

export class Sort {
  private constructor(
    readonly kind: SortKind,
    readonly name: string,
    /** Width for `BitVec`, 0 otherwise. */
    readonly width: number,
  ) {}

  private static readonly interned = new Map<string, Sort>();

  private static intern(kind: SortKind, name: string, width = 0): Sort {
    let s = Sort.interned.get(name);
    if (!s) {
      s = new Sort(kind, name, width);
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

  /** An uninterpreted sort declared with `declare-sort` (arity 0 here). */
  static uninterpreted(name: string): Sort {
    return Sort.intern('Uninterpreted', name);
  }

  toString(): string {
    return this.name;
  }
}
