import type { SourceLoc } from '../errors.js';
import { type Op, type OpInfo } from './kinds.js';
import type { Rational } from './rational.js';
import { Sort } from './sort.js';
export interface Term {
    readonly id: number;
    readonly op: Op;
    readonly sort: Sort;
    readonly args: readonly Term[];
    /** Value of an `int` literal, or of a `bv` literal (unsigned, below 2^width). */
    readonly value?: bigint;
    /** Numeral indices of an indexed operator: `[i, j]` for `(_ extract i j)`, `[i]` for `(_ repeat i)`. */
    readonly indices?: readonly number[];
    /** Symbol of a `var` or `fun`. */
    readonly name?: string;
    /** Value of a `real` literal. */
    readonly rational?: Rational;
    /** Argument sorts of a `fun` (its sort is the range). */
    readonly domain?: readonly Sort[];
    /** The `fun` applied by an `apply`. */
    readonly fn?: Term;
}
export declare class TermStore {
    /**
     * The hash-consing table, open addressing with linear probing: each slot holds a term's id + 1
     * (0: empty), at the first free place from its hash of (op, sort, extra, argument ids), and
     * `hashes` keeps every term's hash, so a probe compares hashes before terms and growing the
     * table rehashes nothing. Typed arrays only: interning allocates nothing for a term that
     * exists already, and the garbage collector never walks the table (a Map of a million
     * entries is walked at every full collection).
     */
    private slots;
    private hashes;
    private readonly terms;
    /** The `extra` of each term by id (its symbol, generation, literal value: see `intern`). */
    private readonly extras;
    readonly true: Term;
    readonly false: Term;
    /** Number of terms created so far (ids are 0..size-1). */
    get size(): number;
    /** The term with id `id`. */
    get(id: number): Term;
    private intern;
    /** Doubles the table, placing every term again by its kept hash. */
    private grow;
    /** Whether `t` is the term (op, sort, args, extra) that `intern` is asked for. */
    private same;
    /**
     * The constant symbol `name` of `sort`; declaring the same name twice yields distinct
     * constants only through `fresh` (scoping is the interpreter's business).
     * @example store.var('x', Sort.Int)
     */
    var(name: string, sort: Sort, generation?: number): Term;
    /** The Boolean constant. */
    bool(b: boolean): Term;
    /** An integer literal. @example store.int(-3n) */
    int(value: bigint): Term;
    /** A real literal. @example store.real(rat(3n, 2n)) // 1.5 */
    real(value: Rational): Term;
    /**
     * The uninterpreted function symbol `name` of arity ≥ 1 (`declare-fun name (domain) range`);
     * `generation` separates symbols of the same name and signature, as in `var`.
     * @example const f = store.fun('f', [Sort.Int], Sort.Int)
     */
    fun(name: string, domain: readonly Sort[], range: Sort, generation?: number): Term;
    /**
     * The application of the function symbol `fn` (a `fun` term) to `args`; throws SortError
     * (located at `loc`) for a wrong number or sort of arguments.
     * @example store.apply(f, [x]) // (f x)
     */
    apply(fn: Term, args: readonly Term[], loc?: SourceLoc): Term;
    /**
     * The term `t` of another store rebuilt in this one over `args` (copies of its arguments;
     * `fn` the copy of an application's function symbol, by default imported too). Leaves are
     * copied as they are; a constant's generation becomes its id in the other store.
     * @example copy.set(t.id, store.import(t, t.args.map((a) => copy.get(a.id)!)))
     */
    import(t: Term, args: readonly Term[], fn?: Term): Term;
    /**
     * The bit-vector literal of `width` bits whose unsigned value is `value` modulo 2^width.
     * @example store.bv(-1n, 4) // #xf
     */
    bv(value: bigint, width: number): Term;
    /**
     * The constant array `((as const sort) value)`: every index maps to `value`; throws SortError
     * (located at `loc`) unless `sort` is an array sort whose element sort is `value`'s.
     * @example store.constArray(Sort.array(Sort.Int, Sort.Int), store.int(0n))
     */
    constArray(sort: Sort, value: Term, loc?: SourceLoc): Term;
    /**
     * Applies the operator named `name` (SMT-LIB spelling) to `args`, type-checking it;
     * `indices` are the numerals of an indexed operator (`(_ extract 7 0)` is `mk('extract', [x],
     * loc, [7, 0])`). Throws SortError (located at `loc` when given) for an unknown operator, a
     * wrong number of arguments or indices, or ill-sorted arguments.
     * @example store.mk('<=', [x, y]) // (<= x y)
     */
    mk(name: string, args: readonly Term[], loc?: SourceLoc, indices?: readonly number[]): Term;
    /**
     * The application of `t`'s operator (with its indices) to new arguments, through `mk`.
     * Pre: `t` is an application (not a leaf).
     * @example store.rebuild(t, t.args.map(simplify))
     */
    rebuild(t: Term, args: readonly Term[]): Term;
}
/**
 * Type-checks the application of the operator named `name` (SMT-LIB spelling) to arguments of
 * sorts `args` with numeral `indices`: its table row and result sort, or a SortError (located
 * at `loc` when given) for an unknown operator, a wrong number of arguments or indices, or
 * ill-sorted arguments. `TermStore.mk` and the library's term builders share it.
 * @example sortOfApp('bvadd', [Sort.bitVec(8), Sort.bitVec(8)], []).sort // (_ BitVec 8)
 */
export declare function sortOfApp(name: string, args: readonly Sort[], indices: readonly number[], loc?: SourceLoc): {
    info: OpInfo;
    sort: Sort;
};
