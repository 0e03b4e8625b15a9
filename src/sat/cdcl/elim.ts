/**
 * Preprocessing before the first search, the SatELite of Eén and Biere ("Effective
 * preprocessing in SAT through variable and clause elimination", SAT 2005) as in MiniSat's
 * `SimpSolver`, over the irredundant clauses:
 *
 *  - **Subsumption**: a clause C that is a subset of a clause D makes D redundant; D is deleted.
 *  - **Self-subsuming resolution** (strengthening): if C = (l ∨ R) and D = (¬l ∨ R ∨ S), the
 *    resolvent R ∨ S subsumes D, so ¬l is removed from D. The shorter clause is a resolvent,
 *    hence RUP for the proof, logged before D is deleted.
 *  - **Bounded variable elimination**: a variable `v` is eliminated by replacing the clauses
 *    that contain it with all their non-tautological resolvents on `v` (Davis-Putnam
 *    resolution), when that does not add clauses and no resolvent is longer than
 *    `elimClauseLimit`. New resolvents are checked for subsumption at once.
 *
 * Eliminated clauses are kept on `State.elimStack`, literal of `v` first, so a model of the
 * rest extends to them (`extendModel`, MiniSat's `extendModel`): walking the stack backwards,
 * a clause that is not satisfied gets its first literal made true.
 *
 * Occurrence lists live in one `WatchLists` pool (pairs of clause reference and the clause's
 * 32-bit variable signature, which rules out most subset tests with one AND); nothing here
 * allocates per clause. Checks are bounded by `subsumeLimit` literal visits per round.
 * Eliminated variables are never decided. For incremental use the solver restores every
 * removed clause (`restoreEliminated`) before a clause or an assumption can mention an
 * eliminated variable.
 */
import { allocClause, DELETED, HEADER, LEARNT } from './clauses.js';
import { propagate } from './propagate.js';
import { collect } from './reduce.js';
import { NO_REF, State } from './state.js';
import { WatchLists } from './watches.js';

/**
 * Runs subsumption, strengthening and variable elimination to a fixpoint (at most 8 rounds; a
 * round ends early on new units, which the next round propagates first).
 * Pre: decision level 0, `s.ok`. Post: decision level 0, trail propagated, watches rebuilt;
 * `s.ok` is false if the empty clause was derived.
 */
export function eliminate(s: State): void {
  for (let round = 0; round < 8 && s.ok; round++) if (!new Simplifier(s).round()) break;
}

/** The occurrence lists and scratch space of one round. */
class Simplifier {
  private readonly s: State;
  private readonly occs = new WatchLists(); //  per literal: pairs (clause, signature)
  private readonly mark: Uint8Array; //           per literal: in the clause being checked
  private readonly resolvent: Int32Array;
  private readonly units: number[] = [];
  private queue: Int32Array = new Int32Array(64); // clauses to check for backward subsumption
  private queueSize = 0;
  private steps = 0; //                           literal visits of subsumption checks

  constructor(s: State) {
    this.s = s;
    const numLits = 2 * s.numVars + 2;
    this.mark = new Uint8Array(numLits);
    this.resolvent = new Int32Array(s.numVars + 1);
  }

  /** One round; true if it ended on new units, i.e. another round may do more. */
  round(): boolean {
    const s = this.s;
    if (propagate(s) !== NO_REF) {
      s.refuted();
      return false;
    }
    collect(s); // drop satisfied clauses and false literals first, so values are fixed below
    this.buildOccs();
    this.subsumeQueue();
    if (s.ok && this.units.length === 0) this.eliminateVars();
    if (!s.ok) return false;
    collect(s); // the trail did not change: this only drops deleted clauses, logging them
    for (const lit of this.units) {
      if (s.vals[lit] === -1) {
        s.refuted();
        return false;
      }
      if (s.vals[lit] === 0) s.assign(lit, NO_REF);
    }
    if (propagate(s) !== NO_REF) s.refuted();
    return this.units.length > 0;
  }

  /** Occurrence lists of every irredundant clause, each clause queued for subsumption. */
  private buildOccs(): void {
    const s = this.s;
    const arena = s.arena;
    const counts = new Int32Array(2 * s.numVars + 2);
    let clauses = 0;
    for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) {
      if (arena[c + 1] & (LEARNT | DELETED)) continue;
      clauses++;
      for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) counts[arena[k]] += 2;
    }
    this.occs.reserve(counts.length);
    this.occs.rebuild(counts);
    this.queue = new Int32Array(Math.max(64, clauses));
    for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) {
      if ((arena[c + 1] & (LEARNT | DELETED)) === 0) this.addOccs(c);
    }
  }

  /** Adds clause `c` to the occurrence lists of its literals and to the subsumption queue. */
  private addOccs(c: number): void {
    const arena = this.s.arena;
    const end = c + HEADER + arena[c];
    let sig = 0;
    for (let k = c + HEADER; k < end; k++) sig |= 1 << ((arena[k] >> 1) & 31);
    for (let k = c + HEADER; k < end; k++) this.occs.push(arena[k], c, sig);
    if (this.queueSize === this.queue.length) {
      const grown = new Int32Array(2 * this.queue.length);
      grown.set(this.queue);
      this.queue = grown;
    }
    this.queue[this.queueSize++] = c;
  }

  /** Drops deleted clauses from the list of `lit` and returns its length in pairs. */
  private live(lit: number): number {
    const arena = this.s.arena;
    const { pool, start, len } = this.occs;
    const from = start[lit];
    const end = from + len[lit];
    let j = from;
    for (let i = from; i < end; i += 2) {
      if ((arena[pool[i] + 1] & DELETED) === 0) {
        pool[j] = pool[i];
        pool[j + 1] = pool[i + 1];
        j += 2;
      }
    }
    len[lit] = j - from;
    return (j - from) >> 1;
  }

  /**
   * Backward subsumption and strengthening with every queued clause, until the queue is empty
   * or the step budget is spent (the rest is then left alone: both are optional).
   */
  private subsumeQueue(): void {
    const s = this.s;
    const limit = s.opts.subsume ? s.opts.subsumeLimit : -1;
    for (let q = 0; q < this.queueSize && s.ok; q++) {
      if (this.steps > limit) break;
      const c = this.queue[q];
      if (s.arena[c + 1] & DELETED) continue;
      this.backwardSubsume(c);
    }
    this.queueSize = 0;
  }

  /**
   * Deletes the clauses `c` subsumes and strengthens those it self-subsumes. Every such clause
   * contains the literal of `c` with the fewest occurrences, or its negation (strengthening on
   * that very literal), so only those two lists are scanned.
   */
  private backwardSubsume(c: number): void {
    const s = this.s;
    const mark = this.mark;
    let arena = s.arena;
    const size = arena[c];
    const end = c + HEADER + size;
    let best = arena[c + HEADER];
    let bestCount = Infinity;
    let sig = 0;
    const len = this.occs.len;
    for (let k = c + HEADER; k < end; k++) {
      const lit = arena[k];
      sig |= 1 << ((lit >> 1) & 31);
      const n = len[lit] + len[lit ^ 1]; // deleted entries included: an estimate
      if (n < bestCount) {
        best = lit;
        bestCount = n;
      }
    }
    this.steps += size + this.live(best) + this.live(best ^ 1);
    for (let k = c + HEADER; k < end; k++) mark[arena[k]] = 1;
    for (let side = 0; side < 2 && s.ok; side++) {
      const lit = best ^ side;
      const { start, len } = this.occs;
      // The list may gain entries (strengthened clauses) while it is scanned: stop at its
      // length now; new clauses are queued and checked on their own.
      const from = start[lit];
      const stop = from + len[lit];
      for (let i = from; i < stop; i += 2) {
        const pool = this.occs.pool;
        const d = pool[i];
        if (d === c || (sig & ~pool[i + 1]) !== 0) continue;
        arena = s.arena;
        if (arena[d + 1] & DELETED || arena[d] < size) continue;
        // Count the literals of d in c (same sign) and negated in c.
        const dEnd = d + HEADER + arena[d];
        let same = 0;
        let flipped = -1;
        let flips = 0;
        this.steps += arena[d];
        for (let k = d + HEADER; k < dEnd; k++) {
          const lit2 = arena[k];
          if (mark[lit2]) same++;
          else if (mark[lit2 ^ 1]) {
            flips++;
            flipped = lit2;
          }
        }
        if (same === size) {
          arena[d + 1] |= DELETED; // subsumed (`collect` logs the deletion)
          s.stats.subsumed++;
        } else if (flips === 1 && same === size - 1) {
          this.strengthen(d, flipped);
          if (!s.ok) break;
        }
      }
    }
    arena = s.arena;
    for (let k = c + HEADER; k < c + HEADER + size; k++) mark[arena[k]] = 0;
  }

  /** Replaces clause `d` by `d` without `lit` (a resolvent that subsumes it). */
  private strengthen(d: number, lit: number): void {
    const s = this.s;
    const arena = s.arena;
    const buf = this.resolvent;
    let n = 0;
    for (let k = d + HEADER; k < d + HEADER + arena[d]; k++) if (arena[k] !== lit) buf[n++] = arena[k];
    s.stats.strengthened++;
    this.addResolvent(n);
    s.arena[d + 1] |= DELETED;
  }

  /**
   * Adds `resolvent[0..n)` as an irredundant clause (logged to the proof first): the empty
   * clause refutes, a unit is queued for the end of the round, longer clauses get occurrences.
   */
  private addResolvent(n: number): void {
    const s = this.s;
    const lits = this.resolvent;
    if (n === 0) {
      s.refuted();
      return;
    }
    if (s.proof) s.proof.add(dimacsOf(lits, n));
    if (n === 1) {
      this.units.push(lits[0]);
      return;
    }
    this.addOccs(allocClause(s, lits, n, false, 0));
  }

  /**
   * Eliminates variables, cheapest first (fewest pairs of occurrences), while that does not
   * add clauses; stops at the first unit (units are not in the occurrence lists, so later
   * eliminations must wait until it is propagated).
   */
  private eliminateVars(): void {
    const s = this.s;
    const frozen = new Uint8Array(s.numVars + 1); // the assumptions must keep their variables
    for (let i = 0; i < s.assumptions.length; i++) frozen[s.assumptions[i] >> 1] = 1;
    const theory = s.theory?.frozen?.(); // and so must the theory's atoms
    if (theory) for (let i = 0; i < theory.length; i++) if (theory[i] <= s.numVars) frozen[theory[i]] = 1;
    const cost = new Float64Array(s.numVars + 1);
    const order: number[] = [];
    for (let v = 1; v <= s.numVars; v++) {
      if (s.vals[2 * v] !== 0 || frozen[v] || s.eliminated[v]) continue;
      cost[v] = this.live(2 * v) * this.live(2 * v + 1);
      order.push(v);
    }
    order.sort((a, b) => cost[a] - cost[b]);
    const limit = s.opts.elimClauseLimit;
    const occLimit = s.opts.elimOccLimit;
    for (const v of order) {
      if (this.units.length > 0 || !s.ok) break;
      const pos = 2 * v;
      const neg = 2 * v + 1;
      const np = this.live(pos);
      const nn = this.live(neg);
      if (np + nn > occLimit) continue;
      // Count the non-tautological resolvents; give up when they outnumber the clauses.
      const before = np + nn;
      let after = 0;
      let ok = true;
      const { pool, start } = this.occs;
      for (let i = 0; i < np && ok; i++) {
        for (let j = 0; j < nn; j++) {
          const n = this.resolve(pool[start[pos] + 2 * i], pool[start[neg] + 2 * j], pos);
          if (n < 0) continue;
          if (++after > before || n > limit) {
            ok = false;
            break;
          }
        }
      }
      if (!ok) continue;
      this.eliminateVar(v, np, nn);
      this.subsumeQueue();
    }
  }

  /** Replaces the clauses of `v` by their resolvents and moves them to the elimination stack. */
  private eliminateVar(v: number, np: number, nn: number): void {
    const s = this.s;
    const pos = 2 * v;
    const neg = 2 * v + 1;
    // The lists of v may move while resolvents are added (to other literals' lists only, but
    // the pool can be reallocated): copy the clause references first.
    const pc = new Int32Array(np);
    const nc = new Int32Array(nn);
    for (let i = 0; i < np; i++) pc[i] = this.occs.pool[this.occs.start[pos] + 2 * i];
    for (let j = 0; j < nn; j++) nc[j] = this.occs.pool[this.occs.start[neg] + 2 * j];
    for (let i = 0; i < np && s.ok; i++) {
      for (let j = 0; j < nn && s.ok; j++) {
        const n = this.resolve(pc[i], nc[j], pos);
        if (n >= 0) this.addResolvent(n); // logged before the clauses of v are deleted
      }
    }
    if (!s.ok) return;
    for (let i = 0; i < np; i++) pushEliminated(s, pc[i], pos);
    for (let j = 0; j < nn; j++) pushEliminated(s, nc[j], neg);
    s.eliminated[v] = 1;
    s.stats.eliminated++;
    this.occs.len[pos] = 0;
    this.occs.len[neg] = 0;
  }

  /** Resolves c (containing `p`) with d (containing `~p`) into `resolvent`; -1 if tautological. */
  private resolve(c: number, d: number, p: number): number {
    const arena = this.s.arena;
    const mark = this.mark;
    const out = this.resolvent;
    let n = 0;
    for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) {
      const lit = arena[k];
      if (lit === p) continue;
      mark[lit] = 1;
      out[n++] = lit;
    }
    let taut = false;
    for (let k = d + HEADER; k < d + HEADER + arena[d]; k++) {
      const lit = arena[k];
      if (lit === (p ^ 1) || mark[lit]) continue;
      if (mark[lit ^ 1]) {
        taut = true;
        break;
      }
      out[n++] = lit;
    }
    for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) mark[arena[k]] = 0;
    return taut ? -1 : n;
  }
}

/** Moves clause `c` (which contains `lit`) onto the elimination stack, `lit` first, and marks it deleted. */
function pushEliminated(s: State, c: number, lit: number): void {
  const arena = s.arena;
  const n = arena[c];
  if (s.elimSize + n + 1 > s.elimStack.length) {
    const grown = new Int32Array(2 * (s.elimSize + n + 1));
    grown.set(s.elimStack.subarray(0, s.elimSize));
    s.elimStack = grown;
  }
  const stack = s.elimStack;
  stack[s.elimSize++] = lit;
  for (let k = c + HEADER; k < c + HEADER + n; k++) if (arena[k] !== lit) stack[s.elimSize++] = arena[k];
  stack[s.elimSize++] = n;
  arena[c + 1] |= DELETED; // `collect` logs the deletion to the proof, after the resolvents
}

/**
 * Extends `model` (index = variable, 1 true, 0 false; eliminated variables arbitrary) to the
 * eliminated clauses. Post: every clause on the elimination stack is satisfied by `model`.
 */
export function extendModel(s: State, model: Uint8Array): void {
  const stack = s.elimStack;
  for (let end = s.elimSize; end > 0; ) {
    const n = stack[end - 1];
    const start = end - 1 - n;
    let satisfied = false;
    for (let k = start; k < end - 1 && !satisfied; k++) {
      const lit = stack[k];
      satisfied = model[lit >> 1] === ((lit & 1) ^ 1);
    }
    if (!satisfied) model[stack[start] >> 1] = (stack[start] & 1) ^ 1;
    end = start;
  }
}

/**
 * Calls `add` with every eliminated clause (internal literals) and forgets the elimination, so
 * the variables can be used again. Pre: decision level 0. The caller adds the clauses back.
 */
export function restoreEliminated(s: State, add: (lits: Int32Array) => void): void {
  const stack = s.elimStack.slice(0, s.elimSize);
  s.elimSize = 0;
  for (let v = 1; v <= s.numVars; v++) {
    if (s.eliminated[v]) {
      s.eliminated[v] = 0;
      s.heap.insert(v);
    }
  }
  for (let end = stack.length; end > 0; ) {
    const n = stack[end - 1];
    add(stack.subarray(end - 1 - n, end - 1));
    end -= n + 1;
  }
}

function dimacsOf(lits: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = lits[i] & 1 ? -(lits[i] >> 1) : lits[i] >> 1;
  return out;
}
