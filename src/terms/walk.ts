/**
 * Post-order traversal of the term DAG with an explicit stack, so that input depth never
 * reaches the call stack. Every pass that computes something per term bottom-up (evaluation,
 * substitution, encoding, normalisation) uses it with its own memo.
 */
import type { Term } from './term.js';

/**
 * A set of term ids (dense, from 0, per store) as a byte per id, grown on demand: a walk of a
 * DAG of a million terms marks them without hashing and without a Set's growing table. Ids of
 * one store grow from the leaves up (a term is made after its arguments), so sizing it by the
 * largest root id usually means no growth at all.
 * @example const seen = new TermIdSet(t.id + 1); seen.add(t.id); seen.has(t.id) // true
 */
export class TermIdSet {
  private bits: Uint8Array;

  constructor(capacity = 64) {
    this.bits = new Uint8Array(Math.max(capacity, 64));
  }

  has(id: number): boolean {
    return id < this.bits.length && this.bits[id] !== 0;
  }

  add(id: number): void {
    if (id >= this.bits.length) {
      const grown = new Uint8Array(Math.max(2 * this.bits.length, id + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[id] = 1;
  }
}

/** One more than the largest id among `roots`: the capacity of a TermIdSet for a walk from them. */
function idBound(roots: readonly Term[]): number {
  let max = -1;
  for (const r of roots) if (r.id > max) max = r.id;
  return max + 1;
}

/**
 * Calls `visit(t)` once for every term (or any other DAG node `T`) reachable from `roots` through `children` that is not
 * yet `done`, children before parents. `visit` must make `done(t)` true.
 * @example postOrder([t], (u) => memo.has(u.id), (u) => u.args, (u) => memo.set(u.id, f(u)));
 */
export function postOrder<T = Term>(
  roots: readonly T[],
  done: (t: T) => boolean,
  children: (t: T) => readonly T[],
  visit: (t: T) => void,
): void {
  const stack: T[] = roots.slice();
  while (stack.length > 0) {
    const t = stack[stack.length - 1]!;
    if (done(t)) {
      stack.pop();
      continue;
    }
    let pending = false;
    for (const c of children(t)) {
      if (!done(c)) {
        stack.push(c);
        pending = true;
      }
    }
    if (pending) continue;
    stack.pop();
    visit(t);
  }
}

/**
 * Calls `visit(t)` once for every term reachable from `roots` (through arguments), children
 * before parents.
 * @example forEachTerm(assertions, (t) => { if (t.op === 'var') vars.push(t); });
 */
export function forEachTerm(roots: readonly Term[], visit: (t: Term) => void): void {
  const seen = new TermIdSet(idBound(roots));
  postOrder(
    roots,
    (t) => seen.has(t.id),
    (t) => t.args,
    (t) => {
      seen.add(t.id);
      visit(t);
    },
  );
}

/**
 * Whether some term reachable from `roots` (through arguments) satisfies `p`; stops at the first.
 * @example someTerm(assertions, (t) => t.sort.kind === 'BitVec')
 */
export function someTerm(roots: readonly Term[], p: (t: Term) => boolean): boolean {
  const seen = new TermIdSet(idBound(roots));
  const stack = roots.slice();
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    if (p(t)) return true;
    for (const a of t.args) stack.push(a);
  }
  return false;
}
