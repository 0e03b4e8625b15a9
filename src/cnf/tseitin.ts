/**
 * From gates to clauses: the Tseitin transformation with polarity (Plaisted & Greenbaum 1986).
 * A gate that is only needed true gets only the clauses `g → f(inputs)`, one needed only
 * false gets `f(inputs) → g`. Trees of AND gates whose inner nodes have a single fanout are
 * flattened into one n-ary definition, so `(or a b c d)` costs one variable and five clauses,
 * not three variables. Top-level conjunctions are split into separate roots, and a top-level
 * disjunction becomes one clause with no variable for it at all.
 *
 * An ITE gate `o = c ? t : e` gets the clauses `o ∧ c → t`, `o ∧ ¬c → e` (needed true) and
 * `¬o ∧ c → ¬t`, `¬o ∧ ¬c → ¬e` (needed false), each side with its redundant clause
 * (`o → t ∨ e`, `¬o → ¬t ∨ ¬e`) that lets unit propagation see through an unassigned
 * condition (Eén & Sörensson, "Translating pseudo-Boolean constraints into SAT", 2006).
 *
 * Every input gets a CNF variable (inputs first, in creation order), so encoders can decode
 * their inputs' values from any SAT model. `keep` literals get variables with full
 * (two-sided) definitions: they are what assumptions refer to.
 */
import { Cnf } from './cnf.js';
import { FALSE, GateKind, TRUE, type Gates, type Lit } from './gates.js';

const POS = 1;
const NEG = 2;
/** Nodes between two calls of `poll`, minus 1. */
const POLL_MASK = 0xffff;

export interface TseitinResult {
  cnf: Cnf;
  /** CNF variable of each node (0 where none was needed). */
  nodeVar: Int32Array;
  /** DIMACS literal of a gate literal: only for inputs and nodes that got a variable. */
  dimacs(l: Lit): number;
}

/**
 * Clauses asserting every literal of `roots`, plus variables for `keep`.
 * Pre: gate fanins have smaller node ids than their gates (guaranteed by Gates).
 * Post: the CNF is satisfiable iff the roots are jointly satisfiable, and any model restricted
 * to inputs (and `keep` nodes) satisfies them.
 * `poll` is called every 65,536 nodes of each pass (it may throw, e.g. LimitReached): a graph of
 * millions of gates takes seconds to translate.
 * @example const { cnf } = tseitin(g, [g.or(a, b)], []);
 */
export function tseitin(g: Gates, roots: readonly Lit[], keep: readonly Lit[], poll: () => void = () => {}): TseitinResult {
  const cnf = new Cnf();
  const n = g.size;
  const nodeVar = new Int32Array(n);
  for (let i = 1; i < n; i++) if (g.kind[i] === GateKind.Input) nodeVar[i] = cnf.newVar();
  const varOf = (node: number): number => nodeVar[node] || (nodeVar[node] = cnf.newVar());
  const dimacs = (l: Lit): number => {
    const v = varOf(l >>> 1);
    return l & 1 ? -v : v;
  };

  // Split top-level conjunctions into separate roots.
  const units: Lit[] = [];
  const stack: Lit[] = roots.slice();
  let unsat = false;
  while (stack.length > 0) {
    const l = stack.pop()!;
    if (l === TRUE) continue;
    if (l === FALSE) {
      unsat = true;
      continue;
    }
    const node = l >>> 1;
    if ((l & 1) === 0 && g.kind[node] === GateKind.And) {
      stack.push(g.fanin0[node]!, g.fanin1[node]!);
    } else {
      units.push(l);
    }
  }
  if (unsat) {
    cnf.addClause([]);
    return { cnf, nodeVar, dimacs };
  }

  // Fanout counts over the cone of the roots and kept literals.
  const refs = new Int32Array(n);
  const seen = new Uint8Array(n);
  const visit: number[] = [];
  const mark = (node: number) => {
    if (!seen[node]) {
      seen[node] = 1;
      visit.push(node);
    }
  };
  for (const l of units) {
    refs[l >>> 1]! += 1;
    mark(l >>> 1);
  }
  for (const l of keep) {
    if (l === TRUE || l === FALSE) continue;
    refs[l >>> 1]! += 2;
    mark(l >>> 1);
  }
  let ticks = 0;
  // The entries of the clauses below, estimated from above to size the CNF once: an AND tree
  // of L ≥ 2 leaves (L − 1 nodes) gives at most L binary clauses and one of L + 1 literals,
  // 4L + 2 ≤ 10 (L − 1) entries; an XOR four ternary clauses, an ITE six; a unit two entries.
  // (A top-level disjunction whose AND tree is also a gate elsewhere may pass it by a little:
  // the CNF then grows as usual.)
  let bound = 2 * units.length;
  while (visit.length > 0) {
    if ((++ticks & POLL_MASK) === 0) poll();
    const node = visit.pop()!;
    const k = g.kind[node];
    bound += k === GateKind.And ? 10 : k === GateKind.Xor ? 16 : k === GateKind.Ite ? 24 : 0;
    if (k === GateKind.And || k === GateKind.Xor || k === GateKind.Ite) {
      const f0 = g.fanin0[node]! >>> 1;
      const f1 = g.fanin1[node]! >>> 1;
      refs[f0]! += 1;
      mark(f0);
      refs[f1]! += 1;
      mark(f1);
      if (k === GateKind.Ite) {
        const f2 = g.fanin2[node]! >>> 1;
        refs[f2]! += 1;
        mark(f2);
      }
    }
  }

  // Leaves of the single-fanout AND tree under `node` (inner nodes are absorbed): the first
  // `numLeaves` of `leaves`. The buffers are reused, never truncated (an array cut to length 0
  // gives up its storage and would allocate again for every gate).
  let leaves = new Int32Array(64);
  let numLeaves = 0;
  let clause = new Int32Array(64);
  const walk: Lit[] = [];
  const collectLeaves = (node: number) => {
    numLeaves = 0;
    walk.push(g.fanin1[node]!, g.fanin0[node]!);
    while (walk.length > 0) {
      const l = walk.pop()!;
      const m = l >>> 1;
      if ((l & 1) === 0 && g.kind[m] === GateKind.And && refs[m] === 1) {
        walk.push(g.fanin1[m]!, g.fanin0[m]!);
      } else {
        if (numLeaves === leaves.length) {
          const grown = new Int32Array(2 * leaves.length);
          grown.set(leaves);
          leaves = grown;
        }
        leaves[numLeaves++] = l;
      }
    }
    // One more entry than the leaves, for the output literal of a clause built in `clause`.
    if (numLeaves + 1 > clause.length) clause = new Int32Array(2 * (numLeaves + 1));
  };

  cnf.reserve(bound);
  const pol = new Uint8Array(n);
  for (const l of units) {
    const node = l >>> 1;
    if ((l & 1) === 1 && g.kind[node] === GateKind.And) {
      // A top-level disjunction: ¬(l1 ∧ ... ∧ lk) is the clause (¬l1 ∨ ... ∨ ¬lk).
      collectLeaves(node);
      for (let i = 0; i < numLeaves; i++) {
        const leaf = leaves[i]!;
        clause[i] = dimacs(leaf ^ 1);
        pol[leaf >>> 1]! |= leaf & 1 ? POS : NEG;
      }
      cnf.addClause(clause, numLeaves);
    } else {
      cnf.addClause([dimacs(l)]);
      pol[node]! |= l & 1 ? NEG : POS;
    }
  }
  for (const l of keep) if (l !== TRUE && l !== FALSE) pol[l >>> 1]! |= POS | NEG;

  // Parents before children: decreasing node ids.
  for (let node = n - 1; node > 0; node--) {
    if ((node & POLL_MASK) === 0) poll();
    const p = pol[node]!;
    if (p === 0) continue;
    const k = g.kind[node];
    if (k === GateKind.And) {
      const out = varOf(node);
      collectLeaves(node);
      if (p & POS) {
        for (let i = 0; i < numLeaves; i++) {
          const leaf = leaves[i]!;
          cnf.addBinary(-out, dimacs(leaf));
          pol[leaf >>> 1]! |= leaf & 1 ? NEG : POS;
        }
      }
      if (p & NEG) {
        clause[0] = out;
        for (let i = 0; i < numLeaves; i++) {
          const leaf = leaves[i]!;
          clause[i + 1] = dimacs(leaf ^ 1);
          pol[leaf >>> 1]! |= leaf & 1 ? POS : NEG;
        }
        cnf.addClause(clause, numLeaves + 1);
      }
    } else if (k === GateKind.Xor) {
      const out = varOf(node);
      const a = dimacs(g.fanin0[node]!);
      const b = dimacs(g.fanin1[node]!);
      if (p & POS) {
        cnf.addTernary(-out, a, b);
        cnf.addTernary(-out, -a, -b);
      }
      if (p & NEG) {
        cnf.addTernary(out, -a, b);
        cnf.addTernary(out, a, -b);
      }
      pol[g.fanin0[node]! >>> 1]! |= POS | NEG;
      pol[g.fanin1[node]! >>> 1]! |= POS | NEG;
    } else if (k === GateKind.Ite) {
      const out = varOf(node);
      const [cl, tl, el] = [g.fanin0[node]!, g.fanin1[node]!, g.fanin2[node]!];
      const [c, t, e] = [dimacs(cl), dimacs(tl), dimacs(el)];
      if (p & POS) {
        cnf.addTernary(-out, -c, t);
        cnf.addTernary(-out, c, e);
        cnf.addTernary(-out, t, e);
      }
      if (p & NEG) {
        cnf.addTernary(out, -c, -t);
        cnf.addTernary(out, c, -e);
        cnf.addTernary(out, -t, -e);
      }
      pol[cl >>> 1]! |= POS | NEG;
      // The branches are needed with the gate's polarity (flipped through a negated fanin).
      const flip = (q: number) => ((q & POS ? NEG : 0) | (q & NEG ? POS : 0));
      pol[tl >>> 1]! |= tl & 1 ? flip(p) : p;
      pol[el >>> 1]! |= el & 1 ? flip(p) : p;
    }
  }
  return { cnf, nodeVar, dimacs };
}
