/**
 * Incremental checks (docs/ARCHITECTURE.md "Incremental checks"): one live SAT session and one
 * incremental encoding (encode/incremental.ts) per assertion stack, kept across its checks.
 *
 * Each frame of the stack (the base one too) gets an activation literal `a`: every assertion
 * `t` of the frame becomes the clauses of `a → t`, and a check assumes the activation literals
 * of the open frames together with its own assumptions. A frame that was popped (or replaced:
 * frames are recognised by identity) is retired by the unit `¬a`, so its clauses are satisfied
 * for good; clauses the solver learnt stay valid, since gate definitions are never guarded and
 * a learnt clause that used a guarded clause contains `¬a`. Assertions added since the last
 * check are encoded on their own; terms already encoded are not encoded again.
 *
 * When the difference-logic range grows past the encoder's width, the encoder and the session
 * are replaced by wider ones and the open frames re-encoded. What is not valid under changing
 * assertions is not used here — preprocessing, symmetry breaking, resource reasoning and what it
 * learns — and input that needs a preprocessing pass (uninterpreted functions, reals) makes
 * the checker answer `undefined`, so the caller falls back to the from-scratch check (check.ts)
 * for that check and all later ones. The model check of every `sat` stays.
 */
import { GateKind, TRUE, FALSE, type Lit } from '../cnf/gates.js';
import { IncrementalEncoder } from '../encode/incremental.js';
import { InternalError, LimitReached, UnsupportedError } from '../errors.js';
import { checkModel } from '../model/evaluate.js';
import { findDisjunctive } from '../resource/reason.js';
import type { SatSession } from '../sat/session.js';
import type { Term } from '../terms/term.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import { memoryGuard } from '../util/memory.js';
import { openLiveSession } from './backend.js';
import { limitPoll, type CheckLimits, type CheckResult, type CheckStats } from './result.js';
import type { EngineOptions } from './options.js';
import { sinkFor } from './sink.js';

/** One frame of the stack as the session knows it. */
export interface Level {
  /** The activation literal (a DIMACS variable) guarding the frame's assertions. */
  act: number;
  /** The frame (by identity). */
  frame: readonly Term[];
  /** How many of its assertions are in the session. */
  added: number;
  /** The difference atoms under its assertions (lazy encoding: the ones `refine` checks). */
  atoms: number[];
  /** The terms walked to find `atoms`. */
  seen: Set<number>;
}

/** Largest disjunction turned into one guarded clause directly. */
const MAX_CLAUSE = 64;

export class IncrementalChecker {
  private enc: IncrementalEncoder | undefined;
  private session: SatSession | undefined;
  private live: Level[] = [];
  /** Difference logic of the next encoder (lazy until the constants outgrow it). */
  private idl: 'lazy' | 'words';
  /** Width of the next encoder (grows when the range outgrows one). */
  private width = 2;
  /** Input that needs the from-scratch path was seen: every later check falls back. */
  private fallback = false;
  /** The resources found in the base frame, and which frame (of how many assertions) that was. */
  private baseResources: { frame: readonly Term[]; size: number; found: DisjunctiveTerms | undefined } | undefined;
  /** Encoders built so far (the first and every rebuild), for the statistics and tests. */
  rebuilds = 0;

  /**
   * @param oneShot the checker decides a single check (check.ts's lazy route): its session
   *   simplifies the CNF (variable elimination, the theory's atoms kept) before the search
   * @example const live = new IncrementalChecker(options);
   */
  constructor(
    private readonly options: EngineOptions,
    private readonly oneShot = false,
  ) {
    this.idl = options.incrementalIdl ?? 'lazy';
  }

  /**
   * Whether incremental checks may be used with `options` at all: not when switched off, when a
   * check writes CNF or certificates (`dumpCnf`, `proof`: those are of one problem), or when the
   * backend has no live session.
   * @example IncrementalChecker.applies(withDefaults({})) // true
   */
  static applies(options: EngineOptions): boolean {
    if (options.incremental === false || sinkFor(options) !== undefined) return false;
    const probe = openLiveSession(options);
    probe?.close();
    return probe !== undefined;
  }

  /** The frames (activation literals) currently in the session, base first. */
  get levels(): readonly Readonly<Level>[] {
    return this.live;
  }

  /** The live session (undefined before the first check or after a fallback). */
  get sat(): SatSession | undefined {
    return this.session;
  }

  /**
   * Decides the assertions of `frames` with `assumptions`, or answers undefined when this check
   * must take the from-scratch path (check.ts).
   * @example const r = (await live.check(frames, [], {})) ?? (await check(frames.flat(), [], options, {}));
   */
  async check(frames: readonly (readonly Term[])[], assumptions: readonly Term[], limits: CheckLimits, resources?: DisjunctiveTerms): Promise<CheckResult | undefined> {
    if (this.fallback) return undefined;
    const stats: CheckStats = { encodeMs: 0, solveMs: 0, vars: 0, clauses: 0, incremental: true };
    const overMemory = memoryGuard(this.options.memory);
    const poll = limitPoll(limits, overMemory);
    const t0 = performance.now();
    let lits: (number | boolean)[];
    try {
      poll();
      lits = this.encode(frames, assumptions, poll, stats);
    } catch (e) {
      this.drop();
      // Input this encoder cannot take (e.g. uninterpreted functions), or a bug of its own (an
      // InternalError): the from-scratch path decides this check and every later one of the stack.
      if (e instanceof UnsupportedError || e instanceof InternalError) {
        this.fallback = true;
        return undefined;
      }
      if (e instanceof LimitReached) return { status: 'unknown', reason: e.reason, stats };
      throw e;
    } finally {
      stats.encodeMs = performance.now() - t0;
    }
    const session = this.session!;
    const folded = lits.indexOf(false);
    if (folded >= 0) return { status: 'unsat', failed: [folded], stats };

    const timeoutMs = limits.deadline !== undefined ? Math.max(0, limits.deadline - Date.now()) : undefined;
    if (timeoutMs === 0) return { status: 'unknown', reason: 'timeout', stats };
    const assumed = lits.filter((l): l is number => typeof l === 'number');
    const enc = this.enc!;
    // Lazy difference logic: the atoms a model must make consistent are those of the open frames
    // and of the assumptions; each inconsistent model adds transitivity lemmas and solves again.
    let atoms: number[] = [];
    if (enc.idl === 'lazy') {
      const seen = new Set<number>();
      for (const a of assumptions) enc.atomsUnder(a, seen, atoms);
      for (const level of this.live) atoms = atoms.concat(level.atoms);
    }
    const t1 = performance.now();
    let status: 'sat' | 'unsat' | 'unknown';
    let reason: string | undefined;
    // The session consults the atoms as it searches (its final check leaves the potential that
    // `decode` reads); a session without that hook gets the lemmas here, one solve per round.
    const hooked = enc.idl === 'lazy' && session.setTheory !== undefined;
    const theory = hooked ? enc.theory(atoms, this.options.theoryPropagation ?? 64, () => this.resourcesFor(frames, resources, poll)) : undefined;
    if (theory) session.setTheory!(theory);
    for (;;) {
      session.assume(this.live.map((l) => l.act));
      session.assume(assumed);
      const left = limits.deadline !== undefined ? Math.max(1, limits.deadline - Date.now()) : undefined;
      status = await session.solve({ timeoutMs: left === undefined ? timeoutMs : Math.min(left, timeoutMs ?? left), signal: limits.signal, overMemory });
      if (status !== 'sat' || enc.idl !== 'lazy' || hooked) break;
      const model = session.model();
      const lemmas = enc.refine((v) => model[v] === 1, atoms);
      if (lemmas.length === 0) break;
      for (const lemma of lemmas) session.add(lemma);
      if (limits.deadline !== undefined && Date.now() >= limits.deadline) {
        status = 'unknown';
        reason = 'timeout';
        break;
      }
    }
    stats.solveMs = performance.now() - t1;
    stats.sat = Object.keys(session.stats).length > 0 ? { ...session.stats, ...theory?.stats?.() } : undefined;
    if (status === 'unknown') return { status, reason: reason ?? session.reason, stats };
    if (status === 'unsat') {
      const used = new Set(session.failedAssumptions());
      const failed: number[] = [];
      lits.forEach((l, i) => {
        if (typeof l === 'number' && used.has(l)) failed.push(i);
      });
      return { status, failed, stats };
    }
    const model = enc.decode(session.model());
    try {
      for (const f of frames) checkModel(f, model);
      checkModel(assumptions, model);
    } catch (e) {
      if (e instanceof InternalError) return { status: 'unknown', reason: e.message, stats };
      throw e;
    }
    return { status: 'sat', model, stats };
  }

  /**
   * The disjunctive resources the search reasons on (resource/reason.ts): `given` (found by the
   * caller in the base frame), else those found in the base frame (memoised while it is the same
   * frame with the same assertions); guarded by the base frame's activation literal, so that a
   * lemma they give holds only while the frame's pairs do. Undefined when switched off.
   */
  private resourcesFor(frames: readonly (readonly Term[])[], given: DisjunctiveTerms | undefined, poll: () => void): DisjunctiveTerms | undefined {
    const mode = this.options.resourcePropagation;
    if (mode === 'off' || this.options.resources === false || frames.length === 0 || this.live.length === 0) return undefined;
    let found = given;
    if (!found) {
      const base = frames[0]!;
      if (this.baseResources?.frame !== base || this.baseResources.size !== base.length)
        this.baseResources = { frame: base, size: base.length, found: findDisjunctive(base, poll, this.options) };
      found = this.baseResources.found;
    }
    return found && { ...found, edgeFinding: mode === 'edge-finding', guard: this.live[0]!.act };
  }

  /** Releases the session; the next check starts a new one. */
  close(): void {
    this.drop();
  }

  /**
   * Brings the session up to `frames` and returns each assumption's DIMACS literal (true or
   * false when it folded to a constant).
   */
  private encode(frames: readonly (readonly Term[])[], assumptions: readonly Term[], poll: () => void, stats: CheckStats): (number | boolean)[] {
    // Collect the atoms of everything new; rebuild wider while the range outgrows the width.
    let keep: number;
    for (;;) {
      if (!this.enc) {
        const session = openLiveSession(this.options, this.oneShot);
        if (!session) throw new UnsupportedError('the SAT backend has no incremental session');
        this.enc = new IncrementalEncoder(this.width, this.idl);
        this.session = session;
        this.rebuilds++;
      }
      keep = 0;
      while (keep < this.live.length && keep < frames.length && this.live[keep]!.frame === frames[keep]) keep++;
      const fresh: Term[] = [];
      for (let j = 0; j < frames.length; j++) {
        const from = j < keep ? this.live[j]!.added : 0;
        for (let i = from; i < frames[j]!.length; i++) fresh.push(frames[j]![i]!);
      }
      this.enc.collect([...fresh, ...assumptions], poll);
      if (!this.enc.overflowed) break;
      // Constants too large for the lazy encoding's exact doubles: words from now on.
      if (this.enc.idl === 'lazy') this.idl = 'words';
      this.width = IncrementalEncoder.widthFor(this.enc.range);
      this.drop();
    }
    const enc = this.enc;
    const session = this.session!;
    const { stream } = enc;
    // Retire the frames popped or replaced since the last check.
    for (let j = keep; j < this.live.length; j++) stream.clause([-this.live[j]!.act]);
    this.live.length = keep;
    for (let j = keep; j < frames.length; j++) this.live.push({ act: stream.freshVar(), frame: frames[j]!, added: 0, atoms: [], seen: new Set() });
    for (const level of this.live) {
      const { frame } = level;
      for (let i = level.added; i < frame.length; i++) {
        this.guard(level.act, enc.literal(frame[i]!));
        if (enc.idl === 'lazy') enc.atomsUnder(frame[i]!, level.seen, level.atoms);
      }
      level.added = frame.length;
    }
    const lits = assumptions.map((a) => {
      const l = enc.literal(a);
      return l === TRUE ? true : l === FALSE ? false : stream.lit(l);
    });
    const flat = stream.drain();
    let clauses = 0;
    for (const x of flat) if (x === 0) clauses++;
    session.addFlat(flat, stream.numVars);
    stats.vars = stream.numVars;
    stats.clauses = clauses;
    return lits;
  }

  /**
   * The clauses of `act → l`: a conjunction is split into its conjuncts, a disjunction of at most
   * MAX_CLAUSE literals becomes one clause.
   */
  private guard(act: number, l: Lit): void {
    const { g, stream } = this.enc!;
    const isAnd = (x: Lit) => x > TRUE && g.kind[x >>> 1] === GateKind.And;
    const stack = [l];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x === TRUE) continue;
      if (x === FALSE) {
        stream.clause([-act]);
      } else if ((x & 1) === 0 && isAnd(x)) {
        stack.push(g.fanin0[x >>> 1]!, g.fanin1[x >>> 1]!);
      } else if ((x & 1) === 1 && isAnd(x)) {
        // ¬(p ∧ q) = ¬p ∨ ¬q, flattened through nested disjunctions.
        const out = [-act];
        const todo = [g.fanin0[x >>> 1]! ^ 1, g.fanin1[x >>> 1]! ^ 1];
        let tautology = false;
        while (todo.length > 0) {
          const d = todo.pop()!;
          if (d === TRUE) tautology = true;
          else if (d === FALSE) continue;
          else if ((d & 1) === 1 && isAnd(d) && out.length + todo.length < MAX_CLAUSE) todo.push(g.fanin0[d >>> 1]! ^ 1, g.fanin1[d >>> 1]! ^ 1);
          else out.push(stream.lit(d));
        }
        if (!tautology) stream.clause(out);
      } else {
        stream.clause([-act, stream.lit(x)]);
      }
    }
  }

  private drop(): void {
    this.session?.close();
    this.session = undefined;
    this.enc = undefined;
    this.live = [];
  }
}
