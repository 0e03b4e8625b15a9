/**
 * The one CNF model check: does an assignment satisfy every clause of a flat CNF (the
 * `Cnf.flat()` format, clauses ended by 0) and every assumption? Every `sat` answer of a SAT
 * backend passes through it once before anything above the SAT layer sees the model (the
 * one-shot session of `sat/oneshot-session.ts`, the service's scheduler and workers), so a
 * wrong model is reported as trouble, never as a satisfying assignment.
 *
 * A linear scan: each clause is satisfied by its first true literal; a variable beyond the end
 * of the model counts as false.
 */
/**
 * What `model` falsifies: `clause #k` (1-based, in the order of `lits`) or `assumption L`, or
 * undefined when it satisfies every clause and assumption.
 * Pre: `model` is indexed by variable (index 0 unused), 1 = true, anything else false.
 * @example falsifiedBy(Int32Array.of(1, 2, 0, -1, 0), new Int32Array(0), Uint8Array.of(0, 1, 0)) // 'clause #2'
 */
export function falsifiedBy(lits, assumptions, model) {
    const n = model.length;
    let clause = 0;
    let sat = false;
    for (let i = 0; i < lits.length; i++) {
        const lit = lits[i];
        if (lit === 0) {
            if (!sat)
                return `clause #${clause + 1}`;
            clause++;
            sat = false;
        }
        else if (!sat) {
            const v = lit < 0 ? -lit : lit;
            const bit = v < n ? model[v] : 0;
            if (lit > 0 ? bit === 1 : bit !== 1)
                sat = true;
        }
    }
    for (let i = 0; i < assumptions.length; i++) {
        const lit = assumptions[i];
        const v = lit < 0 ? -lit : lit;
        const bit = v < n ? model[v] : 0;
        if (!(lit > 0 ? bit === 1 : bit !== 1))
            return `assumption ${lit}`;
    }
    return undefined;
}
//# sourceMappingURL=check.js.map