/**
 * Positive equality (Bryant, German & Velev, "Exploiting positive equality in a logic of
 * equality with uninterpreted functions", CAV 1999; Kroening & Strichman, "Decision
 * Procedures", §4.5): constants and functions whose terms are only ever compared by
 * equalities that the assertions need false are given the *maximally diverse*
 * interpretation, and disappear from the problem before Ackermann expansion.
 *
 * Polarity. An assertion occurs positively; `not` and the premises of `=>` flip the polarity,
 * `and`/`or` and the branches of a Boolean `ite` keep it, and every other Boolean context (an
 * `ite` condition, an argument of `xor`, of `=` on Booleans, of a function) is both. An
 * equality `s = t` (or a pair of a `distinct`) over a sort with infinitely many values (an
 * uninterpreted sort or Int) is *negative* when it occurs only negatively (a `distinct` only
 * positively). A term occurs *only negatively* when every occurrence is a side of a negative
 * equality or a branch of an `ite` that occurs only negatively; any other use — an argument of
 * a function or of arithmetic, a side of an equality that occurs positively — makes it general.
 * A constant is a *p-constant*, and a function a *p-function*, when every term that is it
 * (every application of it) occurs only negatively.
 *
 * Reduction. Let f be injective with a range disjoint from every other value (p-constants
 * likewise distinct from everything). Then for leaves s, t of an equality (after
 * distributing the `ite`s that lead to p-terms): `f(a) = f(b)` is `a = b` (argument by
 * argument), s = t is true when s and t are the same term, and false when one of them is a
 * p-term and the other is not an application of the same p-function. Each equality that
 * mentions p-terms is replaced by that formula; p-terms and their Ackermann constraints are
 * gone.
 *
 * Equisatisfiable. A model of the output is one of the input once the p-symbols get that
 * interpretation (the lift), since the rewritten equalities are exactly their meaning under
 * it. Conversely, given any model M of the input, reinterpreting the p-symbols the maximally
 * diverse way (arguments are general terms, whose values do not change) makes every equality
 * with a p-term at most as true as under M: f(a) = f(b) now holds only when a = b, which
 * implies it under M. Those equalities occur only negatively, so the assertions stay true:
 * the output has a model too. For a subset of the assumptions the same argument holds, so
 * failed assumptions of the output are failed assumptions of the input.
 */
import { evaluate } from '../model/evaluate.js';
import { FunTable, type Value } from '../model/value.js';
import { Sort } from '../terms/sort.js';
import { TermStore, type Term } from '../terms/term.js';
import { forEachTerm, postOrder } from '../terms/walk.js';
import { copyDag, renameBack, symbolsBack } from './copy.js';
import type { Pass, Reduction } from './problem.js';

/** Most equality cases (pairs of leaves through `ite`s) the rewriting may build. */
const MAX_CASES = 1_000_000;

const POS = 1;
const NEG = 2;
const BOTH = POS | NEG;

/** Sorts with infinitely many values, on which a fresh value always exists. */
const infinite = (s: Sort): boolean => s.kind === 'Uninterpreted' || s === Sort.Int;

/** An equality or `distinct` over an infinite sort. */
const isComparison = (t: Term): boolean => (t.op === '=' || t.op === 'distinct') && infinite(t.args[0]!.sort);

/** The symbol a term is, or applies: a constant's id, an application's function id. */
const symbolOf = (t: Term): number | undefined => (t.op === 'var' ? t.id : t.op === 'apply' ? t.fn!.id : undefined);

/** What the analysis found: the p-symbols and the terms that lead to them. */
interface Analysis {
  /** The p-constants and p-functions (by symbol id). */
  symbols: Set<number>;
  /** Terms that are p-constants or applications of p-functions, by id. */
  leaves: Map<number, Term>;
  /** The constants and function symbols of the problem, by id. */
  named: Map<number, Term>;
  /** Terms that are p-leaves or `ite`s with a branch that leads to one. */
  leading: Set<number>;
}

/**
 * The p-symbols of `roots` (conjuncts, each occurring positively), or undefined when there are
 * none.
 * @example analyse([store.mk('not', [store.mk('=', [a, b])])]) // a and b are p-constants
 */
export function analyse(roots: readonly Term[]): Analysis | undefined {
  const order: Term[] = []; // children first
  forEachTerm(roots, (t) => order.push(t));
  const polarity = new Map<number, number>();
  const general = new Set<number>(); // non-Boolean terms with a general occurrence
  const mark = (t: Term, p: number) => polarity.set(t.id, (polarity.get(t.id) ?? 0) | p);
  for (const r of roots) mark(r, POS);
  const flip = (p: number) => ((p & POS ? NEG : 0) | (p & NEG ? POS : 0));
  // Parents before children: each term's polarity and generality are final when it is reached.
  for (let i = order.length - 1; i >= 0; i--) {
    const t = order[i]!;
    const p = polarity.get(t.id) ?? 0;
    const n = t.args.length;
    for (let k = 0; k < n; k++) {
      const a = t.args[k]!;
      if (a.sort === Sort.Bool) {
        let q = BOTH;
        if (t.op === 'and' || t.op === 'or') q = p;
        else if (t.op === 'not') q = flip(p);
        else if (t.op === '=>') q = k < n - 1 ? flip(p) : p;
        else if (t.op === 'ite' && t.sort === Sort.Bool && k > 0) q = p;
        mark(a, q);
      } else {
        const negative = t.op === '=' ? p === NEG : t.op === 'distinct' ? p === POS : false;
        const onlyNegative = isComparison(t) ? negative : t.op === 'ite' && k > 0 && infinite(t.sort) && !general.has(t.id);
        if (!onlyNegative) general.add(a.id);
      }
    }
  }
  // A symbol is p when no term that is it (applies it) is general.
  const symbols = new Set<number>();
  const out = new Set<number>();
  for (const t of order) {
    const symbol = symbolOf(t);
    if (!infinite(t.sort) || symbol === undefined) continue;
    if (general.has(t.id)) out.add(symbol);
    else symbols.add(symbol);
  }
  for (const s of out) symbols.delete(s);
  if (symbols.size === 0) return undefined;
  const leaves = new Map<number, Term>();
  const leading = new Set<number>();
  const named = new Map<number, Term>();
  for (const t of order) {
    if (t.op === 'var') named.set(t.id, t);
    if (t.op === 'apply') named.set(t.fn!.id, t.fn!);
    const symbol = symbolOf(t);
    if (symbol !== undefined && symbols.has(symbol)) {
      leaves.set(t.id, t);
      leading.add(t.id);
    } else if (t.op === 'ite' && (leading.has(t.args[1]!.id) || leading.has(t.args[2]!.id))) leading.add(t.id);
  }
  return { symbols, leaves, leading, named };
}

/** A pair of sides of an equality, while `ite`s are distributed over it. */
interface Case {
  s: Term;
  t: Term;
  /** The `ite` split on and the two cases of its branches, once split (none: a leaf case). */
  split?: { cond?: Term; kids: Case[] };
  /** The rewritten equality, once built. */
  out?: Term;
}

/**
 * The pass on `assertions` and `assumptions`, or undefined when nothing is a p-symbol or the
 * rewriting would exceed MAX_CASES.
 * @example positiveEquality([store.mk('distinct', [a, b])], [], () => {}) // assertions: [true]
 */
export function positiveEquality(assertions: readonly Term[], assumptions: readonly Term[], poll: () => void): Reduction | undefined {
  const roots = [...assertions, ...assumptions];
  const analysis = analyse(roots);
  if (!analysis) return undefined;
  const { leaves, leading, named } = analysis;
  const store = new TermStore();
  const T = store.bool(true);
  const F = store.bool(false);
  const not = (a: Term) => (a === T ? F : a === F ? T : store.mk('not', [a]));
  const and = (xs: Term[]) => {
    const ys = xs.filter((x) => x !== T);
    return ys.includes(F) ? F : ys.length === 0 ? T : ys.length === 1 ? ys[0]! : store.mk('and', ys);
  };
  const or = (xs: Term[]) => {
    const ys = xs.filter((x) => x !== F);
    return ys.includes(T) ? T : ys.length === 0 ? F : ys.length === 1 ? ys[0]! : store.mk('or', ys);
  };
  const ite = (c: Term, a: Term, b: Term) => (c === T || a === b ? a : c === F ? b : store.mk('ite', [c, a, b]));

  // General terms compared with p-terms: a p-term's value must differ from theirs.
  const opposite: Term[] = [];
  const cases = new Map<string, Case>();
  // The copy of a term of the input (set by the copy below, which copies every subterm of an
  // equality before the equality).
  let copyOf!: (u: Term) => Term;
  const eq = (s: Term, t: Term): Term => {
    const root = caseOf(s, t);
    postOrder(
      [root],
      (c) => c.out !== undefined,
      (c) => split(c).kids,
      (c) => {
        if (cases.size > MAX_CASES) throw new TooMany();
        if ((cases.size & 4095) === 0) poll();
        const { cond, kids } = split(c);
        c.out = cond ? ite(copyOf(cond), kids[0]!.out!, kids[1]!.out!) : leafEq(c.s, c.t);
      },
    );
    return root.out!;
  };
  const caseOf = (s: Term, t: Term): Case => {
    const [a, b] = s.id <= t.id ? [s, t] : [t, s];
    const key = `${a.id},${b.id}`;
    let c = cases.get(key);
    if (!c) cases.set(key, (c = { s: a, t: b }));
    return c;
  };
  const split = (c: Case): { cond?: Term; kids: Case[] } => {
    if (c.split) return c.split;
    const { s, t } = c;
    if (s !== t && s.op === 'ite' && leading.has(s.id)) c.split = { cond: s.args[0]!, kids: [caseOf(s.args[1]!, t), caseOf(s.args[2]!, t)] };
    else if (s !== t && t.op === 'ite' && leading.has(t.id)) c.split = { cond: t.args[0]!, kids: [caseOf(s, t.args[1]!), caseOf(s, t.args[2]!)] };
    else c.split = { kids: [] };
    return c.split;
  };
  const leafEq = (s: Term, t: Term): Term => {
    if (s === t) return T;
    const ps = leaves.has(s.id);
    const pt = leaves.has(t.id);
    if (!ps && !pt) return store.mk('=', [copyOf(s), copyOf(t)]);
    if (ps && pt && s.op === 'apply' && t.op === 'apply' && s.fn === t.fn) return and(s.args.map((a, k) => eqGeneral(a, t.args[k]!)));
    if (!ps) opposite.push(s);
    if (!pt) opposite.push(t);
    return F;
  };
  // Arguments are general terms: their equality stays as it is.
  const eqGeneral = (a: Term, b: Term) => (a === b ? T : store.mk('=', [copyOf(a), copyOf(b)]));

  let copy: Map<number, Term>;
  try {
    copy = copyDag(
      store,
      roots,
      (t) => (t.op === 'apply' ? [...t.args, t.fn!] : t.args),
      (t, of) => {
        copyOf = of;
        if (t.op === 'apply') return store.apply(of(t.fn!), t.args.map(of));
        // Connectives over rewritten equalities fold the truth values those became.
        if (t.op === 'not') return not(of(t.args[0]!));
        if ((t.op === 'and' || t.op === 'or') && t.args.some((a) => of(a) === T || of(a) === F)) return (t.op === 'and' ? and : or)(t.args.map(of));
        if (!isComparison(t) || !t.args.some((a) => leading.has(a.id))) return undefined;
        if (t.op === '=') return eq(t.args[0]!, t.args[1]!);
        // distinct: the general arguments stay one `distinct`; each pair with a p-side is rewritten.
        const rest = t.args.filter((a) => !leading.has(a.id));
        const parts = rest.length >= 2 ? [store.mk('distinct', rest.map(of))] : [];
        for (let i = 0; i < t.args.length; i++)
          for (let j = i + 1; j < t.args.length; j++) {
            const [a, b] = [t.args[i]!, t.args[j]!];
            if (leading.has(a.id) || leading.has(b.id)) parts.push(not(eq(a, b)));
          }
        return and(parts);
      },
      poll,
    );
  } catch (e) {
    if (e instanceof TooMany) return undefined;
    throw e;
  }

  // The copies of the general constants and functions, back to the input's symbols.
  const back = symbolsBack(copy);
  const constants: Term[] = [];
  const applications = new Map<number, Term[]>(); // by p-function id
  for (const t of leaves.values()) {
    if (t.op === 'var') constants.push(t);
    else {
      const list = applications.get(t.fn!.id) ?? [];
      applications.set(t.fn!.id, list);
      list.push(t);
    }
  }
  return {
    assertions: assertions.map((t) => copy.get(t.id)!),
    assumptions: assumptions.map((t) => copy.get(t.id)!),
    lift(values) {
      const out = renameBack(values, back);
      // Fresh values per sort: above every value of that sort the model gives and every value
      // a general term compared with a p-term takes.
      const next = new Map<Sort, bigint>();
      const see = (sort: Sort, v: Value) => {
        if (typeof v === 'bigint' && infinite(sort) && (!next.has(sort) || v >= next.get(sort)!)) next.set(sort, v + 1n);
      };
      for (const id of back.values()) {
        const o = named.get(id)!;
        const v = out.get(id);
        if (v instanceof FunTable) {
          for (const [, w] of v.entries) see(o.sort, w);
          see(o.sort, v.otherwise);
        } else if (v !== undefined) see(o.sort, v);
      }
      const memo = new Map<number, Value>();
      for (const t of opposite) see(t.sort, evaluate(t, out, memo));
      const fresh = (sort: Sort): bigint => {
        const v = next.get(sort) ?? 0n;
        next.set(sort, v + 1n);
        return v;
      };
      for (const c of constants) out.set(c.id, fresh(c.sort));
      for (const list of applications.values()) {
        const fn = list[0]!.fn!;
        const table = new FunTable(0n);
        for (const a of list) {
          const args = a.args.map((x) => evaluate(x, out, memo));
          if (!table.has(args)) table.set(args, fresh(fn.sort));
        }
        table.otherwise = fresh(fn.sort);
        out.set(fn.id, table);
      }
      return out;
    },
  };
}

class TooMany extends Error {}

/** The pass: positive equality, on problems with uninterpreted functions or sorts. */
export const positiveEqualityPass: Pass = {
  name: 'positive-equality',
  run: (p, ctx) => (ctx.contents.uninterpreted ? positiveEquality(p.assertions, p.assumptions, ctx.poll) : undefined),
};
