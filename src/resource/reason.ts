/**
 * Resource reasoning before encoding (docs/ARCHITECTURE.md, "Resources"): detect disjunctive resources
 * (detect.ts), compute time windows (windows.ts), look for an overloaded window on every
 * clique (energetic.ts) and, when one is found, return `unsat` with a certificate
 * (certificate.ts) that `check-proof` verifies from the assertions alone.
 *
 * Soundness rests on three facts, each re-checked by `check-proof`: every pair of operations
 * of a clique is constrained by a top-level conjunct; durations are constants no larger than
 * what each pair's disjunction demands; windows and machine domains are sums of unconditional
 * facts. A formula without pairwise disjunctions costs one walk over its top-level conjuncts.
 *
 * When nothing is refuted and a term store is given, what the reasoner learned is handed to
 * the SAT encoding as Boolean terms implied by the formulas (load.ts: per-machine load
 * constraints of parallel-machine resources; tighten.ts: time windows tightened by energetic
 * bound adjustment). They rest on the same three facts.
 *
 * The work is bounded by the option table's `resource` rows (src/options/table.ts: cliques
 * tried, task-window evaluations, precedence work, learning budgets), which the engine hands
 * over from its options. Only a resource limit or unsupported input makes the reasoner give
 * up quietly (`stats.failure`); a broken invariant is an InternalError and propagates.
 */
import { EagerSmtError, InternalError } from '../errors.js';
import { optionDefault } from '../options/table.js';
import type { Term, TermStore } from '../terms/term.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import { CertificateBuilder, type CertOp, type CheckLabel } from './certificate.js';
import { collect, PairGraph, type Detected, type Fact, type SharedAtoms } from './detect.js';
import { findOverload, type Task } from './energetic.js';
import { defaultLoadLimits, loadConstraints, type LoadLimits, type MachineOp } from './load.js';
import { listSchedule } from './list-schedule.js';
import { durationIn, tasksOf, usable } from './tasks.js';
import { tightenWindows } from './tighten.js';
import { Windows, type Frame } from './windows.js';

export interface ResourceStats {
  /** Operations and constrained pairs found. */
  operations: number;
  pairs: number;
  /** Cliques (resources) examined, and windows tried on them. */
  resources: number;
  windows: number;
  /** How the problem was refuted, if it was. */
  refutation?: string;
  /** Why the reasoner gave up (a resource limit, input it cannot handle); the check went on without it. */
  failure?: string;
  ms: number;
}

/** What was learned without a refutation: Boolean terms, each implied by the formulas. */
export interface Learned {
  terms: Term[];
  stats: LearnStats;
}

export interface LearnStats {
  /** Per-machine load constraints, the windows they come from, and their counter registers. */
  loads: number;
  /** Tightened bounds of time variables; whether tightening found the problem infeasible. */
  bounds: number;
  infeasible?: boolean;
  windows: number;
  nodes: number;
  ms: number;
}

export interface ResourceOutcome {
  /** Present when the formulas are unsatisfiable: the certificate's text. */
  certificate?: string;
  /** Present when asked for (a store given) and nothing was refuted. */
  learned?: Learned;
  /**
   * Present when nothing was refuted and some clique of two-sided pairs of capacity 1 has three
   * or more operations: those cliques as disjunctive resources for the search
   * (theory/idl/disjunctive.ts), their operations' bounds read against the frame's reference.
   */
  disjunctive?: DisjunctiveTerms;
  stats: ResourceStats;
}

/**
 * Asks `reasonAboutResources` to learn, building terms in `store` (the formulas' store):
 * per-machine load constraints (`load`, on unless false) and tightened windows (`bounds`).
 */
export interface LearnRequest {
  store: TermStore;
  load?: boolean;
  bounds?: boolean;
  limits?: LoadLimits;
  /** Task-window evaluations allowed for tightening windows (about a second at most by default). */
  boundsBudget?: number;
  /** Counter registers learned per check, over all load constraints. */
  loadNodes?: number;
}

/** The budgets of the search for a refutation: rows of scope `resource` of the option table. */
export interface ResourceBudgets {
  /** Cliques tried per kind (capacity 1, machine capacity). */
  resourceCliques?: number;
  /** Task-window evaluations allowed per check. */
  resourceBudget?: number;
  /** Operations × facts up to which implied precedences are computed (one shortest-path run per operation). */
  precedenceWork?: number;
}

/**
 * Looks for a resource refutation of `formulas` (assertions then assumptions, all must hold),
 * for the check `label` names (the `check`-th of the script). `poll` may throw (time-out) and is called regularly.
 * With `learn`, a check that is not refuted returns what was learned (terms in `learn.store`).
 * `atoms`, when given, holds the difference atoms of exactly these formulas and the normal forms
 * of their comparisons (theory/idl/atoms.ts): detection reads them there instead of normalising
 * into a table of its own.
 * @example const { certificate } = reasonAboutResources(ctx.assertions(), 1, () => {});
 */
export function reasonAboutResources(
  formulas: readonly Term[],
  check: number | CheckLabel,
  poll: () => void,
  learn?: LearnRequest,
  budgets: ResourceBudgets = {},
  atoms?: SharedAtoms,
): ResourceOutcome {
  const t0 = performance.now();
  const stats: ResourceStats = { operations: 0, pairs: 0, resources: 0, windows: 0, ms: 0 };
  const learned: Learned | undefined = learn && { terms: [], stats: { loads: 0, bounds: 0, windows: 0, nodes: 0, ms: 0 } };
  try {
    const label = typeof check === 'number' ? { check } : check;
    const found: { disjunctive?: DisjunctiveTerms } = {};
    const certificate = reason(formulas, label, poll, stats, learn && { ...learn, out: learned! }, budgets, atoms, found);
    stats.ms = performance.now() - t0;
    return certificate !== undefined ? { certificate, stats } : { learned, disjunctive: found.disjunctive, stats };
  } catch (e) {
    // Resource reasoning only ever adds an unsat: running out of a resource in it (a RangeError
    // from allocation or recursion) or meeting input it cannot handle (an EagerSmtError) must
    // not stop the check. A time-out stops it; a bug (InternalError, TypeError, ...) propagates.
    if (!(e instanceof RangeError || e instanceof EagerSmtError)) throw e;
    stats.ms = performance.now() - t0;
    stats.failure = e.message;
    return { stats };
  }
}

function reason(
  formulas: readonly Term[],
  label: CheckLabel,
  poll: () => void,
  stats: ResourceStats,
  learn: (LearnRequest & { out: Learned }) | undefined,
  budgets: ResourceBudgets,
  atoms: SharedAtoms | undefined,
  out: { disjunctive?: DisjunctiveTerms },
): string | undefined {
  const s = structureOf(formulas, poll, stats, budgets, atoms);
  if (!s) return undefined;
  const found = refuteOn(s, s.det.facts, s.win, label, poll, stats, budgets);
  if (typeof found === 'string' || found === undefined) return found;
  const { frame, mframe } = found;
  out.disjunctive = disjunctiveOf(s, frame.ref);
  if (learn && learn.load !== false) learnLoads(s.cliques, s.g, frame, mframe, s.det.table.varTerms, learn, poll);
  if (learn?.bounds) learnBounds(s.g, s.det, s.cliques, frame, mframe, learn.boundsBudget ?? optionDefault('resource', 'boundsBudget'), learn, poll);
  return undefined;
}

/** What detection found: the operations and their pairs, the cliques to try, the windows of the facts. */
interface Structure {
  det: Detected;
  g: PairGraph;
  cliques: { ops: number[]; machines: boolean }[];
  win: Windows;
}

/** Detection (detect.ts) and the cliques of its pair graph; undefined without pairs. */
function structureOf(
  formulas: readonly Term[],
  poll: () => void,
  stats: ResourceStats,
  budgets: ResourceBudgets,
  atoms: SharedAtoms | undefined,
): Structure | undefined {
  const maxCliques = budgets.resourceCliques ?? optionDefault('resource', 'resourceCliques');
  const precedenceWork = budgets.precedenceWork ?? optionDefault('resource', 'precedenceWork');
  const det = collect(formulas, poll, atoms?.table, undefined, atoms?.comparisons);
  if (det.pairs.length === 0) return undefined;
  const g = new PairGraph(det);
  stats.operations = g.ops.length;
  stats.pairs = g.edges;
  const win = new Windows(det.table.numVars, det.facts);
  // Precedences implied through chains of facts (jobs of more than two operations).
  if (g.ops.length * det.facts.length <= precedenceWork) g.addPrecedences((b) => (poll(), win.pathsFrom(b)), g.ops.length);
  const guarded = [...g.adj.values()].some((m) => [...m.values()].some((l) => l.guarded));
  const cliques = g.cliques(true, maxCliques).map((ops) => ({ ops, machines: false }));
  if (guarded) cliques.push(...g.cliques(false, maxCliques).map((ops) => ({ ops, machines: true })));
  cliques.sort((p, q) => q.ops.length - p.ops.length);
  // A clique whose pairs are all precedences (a job's operations, in a job shop) is never
  // overloaded: every operation at its earliest start satisfies the facts, and so every
  // precedence they imply, within the windows. Trying it only costs.
  const ordered = (ops: readonly number[]) => ops.every((a, i) => ops.slice(i + 1).every((b) => g.get(a, b)!.kb === undefined));
  return { det, g, cliques: cliques.filter((c) => !ordered(c.ops)), win };
}

/**
 * Looks for an overloaded window on every clique of `s`, with the windows `win` of `facts`
 * (those of `s.det` or more). The certificate of a refutation; undefined when the facts bound
 * no operation (and no negative cycle refutes them); otherwise the frames the windows were
 * read in.
 */
function refuteOn(
  s: Structure,
  facts: readonly Fact[],
  win: Windows,
  label: CheckLabel,
  poll: () => void,
  stats: ResourceStats,
  budgets: ResourceBudgets,
): string | { frame: Frame; mframe: Frame } | undefined {
  const { det, g, cliques } = s;
  const workBudget = budgets.resourceBudget ?? optionDefault('resource', 'resourceBudget');
  stats.resources = cliques.length;
  const cert = () => new CertificateBuilder(det.table, facts, label);
  const frame = win.bestFrame([...new Set(cliques.flatMap((c) => c.ops))]);
  if (!frame) {
    if (win.candidates().some((r) => !win.frame(r))) {
      const cycle = win.negativeCycle(poll);
      if (cycle) {
        stats.refutation = `negative cycle of ${cycle.length} unconditional constraints`;
        return cert().contradiction(cycle);
      }
    }
    return undefined;
  }
  const machineVars = [...new Set(cliques.filter((c) => c.machines).flatMap((c) => c.ops.map((v) => g.machine.get(v))))];
  const mframe = win.bestFrame(machineVars.filter((m): m is number => m !== undefined)) ?? frame;

  const tried = { windows: 0 };
  for (const clique of cliques) {
    poll();
    const ops = usable(clique.ops, clique.machines, g, frame, mframe);
    if (ops.length < 2) continue;
    const { tasks, capacity } = tasksOf(ops, g, frame, mframe);
    if (capacity >= ops.length) continue;
    const hit = findOverload(tasks, capacity, workBudget - tried.windows * ops.length, tried, poll);
    stats.windows = tried.windows;
    if (!hit) continue;
    // Certify with the operations that spend energy in the window only; their durations stay
    // those of the whole clique (each is at most what any of its pairs demands), while the
    // capacity can only shrink on fewer machines.
    const used = hit.tasks.map((i) => ops[i]!);
    const usedTasks = hit.tasks.map((i) => tasks[i]!);
    const sub = tasksOf(used, g, frame, mframe);
    if (!exactOverload(usedTasks, sub.capacity, hit.t1, hit.t2)) throw new InternalError('resource: overload lost on its own operations');
    stats.refutation = `overload of [${hit.t1}, ${hit.t2}) on ${used.length} operations: energy ${hit.energy} > capacity ${sub.capacity} × ${hit.t2 - hit.t1}`;
    const b = cert();
    const certOps: CertOp[] = used.map((v, i) => {
      const m = sub.guarded ? g.machine.get(v) : undefined;
      return {
        v,
        d: BigInt(usedTasks[i]!.d),
        start: [win.chainDown(frame, v), win.chainUp(frame, v)],
        machine: m === undefined ? undefined : { m, lo: win.chainDown(mframe, m), hi: win.chainUp(mframe, m) },
      };
    });
    const pairs: string[] = [];
    for (let i = 0; i < used.length; i++)
      for (let j = i + 1; j < used.length; j++) {
        const l = g.get(used[i]!, used[j]!)!;
        const why = l.chain ? `(step ${b.chain(l.chain, l.b, true)})` : `(assertion ${l.source + 1})`;
        pairs.push(`(pair ${b.name(used[i]!)} ${b.name(used[j]!)} ${why})`);
      }
    return b.overload(frame.ref, mframe.ref, certOps, pairs, BigInt(hit.t1), BigInt(hit.t2));
  }
  return { frame, mframe };
}

/**
 * Resource refutations of one set of formulas with different extra formulas each time (the
 * bounds an optimisation probes): detection, the pair graph, its implied precedences and its
 * cliques are computed once, on the first call; each call then reads the facts of its extra
 * formulas, computes the windows of all the facts and looks for an overloaded window.
 * Precedences the extra facts would imply, and extra formulas that add pairs, are not looked
 * for (ignoring constraints is sound: a refutation of fewer constraints refutes more). The
 * certificate cites the extra formulas after the base ones, as in `reasonAboutResources` of
 * their concatenation.
 * @example const r = new ResourceRefuter(asserted); r.refute([store.mk('<=', [makespan, store.int(40)])], 1, () => {}).certificate
 */
export class ResourceRefuter {
  private structure: Structure | undefined;
  private detected = false;
  /** The statistics of detection, copied into every call's. */
  private found: ResourceStats = { operations: 0, pairs: 0, resources: 0, windows: 0, ms: 0 };

  constructor(
    private readonly base: readonly Term[],
    private readonly budgets: ResourceBudgets = {},
  ) {}

  /**
   * A heuristic schedule of the base formulas' operations (list-schedule.ts): values by term
   * id, a candidate model for the caller to check, or undefined. Shares the detection.
   * @example const guess = refuter.schedule(() => {});
   */
  schedule(poll: () => void): Map<number, bigint> | undefined {
    try {
      this.detect(poll);
      return this.structure && listSchedule(this.structure.det, this.structure.g, poll);
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof EagerSmtError)) throw e;
      this.detected = true;
      return undefined;
    }
  }

  /** Detection, once. */
  private detect(poll: () => void): void {
    if (this.detected) return;
    this.structure = structureOf(this.base, poll, this.found, this.budgets, undefined);
    this.detected = true;
  }

  /**
   * A refutation of the base formulas and `extra` (a certificate), or none. `poll` may throw
   * (time-out); as in `reasonAboutResources`, a resource limit or unsupported input only ends
   * the attempt (`stats.failure`).
   */
  refute(extra: readonly Term[], check: number | CheckLabel, poll: () => void): ResourceOutcome {
    const t0 = performance.now();
    const stats: ResourceStats = { ...this.found };
    try {
      const label = typeof check === 'number' ? { check } : check;
      if (!this.detected) {
        this.detect(poll);
        Object.assign(stats, this.found);
      }
      const s = this.structure;
      if (!s) return { stats: { ...stats, ms: performance.now() - t0 } };
      const more = collect(extra, poll, s.det.table, { first: this.base.length });
      const facts = more.facts.length === 0 ? s.det.facts : [...s.det.facts, ...more.facts];
      const win = facts === s.det.facts ? s.win : new Windows(s.det.table.numVars, facts);
      const found = refuteOn(s, facts, win, label, poll, stats, this.budgets);
      stats.ms = performance.now() - t0;
      return typeof found === 'string' ? { certificate: found, stats } : { stats };
    } catch (e) {
      if (!(e instanceof RangeError || e instanceof EagerSmtError)) throw e;
      this.detected = true; // a failed detection is not retried: no structure
      stats.ms = performance.now() - t0;
      stats.failure = e.message;
      return { stats };
    }
  }
}

/**
 * The disjunctive resources of `formulas` for a search to reason on (disjunctiveOf), without
 * looking for a refutation; undefined when there are none, or when detection meets a resource
 * limit or input it cannot handle. `poll` may throw (time-out).
 * @example live.check(frames, [], limits, findDisjunctive(frames[0], poll, options))
 */
export function findDisjunctive(formulas: readonly Term[], poll: () => void, budgets: ResourceBudgets = {}): DisjunctiveTerms | undefined {
  try {
    const s = structureOf(formulas, poll, { operations: 0, pairs: 0, resources: 0, windows: 0, ms: 0 }, budgets, undefined);
    if (!s) return undefined;
    // The reference that bounds the most operations one way at least (the other bound may come
    // from frames above this one, a makespan bound an optimisation probes).
    let ref: number | undefined;
    let most = 0;
    for (const r of s.win.candidates()) {
      const f = s.win.frame(r);
      const n = f ? s.g.ops.filter((v) => f.up.has(v) || f.down.has(v)).length : 0;
      if (n > most) [ref, most] = [r, n];
    }
    return ref === undefined ? undefined : disjunctiveOf(s, ref);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof EagerSmtError)) throw e;
    return undefined;
  }
}

/**
 * Cliques of two-sided pairs of capacity 1 (no machine guards, no precedences: a machine's
 * operations) of three or more operations, over terms, with each operation's duration in its
 * clique, their bounds to be read against variable `refVar` (the search reads them, so the
 * facts need not bound them); undefined if none (or the reference has no term).
 */
function disjunctiveOf(s: Structure, refVar: number): DisjunctiveTerms | undefined {
  const { varTerms } = s.det.table;
  const ref = refVar === 0 ? undefined : varTerms[refVar];
  if (refVar !== 0 && !ref) return undefined;
  const resources: DisjunctiveTerms['resources'] = [];
  for (const clique of s.g.cliques(true, s.g.ops.length, true)) {
    const ops = clique.filter((v) => varTerms[v] !== undefined);
    if (ops.length < 3) continue;
    resources.push({ starts: ops.map((v) => varTerms[v]!), durations: ops.map((v) => durationIn(v, ops, s.g)) });
  }
  return resources.length > 0 ? { ref, resources } : undefined;
}

/**
 * Per-machine load constraints (load.ts) of every machine clique, with the durations, windows
 * and machine domains of the refutation search: each operation's intervals [s, s + d) on one
 * machine value are disjoint, since its pairs in the clique demand at least d of it.
 */
function learnLoads(
  cliques: readonly { ops: number[]; machines: boolean }[],
  g: PairGraph,
  frame: Frame,
  mframe: Frame,
  varTerms: readonly (Term | undefined)[],
  learn: LearnRequest & { out: Learned },
  poll: () => void,
): void {
  const t0 = performance.now();
  const st = learn.out.stats;
  const budget = { nodes: learn.loadNodes ?? optionDefault('resource', 'loadNodes') };
  const ref = mframe.ref === 0 ? undefined : varTerms[mframe.ref];
  if (mframe.ref !== 0 && !ref) return;
  for (const clique of cliques) {
    poll();
    if (!clique.machines) continue;
    const ops = usable(clique.ops, true, g, frame, mframe);
    const { tasks, guarded } = tasksOf(ops, g, frame, mframe);
    if (!guarded) continue;
    const mops: MachineOp[] = [];
    ops.forEach((v, i) => {
      const m = g.machine.get(v);
      const term = m === undefined ? undefined : varTerms[m];
      // Operations without a machine are left out: a sum of non-negative terms only shrinks.
      if (m === undefined || !term) return;
      mops.push({ task: tasks[i]!, machine: term, lo: -mframe.down.get(m)!, hi: mframe.up.get(m)! });
    });
    const r = loadConstraints(learn.store, mops, ref, learn.limits ?? defaultLoadLimits, budget);
    learn.out.terms.push(...r.terms);
    st.loads += r.terms.length;
    st.windows += r.windows;
    st.nodes += r.nodes;
  }
  st.ms += performance.now() - t0;
}

/**
 * Tightened time windows (tighten.ts): energetic bound adjustment on every clique, propagated
 * through the facts, as difference constraints against the frame's reference.
 */
function learnBounds(
  g: PairGraph,
  det: Detected,
  cliques: readonly { ops: number[]; machines: boolean }[],
  frame: Frame,
  mframe: Frame,
  budget: number,
  learn: LearnRequest & { out: Learned },
  poll: () => void,
): void {
  const t0 = performance.now();
  const t = tightenWindows(g, det.facts, det.table.numVars, cliques, frame, mframe, budget, poll);
  const { store } = learn;
  learn.out.stats.ms += performance.now() - t0;
  if (t.infeasible) {
    // The adjusted windows crossed, or a window overflowed: the formulas imply false. (Handing
    // the crossed bounds over instead would make the encoder's facts contradictory, which it
    // meets with whole, untightened domains.)
    learn.out.terms.push(store.false);
    learn.out.stats.infeasible = true;
    return;
  }
  const term = (v: number) => (v === 0 ? undefined : det.table.varTerms[v]);
  for (const d of t.bounds) {
    const [x, y] = [term(d.x), term(d.y)];
    if ((d.x !== 0 && !x) || (d.y !== 0 && !y)) continue;
    // x − y ≤ c, with the zero variable left out.
    const lhs = x && y ? store.mk('-', [x, y]) : x ?? store.mk('-', [y!]);
    learn.out.terms.push(store.mk('<=', [lhs, store.int(d.c)]));
    learn.out.stats.bounds++;
  }
}

/** The overload test again, in exact integer arithmetic (what `check-proof` will do). */
function exactOverload(tasks: readonly Task[], capacity: number, t1: number, t2: number): boolean {
  const [a, b] = [BigInt(t1), BigInt(t2)];
  let energy = 0n;
  for (const t of tasks) {
    const [est, lst, d] = [BigInt(t.est), BigInt(t.lst), BigInt(t.d)];
    const ov = (s: bigint) => {
      const lo = s > a ? s : a;
      const hi = s + d < b ? s + d : b;
      return hi > lo ? hi - lo : 0n;
    };
    const e1 = ov(est);
    const e2 = ov(lst);
    energy += e1 < e2 ? e1 : e2;
  }
  return energy > BigInt(capacity) * (b - a);
}
