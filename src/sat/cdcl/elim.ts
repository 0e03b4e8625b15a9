/**
 * Bounded variable elimination, the preprocessing of SatELite (Eén and Biere, "Effective
 * preprocessing in SAT through variable and clause elimination", SAT 2005) as in MiniSat's
 * `SimpSolver`: a variable `v` is eliminated by replacing the clauses that contain it with all
 * their non-tautological resolvents on `v` (Davis-Putnam resolution), when that does not add
 * clauses and no resolvent is longer than `elimClauseLimit`. The removed clauses are kept on
 * `State.elimStack`, literal of `v` first, so a model of the rest extends to them
 * (`extendModel`, MiniSat's `extendModel`): walking the stack backwards, a clause that is not
 * satisfied gets its first literal made true.
 *
 * Elimination runs once, before the first search, over the irredundant clauses; it works on
 * occurrence lists built for the purpose (plain arrays: this is not the hot loop). Eliminated
 * variables are never decided. For incremental use the solver restores every removed clause
 * (`restoreEliminated`) before a clause or an assumption can mention an eliminated variable.
 */
import { allocClause, DELETED, HEADER, LEARNT } from './clauses.js';
import { propagate } from './propagate.js';
import { collect } from './reduce.js';
import { NO_REF, State } from './state.js';

/**
 * Eliminates variables of the irredundant clauses while the number of clauses does not grow.
 * Pre: decision level 0, `s.ok`. Post: decision level 0, trail propagated, watches rebuilt;
 * `s.ok` is false if elimination derived the empty clause.
 */
export function eliminate(s: State): void {
  for (let round = 0; round < 8 && s.ok; round++) if (!eliminateRound(s)) break;
}

/**
 * One pass over the candidate variables, cheapest first. A unit resolvent ends the pass (units
 * are not in the occurrence lists, so later eliminations must wait until it is propagated).
 * Returns true if the pass ended on units, i.e. another pass may eliminate more.
 */
function eliminateRound(s: State): boolean {
  if (propagate(s) !== NO_REF) {
    s.refuted();
    return false;
  }
  collect(s); // drop satisfied clauses and false literals first, so values are fixed below
  const numLits = 2 * s.numVars + 2;
  const occs: number[][] = Array.from({ length: numLits }, () => []);
  let arena = s.arena;
  for (let c = 0; c < s.arenaSize; c += HEADER + arena[c]) {
    if (arena[c + 1] & (LEARNT | DELETED)) continue;
    for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) occs[arena[k]].push(c);
  }
  const frozen = new Uint8Array(s.numVars + 1); // the assumptions must keep their variables
  for (let i = 0; i < s.assumptions.length; i++) frozen[s.assumptions[i] >> 1] = 1;
  const order: number[] = [];
  const cost = new Float64Array(s.numVars + 1);
  for (let v = 1; v <= s.numVars; v++) {
    if (s.vals[2 * v] !== 0 || frozen[v]) continue;
    cost[v] = occs[2 * v].length * occs[2 * v + 1].length;
    order.push(v);
  }
  order.sort((a, b) => cost[a] - cost[b]);

  const mark = new Uint8Array(numLits);
  const resolvent = new Int32Array(s.numVars + 1);
  const units: number[] = [];
  const limit = s.opts.elimClauseLimit;
  const occLimit = s.opts.elimOccLimit;

  /** Live clauses of `occs[lit]` (deleted ones are dropped from the list on the way). */
  const live = (lit: number): number[] => {
    const list = occs[lit];
    let j = 0;
    for (let i = 0; i < list.length; i++) if ((arena[list[i] + 1] & DELETED) === 0) list[j++] = list[i];
    list.length = j;
    return list;
  };

  /** Resolves c (containing `p`) with d (containing `~p`) into `resolvent`; -1 if tautological. */
  const resolve = (c: number, d: number, p: number): number => {
    let n = 0;
    for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) {
      const lit = arena[k];
      if (lit === p) continue;
      mark[lit] = 1;
      resolvent[n++] = lit;
    }
    let taut = false;
    for (let k = d + HEADER; k < d + HEADER + arena[d]; k++) {
      const lit = arena[k];
      if (lit === (p ^ 1) || mark[lit]) continue;
      if (mark[lit ^ 1]) {
        taut = true;
        break;
      }
      resolvent[n++] = lit;
    }
    for (let k = c + HEADER; k < c + HEADER + arena[c]; k++) mark[arena[k]] = 0;
    return taut ? -1 : n;
  };

  for (const v of order) {
    if (units.length > 0) break;
    const pos = live(2 * v);
    const neg = live(2 * v + 1);
    if (pos.length + neg.length > occLimit) continue;
    const before = pos.length + neg.length;
    let after = 0;
    let ok = true;
    for (let i = 0; i < pos.length && ok; i++) {
      for (let j = 0; j < neg.length; j++) {
        const n = resolve(pos[i], neg[j], 2 * v);
        if (n < 0) continue;
        if (++after > before || n > limit) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) continue;
    // Eliminate: add the resolvents, then move the clauses of v to the elimination stack.
    for (let i = 0; i < pos.length; i++) {
      for (let j = 0; j < neg.length; j++) {
        const n = resolve(pos[i], neg[j], 2 * v);
        if (n < 0) continue;
        if (n === 0) {
          s.refuted();
          return false;
        }
        if (s.proof) s.proof.add(dimacsOf(resolvent, n)); // before the clauses of v are deleted
        if (n === 1) {
          units.push(resolvent[0]);
          continue;
        }
        const c = allocClause(s, resolvent, n, false, 0);
        arena = s.arena;
        for (let k = 0; k < n; k++) occs[resolvent[k]].push(c);
      }
    }
    for (const c of pos) pushEliminated(s, c, 2 * v);
    for (const c of neg) pushEliminated(s, c, 2 * v + 1);
    s.eliminated[v] = 1;
    s.stats.eliminated++;
    occs[2 * v].length = 0;
    occs[2 * v + 1].length = 0;
  }

  collect(s); // the trail did not change: this only drops the eliminated clauses
  for (const lit of units) {
    if (s.vals[lit] === -1) {
      s.refuted();
      return false;
    }
    if (s.vals[lit] === 0) s.assign(lit, NO_REF);
  }
  if (propagate(s) !== NO_REF) s.refuted();
  return units.length > 0;
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
