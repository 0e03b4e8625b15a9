import { type Encoded, type EncodeOptions } from '../encode/encoder.js';
import { UnsupportedError } from '../errors.js';
import { type Preprocessed } from '../preprocess/pipeline.js';
import type { Term } from '../terms/term.js';
import { IdlAtoms } from '../theory/idl/atoms.js';
import type { AtomTable } from '../theory/idl/normalize.js';
/** A problem after preprocessing, with its atoms: ready to be encoded. */
export interface Prepared {
    pre: Preprocessed;
    /** The difference atoms of `pre.problem` (absent when a pass decided the problem or failed). */
    atoms?: IdlAtoms;
    /**
     * What made the problem unsupported (thrown by `encodePrepared`). Kept rather than thrown, so
     * that resource reasoning may still refute the original assertions.
     */
    unsupported?: UnsupportedError;
}
/**
 * Preprocesses `assertions ∧ assumptions` and collects the atoms of the result. `poll` is
 * called now and then (it may throw LimitReached); `symmetry` false leaves out the
 * symmetry-breaking pass.
 * @example const p = prepare([store.mk('<', [x, y])], [], () => {});
 */
export declare function prepare(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void, symmetry?: boolean): Prepared;
/**
 * The atom table of the original assertions, when preprocessing did not change them (resource
 * reasoning then normalises its literals into it); otherwise undefined.
 */
export declare function sharedTable(p: Prepared): AtomTable | undefined;
/**
 * Encodes a prepared problem. `extra` (implied assertions over the original terms) is used only
 * when preprocessing left the problem as it was; operation symmetry is not looked for after
 * word-level rewriting. Throws what made the problem unsupported.
 * @example const enc = encodePrepared(prepare(assertions, [], poll), { poll }, []);
 */
export declare function encodePrepared(p: Prepared, options: Omit<EncodeOptions, 'extra'>, extra: readonly Term[]): Encoded;
/**
 * What the engine encodes for `assertions ∧ assumptions` when nothing is learned: preprocessing,
 * atoms, encoding. The one function the SAT-refutation checker re-encodes with.
 * @example const { cnf, decode } = encodeProblem([store.mk('<', [x, y])], [], {});
 */
export declare function encodeProblem(assertions: readonly Term[], assumptions: readonly Term[], options?: Omit<EncodeOptions, 'extra'>): Encoded;
