/**
 * The front half of one check, from the assertions to a CNF (docs/ARCHITECTURE.md "Engine"):
 * the preprocessing pipeline (preprocess/pipeline.ts), then the difference atoms of the
 * preprocessed problem, collected once (theory/idl/atoms.ts), then the encoding
 * (encode/encoder.ts), whose `decode` is lifted back through the passes.
 *
 * The engine (check.ts) runs resource reasoning between `prepare` and `encodePrepared`, on the
 * same atom table when preprocessing left the problem as it was. The SAT-refutation checker
 * (proof/check-refutation.ts) re-encodes a problem with `encodeProblem`, which is exactly
 * these two steps with nothing learned: the checker and the engine cannot drift apart.
 */
import { Cnf } from '../cnf/cnf.js';
import { encode, type Encoded, type EncodeOptions } from '../encode/encoder.js';
import { UnsupportedError } from '../errors.js';
import type { Value } from '../model/value.js';
import { passesFor, preprocess, type Preprocessed } from '../preprocess/pipeline.js';
import type { Term } from '../terms/term.js';
import { IdlAtoms } from '../theory/idl/atoms.js';

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
export function prepare(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void, symmetry = true): Prepared {
  let pre: Preprocessed;
  try {
    pre = preprocess({ assertions, assumptions }, poll, passesFor(symmetry));
  } catch (e) {
    if (!(e instanceof UnsupportedError)) throw e;
    return { pre: { problem: { assertions, assumptions }, applied: [], lift: (v) => new Map(v) }, unsupported: e };
  }
  if (pre.model) return { pre };
  const atoms = new IdlAtoms();
  let ticks = 0;
  try {
    atoms.collect([...pre.problem.assertions, ...pre.problem.assumptions], () => {
      if ((++ticks & 4095) === 0) poll();
    });
  } catch (e) {
    if (!(e instanceof UnsupportedError)) throw e;
    return { pre, unsupported: e };
  }
  return { pre, atoms };
}

/**
 * The atoms of the original assertions (their table and the normal forms of their comparisons),
 * when preprocessing did not change them: resource reasoning then reads its literals there;
 * otherwise undefined.
 */
export function sharedAtoms(p: Prepared): IdlAtoms | undefined {
  return p.pre.applied.length === 0 ? p.atoms : undefined;
}

/**
 * Encodes a prepared problem. `extra` (implied assertions over the original terms) is used only
 * when preprocessing left the problem as it was; operation symmetry is not looked for after
 * word-level rewriting. Throws what made the problem unsupported.
 * @example const enc = encodePrepared(prepare(assertions, [], poll), { poll }, []);
 */
export function encodePrepared(p: Prepared, options: Omit<EncodeOptions, 'extra'>, extra: readonly Term[]): Encoded {
  if (p.unsupported) throw p.unsupported;
  const { pre } = p;
  if (pre.model) return modelFound(pre.model);
  const { assertions, assumptions } = pre.problem;
  const opSymmetry = options.opSymmetry !== false && !pre.applied.includes('bv-rewrite');
  const enc = encode(assertions, assumptions, p.atoms!, { ...options, opSymmetry, extra: pre.applied.length === 0 ? extra : [] });
  if (pre.applied.length === 0) return enc;
  return { ...enc, decode: (model) => pre.lift(enc.decode(model)) };
}

/**
 * What the engine encodes for `assertions ∧ assumptions` when nothing is learned: preprocessing,
 * atoms, encoding. The one function the SAT-refutation checker re-encodes with.
 * @example const { cnf, decode } = encodeProblem([store.mk('<', [x, y])], [], {});
 */
export function encodeProblem(assertions: readonly Term[], assumptions: readonly Term[], options: Omit<EncodeOptions, 'extra'> = {}): Encoded {
  const poll = options.poll ?? (() => {});
  return encodePrepared(prepare(assertions, assumptions, poll, options.symmetry !== false), options, []);
}

/** The encoding of a problem that preprocessing decided: an empty CNF, and the model found. */
function modelFound(model: Map<number, Value>): Encoded {
  return {
    cnf: new Cnf(),
    assumptions: new Int32Array(0),
    assumptionLits: [],
    decode: () => model,
    stats: { atoms: 0, intVars: 0, boolVars: 0, bvVars: 0, gates: 0, components: [], symmetries: [], extraGates: 0, opSymmetries: [] },
  };
}
