/**
 * The public face of the built-in CDCL solver: a small, synchronous, IPASIR-shaped class
 * (`addClause`, `solve` under assumptions, `value`, `failed`) in the manner of CaDiCaL's
 * external API. It speaks DIMACS literals, normalises input clauses (duplicates, tautologies,
 * literals fixed at level 0) and maps them to the internal `2*var + sign` literals; the
 * algorithm lives in `search.ts` and the files it imports.
 *
 * The API is a small state machine: after `addClause` the solver is in state `input`; `solve`
 * moves it to `sat`, `unsat` or `unknown`. `value`/`model` are only valid in `sat` and `failed`
 * only in `unsat`; misuse throws a `ContractError`. Clauses may be added after a `solve`
 * (incremental use): learnt clauses are kept, assumptions are per call.
 */
import { ContractError } from '../../errors.js';
import type { TheoryCheck } from '../session.js';
import { allocClause, attachAll, attachClause, DELETED, HEADER, LEARNT, reserveArena } from './clauses.js';
import { eliminate, extendModel, restoreEliminated } from './elim.js';
import { makeOptions, type CdclOptions } from './options.js';
import { propagate } from './propagate.js';
import { collect } from './reduce.js';
import { search, type SearchLimits, type SearchResult } from './search.js';
import { NO_REF, State, toDimacs, toLit, type CdclStats, type ProofTracer } from './state.js';

export type { CdclOptions } from './options.js';
export type { CdclStats, ProofTracer } from './state.js';
export type SolveLimits = SearchLimits;
export type SolveResult = SearchResult;
export type SolverState = 'input' | SolveResult;

export class CdclSolver {
  private readonly s: State;
  private current: SolverState = 'input';
  private modelBits: Uint8Array = new Uint8Array(0);
  private failedLits: Int32Array = new Int32Array(0);
  private buf: Int32Array = new Int32Array(16);
  private deferAttach = false; //  addFlat attaches all clauses at the end

  /**
   * @param options overrides of the defaults in `options.ts` (validated).
   * @example const solver = new CdclSolver({ restart: 1 });
   */
  constructor(options: Partial<CdclOptions> = {}) {
    this.s = new State(makeOptions(options));
  }

  /** `input`, or the result of the last `solve`. */
  get state(): SolverState {
    return this.current;
  }

  /** Highest variable seen so far (in clauses or assumptions). */
  get numVars(): number {
    return this.s.numVars;
  }

  /** Counters of the work done so far, plus the current database sizes. */
  get stats(): CdclStats & { vars: number; clauses: number; learnts: number } {
    const s = this.s;
    return { ...s.stats, vars: s.numVars, clauses: s.numOriginal, learnts: s.numLearnt };
  }

  /** Sends every learnt and deleted clause to `tracer` (e.g. a DRAT writer); undefined stops. */
  setProof(tracer: ProofTracer | undefined): void {
    this.s.proof = tracer;
  }

  /**
   * Installs a theory consulted on every full model (see `TheoryCheck`); not with a proof tracer.
   * Variables eliminated earlier come back if the theory may need one: it names one of them, or
   * does not name its variables.
   */
  setTheory(theory: TheoryCheck | undefined): void {
    const s = this.s;
    s.theory = theory;
    if (theory === undefined || s.elimSize === 0) return;
    const vars = theory.frozen?.();
    if (vars === undefined || anyEliminated(s, vars)) this.restore();
  }

  /** Declares variables 1..n even if no clause mentions them (they appear in the model). */
  reserveVars(n: number): void {
    this.s.cancelUntil(0);
    this.s.reserve(n);
  }

  /**
   * Adds a clause of DIMACS literals (no terminating 0).
   * @example solver.addClause([1, -2, 3]);
   * @throws ContractError for a zero or non-integer literal.
   */
  addClause(lits: ArrayLike<number>): void {
    for (let i = 0; i < lits.length; i++) checkLit(lits[i], 'clause');
    this.addRange(lits, 0, lits.length);
  }

  /**
   * Adds every clause of a flat, 0-terminated DIMACS literal array (the `Cnf.flat()` format),
   * and declares variables up to `numVars`. Literals are trusted to be non-zero integers.
   * @example solver.addFlat(cnf.flat(), cnf.numVars);
   */
  addFlat(lits: Int32Array, numVars = 0): void {
    const s = this.s;
    this.reserveVars(numVars);
    let clauses = 0;
    for (let i = 0; i < lits.length; i++) if (lits[i] === 0) clauses++;
    reserveArena(s, lits.length + HEADER * clauses);
    // Load without attaching, then attach everything at once with exactly sized watch lists.
    this.deferAttach = true;
    try {
      let start = 0;
      for (let i = 0; i < lits.length; i++) {
        if (lits[i] === 0) {
          this.addRange(lits, start, i);
          start = i + 1;
        }
      }
      if (start < lits.length) this.addRange(lits, start, lits.length);
    } finally {
      this.deferAttach = false;
      attachAll(s);
    }
  }

  /**
   * Solves the clauses under `assumptions` (DIMACS literals that must hold for this call only).
   * Post: 'sat' — `value`/`model` give a model of all clauses and assumptions; 'unsat' —
   * `failed` gives the assumptions used to refute (empty if the clauses alone are unsat);
   * 'unknown' — a limit in `limits` was hit.
   * @example solver.solve([-3], { conflictLimit: 10000 });
   */
  solve(assumptions: ArrayLike<number> = [], limits: SolveLimits = {}): SolveResult {
    const s = this.s;
    s.cancelUntil(0);
    s.theoryHead = 0;
    this.modelBits = new Uint8Array(0);
    this.failedLits = new Int32Array(0);
    let maxVar = 0;
    for (let i = 0; i < assumptions.length; i++) {
      checkLit(assumptions[i], 'assumption');
      maxVar = Math.max(maxVar, Math.abs(assumptions[i]));
    }
    s.reserve(maxVar);
    s.reserveLevels(s.numVars + assumptions.length);
    const internal = new Int32Array(assumptions.length);
    for (let i = 0; i < assumptions.length; i++) internal[i] = toLit(assumptions[i]);
    s.assumptions = internal;
    s.finalConflict = new Int32Array(assumptions.length + 1);
    s.finalConflictSize = 0;
    if (s.elimSize > 0) {
      for (let i = 0; i < internal.length; i++) if (s.eliminated[internal[i] >> 1]) this.restore();
    }
    // Elimination expects no learnt clauses: it runs before the first search (decided once), or
    // for a small CNF after a first stretch of search (`elimLateAt` conflicts), which may end in
    // a later call (a caller that solves in slices), the learnt clauses dropped. With a theory,
    // only if the theory names its variables (they are kept).
    if (s.ok && !s.elimDone && s.opts.elim && (!s.theory || s.theory.frozen)) {
      s.elimDone = true;
      if (s.numOriginal >= s.opts.elimMinClauses) eliminate(s);
      else if (s.opts.elimLateConflicts > 0) s.elimLateAt = s.stats.conflicts + s.opts.elimLateConflicts;
    }
    let result: SolveResult = 'unsat';
    if (s.ok && s.elimLateAt >= 0) {
      const before = s.stats.conflicts;
      const stretch = s.elimLateAt - before;
      result = stretch > 0 ? search(s, { ...limits, conflictLimit: Math.min(stretch, limits.conflictLimit ?? Infinity) }) : 'unknown';
      const used = s.stats.conflicts - before;
      if (result === 'unknown' && used >= stretch && used !== limits.conflictLimit && limits.shouldStop?.() !== true) {
        s.elimLateAt = -1;
        lateEliminate(s);
        const left = limits.conflictLimit === undefined ? undefined : limits.conflictLimit - used;
        result = s.ok ? search(s, { ...limits, conflictLimit: left }) : 'unsat';
      }
    } else if (s.ok) result = search(s, limits);
    if (result === 'sat') {
      const model = new Uint8Array(s.numVars + 1);
      for (let v = 1; v <= s.numVars; v++) model[v] = s.vals[2 * v] === 1 ? 1 : 0;
      extendModel(s, model);
      this.modelBits = model;
    } else if (result === 'unsat' && s.ok) {
      const failed = new Int32Array(s.finalConflictSize);
      for (let i = 0; i < failed.length; i++) failed[i] = toDimacs(s.finalConflict[i]);
      this.failedLits = failed;
    }
    s.cancelUntil(0);
    s.assumptions = new Int32Array(0);
    this.current = result;
    return result;
  }

  /**
   * The value of DIMACS literal `lit` (or variable) in the model of the last `sat` answer.
   * Variables never mentioned are false.
   * @example if (solver.solve() === 'sat') console.log(solver.value(3), solver.value(-3));
   */
  value(lit: number): boolean {
    if (this.current !== 'sat') throw new ContractError(`value() needs a 'sat' answer, state is '${this.current}'`);
    checkLit(lit, 'literal');
    const v = Math.abs(lit);
    const bit = v < this.modelBits.length ? this.modelBits[v] : 0;
    return lit > 0 ? bit === 1 : bit === 0;
  }

  /** The model of the last `sat` answer: index = variable (0 unused), 1 = true, 0 = false. */
  model(): Uint8Array {
    if (this.current !== 'sat') throw new ContractError(`model() needs a 'sat' answer, state is '${this.current}'`);
    return this.modelBits;
  }

  /**
   * After 'unsat' under assumptions: the assumptions (DIMACS, as given) in the final conflict.
   * The clauses together with just these assumptions are unsatisfiable.
   */
  failed(): Int32Array {
    if (this.current !== 'unsat') throw new ContractError(`failed() needs an 'unsat' answer, state is '${this.current}'`);
    return this.failedLits;
  }

  /**
   * Puts the clauses removed by variable elimination back (before anything new may mention an
   * eliminated variable). Their resolvents stay: they are implied.
   */
  private restore(): void {
    this.s.cancelUntil(0);
    restoreEliminated(this.s, (lits) => {
      const dimacs = new Int32Array(lits.length);
      for (let i = 0; i < lits.length; i++) dimacs[i] = toDimacs(lits[i]);
      this.addRange(dimacs, 0, dimacs.length);
    });
  }

  /** Normalises and adds `src[from..to)`. Pre: literals are non-zero integers. */
  private addRange(src: ArrayLike<number>, from: number, to: number): void {
    const s = this.s;
    this.current = 'input';
    if (!s.ok) return;
    s.cancelUntil(0);
    if (s.elimSize > 0) this.restore();
    let maxVar = 0;
    for (let i = from; i < to; i++) {
      const v = src[i] < 0 ? -src[i] : src[i];
      if (v > maxVar) maxVar = v;
    }
    s.reserve(maxVar);
    if (this.buf.length < to - from) this.buf = new Int32Array(2 * (to - from));
    const buf = this.buf;
    const seen = s.seen; // bit 1: positive literal present, bit 2: negative
    const vals = s.vals;
    let n = 0;
    let satisfied = false;
    for (let i = from; i < to; i++) {
      const lit = toLit(src[i]);
      const v = lit >> 1;
      const bit = 1 << (lit & 1);
      if (vals[lit] === 1 || seen[v] & (bit ^ 3)) satisfied = true; // level-0 true or tautology
      else if (vals[lit] === 0 && !(seen[v] & bit)) {
        seen[v] |= bit;
        buf[n++] = lit;
      }
    }
    for (let i = 0; i < n; i++) seen[buf[i] >> 1] = 0;
    if (satisfied) return;
    if (s.proof && n < to - from) {
      const lits = new Int32Array(n);
      for (let i = 0; i < n; i++) lits[i] = toDimacs(buf[i]);
      s.proof.add(lits);
    }
    if (n === 0) {
      s.ok = false;
    } else if (n === 1) {
      s.assign(buf[0], NO_REF);
      s.inputUnits.push(buf[0]);
    } else {
      const c = allocClause(s, buf, n, false, 0);
      if (!this.deferAttach) attachClause(s, c);
    }
  }
}

function checkLit(lit: number, what: string): void {
  if (!Number.isInteger(lit) || lit === 0 || Math.abs(lit) > 0x3ffffffe) {
    throw new ContractError(`invalid ${what} literal ${String(lit)}`);
  }
}

/**
 * Deletes every learnt clause (before a late elimination, which works on the irredundant ones).
 * Pre: decision level 0, trail propagated without conflict.
 */
function dropLearnts(s: State): void {
  const arena = s.arena;
  for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) if ((arena[c + 1] & LEARNT) !== 0) arena[c + 1] |= DELETED;
  collect(s);
}

/** Whether one of the DIMACS variables `vars` is eliminated. */
function anyEliminated(s: State, vars: ArrayLike<number>): boolean {
  for (let i = 0; i < vars.length; i++) if (vars[i] <= s.numVars && s.eliminated[vars[i]] !== 0) return true;
  return false;
}

/**
 * Elimination after a first stretch of search: back to level 0, the units the stretch learnt
 * taken back where that is sound (elimination works best on the clauses as given: on one
 * bit-blasted CNF two learnt units left it nothing to do), the learnt clauses dropped.
 */
function lateEliminate(s: State): void {
  s.cancelUntil(0);
  if (s.fixedAtSimplify === -1) s.forgetLearntUnits();
  if (propagate(s) !== NO_REF) {
    s.refuted();
    return;
  }
  dropLearnts(s);
  eliminate(s);
}
