/**
 * The DAG copy that the reductions (ackermann.ts, reals.ts) build their output with: a
 * bottom-up walk that imports each term into a fresh store over the copies of its arguments,
 * unless the pass replaces it.
 */
import type { TermStore, Term } from '../terms/term.js';
/**
 * Copies the DAG of `roots` into `store` bottom-up. `replace(t, copyOf)` may return the copy of
 * `t` itself (its arguments, or whatever `children` lists, are copied first); otherwise `t` is
 * imported over the copies of its arguments. Returns the copies by original term id.
 * @example const copy = copyDag(new TermStore(), roots, (t) => t.args, () => undefined, () => {});
 */
export declare function copyDag(store: TermStore, roots: readonly Term[], children: (t: Term) => readonly Term[], replace: (t: Term, copyOf: (u: Term) => Term) => Term | undefined, poll: () => void): Map<number, Term>;
