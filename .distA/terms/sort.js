/**
 * Sorts of SMT-LIB: `Bool`, `Int`, `Real`, `(_ BitVec n)`, `(Array I E)` and uninterpreted
 * sorts (of `declare-sort`; an application of a sort constructor of arity ≥ 1 is one too). Sorts are
 * interned, so two sorts are equal exactly when they are the same object; `name` is the
 * SMT-LIB spelling used in messages and in model output.
 */
export class Sort {
    kind;
    name;
    width;
    index;
    element;
    constructor(kind, name, 
    /** Width for `BitVec`, 0 otherwise. */
    width, 
    /** Index sort of an `Array`. */
    index, 
    /** Element sort of an `Array`. */
    element) {
        this.kind = kind;
        this.name = name;
        this.width = width;
        this.index = index;
        this.element = element;
    }
    static interned = new Map();
    static intern(kind, name, width = 0, index, element) {
        let s = Sort.interned.get(name);
        if (!s) {
            s = new Sort(kind, name, width, index, element);
            Sort.interned.set(name, s);
        }
        return s;
    }
    static Bool = Sort.intern('Bool', 'Bool');
    static Int = Sort.intern('Int', 'Int');
    static Real = Sort.intern('Real', 'Real');
    /** The sort `(_ BitVec width)`, width ≥ 1. */
    static bitVec(width) {
        return Sort.intern('BitVec', `(_ BitVec ${width})`, width);
    }
    /**
     * The sort `(Array index element)`.
     * @example Sort.array(Sort.bitVec(32), Sort.bitVec(8)).name // '(Array (_ BitVec 32) (_ BitVec 8))'
     */
    static array(index, element) {
        return Sort.intern('Array', `(Array ${index.name} ${element.name})`, 0, index, element);
    }
    /** An uninterpreted sort: `declare-sort` of arity 0, or an application of a sort constructor. */
    static uninterpreted(name) {
        return Sort.intern('Uninterpreted', name);
    }
    toString() {
        return this.name;
    }
}
//# sourceMappingURL=sort.js.map