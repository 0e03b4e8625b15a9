/**
 * The rewriting pass: copies the assertions' DAG into a fresh term store, simplifying every
 * application on the way (bottom-up, so each rule sees simplified arguments; rules: bv.ts).
 * A fresh store keeps the caller's DAG intact: the model check evaluates the original
 * assertions, and the encoder works on the copy. Declared constants are copied one to one
 * (`origin` maps each copy back), so a model of the copy is a model of the original; a
 * constant that rewriting removed may take any value.
 */
import { TermStore, type Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';
import { BvRewriter } from './bv.js';

export interface Rewritten {
  assertions: Term[];
  assumptions: Term[];
  /** The original declared constant of each constant of the copy, by the copy's term id. */
  origin: Map<number, Term>;
}

/**
 * Rewrites `assertions` and `assumptions` into a fresh store. `poll` is called now and then
 * (it may throw LimitReached).
 * @example const { assertions, origin } = rewrite([store.mk('=', [x, x])], []); // [true]
 */
export function rewrite(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void = () => {}): Rewritten {
  const store = new TermStore();
  const rw = new BvRewriter(store);
  const copy = new Map<number, Term>();
  const origin = new Map<number, Term>();
  let ticks = 0;
  postOrder(
    [...assertions, ...assumptions],
    (t) => copy.has(t.id),
    (t) => t.args,
    (t) => {
      if ((++ticks & 4095) === 0) poll();
      let c: Term;
      switch (t.op) {
        case 'var':
          c = store.var(t.name!, t.sort, t.id);
          origin.set(c.id, t);
          break;
        case 'true':
        case 'false':
          c = store.bool(t.op === 'true');
          break;
        case 'int':
          c = store.int(t.value!);
          break;
        case 'bv':
          c = store.bv(t.value!, t.sort.width);
          break;
        default:
          c = rw.mk(t.op === 'neg' ? '-' : t.op, t.args.map((a) => copy.get(a.id)!), t.indices);
      }
      copy.set(t.id, c);
    },
  );
  return {
    assertions: assertions.map((t) => copy.get(t.id)!),
    assumptions: assumptions.map((t) => copy.get(t.id)!),
    origin,
  };
}
