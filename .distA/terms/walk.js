/**
 * Calls `visit(t)` once for every term (or any other DAG node `T`) reachable from `roots` through `children` that is not
 * yet `done`, children before parents. `visit` must make `done(t)` true.
 * @example postOrder([t], (u) => memo.has(u.id), (u) => u.args, (u) => memo.set(u.id, f(u)));
 */
export function postOrder(roots, done, children, visit) {
    const stack = roots.slice();
    while (stack.length > 0) {
        const t = stack[stack.length - 1];
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
        if (pending)
            continue;
        stack.pop();
        visit(t);
    }
}
/**
 * Calls `visit(t)` once for every term reachable from `roots` (through arguments), children
 * before parents.
 * @example forEachTerm(assertions, (t) => { if (t.op === 'var') vars.push(t); });
 */
export function forEachTerm(roots, visit) {
    const seen = new Set();
    postOrder(roots, (t) => seen.has(t.id), (t) => t.args, (t) => {
        seen.add(t.id);
        visit(t);
    });
}
/**
 * Whether some term reachable from `roots` (through arguments) satisfies `p`; stops at the first.
 * @example someTerm(assertions, (t) => t.sort.kind === 'BitVec')
 */
export function someTerm(roots, p) {
    const seen = new Set();
    const stack = roots.slice();
    while (stack.length > 0) {
        const t = stack.pop();
        if (seen.has(t.id))
            continue;
        seen.add(t.id);
        if (p(t))
            return true;
        for (const a of t.args)
            stack.push(a);
    }
    return false;
}
//# sourceMappingURL=walk.js.map