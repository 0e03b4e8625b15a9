/**
 * The incremental SAT session interface, in the shape of IPASIR (Balyo, Biere, Iser & Sinz,
 * "SAT Race 2015", AI 2016) and CaDiCaL's API: clauses are added once and kept, assumptions
 * hold for the next `solve` only, and after `sat` the model, after `unsat` the failed
 * assumptions can be read. Everything above the SAT layer solves through a session:
 * `cdcl/session.ts` implements it directly on the built-in CDCL core (kept alive across
 * solves), `oneshot-session.ts` over any one-shot backend (worker thread, external program,
 * the distributed service).
 *
 * A session is a small state machine (CaDiCaL's `configuring/adding/satisfied/unsatisfied/
 * unknown`):
 *
 *     adding  --solve-->  sat | unsat | unknown  --add/assume-->  adding
 *        ^                        |  --solve--> (again)
 *        '------------------------'
 *
 * `value`/`model` need state `sat`, `failed`/`failedAssumptions` need `unsat`, `reason` is
 * set in `unknown`; a `solve` while another runs, and any use after `close`, are misuse.
 * Misuse throws `ContractError`.
 */
import type { Cnf } from '../cnf/cnf.js';
import { ContractError } from '../errors.js';
import type { SatLimits, SatStatus } from './backend.js';

export type { SatLimits, SatStatus } from './backend.js';

/** Where a session is: adding clauses, or after a solve with its answer. */
export type SessionState = 'adding' | SatStatus;

/** What a session can do (answered without solving). */
export interface SessionCapabilities {
  /** Clauses added after a solve keep what the solver learnt (a one-shot backend starts over). */
  incremental: boolean;
  /** `failed` reports the assumptions used in a refutation. */
  assumptions: boolean;
  /** It writes a DRAT proof of its search. */
  proofs: boolean;
}

/**
 * A theory consulted when the clauses have a full model (the final check of lazy SMT, as in
 * DPLL(T): Nieuwenhuis, Oliveras and Tinelli, JACM 2006). `final` reads variables through
 * `value` and answers lemmas (DIMACS clauses, each valid in the theory and false under the
 * current assignment), or none when the assignment is consistent.
 */
export interface TheoryCheck {
  final(value: (v: number) => boolean): readonly (readonly number[])[];
  /**
   * Optional early check at each propagation fixpoint: the trail (internal literals
   * `2v + negated`) is `trail[0..to)`, of which `[0..from)` is unchanged since the last call.
   * Answers a lemma false on the trail (a conflict), or undefined.
   */
  partial?(trail: Int32Array, from: number, to: number): readonly number[] | undefined;
  /**
   * Optional theory propagation, asked after `partial` answered no conflict: clauses (DIMACS)
   * each valid in the theory, whose first literal the trail implies (all others false on it).
   * The solver assigns those first literals with their clauses as reasons.
   */
  implied?(): readonly (readonly number[])[];
  /**
   * Optional phase for deciding variable `v` (after `partial` has seen the whole trail): the
   * value the theory's current model gives it, or undefined to leave the choice to the solver.
   */
  phase?(v: number): boolean | undefined;
  /** Optional counts of the theory's own work in the search (shown with the solver's statistics). */
  stats?(): Readonly<Record<string, number>>;
  /**
   * Optional: every variable (DIMACS) the theory reads or puts into a lemma or reason. A theory
   * that names them lets the solver eliminate the other variables before the search (bounded
   * variable elimination keeps these); without it the solver eliminates none.
   */
  frozen?(): ArrayLike<number>;
}

export interface SatSession {
  /** The backend's name, for reasons and statistics. */
  readonly name: string;
  readonly capabilities: SessionCapabilities;
  readonly state: SessionState;
  /** In state `unknown`: why (`timeout`, `canceled`, `memout`, `backend error: ...`). */
  readonly reason: string | undefined;
  /** Statistics of the last solve (conflicts, times, ...); empty before the first. */
  readonly stats: Readonly<Record<string, number>>;
  /**
   * Adds a clause of DIMACS literals (no terminating 0). Moves to `adding`.
   * @example session.add([1, -2]);
   */
  add(clause: ArrayLike<number>): void;
  /**
   * Adds every clause of a flat, 0-terminated literal array (`Cnf.flat()`), and declares
   * variables 1..numVars (they appear in models). Moves to `adding`.
   * @example session.addFlat(cnf.flat(), cnf.numVars);
   */
  addFlat(lits: Int32Array, numVars?: number): void;
  /**
   * `addFlat(cnf.flat(), cnf.numVars)` for a CNF the caller no longer changes: a session that
   * keeps the clauses shares its memory (`Cnf.adding`) instead of copying them.
   * @example session.addCnf(encoded.cnf);
   */
  addCnf(cnf: Cnf): void;
  /** Literals that must hold in the next `solve` only. @example session.assume([3, -4]); */
  assume(lits: ArrayLike<number>): void;
  /**
   * Solves the clauses under the assumptions given since the last solve.
   * Post: `sat` — `model()` satisfies every clause and assumption (checked); `unsat` —
   * `failedAssumptions()` is a subset of the assumptions that is refuted with the clauses (all
   * of them when the backend cannot tell); `unknown` — `reason` says why.
   * @example if ((await session.solve({ timeoutMs: 1000 })) === 'sat') session.value(1);
   */
  solve(limits?: SatLimits): Promise<SatStatus>;
  /** In `sat`: whether DIMACS literal `lit` is true. */
  value(lit: number): boolean;
  /** In `sat`: values by variable (index 0 unused), 1 = true, 0 = false. */
  model(): Uint8Array;
  /** In `unsat`: whether assumption `lit` was used to refute. */
  failed(lit: number): boolean;
  /** In `unsat`: the assumptions used to refute. */
  failedAssumptions(): Int32Array;
  /**
   * Installs (or removes) a theory whose final check every later `solve` consults (lazy SMT);
   * absent when the backend cannot take one.
   * @example session.setTheory?.({ final: () => [] });
   */
  setTheory?(theory: TheoryCheck | undefined): void;
  /** Asks a running `solve` to stop soon; it answers `unknown` (`canceled`). */
  terminate(): void;
  /** Releases the session; it cannot be used again. */
  close(): void;
}

/**
 * Throws the ContractError for calling `what` in state `state` unless it is `wanted`.
 * @example expectState(this.state, 'sat', 'model()');
 */
export function expectState(state: SessionState | 'closed', wanted: SessionState, what: string): void {
  if (state !== wanted) throw new ContractError(`${what} needs state '${wanted}', the session is '${state}'`);
}
