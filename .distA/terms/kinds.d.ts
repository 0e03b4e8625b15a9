/**
 * The operators eagersmt knows, one table: SMT-LIB name, arity, and the sort rule that
 * type-checks an application. The elaborator consults only this table, so adding an operator
 * (a later theory) is one row here plus its reduction.
 *
 * Bit-vector operators follow SMT-LIB 2.6's FixedSizeBitVectors theory and the QF_BV logic, plus
 * Z3's `bvredor`/`bvredand` and SMT-LIB 2.7's overflow predicates
 * (`bvand`, `bvor`, `bvxor`, `bvadd`, `bvmul`, `bvsub` and `concat` accept more than two
 * arguments, left-associatively, as Z3 does).
 *
 * Arity is `[min, max]` (max = Infinity for n-ary). Chainable (`=`, `<=`, ...) and associative
 * forms are turned into binary ones by the term store, per SMT-LIB 2.6 §3.6 attributes
 * `:chainable`, `:left-assoc`, `:right-assoc`.
 */
import { Sort } from './sort.js';
export type Op = 'var' | 'true' | 'false' | 'int' | 'real' | 'fun' | 'apply' | 'not' | 'and' | 'or' | 'xor' | '=>' | '=' | 'distinct' | 'ite' | '+' | '-' | 'neg' | '*' | '<=' | '<' | '>=' | '>' | '/' | 'to_real' | 'bv' | BvOp | 'select' | 'store' | 'const';
/** The bit-vector operators of SMT-LIB 2.6's FixedSizeBitVectors theory and QF_BV logic. */
export type BvOp = 'concat' | 'extract' | 'repeat' | 'zero_extend' | 'sign_extend' | 'rotate_left' | 'rotate_right' | 'bvnot' | 'bvand' | 'bvor' | 'bvxor' | 'bvnand' | 'bvnor' | 'bvxnor' | 'bvcomp' | 'bvneg' | 'bvadd' | 'bvsub' | 'bvmul' | 'bvudiv' | 'bvurem' | 'bvsdiv' | 'bvsrem' | 'bvsmod' | 'bvshl' | 'bvlshr' | 'bvashr' | 'bvult' | 'bvule' | 'bvugt' | 'bvuge' | 'bvslt' | 'bvsle' | 'bvsgt' | 'bvsge' | 'bvredor' | 'bvredand' | 'bvnego' | 'bvuaddo' | 'bvsaddo' | 'bvumulo' | 'bvsmulo' | 'bvusubo' | 'bvssubo' | 'bvsdivo';
/**
 * How an operator's argument sorts (and indices, for indexed operators such as
 * `(_ extract 7 0)`) determine its result, or a message for a mismatch.
 */
export type SortRule = (args: readonly Sort[], indices: readonly number[]) => Sort | string;
export interface OpInfo {
    op: Op;
    /** Minimum and maximum number of arguments. */
    arity: [number, number];
    sort: SortRule;
    /** How an n-ary application is reduced to binary ones, if it is. */
    assoc?: 'chainable' | 'left' | 'right';
    /** Number of numeral indices of an indexed operator (`(_ extract i j)` has 2), else absent. */
    indices?: number;
    /** A message when the indices alone are wrong (whatever the arguments), else undefined. */
    checkIndices?: (indices: readonly number[]) => string | undefined;
}
/** Widest bit-vector sort accepted (2^24 bits). */
export declare const MAX_WIDTH: number;
/**
 * The operator named `name` in SMT-LIB (`-` with one argument is `neg`), or undefined.
 * @example opInfo('<=', 2)?.assoc // 'chainable'
 */
export declare function opInfo(name: string, argc: number): OpInfo | undefined;
