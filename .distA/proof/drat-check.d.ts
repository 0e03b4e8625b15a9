/** One step of a proof: a lemma added, or a clause deleted (DIMACS literals). */
export interface ProofStep {
    kind: 'add' | 'delete';
    lits: ArrayLike<number>;
}
/** The verdict: `ok` with counts, or the first failing step and why. */
export type CheckResult = {
    ok: true;
    lemmas: number;
    deletions: number;
    ignoredDeletions: number;
} | {
    ok: false;
    step: number;
    message: string;
};
/** The largest variable a DRAT proof or DIMACS file may name (literals fit a 32-bit integer, twice). */
export declare const MAX_DRAT_VAR = 1073741822;
/**
 * Parses textual DRAT (`1 -2 0` adds, `d 1 -2 0` deletes; one clause per line). Every token
 * is validated before anything is allocated for it: an integer in range, a line ended by 0.
 * Pre: none — the text is untrusted.
 * @example parseDrat('1 2 0\nd 1 2 0\n0\n');
 * @throws ParseError (`file:line:col: ...`) for a non-integer token, a literal beyond
 *   `maxVar` (default `MAX_DRAT_VAR`), a 0 before the end of a line, or a line not ended by 0.
 */
export declare function parseDrat(text: string, file?: string, maxVar?: number): ProofStep[];
/** A proof recorder with the solver's `ProofTracer` shape. */
export declare function recordProof(): {
    steps: ProofStep[];
    add(lits: Int32Array): void;
    delete(lits: Int32Array): void;
};
/**
 * Checks that `proof` refutes `clauses`.
 * @example checkDrat([[1], [-1]], [{ kind: 'add', lits: [] }]).ok === true
 */
export declare function checkDrat(clauses: ArrayLike<number>[], proof: ProofStep[]): CheckResult;
