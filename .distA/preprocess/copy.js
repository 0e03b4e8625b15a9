import { postOrder } from '../terms/walk.js';
/**
 * Copies the DAG of `roots` into `store` bottom-up. `replace(t, copyOf)` may return the copy of
 * `t` itself (its arguments, or whatever `children` lists, are copied first); otherwise `t` is
 * imported over the copies of its arguments. Returns the copies by original term id.
 * @example const copy = copyDag(new TermStore(), roots, (t) => t.args, () => undefined, () => {});
 */
export function copyDag(store, roots, children, replace, poll) {
    const copy = new Map();
    const copyOf = (u) => copy.get(u.id);
    let ticks = 0;
    postOrder(roots, (t) => copy.has(t.id), children, (t) => {
        if ((++ticks & 4095) === 0)
            poll();
        copy.set(t.id, replace(t, copyOf) ?? store.import(t, t.args.map(copyOf)));
    });
    return copy;
}
//# sourceMappingURL=copy.js.map