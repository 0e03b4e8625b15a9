/**
 * Equality logic: a component of the difference graph whose atoms are used only as equalities
 * `x = y` (the uninterpreted sorts of QF_UF after Ackermann expansion, machine choices compared
 * for equality) needs no order at all. Each pair gets one Boolean e_xy for `x = y`, and what the
 * Booleans lose — transitivity — comes back as *sparse transitivity constraints* (Bryant &
 * Velev, "Boolean satisfiability with transitivity constraints", ACM TOCL 3(4), 2002): the
 * graph of the pairs is made chordal by eliminating its vertices one by one (the remaining
 * neighbours of an eliminated vertex become pairwise adjacent, each fill-in edge a new Boolean),
 * and every triangle of the chordal graph gets its three clauses `e_ab ∧ e_bc → e_ac`. On a
 * chordal graph, an assignment that satisfies every triangle has no cycle with exactly one false
 * edge, so the true edges partition the variables into classes that agree with every edge.
 *
 * Versus the other encodings: small-domain gives n variables ⌈log2 n⌉ bits each and compares
 * words; eij turns a disequality into a strict inequality, and elimination then derives atoms
 * whose constants grow along chains (a chain of 80 diamonds exceeds any budget). Here the number
 * of clauses is three per triangle of the chordal graph, which for sparse equality graphs (chains,
 * diamonds, processor models) is linear.
 *
 * Atoms: an equality is the conjunction `x − y ≤ 0 ∧ ¬(x − y ≤ −1)` of two canonical atoms; the
 * first becomes e_xy and the second false. That valuation of the atoms is not an integer one
 * (e_xy false claims x > y), but no formula can tell: every atom of the component occurs only in
 * that conjunction. Values: the classes of the true edges, numbered 0, 1, ... (the zero
 * variable's class at 0 when it belongs to the component).
 */
import { FALSE, type Gates, type Lit } from '../../cnf/gates.js';
import type { AtomLit, AtomTable, Comparison } from '../../theory/idl/normalize.js';

/**
 * Per atom of `table`: 1 when it occurs in some comparison, and only inside equality forms
 * (a case `x − y ≤ 0 ∧ ¬(x − y ≤ −1)`, guards allowed) of `=` and `distinct` terms.
 * `comparisons` are the normal forms of every comparison term, `eq` set for `=` and `distinct`.
 * An atom the caller uses elsewhere (a symmetry-breaking fact) must be cleared by the caller.
 */
export function equalityOnlyAtoms(
  table: AtomTable,
  comparisons: Iterable<{ eq: boolean; forms: readonly Comparison[] }>,
): Uint8Array {
  const used = new Uint8Array(table.size);
  const other = new Uint8Array(table.size);
  for (const { eq, forms } of comparisons) {
    for (const f of forms) {
      for (const c of f.cases) {
        if (typeof c.rel === 'boolean') continue;
        const mark = eq && isEqualityRel(table, c.rel) ? used : other;
        for (const l of c.rel) mark[l.atom] = 1;
      }
    }
  }
  for (let i = 0; i < table.size; i++) if (other[i]) used[i] = 0;
  return used;
}

/** Whether a conjunction of atom literals is `x − y ≤ 0 ∧ ¬(x − y ≤ −1)`, i.e. x = y. */
export function isEqualityRel(table: AtomTable, rel: readonly AtomLit[]): boolean {
  if (rel.length !== 2) return false;
  const [a, b] = rel as [AtomLit, AtomLit];
  if (table.x[a.atom] !== table.x[b.atom] || table.y[a.atom] !== table.y[b.atom]) return false;
  const ca = table.c[a.atom]!;
  const cb = table.c[b.atom]!;
  return (ca === 0n && a.pos && cb === -1n && !b.pos) || (cb === 0n && b.pos && ca === -1n && !a.pos);
}

/** One edge of the chordal graph: `x = y` exactly when `lit` holds. */
export interface EqualityEdge {
  x: number;
  y: number;
  lit: Lit;
}

export interface EqualityResult {
  /** Literal of each atom of the component, by atom index in the table. */
  atomLits: Map<number, Lit>;
  /** The edges of the chordal graph: the component's pairs, then the fill-in. */
  edges: EqualityEdge[];
  /** Transitivity clauses, as OR gates that must hold. */
  axioms: Lit[];
  /** Edges added by the chordal completion. */
  fill: number;
}

/**
 * The chordal completion of the pairs of `atoms`, as flat triangles (three local edge numbers
 * each) over `pairs` (x, y of each edge, the given ones first); undefined when the triangles
 * would need more than `budget` clauses (three per triangle).
 */
function triangulate(
  table: AtomTable,
  vars: readonly number[],
  atoms: readonly number[],
  budget: number,
  poll: () => void,
): { pairs: number[]; given: number; triangles: number[]; edgeOf: Map<number, number> } | undefined {
  const n = table.numVars;
  const key = (x: number, y: number) => (x < y ? x * n + y : y * n + x);
  const edgeOf = new Map<number, number>();
  const pairs: number[] = [];
  const adj = new Map<number, Set<number>>();
  for (const v of vars) adj.set(v, new Set());
  const addEdge = (x: number, y: number): number => {
    const k = key(x, y);
    let e = edgeOf.get(k);
    if (e === undefined) {
      e = pairs.length / 2;
      edgeOf.set(k, e);
      pairs.push(x, y);
      adj.get(x)!.add(y);
      adj.get(y)!.add(x);
    }
    return e;
  };
  for (const i of atoms) addEdge(table.x[i]!, table.y[i]!);
  const given = pairs.length / 2;

  // Greedy minimum-degree elimination: the vertex with the fewest remaining neighbours first.
  const triangles: number[] = [];
  const alive = new Set(vars);
  // Buckets by degree, refreshed lazily: a vertex popped with a stale degree is pushed again.
  const buckets: number[][] = [];
  const push = (v: number) => {
    const d = adj.get(v)!.size;
    (buckets[d] ??= []).push(v);
  };
  for (const v of vars) push(v);
  let low = 0;
  while (alive.size > 0) {
    poll();
    while (!buckets[low] || buckets[low]!.length === 0) low++;
    const v = buckets[low]!.pop()!;
    if (!alive.has(v)) continue;
    const nv = adj.get(v)!;
    if (nv.size !== low) {
      push(v);
      continue;
    }
    alive.delete(v);
    const ns = [...nv];
    if (3 * (triangles.length / 3 + (ns.length * (ns.length - 1)) / 2) > budget) return undefined;
    for (let a = 0; a < ns.length; a++) {
      for (let b = a + 1; b < ns.length; b++) {
        const [p, q] = [ns[a]!, ns[b]!];
        triangles.push(edgeOf.get(key(v, p))!, edgeOf.get(key(v, q))!, addEdge(p, q));
      }
    }
    for (const u of ns) {
      adj.get(u)!.delete(v);
      push(u);
    }
    adj.delete(v);
    low = 0;
  }
  return { pairs, given, triangles, edgeOf };
}

/**
 * Whether the equality encoding of the component needs at most `budget` transitivity clauses
 * (what `encodeEquality` would build, without building it).
 */
export function equalityFits(table: AtomTable, vars: readonly number[], atoms: readonly number[], budget: number, poll: () => void = () => {}): boolean {
  return triangulate(table, vars, atoms, budget, poll) !== undefined;
}

/**
 * The equality encoding of one component: `vars` and the indices of its atoms in `table`, all
 * of them equality-only (`equalityOnlyAtoms`). Only when it needs at most `budget` transitivity
 * clauses are the Booleans and clauses built in `g`, else the result is undefined and `g` is
 * untouched.
 * Post: for any input values satisfying `axioms`, `equalityValues` gives integers under which
 * every equality form over the component's atoms has the truth value its literals give it.
 */
export function encodeEquality(
  g: Gates,
  table: AtomTable,
  vars: readonly number[],
  atoms: readonly number[],
  budget: number,
  poll: () => void = () => {},
): EqualityResult | undefined {
  const t = triangulate(table, vars, atoms, budget, poll);
  if (!t) return undefined;
  const { pairs, given, triangles, edgeOf } = t;
  const edges: EqualityEdge[] = [];
  for (let e = 0; e < pairs.length / 2; e++) edges.push({ x: pairs[2 * e]!, y: pairs[2 * e + 1]!, lit: g.input() });
  const axioms: Lit[] = [];
  for (let i = 0; i < triangles.length; i += 3) {
    const [a, b, c] = [edges[triangles[i]!]!.lit, edges[triangles[i + 1]!]!.lit, edges[triangles[i + 2]!]!.lit];
    axioms.push(g.or(g.or(a ^ 1, b ^ 1), c), g.or(g.or(a ^ 1, c ^ 1), b), g.or(g.or(b ^ 1, c ^ 1), a));
  }
  const n = table.numVars;
  const atomLits = new Map<number, Lit>();
  for (const i of atoms) {
    const x = table.x[i]!;
    const y = table.y[i]!;
    // x − y ≤ 0 is the equality (with its partner ¬(x − y ≤ −1) made true); x − y ≤ −1 false.
    atomLits.set(i, table.c[i] === 0n ? edges[edgeOf.get(x * n + y)!]!.lit : FALSE);
  }
  return { atomLits, edges, axioms, fill: edges.length - given };
}

/**
 * Values of the component's variables under a model of the edge literals: the classes of the
 * true edges numbered 0, 1, ... in order of their first member, shifted so that the zero
 * variable (when present) is 0.
 * Pre: `value` satisfies the transitivity axioms (else an edge may disagree with the values,
 * which the model check reports).
 */
export function equalityValues(vars: readonly number[], r: EqualityResult, value: (l: Lit) => boolean): Map<number, bigint> {
  const parent = new Map<number, number>();
  for (const v of vars) parent.set(v, v);
  const find = (v: number): number => {
    let root = v;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    while (parent.get(v)! !== root) {
      const next = parent.get(v)!;
      parent.set(v, root);
      v = next;
    }
    return root;
  };
  for (const e of r.edges) {
    if (!value(e.lit)) continue;
    const a = find(e.x);
    const b = find(e.y);
    if (a !== b) parent.set(a, b);
  }
  const number = new Map<number, bigint>();
  const out = new Map<number, bigint>();
  for (const v of vars) {
    const root = find(v);
    let k = number.get(root);
    if (k === undefined) number.set(root, (k = BigInt(number.size)));
    out.set(v, k);
  }
  const shift = out.get(0);
  if (shift !== undefined) for (const v of vars) out.set(v, out.get(v)! - shift);
  return out;
}
