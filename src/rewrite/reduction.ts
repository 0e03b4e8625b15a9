/**
 * Theory reductions before encoding (DESIGN.md §5): passes that turn a problem into an
 * equisatisfiable one over fewer theories, in a fresh term store (the caller's DAG stays intact
 * for the model check), and lift a model of the result back to a model of the input. Ackermann
 * expansion removes uninterpreted functions and sorts (ackermann.ts); scaling reduces real
 * difference logic to integer difference logic (rdl.ts).
 */
import type { Value } from '../model/value.js';
import { TermStore, type Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';

export interface Reduction {
  assertions: Term[];
  assumptions: Term[];
  /** A model of the input from `values`, a model of the reduced problem (by its term ids). */
  lift(values: ReadonlyMap<number, Value>): Map<number, Value>;
}

/**
 * Copies the DAG of `roots` into `store` bottom-up. `replace(t, copyOf)` may return the copy of
 * `t` itself (its arguments, or whatever `children` lists, are copied first); otherwise `t` is
 * imported over the copies of its arguments. Returns the copies by original term id.
 * @example const copy = copyDag(new TermStore(), roots, (t) => t.args, () => undefined, () => {});
 */
export function copyDag(
  store: TermStore,
  roots: readonly Term[],
  children: (t: Term) => readonly Term[],
  replace: (t: Term, copyOf: (u: Term) => Term) => Term | undefined,
  poll: () => void,
): Map<number, Term> {
  const copy = new Map<number, Term>();
  const copyOf = (u: Term) => copy.get(u.id)!;
  let ticks = 0;
  postOrder(
    roots,
    (t) => copy.has(t.id),
    children,
    (t) => {
      if ((++ticks & 4095) === 0) poll();
      copy.set(t.id, replace(t, copyOf) ?? store.import(t, t.args.map(copyOf)));
    },
  );
  return copy;
}
