/**
 * The DAG copy that the reductions (ackermann.ts, reals.ts) build their output with: a
 * bottom-up walk that imports each term into a fresh store over the copies of its arguments,
 * unless the pass replaces it.
 */
import type { Value } from '../model/value.js';
import type { TermStore, Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';

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

/**
 * The constants and function symbols among the copies (`copy`: by original id), as copy id →
 * original id: what a lift needs to rename a model of the copy back. Function symbols are
 * copies only when the walk's `children` listed them (`[...t.args, t.fn]` for an application).
 */
export function symbolsBack(copy: ReadonlyMap<number, Term>): Map<number, number> {
  const back = new Map<number, number>();
  for (const [id, c] of copy) if (c.op === 'var' || c.op === 'fun') back.set(c.id, id);
  return back;
}

/** The values of `values` (by copy id) under the original ids of `back`; others are dropped. */
export function renameBack(values: ReadonlyMap<number, Value>, back: ReadonlyMap<number, number>): Map<number, Value> {
  const out = new Map<number, Value>();
  for (const [id, v] of values) {
    const o = back.get(id);
    if (o !== undefined) out.set(o, v);
  }
  return out;
}
