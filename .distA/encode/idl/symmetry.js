import { equalityOnlyAtoms } from './equality.js';
/**
 * The groups of interchangeable variables (of at least 2 members and 2 values).
 * `comparisons` are the normal forms of every comparison term of the problem, with `eq` set for
 * `=` and `distinct` terms; `facts` the atom literals that hold in every model.
 */
export function valueSymmetries(table, comparisons, facts) {
    const n = table.numVars;
    const equality = equalityOnlyAtoms(table, comparisons);
    const isFact = new Uint8Array(table.size);
    for (const f of facts)
        isFact[f.atom] = 1;
    // Per variable: its reference (the one partner over non-equality atoms) and its bounds.
    const ref = new Int32Array(n).fill(-1);
    const lo = new Array(n);
    const hi = new Array(n);
    const bad = new Uint8Array(n);
    const eqPartners = Array.from({ length: n }, () => []);
    for (let i = 0; i < table.size; i++) {
        const x = table.x[i];
        const y = table.y[i];
        if (equality[i]) {
            eqPartners[x].push(y);
            eqPartners[y].push(x);
            continue;
        }
        // A non-equality atom: allowed only as a fact towards the variable's single reference.
        for (const [m, r] of [[x, y], [y, x]]) {
            if (!isFact[i] || (ref[m] !== -1 && ref[m] !== r))
                bad[m] = 1;
            else
                ref[m] = r;
        }
    }
    for (const f of facts) {
        // x − y ≤ c (pos) or y − x ≤ −c − 1 (neg): an upper bound of one side relative to the other.
        const [x, y, c] = [table.x[f.atom], table.y[f.atom], table.c[f.atom]];
        const [up, base, k] = f.pos ? [x, y, c] : [y, x, -c - 1n];
        if (ref[up] === base && (hi[up] === undefined || k < hi[up]))
            hi[up] = k;
        if (ref[base] === up && (lo[base] === undefined || -k > lo[base]))
            lo[base] = -k;
    }
    const candidate = (m) => m !== 0 && !bad[m] && ref[m] !== -1 && lo[m] !== undefined && hi[m] !== undefined && hi[m] > lo[m];
    // Members must have only members as equality partners: drop the others until nothing changes.
    const ok = new Uint8Array(n);
    for (let m = 0; m < n; m++)
        ok[m] = candidate(m) ? 1 : 0;
    for (let changed = true; changed;) {
        changed = false;
        for (let m = 0; m < n; m++) {
            if (ok[m] && eqPartners[m].some((p) => !ok[p] || ref[p] !== ref[m] || lo[p] !== lo[m] || hi[p] !== hi[m])) {
                ok[m] = 0;
                changed = true;
            }
        }
    }
    // Groups: connected components of the equality partners.
    const groups = [];
    const seen = new Uint8Array(n);
    for (let m = 0; m < n; m++) {
        if (!ok[m] || seen[m])
            continue;
        const members = [];
        const stack = [m];
        seen[m] = 1;
        while (stack.length > 0) {
            const v = stack.pop();
            members.push(v);
            for (const p of eqPartners[v])
                if (!seen[p])
                    (seen[p] = 1), stack.push(p);
        }
        if (members.length < 2)
            continue;
        members.sort((a, b) => a - b);
        groups.push({ members, ref: ref[m], lo: lo[m], hi: hi[m] });
    }
    return groups;
}
/**
 * Adds the value-precedence constraints of `group` to `table` (new prefix-maximum variables
 * and atoms) and returns them.
 * Post: the problem with these constraints is satisfiable iff it was without them.
 */
export function breakValueSymmetry(table, group) {
    const { members, ref: r, lo, hi } = group;
    const facts = [];
    const clauses = [];
    const le = (x, y, c) => table.atomLit(x, y, c); // x − y ≤ c
    const ge = (x, y, c) => le(y, x, -c); // x − y ≥ c
    facts.push(le(members[0], r, lo));
    let prev = members[0];
    for (let j = 1; j < members.length; j++) {
        const m = members[j];
        const max = table.freshVar();
        facts.push(ge(max, prev, 0n), ge(max, m, 0n), le(m, prev, 1n), le(max, r, hi), ge(max, r, lo));
        clauses.push([le(max, prev, 0n), le(max, m, 0n)]);
        prev = max;
    }
    return { facts, clauses };
}
//# sourceMappingURL=symmetry.js.map