/**
 * Value symmetry of interchangeable integer variables, and its breaking by value precedence
 * (Law & Lee, "Global constraints for integer and set value precedence", CP 2004).
 *
 * Scheduling problems choose a machine for each operation with variables m bounded to a common
 * domain and compared only for equality with each other: `m_a = m_b → (a and b do not overlap)`.
 * Renaming the machines — any permutation σ of the domain applied to every such variable at
 * once — maps models to models, so an unsatisfiable problem has k! symmetric copies of every
 * refutation, and CDCL has to find them all.
 *
 * Detection, on the canonical atoms: a group is a set of variables m, a reference variable r
 * (the zero variable, or any other, as in `0 ≤ m − ref ≤ 4`) and a domain [lo, hi] such that
 *  - every atom between m and r is a fact (holds in every model) and the facts give each m the
 *    same bounds lo ≤ m − r ≤ hi;
 *  - every other atom of m is `m − m' ≤ 0` or `m − m' ≤ −1` between two members, used only by
 *    equalities (or distinct) of the form m = m' (both atoms, nothing else; guards allowed);
 * Then m ↦ r + σ(m − r) preserves every atom's truth: the facts stay true inside the domain,
 * equalities between members are preserved by a bijection, and no other atom mentions m.
 *
 * Breaking: in variable order m1, m2, ..., the first takes lo, and each later one takes at most
 * one more than the largest value before it — any model can be renamed into this form by
 * numbering values in order of first use. With prefix maxima M1 = m1 and fresh variables Mj:
 *   m1 − r ≤ lo;  Mj ≥ Mj−1;  Mj ≥ mj;  Mj ≤ Mj−1 ∨ Mj ≤ mj;  mj ≤ Mj−1 + 1;  lo ≤ Mj − r ≤ hi.
 * All of these are difference constraints; all but the disjunctions are facts.
 *
 * This is encoding-side, not a preprocessing pass: detection and breaking both work on the
 * check's atom table (theory/idl/atoms.ts) and add fresh variables and atoms to it.
 */
import type { AtomLit, AtomTable, Comparison } from '../../theory/idl/normalize.js';
import { equalityOnlyAtoms } from './equality.js';

/** A group of interchangeable variables: members (in variable order), reference, domain. */
export interface ValueSymmetry {
  members: number[];
  ref: number;
  lo: bigint;
  hi: bigint;
}

/** What breaking adds: new facts, and disjunctions of two atom literals that must hold. */
export interface SymmetryBreaking {
  facts: AtomLit[];
  clauses: [AtomLit, AtomLit][];
}

/**
 * The groups of interchangeable variables (of at least 2 members and 2 values).
 * `comparisons` are the normal forms of every comparison term of the problem, with `eq` set for
 * `=` and `distinct` terms; `facts` the atom literals that hold in every model.
 */
export function valueSymmetries(
  table: AtomTable,
  comparisons: Iterable<{ eq: boolean; forms: readonly Comparison[] }>,
  facts: readonly AtomLit[],
): ValueSymmetry[] {
  const n = table.numVars;
  const equality = equalityOnlyAtoms(table, comparisons);
  const isFact = new Uint8Array(table.size);
  for (const f of facts) isFact[f.atom] = 1;

  // Per variable: its reference (the one partner over non-equality atoms) and its bounds.
  const ref = new Int32Array(n).fill(-1);
  const lo: (bigint | undefined)[] = new Array(n);
  const hi: (bigint | undefined)[] = new Array(n);
  const bad = new Uint8Array(n);
  const eqPartners: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < table.size; i++) {
    const x = table.x[i]!;
    const y = table.y[i]!;
    if (equality[i]) {
      eqPartners[x]!.push(y);
      eqPartners[y]!.push(x);
      continue;
    }
    // A non-equality atom: allowed only as a fact towards the variable's single reference.
    for (const [m, r] of [[x, y], [y, x]] as const) {
      if (!isFact[i] || (ref[m] !== -1 && ref[m] !== r)) bad[m] = 1;
      else ref[m] = r;
    }
  }
  for (const f of facts) {
    // x − y ≤ c (pos) or y − x ≤ −c − 1 (neg): an upper bound of one side relative to the other.
    const [x, y, c] = [table.x[f.atom]!, table.y[f.atom]!, table.c[f.atom]!];
    const [up, base, k] = f.pos ? [x, y, c] : [y, x, -c - 1n];
    if (ref[up] === base && (hi[up] === undefined || k < hi[up]!)) hi[up] = k;
    if (ref[base] === up && (lo[base] === undefined || -k > lo[base]!)) lo[base] = -k;
  }
  const candidate = (m: number) => m !== 0 && !bad[m] && ref[m] !== -1 && lo[m] !== undefined && hi[m] !== undefined && hi[m]! > lo[m]!;
  // Members must have only members as equality partners: drop the others until nothing changes.
  const ok = new Uint8Array(n);
  for (let m = 0; m < n; m++) ok[m] = candidate(m) ? 1 : 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let m = 0; m < n; m++) {
      if (ok[m] && eqPartners[m]!.some((p) => !ok[p] || ref[p] !== ref[m] || lo[p] !== lo[m] || hi[p] !== hi[m])) {
        ok[m] = 0;
        changed = true;
      }
    }
  }
  // Groups: connected components of the equality partners.
  const groups: ValueSymmetry[] = [];
  const seen = new Uint8Array(n);
  for (let m = 0; m < n; m++) {
    if (!ok[m] || seen[m]) continue;
    const members: number[] = [];
    const stack = [m];
    seen[m] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      members.push(v);
      for (const p of eqPartners[v]!) if (!seen[p]) (seen[p] = 1), stack.push(p);
    }
    if (members.length < 2) continue;
    members.sort((a, b) => a - b);
    groups.push({ members, ref: ref[m]!, lo: lo[m]!, hi: hi[m]! });
  }
  return groups;
}

/**
 * Adds the value-precedence constraints of `group` to `table` (new prefix-maximum variables
 * and atoms) and returns them.
 * Post: the problem with these constraints is satisfiable iff it was without them.
 */
export function breakValueSymmetry(table: AtomTable, group: ValueSymmetry): SymmetryBreaking {
  const { members, ref: r, lo, hi } = group;
  const facts: AtomLit[] = [];
  const clauses: [AtomLit, AtomLit][] = [];
  const le = (x: number, y: number, c: bigint): AtomLit => table.atomLit(x, y, c); // x − y ≤ c
  const ge = (x: number, y: number, c: bigint): AtomLit => le(y, x, -c); // x − y ≥ c
  facts.push(le(members[0]!, r, lo));
  let prev = members[0]!;
  for (let j = 1; j < members.length; j++) {
    const m = members[j]!;
    const max = table.freshVar();
    facts.push(ge(max, prev, 0n), ge(max, m, 0n), le(m, prev, 1n), le(max, r, hi), ge(max, r, lo));
    clauses.push([le(max, prev, 0n), le(max, m, 0n)]);
    prev = max;
  }
  return { facts, clauses };
}
