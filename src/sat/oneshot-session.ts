/**
 * A `SatSession` over any one-shot backend (the built-in solver in a worker thread, an external
 * program, the distributed service): the session collects the clauses, and each `solve` sends
 * the whole CNF and that solve's assumptions to the backend. Every `sat` model is checked here,
 * exactly once, with the CNF model check of `cnf/check.ts`: a model that falsifies a clause or
 * an assumption is `unknown` with a reason `backend error: <backend>: ...`, never `sat`.
 *
 * Nothing is kept across solves but the clauses (capability `incremental` is false); the
 * built-in solver's own session (`cdcl/session.ts`) is the incremental one.
 */
import { Cnf } from '../cnf/cnf.js';
import { falsifiedBy } from '../cnf/check.js';
import { ContractError } from '../errors.js';
import type { SatBackend, SatLimits, SatOutcome, SatStatus } from './backend.js';
import { expectState, type SatSession, type SessionCapabilities, type SessionState } from './session.js';

/** How often the memory limit is polled while a one-shot backend solves, in ms. */
const MEMORY_POLL_MS = 50;

/**
 * Solves `cnf` under `assumptions` on `backend` and checks a `sat` model against every clause
 * and assumption.
 * Post: a `sat` outcome's model satisfies `cnf` and `assumptions`; otherwise it is `unknown`
 * with a reason `backend error: ...`.
 * @example const out = await solveChecked(createBackend('cadical')!, cnf, new Int32Array(0), { timeoutMs: 1000 });
 */
export async function solveChecked(backend: SatBackend, cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome> {
  const { unset, ...out } = await backend.solve(cnf, assumptions, limits);
  if (out.status !== 'sat') return out;
  const fail = (why: string): SatOutcome => ({ status: 'unknown', reason: `backend error: ${backend.name}: ${why}`, ...(out.stats ? { stats: out.stats } : {}) });
  if (!out.model) return fail('sat without a model');
  const bad = falsifiedBy(cnf.flat(), assumptions, out.model);
  if (bad === undefined) return out;
  return fail(unset ? `with its ${unset} unset variables false, the model falsifies ${bad}` : `the model falsifies ${bad}`);
}

class OneShotSession implements SatSession {
  readonly capabilities: SessionCapabilities;
  private current: SessionState | 'closed' = 'adding';
  private cnf = new Cnf();
  private assumed: number[] = [];
  private last: SatOutcome = { status: 'unknown' };
  private lastAssumptions = new Int32Array(0);
  private running: AbortController | undefined;

  constructor(private readonly backend: SatBackend) {
    this.capabilities = { incremental: false, ...backend.capabilities };
  }

  get name(): string {
    return this.backend.name;
  }

  get state(): SessionState {
    if (this.current === 'closed') throw new ContractError('the SAT session is closed');
    return this.current;
  }

  get reason(): string | undefined {
    return this.current === 'unknown' ? this.last.reason : undefined;
  }

  get stats(): Readonly<Record<string, number>> {
    return this.last.stats ?? {};
  }

  add(clause: ArrayLike<number>): void {
    this.adding('add()');
    for (let i = 0; i < clause.length; i++) checkLit(clause[i]!, 'clause');
    this.cnf.addClause(clause);
  }

  addFlat(lits: Int32Array, numVars = 0): void {
    this.adding('addFlat()');
    if (lits.length > 0 && lits[lits.length - 1] !== 0) throw new ContractError('addFlat() needs clauses ended by 0');
    this.cnf.addFlat(lits, numVars);
  }

  addCnf(cnf: Cnf): void {
    this.adding('addCnf()');
    this.cnf = Cnf.adding(this.cnf, cnf);
  }

  assume(lits: ArrayLike<number>): void {
    this.adding('assume()');
    for (let i = 0; i < lits.length; i++) {
      checkLit(lits[i]!, 'assumption');
      this.assumed.push(lits[i]!);
    }
  }

  async solve(limits: SatLimits = {}): Promise<SatStatus> {
    if (this.current === 'closed') throw new ContractError('the SAT session is closed');
    if (this.running) throw new ContractError('solve() while another solve runs');
    const assumptions = Int32Array.from(this.assumed);
    this.assumed = [];
    const stop = new AbortController();
    this.running = stop;
    const outer = limits.signal;
    const forward = () => stop.abort();
    if (outer?.aborted) stop.abort();
    outer?.addEventListener('abort', forward, { once: true });
    // The memory limit, polled from a timer while the backend (a worker, a process) solves.
    let overMemory = false;
    const over = limits.overMemory;
    const watch = over
      ? setInterval(() => {
          if (over()) {
            overMemory = true;
            stop.abort();
          }
        }, MEMORY_POLL_MS)
      : undefined;
    try {
      this.last = await solveChecked(this.backend, this.cnf, assumptions, { timeoutMs: limits.timeoutMs, signal: stop.signal });
      if (overMemory && this.last.status === 'unknown') this.last = { status: 'unknown', reason: 'memory limit', ...(this.last.stats ? { stats: this.last.stats } : {}) };
    } finally {
      clearInterval(watch);
      outer?.removeEventListener('abort', forward);
      this.running = undefined;
    }
    this.lastAssumptions = assumptions;
    this.current = this.last.status;
    return this.last.status;
  }

  value(lit: number): boolean {
    expectState(this.current, 'sat', 'value()');
    const model = this.last.model!;
    const v = lit < 0 ? -lit : lit;
    const bit = v < model.length ? model[v] : 0;
    return lit > 0 ? bit === 1 : bit !== 1;
  }

  model(): Uint8Array {
    expectState(this.current, 'sat', 'model()');
    return this.last.model!;
  }

  failed(lit: number): boolean {
    return this.failedAssumptions().includes(lit);
  }

  failedAssumptions(): Int32Array {
    expectState(this.current, 'unsat', 'failedAssumptions()');
    // A backend that cannot tell which assumptions it used: all of them.
    return this.last.failed ?? this.lastAssumptions;
  }

  terminate(): void {
    this.running?.abort();
  }

  close(): void {
    this.terminate();
    this.current = 'closed';
  }

  private adding(what: string): void {
    if (this.current === 'closed') throw new ContractError(`${what} on a closed SAT session`);
    if (this.running) throw new ContractError(`${what} while a solve runs`);
    this.current = 'adding';
  }
}

function checkLit(lit: number, what: string): void {
  if (!Number.isInteger(lit) || lit === 0 || Math.abs(lit) > 0x3ffffffe) throw new ContractError(`invalid ${what} literal ${String(lit)}`);
}

/**
 * A session over the one-shot `backend`.
 * @example const s = oneShotSession(createBackend('minisat')!); s.add([1, 2]); await s.solve();
 */
export function oneShotSession(backend: SatBackend): SatSession {
  return new OneShotSession(backend);
}
