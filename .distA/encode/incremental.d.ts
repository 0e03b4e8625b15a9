/**
 * The incremental encoder (docs/ARCHITECTURE.md "Incremental checks"): one gate graph, one atom
 * table and one stream of clauses kept across the checks of an assertion stack, so a term is
 * encoded once, the first time an assertion or assumption mentions it, and only the clauses of
 * new nodes reach the SAT session. Booleans and bit-vectors encode exactly as in the one-problem
 * encoder (structure.ts, bv/bitblast.ts: nothing there depends on the rest of the problem).
 *
 * Difference logic is the part whose encoding depends on the whole problem: a small-domain
 * range (idl/smalldomain.ts) must hold one model of *all* constraints. Here every integer
 * variable but the zero variable is one unsigned word of a common width W, read as
 * `bits − 2^(W−1)`, and an atom `x − y ≤ c` is a comparator over the two words (one adder per
 * ordered pair, shared). With n variables (the zero variable included) and constants of absolute
 * value at most cmax, some model has every variable within R − 1 = (n − 1)(cmax + 1) of a
 * reference at 0 (the squeeze argument of idl/smalldomain.ts), so the encoding is complete while
 * 2^(W−1) ≥ R. W is chosen with headroom (4R); when new atoms make R outgrow it, `overflowed`
 * says so and the caller starts a new encoder and session of a wider width (a doubling of R
 * costs one rebuild, so a growing BMC unrolling rebuilds a logarithmic number of times). Any
 * width is sound for `sat` (values outside the range are still integers, and every model is
 * checked by the engine); only `unsat` needs the range. Preprocessing, symmetry breaking and
 * resource learning are not used here: they are global to one problem.
 *
 * The `lazy` encoding of difference logic needs no range at all: each atom is a free SAT
 * variable, atoms over the same pair of variables are chained by implications (`x − y ≤ c₁`
 * implies `x − y ≤ c₂` for c₁ < c₂), and the transitivity constraints of the per-constraint
 * encoding are added only when a SAT model violates one (`refine`, theory/idl/cycles.ts). Each
 * is valid in the theory, so it stays in the session for every later check. Both encodings are
 * complete; the lazy one suits the many easy checks of incremental scripts, where a model of
 * the Boolean structure is usually consistent at once or after a few lemmas.
 */
import { Gates, type Lit } from '../cnf/gates.js';
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
import { IdlAtoms } from '../theory/idl/atoms.js';
import type { TheoryCheck } from '../sat/session.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import { TseitinStream } from './tseitin-stream.js';
/** The range bound R = (n − 1)(cmax + 1) + 1 of `n` variables and largest |constant| `cmax`. */
export declare function rangeBound(n: number, cmax: bigint): bigint;
/** How difference atoms become SAT variables: comparators over binary words, or free atoms refined lazily. */
export type IdlEncoding = 'words' | 'lazy';
/** Largest range of the lazy encoding: path weights stay exact in doubles. */
export declare const LAZY_RANGE: bigint;
export declare class IncrementalEncoder {
    readonly idl: IdlEncoding;
    readonly g: Gates;
    readonly atoms: IdlAtoms;
    readonly stream: TseitinStream;
    /** Word width of every integer variable; fixed for the life of the encoder. */
    readonly width: number;
    private readonly half;
    private poll;
    private readonly bv;
    private readonly lit;
    private readonly boolVars;
    private readonly atomLits;
    private readonly words;
    private readonly sums;
    private cmax;
    private readonly cx;
    /** Lazy encoding: the atoms of each ordered pair `x,y`, by increasing constant. */
    private readonly chains;
    /** Lazy encoding: the potential of each variable found by the last consistent `refine`. */
    private potential;
    /** Lazy encoding: the atoms' constants as doubles (exact below LAZY_RANGE). */
    private readonly cNum;
    /** The propagator of the last `theory` (its memory goes to the next). */
    private lastTheory;
    /** Lazy encoding: transitivity lemmas added so far. */
    lemmas: number;
    /**
     * An encoder whose integer words have `width` bits (at least 2), or (`lazy`) whose atoms are
     * free variables refined by `refine`.
     * @example const enc = new IncrementalEncoder(IncrementalEncoder.widthFor(rangeBound(10, 5n)));
     */
    constructor(width: number, idl?: IdlEncoding);
    /**
     * The width for range bound `r` with headroom: 2^(W−1) ≥ 4r.
     * @example IncrementalEncoder.widthFor(100n) // 10
     */
    static widthFor(r: bigint): number;
    /** The range bound of every atom seen so far. */
    get range(): bigint;
    /** Whether the atoms seen so far need a wider word than this encoder's (it must then be replaced). */
    get overflowed(): boolean;
    /**
     * Collects the atoms of `terms` (throws UnsupportedError outside Booleans, difference logic
     * and bit-vectors) and updates the range; call before `literal` on them. `poll` may throw
     * LimitReached.
     * @example enc.collect([t], () => {}); if (!enc.overflowed) enc.literal(t);
     */
    collect(terms: readonly Term[], poll: () => void): void;
    /**
     * The gate literal of Boolean term `t`, building what is new under it. Pre: `collect` saw `t`.
     * @example const l = enc.literal(t); // TRUE, FALSE or a gate literal
     */
    literal(t: Term): Lit;
    /**
     * Values of every Int, Bool and bit-vector constant encoded so far, under a SAT model.
     * @example const values = enc.decode(session.model());
     */
    decode(model: Uint8Array): Map<number, Value>;
    /**
     * Adds to `out` the atoms under `t` (walking the terms not in `seen`, which it extends): the
     * atoms whose values a model of `t` must make consistent. Pre: `collect` saw `t`.
     * @example const atoms: number[] = []; enc.atomsUnder(t, new Set(), atoms);
     */
    atomsUnder(t: Term, seen: Set<number>, out: number[]): void;
    /**
     * Lazy encoding: checks the values that `value` (by CNF variable) gives the atoms among `atoms`
     * that have a CNF variable (the others are in no clause). Consistent: answers no lemma and
     * keeps a potential for `decode`. Otherwise answers one lemma (the DIMACS clause of the atoms
     * of a negative cycle, each false under `value`) per disjoint cycle found.
     * @example const lemmas = enc.refine((v) => model[v] === 1, atoms);
     */
    refine(value: (v: number) => boolean, atoms: readonly number[]): number[][];
    /**
     * Lazy encoding: the theory a SAT session consults while it searches, for the atoms among
     * `atoms` (those of the open frames and the assumptions): each assignment of them is checked
     * as the search makes it (propagator.ts), each full model once more (`refine`); with
     * `propagationNodes` > 0 the atoms a new assignment implies are propagated too, and where that
     * propagation is complete, the disjunctive resources `resources` gives (asked for only then)
     * are reasoned on (theory/idl/disjunctive.ts).
     * @example session.setTheory?.(enc.theory(atoms, 64));
     */
    theory(atoms: readonly number[], propagationNodes?: number, resources?: () => DisjunctiveTerms | undefined): TheoryCheck;
    /**
     * Resources over terms as nodes of the atom table; a resource with a start variable the
     * table does not have (no atom mentions it) is left out, and so is the whole set when the
     * reference is missing.
     */
    private resourceNodes;
    /** The atoms' constants as doubles, extended to the atoms collected since the last call. */
    private constants;
    /**
     * Lazy encoding: the free literal of a new atom, with the implications to its neighbours in
     * the chain of atoms over the same variables.
     */
    private lazyAtom;
    /** The word of variable v (v ≥ 1). */
    private word;
    /** The literal of atom `x − y ≤ c` over the words (x, y ≥ 1) or against the zero variable. */
    private atomLit;
}
