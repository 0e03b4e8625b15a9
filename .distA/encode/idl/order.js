import { FALSE, TRUE } from '../../cnf/gates.js';
/** Fresh order literals for a variable ranging over [lo, hi] (hi ≥ lo). */
export function orderVar(g, lo, hi) {
    const le = [];
    for (let k = lo; k < hi; k++)
        le.push(g.input());
    return { lo, le };
}
/** The chain axioms o(x, k) → o(x, k + 1), as literals that must hold. */
export function orderAxioms(g, v) {
    const out = [];
    for (let i = 0; i + 1 < v.le.length; i++)
        out.push(g.implies(v.le[i], v.le[i + 1]));
    return out;
}
/** The literal of `x ≤ k` (a constant outside the range). */
export function orderLe(v, k) {
    if (k < v.lo)
        return FALSE;
    const i = k - v.lo;
    if (i >= BigInt(v.le.length))
        return TRUE;
    return v.le[Number(i)];
}
/** Number of clauses `orderAtom` builds for `x − y ≤ c` (0 for a constant atom). */
export function orderAtomSize(x, y, c) {
    const [from, to] = bRange(x, y, c);
    return to < from ? 0 : Number(to - from) + 1;
}
function bRange(x, y, c) {
    const lx = x.lo;
    const hx = x.lo + BigInt(x.le.length);
    const ly = y.lo;
    const hy = y.lo + BigInt(y.le.length);
    const low = lx - c - 1n;
    let from = hy < low ? hy : low;
    if (from < ly)
        from = ly;
    const hiX = hx - c - 1n;
    const to = hy < hiX ? hy : hiX;
    return [from, to];
}
/**
 * The literal of `x − y ≤ c`.
 * Post: under the chain axioms of x and y, true exactly when value(x) − value(y) ≤ c.
 */
export function orderAtom(g, x, y, c) {
    const [from, to] = bRange(x, y, c);
    const clauses = [];
    for (let b = from; b <= to; b++)
        clauses.push(g.or(orderLe(y, b) ^ 1, orderLe(x, b + c)));
    return g.andN(clauses);
}
/** The value of an order variable under a Boolean valuation of its literals. */
export function orderValue(v, value) {
    let n = 0n;
    for (const l of v.le)
        if (!value(l))
            n++;
    return v.lo + n;
}
//# sourceMappingURL=order.js.map