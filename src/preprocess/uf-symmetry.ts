/**
 * Symmetry breaking for interchangeable constants of an uninterpreted sort (Déharbe, Fontaine,
 * Merz & Woltzenlogel Paleo, "Exploiting symmetry in SMT problems", CADE 2011).
 *
 * Finite-model-finding problems (a first-order theory instantiated over k distinct domain
 * constants) and pigeonhole-like ones are invariant under every permutation of a set C of
 * constants: renaming them maps the assertions onto themselves. An unsatisfiable problem then
 * has |C|! symmetric copies of every refutation. This pass detects such sets and adds clauses
 * that keep at least one model of every orbit.
 *
 * Detection. The assertions are a multiset of conjuncts, each in a canonical form where the
 * arguments of commutative operators (`=`, `distinct`, `and`, `or`, `xor`) are sorted. Two
 * constants a, b of one sort are interchangeable when the swap (a b) maps that multiset onto
 * itself. A class grows as a star: b joins the class of representative a when (a b) is a
 * symmetry. The transpositions of a star generate the whole symmetric group of the class, so
 * every permutation of the class is a symmetry.
 *
 * Breaking. A term t is total over C when some conjunct is a disjunction of equalities
 * `t = c` with every c in C (so every model gives t the value of some c ∈ C). Keeping a set
 * `used` ⊆ C (initially empty) and the clauses Δ added so far (which mention only constants of
 * `used`): pick a total t, add t's own constants of C to `used`, then one fresh c ∈ C \ used,
 * and add `∨_{c' ∈ used} t = c'`. Sound: in a model M of F ∧ Δ, t equals some x ∈ C; if x is
 * not in `used`, the swap σ = (x c) fixes t, Δ and (being a symmetry) F, and the model M∘σ
 * satisfies F ∧ Δ with t = c. So F ∧ Δ stays equisatisfiable, and every model of the output is
 * a model of the input (the lift only renames the copied symbols back).
 *
 * Only constants that some total disjunction chooses (`totalChoices`) are tested: a class
 * without a total term gets no clause, and a symmetry maps a chosen constant onto a chosen one,
 * so the classes of the others are not worth their swap tests (each a walk of every conjunct
 * that mentions the pair — on a verification condition of one large conjunct, the whole
 * problem).
 *
 * A class broken after another is first checked again against F ∧ Δ (its star swaps must
 * still be symmetries). Problems with assumptions are left alone: a core of assumptions would
 * have to account for the clauses. Detection stops after a budget of term visits.
 */
import { TermStore, type Term } from '../terms/term.js';
import { postOrder, someTerm } from '../terms/walk.js';
import { copyDag, renameBack, symbolsBack } from './copy.js';
import type { Pass, Reduction } from './problem.js';

/** Most term visits the detection may spend (each swap tested costs one walk of the assertions). */
const BUDGET = 4_000_000;

/**
 * Most classes a constant is tested against (largest first) before it opens a class of its
 * own. A chain of diamonds has hundreds of constants of one signature, each symmetric to one
 * other only: testing every class costs quadratically many walks; the classes worth breaking
 * (domains, pigeons) are large and come first.
 */
const TESTS_PER_CONSTANT = 8;

const COMMUTATIVE = new Set(['=', 'distinct', 'and', 'or', 'xor']);

/** What the pass found: the classes broken and the clauses added. */
export interface UfSymmetryStats {
  classes: number[];
  clauses: number;
  /** Term visits spent on canonical forms (detection and swap tests). */
  visits: number;
}

/** A node of the trie that interns (head, canonical ids of the arguments) as an integer. */
interface Slot {
  id: number;
  next?: Map<number, Slot>;
}

/** Canonical forms of terms under a renaming of constants, interned as integers. */
class Canon {
  /** Heads (operator, sort, function, indices; or a leaf's name) as integers. */
  private readonly headIds = new Map<string, number>();
  /** The head id of each term, and of each leaf read as the abstract leaf of its sort. */
  private readonly heads = new Map<number, number>();
  private readonly abstractHeads = new Map<number, number>();
  private readonly roots = new Map<number, Slot>();
  private size = 0;
  visits = 0;

  private intern(key: string): number {
    let h = this.headIds.get(key);
    if (h === undefined) this.headIds.set(key, (h = this.headIds.size));
    return h;
  }

  private head(t: Term, abstract: boolean): number {
    const cache = abstract ? this.abstractHeads : this.heads;
    let h = cache.get(t.id);
    if (h === undefined) {
      const leaf = abstract && t.op === 'var' && t.sort.kind === 'Uninterpreted' ? `*${t.sort.name}` : `#${t.id}`;
      h = this.intern(t.args.length === 0 ? leaf : `${t.op}|${t.sort.name}|${t.fn?.id ?? ''}|${t.indices?.join(',') ?? ''}`);
      cache.set(t.id, h);
    }
    return h;
  }

  /** The integer of (head, kids): equal for equal pairs, distinct otherwise. */
  private id(head: number, kids: readonly number[]): number {
    let slot = this.roots.get(head);
    if (!slot) this.roots.set(head, (slot = { id: -1 }));
    for (const k of kids) {
      slot.next ??= new Map();
      let n = slot.next.get(k);
      if (!n) slot.next.set(k, (n = { id: -1 }));
      slot = n;
    }
    if (slot.id < 0) slot.id = this.size++;
    return slot.id;
  }

  /**
   * Canonical ids of `roots`, in their order, with the constants of `swap` exchanged (none: the
   * identity), or with every constant of an uninterpreted sort the same leaf (`abstract`).
   */
  forms(roots: readonly Term[], swap?: [Term, Term], abstract = false): number[] {
    const memo = new Map<number, number>();
    const out: number[] = [];
    postOrder(
      roots,
      (t) => memo.has(t.id),
      (t) => t.args,
      (t) => {
        this.visits++;
        let self = t;
        if (swap && t === swap[0]) self = swap[1];
        else if (swap && t === swap[1]) self = swap[0];
        const kids = t.args.map((a) => memo.get(a.id)!);
        if (COMMUTATIVE.has(t.op) && kids.length > 1) kids.sort((x, y) => x - y);
        memo.set(t.id, this.id(this.head(self, abstract), kids));
      },
    );
    for (const r of roots) out.push(memo.get(r.id)!);
    return out;
  }
}

/** The top-level conjuncts of `roots`. */
function conjuncts(roots: readonly Term[]): Term[] {
  const out: Term[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.op === 'and') for (let i = t.args.length - 1; i >= 0; i--) stack.push(t.args[i]!);
    else out.push(t);
  }
  return out;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The constants c of an uninterpreted sort that occur as a choice `t = c` of a conjunct whose
 * disjuncts are all equalities with one side t in common: the constants a total term can be
 * equal to. A swap (a b) that is a symmetry maps such a conjunct for a onto one for b.
 */
function totalChoices(parts: readonly Term[]): Set<Term> {
  const out = new Set<Term>();
  for (const p of parts) {
    const ds = p.op === 'or' ? p.args : [p];
    if (!ds.every((d) => d.op === '=' && d.args.length === 2)) continue;
    for (const t of ds[0]!.args) {
      if (!ds.every((d) => d.args.includes(t))) continue;
      for (const d of ds) {
        const c = d.args[0] === t ? d.args[1]! : d.args[0]!;
        if (c.op === 'var' && c.sort.kind === 'Uninterpreted') out.add(c);
      }
    }
  }
  return out;
}

/** The term `t` of a disjunct `t = c` (either side) with c in `cls`, when there is one. */
function totalTerm(d: Term, cls: ReadonlySet<Term>): [Term, Term] | undefined {
  if (d.op !== '=' || d.args.length !== 2) return undefined;
  const [x, y] = d.args as [Term, Term];
  if (cls.has(y) && !cls.has(x)) return [x, y];
  if (cls.has(x) && !cls.has(y)) return [y, x];
  return undefined;
}

/**
 * The symmetry-breaking clauses of `assertions` (over its own terms, built in `store`), with
 * the classes they break. Pre: `store` holds the assertions.
 * @example const { clauses } = breakUfSymmetry(store, [store.mk('distinct', [a, b, c])]);
 */
export function breakUfSymmetry(store: TermStore, assertions: readonly Term[], poll: () => void = () => {}): { clauses: Term[]; stats: UfSymmetryStats } {
  const stats: UfSymmetryStats = { classes: [], clauses: 0, visits: 0 };
  const parts = conjuncts(assertions);
  const canon = new Canon();
  const clauses: Term[] = [];
  // Only a class with a total term gets clauses, and a symmetry maps a constant that is a
  // choice of a total disjunction onto another: the rest are not worth a swap test.
  const choices = totalChoices(parts);
  if (choices.size < 2) return { clauses, stats };

  // Constants of uninterpreted sorts, with their number of occurrences (a cheap invariant a
  // swap must preserve) and the constants inside each term.
  const occurrences = new Map<Term, number>();
  const inside = new Map<number, Set<Term>>();
  postOrder(
    parts,
    (t) => inside.has(t.id),
    (t) => t.args,
    (t) => {
      const s = new Set<Term>();
      if (t.op === 'var' && t.sort.kind === 'Uninterpreted') s.add(t);
      for (const a of t.args) {
        for (const c of inside.get(a.id)!) s.add(c);
        if (a.op === 'var') occurrences.set(a, (occurrences.get(a) ?? 0) + 1);
      }
      inside.set(t.id, s);
    },
  );
  const candidates = [...occurrences.keys()].filter((c) => c.sort.kind === 'Uninterpreted' && choices.has(c));
  if (candidates.length < 2) return { clauses, stats };

  // The swap (a b) maps the conjuncts onto themselves (as a multiset) iff it maps those that
  // mention a or b onto themselves: the others do not change. So a test walks only those.
  let current = [...parts];
  let identity: number[] = []; //                       canonical id of each conjunct of `current`
  let mentions = new Map<Term, number[]>(); //          constant → the conjuncts that mention it
  const reindex = () => {
    identity = canon.forms(current);
    mentions = new Map();
    current.forEach((p, i) => {
      for (const c of inside.get(p.id)!) {
        const at = mentions.get(c);
        if (at) at.push(i);
        else mentions.set(c, [i]);
      }
    });
  };
  reindex();
  const byId = (x: number, y: number) => x - y;
  const symmetric = (a: Term, b: Term) => {
    poll();
    const touched = [...new Set([...(mentions.get(a) ?? []), ...(mentions.get(b) ?? [])])];
    const before = touched.map((i) => identity[i]!).sort(byId);
    const after = canon.forms(touched.map((i) => current[i]!), [a, b]).sort(byId);
    return sameList(before, after);
  };

  // A signature a swap must preserve: sort, occurrences, and the shapes (every constant one
  // leaf) of the conjuncts that mention the constant.
  const shape = canon.forms(current, undefined, true);
  const signature = (c: Term) => `${c.sort.name}|${occurrences.get(c)}|${(mentions.get(c) ?? []).map((i) => shape[i]!).sort(byId).join(',')}`;

  // Star classes per signature.
  const classes: Term[][] = [];
  const open = new Map<string, Term[][]>();
  for (const c of candidates) {
    if (canon.visits > BUDGET) break;
    const sig = signature(c);
    const list = open.get(sig) ?? [];
    open.set(sig, list);
    list.sort((a, b) => b.length - a.length);
    const home = list.slice(0, TESTS_PER_CONSTANT).find((cls) => canon.visits <= BUDGET && symmetric(cls[0]!, c));
    if (home) home.push(c);
    else list.push([c]);
  }
  for (const list of open.values()) for (const cls of list) if (cls.length >= 2) classes.push(cls);
  classes.sort((a, b) => b.length - a.length);

  let changed = false;
  for (const cls of classes) {
    // After a class was broken, the next must still be symmetric in F ∧ Δ.
    if (changed && !cls.slice(1).every((c) => canon.visits <= BUDGET && symmetric(cls[0]!, c))) continue;
    const members = new Set(cls);
    const totals: Term[] = [];
    const seen = new Set<number>();
    for (const p of current) {
      const ds = p.op === 'or' ? p.args : [p];
      const pairs = ds.map((d) => totalTerm(d, members));
      if (pairs.some((x) => x === undefined)) continue;
      const t = pairs[0]![0];
      if (pairs.some((x) => x![0] !== t) || seen.has(t.id)) continue;
      seen.add(t.id);
      totals.push(t);
    }
    if (totals.length === 0) continue;
    const used: Term[] = [];
    const isUsed = new Set<Term>();
    const fresh = (t: Term) => [...inside.get(t.id)!].filter((c) => members.has(c) && !isUsed.has(c)).length;
    const added: Term[] = [];
    while (totals.length > 0 && used.length < cls.length) {
      // The total term with the fewest constants of the class not yet used.
      let best = 0;
      for (let i = 1; i < totals.length; i++) if (fresh(totals[i]!) < fresh(totals[best]!)) best = i;
      const t = totals.splice(best, 1)[0]!;
      for (const c of cls) if (inside.get(t.id)!.has(c) && !isUsed.has(c)) (used.push(c), isUsed.add(c));
      const c = cls.find((x) => !isUsed.has(x));
      if (c === undefined) break;
      used.push(c);
      isUsed.add(c);
      if (used.length < cls.length) added.push(store.mk('or', used.map((u) => store.mk('=', [t, u]))));
    }
    if (added.length === 0) continue;
    // Every constant inside each clause (its terms' and the class's): a swap test walks the
    // conjuncts that mention the swapped constants, so none may be missing.
    for (const a of added) postOrder([a], (t) => inside.has(t.id), (t) => t.args, (t) => inside.set(t.id, new Set(t.args.flatMap((x) => [...inside.get(x.id)!]))));
    clauses.push(...added);
    current = [...current, ...added];
    reindex();
    stats.classes.push(cls.length);
    stats.clauses += added.length;
    changed = true;
  }
  stats.visits = canon.visits;
  return { clauses, stats };
}

/**
 * The pass: a copy of the problem with the symmetry-breaking clauses added, or undefined when
 * it has assumptions or no class to break.
 */
export const ufSymmetryPass: Pass = {
  name: 'uf-symmetry',
  run(p, ctx): Reduction | undefined {
    if (p.assumptions.length > 0 || p.assertions.length === 0 || !ctx.contents.uninterpreted) return undefined;
    if (!someTerm(p.assertions, (t) => t.op === 'var' && t.sort.kind === 'Uninterpreted')) return undefined;
    const store = new TermStore();
    const copy = copyDag(
      store,
      p.assertions,
      (t) => (t.op === 'apply' ? [...t.args, t.fn!] : t.args),
      (t, copyOf) => {
        if (t.op !== 'apply') return undefined;
        return store.apply(copyOf(t.fn!), t.args.map(copyOf));
      },
      ctx.poll,
    );
    const back = symbolsBack(copy);
    const assertions = p.assertions.map((t) => copy.get(t.id)!);
    const { clauses } = breakUfSymmetry(store, assertions, ctx.poll);
    if (clauses.length === 0) return undefined;
    return {
      assertions: [...assertions, ...clauses],
      assumptions: [],
      lift: (values) => renameBack(values, back),
    };
  },
};
