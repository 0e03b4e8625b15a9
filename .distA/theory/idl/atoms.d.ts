import type { Term } from '../../terms/term.js';
import { AtomTable, type AtomLit, type Comparison } from './normalize.js';
/** The canonical atoms of a problem and the normal form of each of its comparison terms. */
export declare class IdlAtoms {
    readonly table: AtomTable;
    /** The normal forms of each comparison term, by term id (pairwise `=` for a `distinct`). */
    readonly comparisons: Map<number, Comparison[]>;
    /** The comparison terms that are an `=` or a `distinct` (for value symmetry). */
    readonly equalities: Set<number>;
    private readonly visited;
    /**
     * Normalises the comparisons under `roots` not seen before. `tick` is called once per term
     * visited (it may throw to stop). Throws UnsupportedError on a term outside Booleans,
     * difference logic and bit-vectors.
     * @example const atoms = new IdlAtoms(); atoms.collect([store.mk('<', [x, y])], () => {}); // atoms.table.size === 1
     */
    collect(roots: readonly Term[], tick: () => void): void;
    /**
     * Every comparison term's normal forms, `eq` set for an `=` or a `distinct` (for value
     * symmetry and the equality encoding).
     */
    forms(): {
        eq: boolean;
        forms: readonly Comparison[];
    }[];
    /**
     * The atom literals that hold unconditionally under `roots`: top-level conjuncts (through
     * `and`, `not`, `or` negated) that are single unguarded atoms. Pre: `roots` were collected.
     * @example atoms.factsOf([store.mk('<', [x, y])]) // [{ atom: 0, pos: true }]
     */
    factsOf(roots: readonly Term[]): AtomLit[];
}
