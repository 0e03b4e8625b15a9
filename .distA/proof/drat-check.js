/**
 * An independent DRUP checker (for the test suite and `check-proof`): it shares no code with the solver, so a
 * proof it accepts was not accepted by the solver's own idea of propagation. A proof is a
 * sequence of added lemmas and deleted clauses (DRAT, Wetzler, Heule and Hunt, "DRAT-trim",
 * SAT 2014); each added lemma must follow from the current clause set by reverse unit
 * propagation (RUP: assigning its negation and propagating reaches a conflict — Goldberg and
 * Novikov, "Verification of proofs of unsatisfiability for CNF formulas", DATE 2003). Lemmas
 * that would need the RAT rule are reported as failures: the solver emits no RAT steps.
 *
 * The check is forward and uses two watched literals, so proofs of thousands of lemmas are
 * checked in milliseconds. Top-level units are propagated once and kept: as in drat-trim, a
 * deletion of a clause that is the reason of a top-level unit is ignored (deleting it would
 * have to retract the unit). Any other deletion must name a clause present in the set (as a
 * multiset of literal sets) — deleting a clause the solver never had is a proof bug.
 *
 * A refutation is accepted when the empty clause is added (and checks), or when the input
 * itself contains the empty clause.
 */
import { ParseError } from '../errors.js';
/** The largest variable a DRAT proof or DIMACS file may name (literals fit a 32-bit integer, twice). */
export const MAX_DRAT_VAR = 0x3ffffffe;
/**
 * Parses textual DRAT (`1 -2 0` adds, `d 1 -2 0` deletes; one clause per line). Every token
 * is validated before anything is allocated for it: an integer in range, a line ended by 0.
 * Pre: none — the text is untrusted.
 * @example parseDrat('1 2 0\nd 1 2 0\n0\n');
 * @throws ParseError (`file:line:col: ...`) for a non-integer token, a literal beyond
 *   `maxVar` (default `MAX_DRAT_VAR`), a 0 before the end of a line, or a line not ended by 0.
 */
export function parseDrat(text, file = '<drat>', maxVar = MAX_DRAT_VAR) {
    const steps = [];
    let lineNo = 0;
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNo++;
        const raw = text.slice(start, end);
        start = end + 1;
        const line = raw.trim();
        if (line === '' || line.startsWith('c'))
            continue;
        const del = line.startsWith('d');
        const tokens = (del ? line.slice(1) : line).trim().split(/\s+/).filter((t) => t !== '');
        const lits = new Int32Array(Math.max(0, tokens.length - 1));
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const col = raw.indexOf(token) + 1;
            if (!/^-?\d{1,10}$/.test(token))
                throw new ParseError(file, lineNo, col, `not a literal: '${clip(token)}'`);
            const lit = Number(token);
            if (Math.abs(lit) > maxVar)
                throw new ParseError(file, lineNo, col, `literal ${lit} names a variable beyond ${maxVar}`);
            if (lit === 0) {
                if (i !== tokens.length - 1)
                    throw new ParseError(file, lineNo, col, 'a 0 before the end of the line');
            }
            else if (i === tokens.length - 1) {
                throw new ParseError(file, lineNo, 1, `proof line not terminated by 0: '${clip(line)}'`);
            }
            else {
                lits[i] = lit;
            }
        }
        if (tokens.length === 0)
            throw new ParseError(file, lineNo, 1, `proof line not terminated by 0: '${clip(line)}'`);
        steps.push({ kind: del ? 'delete' : 'add', lits });
    }
    return steps;
}
function clip(text, max = 40) {
    return text.length > max ? `${text.slice(0, max)}...` : text;
}
/** A proof recorder with the solver's `ProofTracer` shape. */
export function recordProof() {
    const steps = [];
    return {
        steps,
        add: (lits) => steps.push({ kind: 'add', lits: Array.from(lits) }),
        delete: (lits) => steps.push({ kind: 'delete', lits: Array.from(lits) }),
    };
}
/**
 * Checks that `proof` refutes `clauses`.
 * @example checkDrat([[1], [-1]], [{ kind: 'add', lits: [] }]).ok === true
 */
export function checkDrat(clauses, proof) {
    let maxVar = 0;
    for (const c of clauses)
        for (let i = 0; i < c.length; i++)
            maxVar = Math.max(maxVar, Math.abs(c[i]));
    // A RUP lemma never needs a variable the formula lacks; rejecting one keeps the tables the
    // size of the formula, whatever the proof says (an untrusted proof must not size them).
    for (let i = 0; i < proof.length; i++) {
        const lits = proof[i].lits;
        for (let j = 0; j < lits.length; j++) {
            const lit = lits[j];
            if (!Number.isInteger(lit) || lit === 0 || Math.abs(lit) > maxVar) {
                return { ok: false, step: i, message: `literal ${String(lit)} is not a literal of the formula (variables 1..${maxVar})` };
            }
        }
    }
    const db = new ClauseDb(maxVar);
    let refuted = false;
    for (const c of clauses) {
        if (c.length === 0)
            refuted = true;
        db.add(c);
    }
    if (refuted)
        return { ok: true, lemmas: 0, deletions: 0, ignoredDeletions: 0 };
    let lemmas = 0;
    let deletions = 0;
    for (let i = 0; i < proof.length; i++) {
        const st = proof[i];
        if (st.kind === 'delete') {
            const r = db.remove(st.lits);
            if (r === 'missing')
                return { ok: false, step: i, message: `deleted clause [${Array.from(st.lits).join(' ')}] is not in the clause set` };
            deletions++;
            continue;
        }
        if (!db.implies(st.lits)) {
            return { ok: false, step: i, message: `lemma [${Array.from(st.lits).join(' ')}] is not RUP (RAT steps are not accepted)` };
        }
        lemmas++;
        if (st.lits.length === 0)
            return { ok: true, lemmas, deletions, ignoredDeletions: db.ignoredDeletions };
        db.add(st.lits);
    }
    return { ok: false, step: proof.length, message: 'the proof does not derive the empty clause' };
}
const NONE = -1;
/** The clause set with watches and a permanent top-level trail. Literal of DIMACS l: 2|l| + (l<0). */
class ClauseDb {
    lits = []; //       per clause id
    dead = [];
    watches; //           per literal: clause ids watching it
    vals; //               per literal: 1 true, -1 false, 0 unassigned
    reason; //            per variable: top-level reason clause id, or NONE
    trail = [];
    qhead = 0;
    inconsistent = false; //                   the top level has a conflict
    byKey = new Map(); // sorted literal set -> live clause ids
    ignoredDeletions = 0;
    constructor(maxVar) {
        this.watches = Array.from({ length: 2 * maxVar + 2 }, () => []);
        this.vals = new Int8Array(2 * maxVar + 2);
        this.reason = new Int32Array(maxVar + 1).fill(NONE);
    }
    /** Adds a clause (duplicates and tautologies allowed) and propagates the top level. */
    add(dimacs) {
        const set = normalise(dimacs);
        if (set === undefined)
            return; // tautology: always satisfied, never needed
        const id = this.lits.length;
        const c = Int32Array.from(set, toLit);
        this.lits.push(c);
        this.dead.push(false);
        const key = set.join(' ');
        const ids = this.byKey.get(key);
        if (ids)
            ids.push(id);
        else
            this.byKey.set(key, [id]);
        if (this.inconsistent)
            return;
        if (c.length === 0) {
            this.inconsistent = true;
            return;
        }
        // Put non-false literals first, so the watches are the best two.
        c.sort((a, b) => (this.vals[a] === -1 ? 1 : 0) - (this.vals[b] === -1 ? 1 : 0));
        const vals = this.vals;
        if (c.length === 1 || vals[c[1]] === -1) {
            if (vals[c[0]] === -1) {
                this.inconsistent = true;
                return;
            }
            if (c.length > 1)
                this.watch(id);
            if (vals[c[0]] === 0) {
                this.assign(c[0], id);
                if (this.propagate() !== NONE)
                    this.inconsistent = true;
            }
            return;
        }
        this.watch(id);
    }
    /** Deletes one copy of a clause; 'ignored' for the reason of a top-level unit. */
    remove(dimacs) {
        const set = normalise(dimacs);
        if (set === undefined)
            return 'removed';
        const ids = this.byKey.get(set.join(' '));
        if (!ids || ids.length === 0)
            return 'missing';
        const id = ids[ids.length - 1];
        const c = this.lits[id];
        for (const lit of c) {
            if (this.vals[lit] === 1 && this.reason[lit >> 1] === id) {
                this.ignoredDeletions++;
                return 'ignored';
            }
        }
        ids.pop();
        this.dead[id] = true; // dropped from the watch lists lazily
        return 'removed';
    }
    /** Whether the clause follows by unit propagation (RUP). Leaves the top level as it was. */
    implies(dimacs) {
        if (this.inconsistent)
            return true;
        const mark = this.trail.length;
        let conflict = false;
        for (let i = 0; i < dimacs.length && !conflict; i++) {
            const neg = toLit(-dimacs[i]);
            if (this.vals[neg] === -1)
                conflict = true;
            else if (this.vals[neg] === 0)
                this.assign(neg, NONE);
        }
        if (!conflict)
            conflict = this.propagate() !== NONE;
        for (let i = this.trail.length - 1; i >= mark; i--) {
            const lit = this.trail[i];
            this.vals[lit] = 0;
            this.vals[lit ^ 1] = 0;
            this.reason[lit >> 1] = NONE;
        }
        this.trail.length = mark;
        this.qhead = mark;
        return conflict;
    }
    watch(id) {
        const c = this.lits[id];
        this.watches[c[0]].push(id);
        this.watches[c[1]].push(id);
    }
    assign(lit, reason) {
        this.vals[lit] = 1;
        this.vals[lit ^ 1] = -1;
        this.reason[lit >> 1] = reason;
        this.trail.push(lit);
    }
    /** Unit propagation over the trail; returns a falsified clause id or NONE. */
    propagate() {
        const vals = this.vals;
        while (this.qhead < this.trail.length) {
            const falseLit = this.trail[this.qhead++] ^ 1;
            const list = this.watches[falseLit];
            let j = 0;
            for (let i = 0; i < list.length; i++) {
                const id = list[i];
                if (this.dead[id])
                    continue;
                const c = this.lits[id];
                if (c[0] === falseLit) {
                    c[0] = c[1];
                    c[1] = falseLit;
                }
                if (vals[c[0]] === 1) {
                    list[j++] = id;
                    continue;
                }
                let k = 2;
                while (k < c.length && vals[c[k]] === -1)
                    k++;
                if (k < c.length) {
                    c[1] = c[k];
                    c[k] = falseLit;
                    this.watches[c[1]].push(id);
                    continue;
                }
                list[j++] = id;
                if (vals[c[0]] === -1) {
                    for (i++; i < list.length; i++)
                        list[j++] = list[i];
                    list.length = j;
                    return id;
                }
                this.assign(c[0], id);
            }
            list.length = j;
        }
        return NONE;
    }
}
/** Sorted distinct literals, or undefined for a tautology. */
function normalise(dimacs) {
    const set = [...new Set(Array.from(dimacs))].sort((a, b) => a - b);
    for (const l of set)
        if (l > 0 && set.includes(-l))
            return undefined;
    return set;
}
function toLit(dimacs) {
    return dimacs > 0 ? 2 * dimacs : -2 * dimacs + 1;
}
//# sourceMappingURL=drat-check.js.map