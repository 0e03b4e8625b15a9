/**
 * The eager encoding of one preprocessed problem (docs/ARCHITECTURE.md "Encoding"): assertions
 * (and assumptions) over Booleans, integer difference logic and bit-vectors become one CNF.
 * Preprocessing (preprocess/) has already removed functions, reals and word-level redundancy;
 * the difference atoms have already been collected (theory/idl/atoms.ts). Then:
 *
 *  1. Facts: note which atom literals hold unconditionally (top-level conjuncts); symmetry
 *     breaking (idl/symmetry.ts, idl/opsymmetry.ts) adds facts and clauses over the atoms.
 *     It lives here, with the atom table it reads, not among the preprocessing passes.
 *  2. Encode the atoms (idl/smalldomain.ts) into the gate layer.
 *  3. Build the Boolean structure over atom literals and Boolean constants in the gate layer;
 *     bit-vector terms are bit-blasted (bv/bitblast.ts) in the same bottom-up walk.
 *  4. Tseitin to CNF; assumptions become kept literals.
 *
 * `decode` turns a SAT model back into values of the problem's constants (the engine lifts
 * them through the preprocessing passes). All walks over terms use explicit stacks: input
 * depth never reaches the call stack.
 */
import type { Cnf } from '../cnf/cnf.js';
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
import type { IdlAtoms } from '../theory/idl/atoms.js';
import { type ComponentStats } from './idl/smalldomain.js';
import { type OpSymmetryStats } from './idl/opsymmetry.js';
/** `auto` picks eij, sd or order per component by clause count (idl/smalldomain.ts). */
export type IdlEncoding = 'auto' | 'sd' | 'order' | 'eij';
export interface EncodeOptions {
    idlEncoding?: IdlEncoding;
    /** Break value symmetries of interchangeable variables (idl/symmetry.ts); on unless false. */
    symmetry?: boolean;
    /** Also order the starts of interchangeable operations and jobs (idl/opsymmetry.ts); on unless false or `symmetry` is false. */
    opSymmetry?: boolean;
    /** Called now and then during long loops; throws LimitReached to stop the encoding. */
    poll?: () => void;
    /**
     * More assertions, each implied by `assertions ∧ assumptions` (what resource reasoning
     * learned). They are encoded after value-symmetry detection, which never sees them; as they
     * hold in every model, symmetry breaking (which keeps one model of each orbit) stays sound.
     */
    extra?: readonly Term[];
}
export interface EncodeStats {
    atoms: number;
    intVars: number;
    boolVars: number;
    /** Declared bit-vector constants blasted. */
    bvVars: number;
    gates: number;
    components: ComponentStats[];
    /** Value symmetries broken: members and number of values of each group. */
    symmetries: {
        members: number;
        values: bigint;
    }[];
    /** Gates built for the `extra` assertions alone. */
    extraGates: number;
    /** Operation symmetries broken: families of interchangeable blocks. */
    opSymmetries: OpSymmetryStats[];
}
export interface Encoded {
    cnf: Cnf;
    /** DIMACS literals of the assumptions, in order (those that folded to a constant left out). */
    assumptions: Int32Array;
    /** Per assumption given, in order: its DIMACS literal, or the constant it folded to. */
    assumptionLits: (number | boolean)[];
    /** Values of the Int and Bool constants the problem mentions, from a SAT model. */
    decode(model: Uint8Array): Map<number, Value>;
    stats: EncodeStats;
}
/**
 * Encodes `assertions` (each must hold) and `assumptions` (literals to assume) to CNF.
 * Pre: `atoms` has collected exactly `assertions` and `assumptions` (and nothing else); the
 * encoding adds to it (symmetry-breaking variables, the atoms of `options.extra`).
 * @example const atoms = new IdlAtoms(); atoms.collect([lt], () => {}); const { cnf, decode } = encode([lt], [], atoms, {});
 */
export declare function encode(assertions: readonly Term[], assumptions: readonly Term[], atoms: IdlAtoms, options?: EncodeOptions): Encoded;
