/**
 * Certificates of unsatisfiability found by resource reasoning, as S-expressions that
 * `check-proof` (src/proof/check-resource.ts) verifies against the original problem alone.
 *
 * ```
 * (certificate
 *   (check 1)                                   ; the n-th check-sat of the script
 *   (step 1 (<= (- s2 ref) 9) (assertion 1))    ; implied by a top-level conjunct of formula 1
 *   (step 2 (<= (- s1 s2) (- 3)) (assertion 1))
 *   (step 3 (<= (- s1 ref) 6) (sum 1 2))        ; the sum of two earlier steps
 *   (step 4 (<= (- ref ref) 0) (refl))
 *   (reference ref)                             ; origin of the times below (0: the zero variable)
 *   (machine-reference ref)
 *   (op s1 3 (start 7 3) (machine m1 8 9))      ; duration; steps for ref − s1 ≤ −est and s1 − ref ≤ lst,
 *                                               ;   for ref − m1 ≤ −lo and m1 − ref ≤ hi
 *   (pair s1 s2 (assertion 1))                  ; m1 = m2 → s1 + 3 ≤ s2 ∨ s2 + d2 ≤ s1 (guard only
 *                                               ;   when both have machines), or (step k)
 *   (overload 0 12))                            ; mandatory energy in [0, 12) > capacity · 12
 * ```
 * or, when the unconditional facts alone are contradictory, `(contradiction k)` with step k
 * proving `x − x ≤ c` for c < 0. Formulas are the assertions in scope at the check followed by
 * its assumptions, numbered from 1. A check of an optimisation adds assertions to the script's
 * (that no model is better than the optimum found): `(assert t)` items after `(check n)` name
 * them, and they follow the script's assertions in the numbering. The capacity is not stated: the checker derives it (1
 * without machines, else the size of the hull of the machine domains).
 */
import { InternalError } from '../errors.js';
import { printSymbol } from '../terms/symbol.js';
/** The head of a certificate: `(check n)`, then `(assert t)` for each added assertion. */
export function labelItems(label) {
    return [`(check ${label.check})`, ...(label.assert ?? []).map((t) => `(assert ${t})`)];
}
/** Builds the steps of a certificate; facts and sums are shared. */
export class CertificateBuilder {
    table;
    facts;
    lines = [];
    claims = [];
    factStep = new Map();
    sumStep = new Map();
    constructor(table, facts, label) {
        this.table = table;
        this.facts = facts;
        this.lines.push(...labelItems(label));
    }
    name(v) {
        return v === 0 ? '0' : printSymbol(this.table.varTerms[v].name);
    }
    step(claim, why) {
        this.claims.push(claim);
        const id = this.claims.length;
        this.lines.push(`(step ${id} (<= (- ${this.name(claim.x)} ${this.name(claim.y)}) ${int(claim.c)}) ${why})`);
        return id;
    }
    /** The step of fact `i`, cited from its formula. */
    fact(i) {
        let s = this.factStep.get(i);
        if (s === undefined) {
            const f = this.facts[i];
            s = this.step(f, `(assertion ${f.source + 1})`);
            this.factStep.set(i, s);
        }
        return s;
    }
    sum(a, b) {
        const key = `${a} ${b}`;
        let s = this.sumStep.get(key);
        if (s === undefined) {
            const p = this.claims[a - 1];
            const q = this.claims[b - 1];
            // (p.x − p.y) + (q.x − q.y): the shared variable cancels.
            let claim;
            if (p.y === q.x)
                claim = { x: p.x, y: q.y, c: p.c + q.c };
            else if (q.y === p.x)
                claim = { x: q.x, y: p.y, c: p.c + q.c };
            else
                throw new InternalError('certificate: steps do not chain');
            s = this.step(claim, `(sum ${a} ${b})`);
            this.sumStep.set(key, s);
        }
        return s;
    }
    /**
     * The step proving the sum of a chain of facts (each fact's x is the next one's y), or
     * `v − v ≤ 0` for the empty chain at `v`. Summed from the end nearest `anchor` (the
     * reference), so that chains to the same reference share their steps.
     */
    chain(facts, v, anchorAtStart) {
        if (facts.length === 0)
            return this.step({ x: v, y: v, c: 0n }, '(refl)');
        if (anchorAtStart) {
            let acc = this.fact(facts[0]);
            for (let i = 1; i < facts.length; i++)
                acc = this.sum(acc, this.fact(facts[i]));
            return acc;
        }
        let acc = this.fact(facts[facts.length - 1]);
        for (let i = facts.length - 2; i >= 0; i--)
            acc = this.sum(this.fact(facts[i]), acc);
        return acc;
    }
    /** The certificate of an overload of [t1, t2) (times relative to `ref`). */
    overload(ref, mref, ops, pairs, t1, t2) {
        const opLines = ops.map((o) => {
            const est = this.chain(o.start[0], o.v, false);
            const lst = this.chain(o.start[1], o.v, true);
            let m = '';
            if (o.machine) {
                const lo = this.chain(o.machine.lo, o.machine.m, false);
                const hi = this.chain(o.machine.hi, o.machine.m, true);
                m = ` (machine ${this.name(o.machine.m)} ${lo} ${hi})`;
            }
            return `(op ${this.name(o.v)} ${o.d} (start ${est} ${lst})${m})`;
        });
        return this.render([
            `(reference ${this.name(ref)})`,
            `(machine-reference ${this.name(mref)})`,
            ...opLines,
            ...pairs,
            `(overload ${int(t1)} ${int(t2)})`,
        ]);
    }
    /** The certificate of a negative cycle of facts. */
    contradiction(cycle) {
        const first = this.facts[cycle[0]];
        return this.render([`(contradiction ${this.chain(cycle, first.y, true)})`]);
    }
    render(tail) {
        return `; eagersmt resource certificate: check with 'eagersmt check-proof <problem.smt2> <this file>'\n(certificate\n  ${[...this.lines, ...tail].join('\n  ')})\n`;
    }
}
/** An integer in SMT-LIB: `3`, `(- 3)`. */
export function int(c) {
    return c < 0n ? `(- ${-c})` : `${c}`;
}
//# sourceMappingURL=certificate.js.map