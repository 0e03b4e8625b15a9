/**
 * The built-in CDCL solver as a `SatSession` (`../session.ts`): one `CdclSolver` kept alive
 * across solves, so clauses added between solves keep what was learnt — IPASIR's incremental
 * use, as in MiniSat's and CaDiCaL's APIs. Solving runs in this thread, synchronously inside
 * `solve`; limits are cooperative (the deadline and the abort signal are polled every few
 * thousand conflicts by the search). A proof tracer (e.g. `../drat.ts`) is injected by the
 * caller, never imported here. Models come from the solver and are checked against every
 * clause added and the assumptions before `sat` is answered.
 */
import { Cnf } from '../../cnf/cnf.js';
import { falsifiedBy } from '../../cnf/check.js';
import { ContractError } from '../../errors.js';
import type { SatLimits, SatStatus } from '../backend.js';
import { expectState, type SatSession, type TheoryCheck, type SessionCapabilities, type SessionState } from '../session.js';
import type { CdclOptions } from './options.js';
import { CdclSolver, type ProofTracer } from './solver.js';

/** Options of a CDCL session. */
export interface CdclSessionOptions {
  /** Solver options (see `options.ts`). */
  cdcl?: Partial<CdclOptions>;
  /** Receives every learnt and deleted clause (e.g. a `DratWriter`). */
  proof?: ProofTracer;
}

class CdclSession implements SatSession {
  readonly name = 'builtin';
  readonly capabilities: SessionCapabilities;
  private readonly solver: CdclSolver;
  /** Every clause added, for the model check. */
  private clauses = new Cnf();
  private assumed: number[] = [];
  private current: SessionState | 'closed' = 'adding';
  private why: string | undefined;
  private stopped = false;
  private running = false;

  constructor(options: CdclSessionOptions) {
    this.solver = new CdclSolver(options.cdcl);
    this.solver.setProof(options.proof);
    this.capabilities = { incremental: true, assumptions: true, proofs: options.proof !== undefined };
  }

  get state(): SessionState {
    if (this.current === 'closed') throw new ContractError('the SAT session is closed');
    return this.current;
  }

  get reason(): string | undefined {
    return this.current === 'unknown' ? this.why : undefined;
  }

  get stats(): Readonly<Record<string, number>> {
    return { ...this.solver.stats };
  }

  add(clause: ArrayLike<number>): void {
    this.adding('add()');
    this.solver.addClause(clause);
    this.clauses.addClause(clause);
  }

  addFlat(lits: Int32Array, numVars = 0): void {
    this.adding('addFlat()');
    if (lits.length > 0 && lits[lits.length - 1] !== 0) throw new ContractError('addFlat() needs clauses ended by 0');
    this.solver.addFlat(lits, numVars);
    this.clauses.addFlat(lits, numVars);
  }

  addCnf(cnf: Cnf): void {
    this.adding('addCnf()');
    this.solver.addFlat(cnf.flat(), cnf.numVars);
    this.clauses = Cnf.adding(this.clauses, cnf);
  }

  setTheory(theory: TheoryCheck | undefined): void {
    if (theory && this.capabilities.proofs) throw new ContractError('a theory cannot be used with a DRAT proof');
    this.solver.setTheory(theory);
  }

  assume(lits: ArrayLike<number>): void {
    this.adding('assume()');
    for (let i = 0; i < lits.length; i++) this.assumed.push(lits[i]!);
  }

  async solve(limits: SatLimits = {}): Promise<SatStatus> {
    if (this.current === 'closed') throw new ContractError('the SAT session is closed');
    if (this.running) throw new ContractError('solve() while another solve runs');
    const assumptions = Int32Array.from(this.assumed);
    this.assumed = [];
    this.stopped = false;
    const deadline = limits.timeoutMs === undefined ? undefined : Date.now() + limits.timeoutMs;
    const signal = limits.signal;
    const over = limits.overMemory;
    const stopWhy = (): string | undefined =>
      this.stopped || signal?.aborted
        ? 'canceled'
        : deadline !== undefined && Date.now() >= deadline
          ? 'timeout'
          : over?.()
            ? 'memory limit'
            : undefined;
    if (stopWhy() !== undefined) return this.answer('unknown', stopWhy());
    this.running = true;
    let status: SatStatus;
    try {
      status = this.solver.solve(assumptions, { shouldStop: () => stopWhy() !== undefined });
    } finally {
      this.running = false;
    }
    if (status === 'unknown') return this.answer('unknown', stopWhy() ?? 'incomplete');
    if (status === 'sat') {
      const bad = falsifiedBy(this.clauses.flat(), assumptions, this.solver.model());
      if (bad !== undefined) return this.answer('unknown', `backend error: builtin: the model falsifies ${bad}`);
    }
    return this.answer(status, undefined);
  }

  value(lit: number): boolean {
    expectState(this.current, 'sat', 'value()');
    return this.solver.value(lit);
  }

  model(): Uint8Array {
    expectState(this.current, 'sat', 'model()');
    return this.solver.model();
  }

  failed(lit: number): boolean {
    return this.failedAssumptions().includes(lit);
  }

  failedAssumptions(): Int32Array {
    expectState(this.current, 'unsat', 'failedAssumptions()');
    return this.solver.failed();
  }

  terminate(): void {
    this.stopped = true;
  }

  close(): void {
    this.current = 'closed';
  }

  private answer(status: SatStatus, why: string | undefined): SatStatus {
    this.current = status;
    this.why = why;
    return status;
  }

  private adding(what: string): void {
    if (this.current === 'closed') throw new ContractError(`${what} on a closed SAT session`);
    if (this.running) throw new ContractError(`${what} while a solve runs`);
    this.current = 'adding';
  }
}

/**
 * A session on a fresh built-in CDCL solver, kept alive across solves.
 * @example
 * const s = cdclSession();
 * s.add([1, 2]); await s.solve();          // 'sat'
 * s.add([-1]); s.assume([-2]); await s.solve(); // 'unsat', s.failed(-2) === true
 */
export function cdclSession(options: CdclSessionOptions = {}): SatSession {
  return new CdclSession(options);
}
