/**
 * The difference atoms of one problem, collected once per check (docs/ARCHITECTURE.md "Theories"):
 * a walk over the Boolean structure of the assertions and assumptions normalises every integer
 * comparison into guarded conjunctions of canonical atoms (normalize.ts). Guards are Boolean
 * terms too and are walked in turn; predicates over bit-vectors are walked through to the
 * Boolean terms below them (the bit-blaster encodes the predicates themselves).
 *
 * The engine builds one `IdlAtoms` per check; resource reasoning (resource/detect.ts) reads the
 * top-level difference constraints through its `table`, and the encoder (encode/encoder.ts)
 * turns its atoms into gates. Normalising an atom a second time finds it in the table, so
 * both see the same atom and variable numbers. Walks use explicit stacks: input depth never
 * reaches the call stack.
 */
import { UnsupportedError } from '../../errors.js';
import type { Term } from '../../terms/term.js';
import { TermIdSet } from '../../terms/walk.js';
import { isBvPredicate } from '../bv.js';
import { AtomTable, type AtomLit, type Comparison } from './normalize.js';

const COMPARISONS = new Set(['<=', '<', '>=', '>']);

/**
 * Whether `t` is an integer comparison (an atom of the arithmetic).
 * @example isComparison(store.mk('<', [x, y])) // true
 */
function isComparison(t: Term): boolean {
  return COMPARISONS.has(t.op) || ((t.op === '=' || t.op === 'distinct') && t.args[0]!.sort.kind === 'Int');
}

/** The normal forms of one comparison term; `eq` for an `=` or a `distinct`. */
export interface ComparisonForms {
  eq: boolean;
  forms: readonly Comparison[];
}

/** The canonical atoms of a problem and the normal form of each of its comparison terms. */
export class IdlAtoms {
  readonly table = new AtomTable();
  /** The normal forms of each comparison term, by term id (pairwise `=` for a `distinct`). */
  readonly comparisons = new Map<number, Comparison[]>();
  /** The comparison terms that are an `=` or a `distinct` (for value symmetry). */
  readonly equalities = new Set<number>();
  private readonly visited = new TermIdSet();
  private formsMade: readonly ComparisonForms[] = [];

  /**
   * Normalises the comparisons under `roots` not seen before. `tick` is called once per term
   * visited (it may throw to stop). Throws UnsupportedError on a term outside Booleans,
   * difference logic and bit-vectors.
   * @example const atoms = new IdlAtoms(); atoms.collect([store.mk('<', [x, y])], () => {}); // atoms.table.size === 1
   */
  collect(roots: readonly Term[], tick: () => void): void {
    const { table, comparisons, equalities, visited } = this;
    const stack = roots.slice();
    while (stack.length > 0) {
      const t = stack.pop()!;
      tick();
      if (visited.has(t.id)) continue;
      visited.add(t.id);
      if (t.sort.kind === 'BitVec' || isBvPredicate(t)) {
        for (const a of t.args) stack.push(a);
        continue;
      }
      if (t.sort.kind !== 'Bool') throw new UnsupportedError(`expected a Boolean term, got sort ${t.sort.name}`);
      if (isComparison(t)) {
        const forms: Comparison[] = [];
        if (t.op === 'distinct') {
          // Quadratic in the arguments: `tick` once per pair (400 arguments are 79,800 pairs).
          for (let i = 0; i < t.args.length; i++)
            for (let j = i + 1; j < t.args.length; j++) {
              tick();
              forms.push(table.compare('=', t.args[i]!, t.args[j]!));
            }
        } else {
          forms.push(table.compare(t.op as '<=' | '<' | '>=' | '>' | '=', t.args[0]!, t.args[1]!));
        }
        comparisons.set(t.id, forms);
        if (t.op === '=' || t.op === 'distinct') equalities.add(t.id);
        for (const f of forms) for (const c of f.cases) for (const g of c.guards) stack.push(g.term);
      } else if (t.op === 'var' || t.op === 'true' || t.op === 'false') {
        // leaf
      } else if (t.args.every((a) => a.sort.kind === 'Bool')) {
        for (const a of t.args) stack.push(a);
      } else {
        throw new UnsupportedError(`'${t.op}' over sort ${t.args[0]!.sort.name} is not supported`);
      }
    }
  }

  /**
   * Every comparison term's normal forms, `eq` set for an `=` or a `distinct` (for value
   * symmetry and the equality encoding).
   */
  forms(): readonly ComparisonForms[] {
    // Made again only when `collect` has added comparisons (one entry each): a check asks three times.
    if (this.formsMade.length !== this.comparisons.size) this.formsMade = [...this.comparisons].map(([id, forms]) => ({ eq: this.equalities.has(id), forms }));
    return this.formsMade;
  }

  /**
   * The atom literals that hold unconditionally under `roots`: top-level conjuncts (through
   * `and`, `not`, `or` negated) that are single unguarded atoms. Pre: `roots` were collected.
   * @example atoms.factsOf([store.mk('<', [x, y])]) // [{ atom: 0, pos: true }]
   */
  factsOf(roots: readonly Term[]): AtomLit[] {
    const out: AtomLit[] = [];
    // The terms to look at with their polarities, and (2 · id + 1 when positive) of those seen.
    const top = roots.slice();
    const pol: boolean[] = roots.map(() => true);
    const seenTop = new TermIdSet();
    while (top.length > 0) {
      const t = top.pop()!;
      const pos = pol.pop()!;
      const key = 2 * t.id + (pos ? 1 : 0);
      if (seenTop.has(key)) continue;
      seenTop.add(key);
      if (t.op === 'not') top.push(t.args[0]!), pol.push(!pos);
      else if ((t.op === 'and' && pos) || (t.op === 'or' && !pos)) for (const a of t.args) top.push(a), pol.push(pos);
      else if (this.comparisons.has(t.id)) {
        const forms = this.comparisons.get(t.id)!;
        if (forms.length !== 1 || forms[0]!.cases.length !== 1) continue;
        const { guards, rel } = forms[0]!.cases[0]!;
        if (guards.length > 0 || typeof rel === 'boolean') continue;
        // A `distinct` is the negation of its (single, pairwise) equality.
        const holds = t.op === 'distinct' ? !pos : pos;
        if (holds) for (const l of rel) out.push(l);
        else if (rel.length === 1) out.push({ atom: rel[0]!.atom, pos: !rel[0]!.pos });
      }
    }
    return out;
  }
}
