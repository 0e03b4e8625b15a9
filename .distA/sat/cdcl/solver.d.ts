import type { TheoryCheck } from '../session.js';
import { type CdclOptions } from './options.js';
import { type SearchLimits, type SearchResult } from './search.js';
import { type CdclStats, type ProofTracer } from './state.js';
export type { CdclOptions } from './options.js';
export type { CdclStats, ProofTracer } from './state.js';
export type SolveLimits = SearchLimits;
export type SolveResult = SearchResult;
export type SolverState = 'input' | SolveResult;
export declare class CdclSolver {
    private readonly s;
    private current;
    private modelBits;
    private failedLits;
    private buf;
    private deferAttach;
    /**
     * @param options overrides of the defaults in `options.ts` (validated).
     * @example const solver = new CdclSolver({ restart: 1 });
     */
    constructor(options?: Partial<CdclOptions>);
    /** `input`, or the result of the last `solve`. */
    get state(): SolverState;
    /** Highest variable seen so far (in clauses or assumptions). */
    get numVars(): number;
    /** Counters of the work done so far, plus the current database sizes. */
    get stats(): CdclStats & {
        vars: number;
        clauses: number;
        learnts: number;
    };
    /** Sends every learnt and deleted clause to `tracer` (e.g. a DRAT writer); undefined stops. */
    setProof(tracer: ProofTracer | undefined): void;
    /** Installs a theory consulted on every full model (see `TheoryCheck`); not with a proof tracer. */
    setTheory(theory: TheoryCheck | undefined): void;
    /** Declares variables 1..n even if no clause mentions them (they appear in the model). */
    reserveVars(n: number): void;
    /**
     * Adds a clause of DIMACS literals (no terminating 0).
     * @example solver.addClause([1, -2, 3]);
     * @throws ContractError for a zero or non-integer literal.
     */
    addClause(lits: ArrayLike<number>): void;
    /**
     * Adds every clause of a flat, 0-terminated DIMACS literal array (the `Cnf.flat()` format),
     * and declares variables up to `numVars`. Literals are trusted to be non-zero integers.
     * @example solver.addFlat(cnf.flat(), cnf.numVars);
     */
    addFlat(lits: Int32Array, numVars?: number): void;
    /**
     * Solves the clauses under `assumptions` (DIMACS literals that must hold for this call only).
     * Post: 'sat' — `value`/`model` give a model of all clauses and assumptions; 'unsat' —
     * `failed` gives the assumptions used to refute (empty if the clauses alone are unsat);
     * 'unknown' — a limit in `limits` was hit.
     * @example solver.solve([-3], { conflictLimit: 10000 });
     */
    solve(assumptions?: ArrayLike<number>, limits?: SolveLimits): SolveResult;
    /**
     * The value of DIMACS literal `lit` (or variable) in the model of the last `sat` answer.
     * Variables never mentioned are false.
     * @example if (solver.solve() === 'sat') console.log(solver.value(3), solver.value(-3));
     */
    value(lit: number): boolean;
    /** The model of the last `sat` answer: index = variable (0 unused), 1 = true, 0 = false. */
    model(): Uint8Array;
    /**
     * After 'unsat' under assumptions: the assumptions (DIMACS, as given) in the final conflict.
     * The clauses together with just these assumptions are unsatisfiable.
     */
    failed(): Int32Array;
    /**
     * Puts the clauses removed by variable elimination back (before anything new may mention an
     * eliminated variable). Their resolvents stay: they are implied.
     */
    private restore;
    /** Normalises and adds `src[from..to)`. Pre: literals are non-zero integers. */
    private addRange;
}
