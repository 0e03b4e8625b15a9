import type { Term } from '../../terms/term.js';
import { type AtomLit, type AtomTable, type Comparison } from '../../theory/idl/normalize.js';
/** An involution of symbols (given as its pairs) verified as a symmetry of the conjuncts. */
export interface OpSymmetry {
    /** symbol → image for every moved symbol (both directions of each swapped pair). */
    perm: Map<number, number>;
    /** The pair (u, v) that started the search: u ↦ v. */
    lead: [number, number];
}
/** Interchangeable blocks found: for each family, the number of blocks and symbols per block. */
export interface OpSymmetryStats {
    blocks: number;
    size: number;
}
/** What a value symmetry uses: its members are never leads, its reference never moves. */
export interface ValueGroupUse {
    members: readonly number[];
    ref: number;
}
/**
 * The symmetries found among the top-level conjuncts of `assertions`: involutions of symbols
 * (Int variables of `table`, Bool constants) verified to map the set of conjuncts onto itself,
 * none moving the reference of one of `groups`, each started from two Int variables that are
 * no group's members. The work is bounded by a few passes over the conjuncts (BUDGET_FACTOR).
 * Pre: `comparisons` holds the normal form of every comparison term of `assertions`.
 * Post: every symmetry returned maps every model of `assertions` to a model.
 * @example operationSymmetries(table, comparisons, assertions, []) // [] when no two jobs are alike
 */
export declare function operationSymmetries(table: AtomTable, comparisons: ReadonlyMap<number, readonly Comparison[]>, assertions: readonly Term[], groups: readonly ValueGroupUse[], poll?: () => void): OpSymmetry[];
/**
 * The lex-leader constraints of `symmetries` (see the header): for each, x_f ≤ x_σ⁻¹(f) with f
 * the first lead symbol it moves, as atom literals that must hold. Skips a symmetry when f or
 * its image is not an Int variable of the problem or is used by a value group.
 * Post: the problem with these facts is satisfiable iff it was without them.
 * @example breakOperationSymmetry(table, found, groups) // [{ atom: 7, pos: true }, ...]
 */
export declare function breakOperationSymmetry(table: AtomTable, symmetries: readonly OpSymmetry[], groups: readonly ValueGroupUse[]): AtomLit[];
/**
 * Families of interchangeable blocks: the symbols moved by symmetries that meet, with the
 * number of blocks (orbit symbols over symbols per block) and the symbols per block.
 * @example opSymmetryStats([{ perm: new Map([[1, 3], [3, 1], [2, 4], [4, 2]]), lead: [1, 3] }]) // [{ blocks: 2, size: 2 }]
 */
export declare function opSymmetryStats(symmetries: readonly OpSymmetry[]): OpSymmetryStats[];
