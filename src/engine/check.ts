/**
 * One satisfiability check through the whole eager pipeline (docs/ARCHITECTURE.md "Engine"):
 * preprocess → difference atoms → resource reasoning → encode → SAT session → lift → model
 * check — or, where difference logic is better solved lazily (`lazyPays`), preprocess →
 * resource reasoning → a live session (incremental.ts) → lift → model check. Every `sat`
 * model is evaluated against the original assertions and assumptions before it is returned;
 * a model that fails is reported as `unknown` with an internal-error reason, never as `sat`.
 *
 * The check does no file I/O: the CNF it encoded and the certificate of an unsat go to the
 * sink of sink.ts (resource reasoning's certificate, or for an unsat found by SAT the CNF with
 * the assumptions as unit clauses and the backend's DRAT proof of it).
 */
import type { Encoded } from '../encode/encoder.js';
import { equalityOnlyAtoms } from '../encode/idl/equality.js';
import { widestSdRange } from '../encode/idl/smalldomain.js';
import { LAZY_RANGE, rangeBound } from '../encode/incremental.js';
import { InternalError, LimitReached } from '../errors.js';
import { checkModel, type Value } from '../model/evaluate.js';
import { defaultLoadLimits, type LoadLimits } from '../resource/load.js';
import { reasonAboutResources, type ResourceRefuter } from '../resource/reason.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import type { Term } from '../terms/term.js';
import { memoryGuard } from '../util/memory.js';
import { openCheckSession } from './backend.js';
import { IncrementalChecker } from './incremental.js';
import type { EngineOptions } from './options.js';
import { limitPoll, type CheckLimits, type CheckResult, type CheckStats } from './result.js';
import { sinkFor } from './sink.js';
import { encodePrepared, prepare, sharedAtoms, type Prepared } from './to-cnf.js';

export type { CheckLimits, CheckResult, CheckStats };

/**
 * Decides `assertions ∧ assumptions`.
 * @example const r = await check([store.mk('<', [x, y])], [], defaultOptions, {});
 */
export async function check(
  assertions: readonly Term[],
  assumptions: readonly Term[],
  options: EngineOptions,
  limits: CheckLimits,
): Promise<CheckResult> {
  const stats: CheckStats = { encodeMs: 0, solveMs: 0, vars: 0, clauses: 0 };
  const t0 = performance.now();
  const overMemory = memoryGuard(options.memory);
  const poll = limitPoll(limits, overMemory);
  const sink = limits.quiet ? undefined : (limits.sink ?? sinkFor(options));
  const certify = sink?.certify === true;
  const index = limits.index ?? 1;
  const label = limits.label ?? { check: index };
  let enc: Encoded | undefined;
  /** The eager encoding of the prepared problem, and the lazy check when it pays instead. */
  let encodeEagerly: (() => Encoded) | undefined;
  let checkLazy: (() => Promise<CheckResult | undefined>) | undefined;
  /** Whether the encoded assumptions are the check's own, in order (no pass changed them). */
  let exact = false;
  let opSymmetry = options.opSymmetry !== false;
  try {
    poll();
    // Preprocessing, and the difference atoms of its result (to-cnf.ts), which resource
    // reasoning shares when preprocessing left the assertions as they were.
    const prepared = prepare(assertions, assumptions, poll, options.symmetry !== false);
    let extra: Term[] = [];
    let disjunctive: DisjunctiveTerms | undefined;
    if (limits.refuteOnly && options.resources === false) return { status: 'unknown', reason: 'not refuted', stats };
    if (options.resources !== false) {
      // Resource reasoning (src/resource/): an unsat it finds comes with a certificate. Without
      // one, it may hand implied constraints to the encoding — but not when certifying: a SAT
      // refutation is checked by re-encoding the original problem (proof/check-refutation.ts).
      const what = options.learn ?? 'none';
      const learn =
        what !== 'none' && !certify && limits.store
          ? { store: limits.store, load: what === 'load' || what === 'all', bounds: what === 'bounds' || what === 'all', ...learnBudgets(options) }
          : undefined;
      const res = reasonAboutResources([...assertions, ...assumptions], label, poll, learn, options, sharedAtoms(prepared));
      stats.resource = res.stats;
      if (res.certificate !== undefined) {
        if (certify) sink!.certificate(index, res.certificate);
        return { status: 'unsat', failed: allOf(assumptions), stats };
      }
      if (limits.refuteOnly) return { status: 'unknown', reason: 'not refuted', stats };
      // The live session reasons on the resources as it searches (engine/incremental.ts), and
      // finds them in its base frame unless given: these, when they are all in that frame.
      if (assumptions.length === 0) disjunctive = res.disjunctive;
      if (res.learned) {
        extra = res.learned.terms;
        stats.learned = { ...res.learned.stats, gates: 0 };
      }
    }
    // Operation symmetry is looked for where resource reasoning found operations (or did not
    // run): it was measured to pay on scheduling problems; elsewhere no gain was measured and
    // its search cost 10–20% of the encoding time.
    opSymmetry = opSymmetry && (stats.resource === undefined || stats.resource.operations > 0);
    // The model is checked below against `assertions` and `assumptions` only, never `extra`.
    exact = prepared.pre.applied.length === 0;
    // The live session solves in this thread, where an AbortSignal is not seen until it
    // returns: a check given one stays on the eager path (a worker, cancelled at once).
    encodeEagerly = () => {
      const e = encodePrepared(prepared, { idlEncoding: options.idlEncoding, symmetry: options.symmetry, opSymmetry, poll }, extra);
      if (stats.learned) stats.learned.gates = e.stats.extraGates;
      return e;
    };
    if (sink === undefined && limits.signal === undefined && lazyPays(prepared, options))
      checkLazy = () => checkLazily(prepared, extra, assertions, assumptions, exact, options, limits, stats, exact ? disjunctive : undefined);
    else enc = encodeEagerly();
  } catch (e) {
    if (e instanceof LimitReached) return { status: 'unknown', reason: e.reason, stats };
    throw e;
  } finally {
    stats.encodeMs = performance.now() - t0;
  }
  if (!enc) {
    const r = await checkLazy!();
    if (r) return r;
    try {
      // The live session could not take the problem: encode it after all.
      const t1 = performance.now();
      enc = encodeEagerly!();
      stats.encodeMs += performance.now() - t1;
    } catch (e) {
      if (e instanceof LimitReached) return { status: 'unknown', reason: e.reason, stats };
      throw e;
    }
  }
  stats.vars = enc.cnf.numVars;
  stats.clauses = enc.cnf.numClauses;
  stats.encoding = enc.stats;
  sink?.encoded(index, enc.cnf, enc.assumptions);

  // When certifying, an unsat found by SAT is certified by the CNF (assumptions as unit
  // clauses, so that the proof ends in the empty clause) and the backend's DRAT proof of it.
  const target = certify
    ? sink!.refutation(index, { idlEncoding: options.idlEncoding, symmetry: options.symmetry !== false, opSymmetry }, label)
    : undefined;
  const timeoutMs = limits.deadline !== undefined ? Math.max(0, limits.deadline - Date.now()) : undefined;
  if (timeoutMs === 0) {
    target?.done(false);
    return { status: 'unknown', reason: 'timeout', stats };
  }
  const session = openCheckSession(options, target?.drat);
  session.addCnf(enc.cnf);
  if (target) {
    target.cnf(enc.cnf, enc.assumptions);
    for (const u of enc.assumptions) session.add([u]);
  } else {
    session.assume(enc.assumptions);
  }
  const t1 = performance.now();
  const status = await session.solve({ timeoutMs, signal: limits.signal, overMemory });
  stats.solveMs = performance.now() - t1;
  stats.sat = Object.keys(session.stats).length > 0 ? { ...session.stats } : undefined;
  const satModel = status === 'sat' ? session.model() : undefined;
  const failed = status === 'unsat' ? failedIndices(assumptions, exact ? enc.assumptionLits : undefined, target ? undefined : session.failedAssumptions()) : undefined;
  const reason = session.reason;
  session.close();
  target?.done(status === 'unsat');
  if (status === 'unsat') return { status, failed, stats };
  if (status !== 'sat' || !satModel) return { status, reason, stats };

  return checked(enc.decode(satModel), assertions, assumptions, stats);
}

/**
 * A refutation-only check (`CheckLimits.refuteOnly`) of the base formulas of `refuter` and
 * `extra`, detection done once per refuter (resource/reason.ts `ResourceRefuter`): the checks
 * of an optimisation that only look for a lower bound. `unsat` with resource reasoning's
 * certificate (to the sink unless quiet), else `unknown` with reason `not refuted` or the limit
 * reached. The assumptions, when the caller has any, are among the base formulas: a failed set
 * is all of them, as `failed` of check.
 * @example const r = refuteOnce(new ResourceRefuter(asserted, options), [bound], options, { index: 1 });
 */
export function refuteOnce(refuter: ResourceRefuter, extra: readonly Term[], options: EngineOptions, limits: CheckLimits, assumptions: readonly Term[] = []): CheckResult {
  const stats: CheckStats = { encodeMs: 0, solveMs: 0, vars: 0, clauses: 0 };
  if (options.resources === false) return { status: 'unknown', reason: 'not refuted', stats };
  const t0 = performance.now();
  const overMemory = memoryGuard(options.memory);
  const poll = limitPoll(limits, overMemory);
  try {
    poll();
    const index = limits.index ?? 1;
    const res = refuter.refute(extra, limits.label ?? { check: index }, poll);
    stats.resource = res.stats;
    if (res.certificate === undefined) return { status: 'unknown', reason: 'not refuted', stats };
    const sink = limits.quiet ? undefined : (limits.sink ?? sinkFor(options));
    if (sink?.certify === true) sink.certificate(index, res.certificate);
    return { status: 'unsat', failed: allOf(assumptions), stats };
  } catch (e) {
    if (e instanceof LimitReached) return { status: 'unknown', reason: e.reason, stats };
    throw e;
  } finally {
    stats.encodeMs = performance.now() - t0;
  }
}

/**
 * A `sat` answer with `model` once it satisfies every assertion and assumption; `unknown` with
 * the model check's internal error otherwise.
 */
function checked(model: Map<number, Value>, assertions: readonly Term[], assumptions: readonly Term[], stats: CheckStats): CheckResult {
  try {
    checkModel(assertions, model);
    checkModel(assumptions, model);
  } catch (e) {
    if (e instanceof InternalError) return { status: 'unknown', reason: e.message, stats };
    throw e;
  }
  return { status: 'sat', model, stats };
}

/** Ranges wider than this make `lazyIdl: 'auto'` solve difference logic lazily. */
const LAZY_WIDTH = 64n;

/**
 * Whether this check solves difference logic lazily (the `lazyIdl` option): never when the
 * problem is decided, unsupported or has no difference atoms, or when the backend has no live
 * session; `auto` when the eager encoding would be small-domain over a range wider than
 * LAZY_WIDTH. Generated 10×10 job shops with durations 1–99 (ranges near 500) take thousands
 * of conflicts eagerly and about a hundred with complete theory propagation; the BohanLi job
 * shops (ranges of 16–32, the order encoding) are the other way round.
 */
function lazyPays(p: Prepared, options: EngineOptions): boolean {
  const when = options.lazyIdl ?? 'auto';
  if (when === 'off' || p.unsupported || p.pre.model || !p.atoms || p.atoms.table.size === 0) return false;
  if ((options.idlEncoding ?? 'auto') !== 'auto' || !IncrementalChecker.applies(options)) return false;
  if (when === 'on') return true;
  // Constants too large for exact doubles would make the live session fall back to comparators
  // over words, which the eager encodings beat.
  const { table } = p.atoms;
  let cmax = 0n;
  for (const c of table.c) if ((c < 0n ? -c : c) > cmax) cmax = c < 0n ? -c : c;
  if (rangeBound(table.numVars, cmax) >= LAZY_RANGE) return false;
  const facts = p.atoms.factsOf(p.pre.problem.assertions);
  return widestSdRange(p.atoms.table, facts, equalityOnlyAtoms(p.atoms.table, p.atoms.forms())) > LAZY_WIDTH;
}

/**
 * Decides the prepared problem (with `extra`, implied by it, when no pass changed it) in a live
 * session with lazy difference logic (engine/incremental.ts), then lifts and checks the model
 * against the original assertions. Undefined when the live session cannot take the problem.
 */
async function checkLazily(
  p: Prepared,
  extra: readonly Term[],
  assertions: readonly Term[],
  assumptions: readonly Term[],
  exact: boolean,
  options: EngineOptions,
  limits: CheckLimits,
  stats: CheckStats,
  disjunctive: DisjunctiveTerms | undefined,
): Promise<CheckResult | undefined> {
  const live = new IncrementalChecker(options, true);
  const { problem } = p.pre;
  const frame = exact ? [...problem.assertions, ...extra] : problem.assertions;
  let r: CheckResult | undefined;
  try {
    r = await live.check([frame], problem.assumptions, { deadline: limits.deadline, signal: limits.signal }, disjunctive);
  } finally {
    live.close();
  }
  if (!r) return undefined;
  stats.encodeMs += r.stats.encodeMs;
  stats.solveMs = r.stats.solveMs;
  stats.vars = r.stats.vars;
  stats.clauses = r.stats.clauses;
  stats.sat = r.stats.sat;
  stats.lazyIdl = true;
  if (r.status === 'unsat') return { status: 'unsat', failed: exact && r.failed ? r.failed : allOf(assumptions), stats };
  if (r.status !== 'sat' || !r.model) return { status: r.status, reason: r.reason, stats };
  return checked(exact ? r.model : p.pre.lift(r.model), assertions, assumptions, stats);
}

/** The budgets of learning from the options (the option table's `resource` rows; unset: their defaults). */
function learnBudgets(o: EngineOptions): { boundsBudget?: number; loadNodes?: number; limits: LoadLimits } {
  const d = defaultLoadLimits;
  const limits = { maxWindows: o.loadWindows ?? d.maxWindows, maxCap: o.loadCap ?? d.maxCap, maxValues: o.loadValues ?? d.maxValues };
  return { boundsBudget: o.boundsBudget, loadNodes: o.loadNodes, limits };
}

/** Every index of `assumptions`. */
function allOf(assumptions: readonly Term[]): number[] {
  return assumptions.map((_, i) => i);
}

/**
 * The indices of the failed assumptions of an unsat: the first that folded to false, or those
 * whose literal the session reports failed; all of them without `lits` or `used`.
 */
function failedIndices(assumptions: readonly Term[], lits: readonly (number | boolean)[] | undefined, used: Int32Array | undefined): number[] {
  if (!lits || lits.length !== assumptions.length) return allOf(assumptions);
  const folded = lits.indexOf(false);
  if (folded >= 0) return [folded];
  if (!used) return allOf(assumptions);
  const set = new Set(used);
  const out: number[] = [];
  lits.forEach((l, i) => {
    if (typeof l === 'number' && set.has(l)) out.push(i);
  });
  return out;
}
