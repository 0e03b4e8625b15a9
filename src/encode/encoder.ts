/**
 * The eager reduction: a set of assertions (and assumptions) over Booleans, integer
 * difference logic and bit-vectors becomes one CNF (DESIGN.md §5–6).
 *
 * -1. Theory reductions (rewrite/reduction.ts): uninterpreted functions and sorts by Ackermann
 *     expansion (rewrite/ackermann.ts), then reals by scaling to integers (rewrite/rdl.ts);
 *     `decode` lifts the model back through them.
 *  0. A problem with bit-vector terms is first rewritten at the word level (rewrite/), into a
 *     fresh term store; `decode` maps its constants back to the original ones. When one of a
 *     few candidate assignments is a model (rewrite/probe.ts), the CNF is empty and `decode`
 *     gives that model.
 *  1. Collect: walk the Boolean structure, normalise every integer comparison into guarded
 *     conjunctions of canonical atoms (idl/normalize.ts), and note which atom literals hold
 *     unconditionally (top-level conjuncts).
 *  2. Encode the atoms (idl/smalldomain.ts) into the gate layer.
 *  3. Build the Boolean structure over atom literals and Boolean constants in the gate layer;
 *     bit-vector terms are bit-blasted (bv/bitblast.ts) in the same bottom-up walk.
 *  4. Tseitin to CNF; assumptions become kept literals.
 *
 * `decode` turns a SAT model back into values of the original constants. All walks over terms
 * use explicit stacks: input depth never reaches the call stack.
 */
import { Cnf } from '../cnf/cnf.js';
import { FALSE, Gates, TRUE, type Lit } from '../cnf/gates.js';
import { tseitin } from '../cnf/tseitin.js';
import { UnsupportedError } from '../errors.js';
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
import { postOrder, someTerm } from '../terms/walk.js';
import { ackermann } from '../rewrite/ackermann.js';
import { probeModel } from '../rewrite/probe.js';
import { reduceReals } from '../rewrite/rdl.js';
import type { Reduction } from '../rewrite/reduction.js';
import { complete, rewrite, type Rewritten } from '../rewrite/rewrite.js';
import { BvBlaster, isBvPredicate } from './bv/bitblast.js';
import { wordValue } from './circuits.js';
import { AtomTable, booleanChildren, type AtomLit, type Comparison, type Guard } from './idl/normalize.js';
import { encodeSmallDomain, type ComponentStats } from './idl/smalldomain.js';
import { breakOperationSymmetry, operationSymmetries, opSymmetryStats, type OpSymmetryStats } from './idl/opsymmetry.js';
import { breakValueSymmetry, valueSymmetries, type SymmetryBreaking } from './idl/symmetry.js';

/** `auto` picks eij, sd or order per component by clause count (idl/smalldomain.ts). */
export type IdlEncoding = 'auto' | 'sd' | 'order' | 'eij';

export interface EncodeOptions {
  idlEncoding?: IdlEncoding;
  /** Break value symmetries of interchangeable variables (idl/symmetry.ts); on unless false. */
  symmetry?: boolean;
  /** Also order the starts of interchangeable operations and jobs (idl/opsymmetry.ts); on unless false or `symmetry` is false. */
  opSymmetry?: boolean;
  /** Called now and then during long loops; throws LimitReached to stop the encoding. */
  poll?: () => void;
  /**
   * More assertions, each implied by `assertions ∧ assumptions` (what resource reasoning
   * learned). They are encoded after value-symmetry detection, which never sees them; as they
   * hold in every model, symmetry breaking (which keeps one model of each orbit) stays sound.
   * Dropped when theory reductions or word-level rewriting changed the assertions.
   */
  extra?: readonly Term[];
}

export interface EncodeStats {
  atoms: number;
  intVars: number;
  boolVars: number;
  /** Declared bit-vector constants blasted. */
  bvVars: number;
  gates: number;
  components: ComponentStats[];
  /** Value symmetries broken: members and number of values of each group. */
  symmetries: { members: number; values: bigint }[];
  /** Gates built for the `extra` assertions alone. */
  extraGates: number;
  /** Operation symmetries broken: families of interchangeable blocks. */
  opSymmetries: OpSymmetryStats[];
}

export interface Encoded {
  cnf: Cnf;
  /** DIMACS literals of the assumptions, in order. */
  assumptions: Int32Array;
  /** Values of the Int and Bool constants the problem mentions, from a SAT model. */
  decode(model: Uint8Array): Map<number, Value>;
  stats: EncodeStats;
}

const COMPARISONS = new Set(['<=', '<', '>=', '>']);

/** Whether `t` is an integer comparison (an atom of the arithmetic). */
function isComparison(t: Term): boolean {
  return COMPARISONS.has(t.op) || ((t.op === '=' || t.op === 'distinct') && t.args[0]!.sort.kind === 'Int');
}

/**
 * Encodes `assertions` (each must hold) and `assumptions` (literals to assume) to CNF.
 * @example const { cnf, decode } = encode([store.mk('<', [x, y])], [], {});
 */
export function encode(assertions: readonly Term[], assumptions: readonly Term[], options: EncodeOptions = {}): Encoded {
  let ticks = 0;
  const poll = options.poll ?? (() => {});
  const tick = () => {
    if ((++ticks & 4095) === 0) poll();
  };
  // -1. Theory reductions.
  const reductions: Reduction[] = [];
  for (const reduce of [ackermann, reduceReals]) {
    const r = reduce(assertions, assumptions, poll);
    if (!r) continue;
    reductions.unshift(r);
    [assertions, assumptions] = [r.assertions, r.assumptions];
  }
  // 0. Word-level rewriting, for problems with bit-vectors.
  let rw: Rewritten | undefined;
  if (someTerm([...assertions, ...assumptions], (t) => t.sort.kind === 'BitVec')) {
    rw = rewrite(assertions, assumptions, poll);
    [assertions, assumptions] = [rw.assertions, rw.assumptions];
    const probed = probeModel(rw, poll);
    if (probed) {
      let values = new Map([...probed].map(([id, v]) => [rw!.origin.get(id)?.id ?? id, v]));
      for (const r of reductions) values = r.lift(values);
      return modelFound(values);
    }
  }
  const originId = (id: number) => rw?.origin.get(id)?.id ?? id;
  const table = new AtomTable();
  const comparisons = new Map<number, Comparison[]>();
  /** Whether each comparison term is an `=` or `distinct` (for value symmetry). */
  const equalities = new Set<number>();

  // 1. Collect comparisons, in a walk over the Boolean structure (guards are Boolean too).
  const visited = new Set<number>();
  const collect = (stack: Term[]) => {
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
          for (let i = 0; i < t.args.length; i++)
            for (let j = i + 1; j < t.args.length; j++) forms.push(table.compare('=', t.args[i]!, t.args[j]!));
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
  };
  collect([...assertions, ...assumptions]);

  // Unconditional atom literals: top-level conjuncts that are single unguarded atoms.
  const factsOf = (roots: readonly Term[]): AtomLit[] => {
    const out: AtomLit[] = [];
    const top: [Term, boolean][] = roots.map((a) => [a, true]);
    const seenTop = new Set<string>();
    while (top.length > 0) {
      const [t, pos] = top.pop()!;
      const key = `${t.id}${pos ? '+' : '-'}`;
      if (seenTop.has(key)) continue;
      seenTop.add(key);
      if (t.op === 'not') top.push([t.args[0]!, !pos]);
      else if ((t.op === 'and' && pos) || (t.op === 'or' && !pos)) for (const a of t.args) top.push([a, pos]);
      else if (comparisons.has(t.id)) {
        const forms = comparisons.get(t.id)!;
        if (forms.length !== 1 || forms[0]!.cases.length !== 1) continue;
        const { guards, rel } = forms[0]!.cases[0]!;
        if (guards.length > 0 || typeof rel === 'boolean') continue;
        // A `distinct` is the negation of its (single, pairwise) equality.
        const holds = t.op === 'distinct' ? !pos : pos;
        if (holds) out.push(...rel);
        else if (rel.length === 1) out.push({ atom: rel[0]!.atom, pos: !rel[0]!.pos });
      }
    }
    return out;
  };
  const facts = factsOf(assertions);

  // Value symmetries (idl/symmetry.ts): their breaking adds facts and disjunctions of atoms.
  const breaking: SymmetryBreaking[] = [];
  const symmetries: EncodeStats['symmetries'] = [];
  const opSymmetries: OpSymmetryStats[] = [];
  if (options.symmetry !== false) {
    const infos = [...comparisons].map(([id, forms]) => ({ eq: equalities.has(id), forms }));
    const groups = valueSymmetries(table, infos, facts);
    // Operation symmetries (idl/opsymmetry.ts), found on the assertions alone (none with assumptions).
    if (options.opSymmetry !== false && !rw && assumptions.length === 0) {
      const found = operationSymmetries(table, comparisons, assertions, groups, poll);
      const order = breakOperationSymmetry(table, found, groups);
      breaking.push({ facts: order, clauses: [] });
      for (const f of order) facts.push(f);
      opSymmetries.push(...opSymmetryStats(found));
    }
    for (const group of groups) {
      const b = breakValueSymmetry(table, group);
      breaking.push(b);
      for (const f of b.facts) facts.push(f);
      symmetries.push({ members: group.members.length, values: group.hi - group.lo + 1n });
    }
  }
  // Implied assertions join only now: symmetry detection must see the original atoms alone.
  const extra = reductions.length === 0 && !rw ? (options.extra ?? []) : [];
  collect([...extra]);
  // Learned facts (tightened windows) narrow the domains of the encoding like asserted ones.
  for (const f of factsOf(extra)) facts.push(f);

  // 2. Atoms into gates.
  const g = new Gates();
  const bv = new BvBlaster(g, poll);
  poll();
  const sd = encodeSmallDomain(g, table, facts, poll, options.idlEncoding ?? 'auto');
  poll();
  const atomLit = (a: AtomLit): Lit => (a.pos ? sd.atomLits[a.atom]! : sd.atomLits[a.atom]! ^ 1);

  // 3. Boolean structure, post-order.
  const lit = new Map<number, Lit>();
  const boolVars = new Map<number, Lit>();
  const guardLit = (gd: Guard): Lit => (gd.pos ? lit.get(gd.term.id)! : lit.get(gd.term.id)! ^ 1);
  const children = booleanChildren(comparisons);
  const build = (t: Term): Lit => {
    const forms = comparisons.get(t.id);
    if (forms) {
      const parts = forms.map((f) =>
        g.orN(
          f.cases.map((c) => {
            const rel = typeof c.rel === 'boolean' ? (c.rel ? TRUE : FALSE) : g.andN(c.rel.map(atomLit));
            return g.andN([...c.guards.map(guardLit), rel]);
          }),
        ),
      );
      // `distinct` is the conjunction of pairwise disequalities.
      return t.op === 'distinct' ? g.andN(parts.map((p) => p ^ 1)) : parts[0]!;
    }
    if (isBvPredicate(t)) return bv.predicate(t);
    const a = t.args.map((x) => lit.get(x.id)!);
    switch (t.op) {
      case 'var': {
        const v = g.input();
        boolVars.set(t.id, v);
        return v;
      }
      case 'true':
        return TRUE;
      case 'false':
        return FALSE;
      case 'not':
        return a[0]! ^ 1;
      case 'and':
        return g.andN(a);
      case 'or':
        return g.orN(a);
      case 'xor':
        return g.xor(a[0]!, a[1]!);
      case '=>':
        return g.implies(a[0]!, a[1]!);
      case '=':
        return g.iff(a[0]!, a[1]!);
      case 'distinct':
        // Booleans have two values: two distinct arguments differ, three cannot.
        return a.length === 2 ? g.xor(a[0]!, a[1]!) : FALSE;
      case 'ite':
        return g.ite(a[0]!, a[1]!, a[2]!);
      default:
        throw new UnsupportedError(`operator '${t.op}' is not supported here`);
    }
  };
  const boolLit = (t: Term): Lit => lit.get(t.id)!;
  const buildAll = (roots: Term[]) =>
    postOrder(
      roots,
      (t) => lit.has(t.id) || bv.has(t),
      children,
      (t) => {
        tick();
        if (t.sort.kind === 'BitVec') bv.blast(t, boolLit);
        else lit.set(t.id, build(t));
      },
    );
  buildAll([...assertions, ...assumptions]);
  const gatesBefore = g.size;
  buildAll([...extra]);
  const extraGates = g.size - gatesBefore;

  // 4. CNF. An assumption that folded to false makes this check unsatisfiable outright.
  const roots = [...sd.axioms, ...[...assertions, ...extra].map((t) => lit.get(t.id)!)];
  for (const b of breaking) {
    for (const f of b.facts) roots.push(atomLit(f));
    for (const [p, q] of b.clauses) roots.push(g.or(atomLit(p), atomLit(q)));
  }
  const keep = assumptions.map((t) => lit.get(t.id)!);
  for (const k of keep) if (k === FALSE) roots.push(FALSE);
  poll();
  const ts = tseitin(g, roots, keep.filter((k) => k !== TRUE && k !== FALSE));
  const assumptionLits = Int32Array.from(keep.filter((k) => k !== TRUE && k !== FALSE).map(ts.dimacs));

  const decode = (model: Uint8Array): Map<number, Value> => {
    let values = decodeReduced(model);
    for (const r of reductions) values = r.lift(values);
    return values;
  };
  const decodeReduced = (model: Uint8Array): Map<number, Value> => {
    const value = (l: Lit): boolean => {
      if (l === TRUE) return true;
      if (l === FALSE) return false;
      const v = ts.nodeVar[l >>> 1]!;
      const b = v !== 0 && model[v] === 1;
      return l & 1 ? !b : b;
    };
    const values = new Map<number, Value>();
    for (const [id, l] of boolVars) values.set(id, value(l));
    const ints = sd.values(value);
    for (let v = 1; v < table.numVars; v++) {
      const term = table.varTerms[v];
      if (term) values.set(term.id, ints[v]!); // fresh variables of symmetry breaking have none
    }
    for (const [id, bits] of bv.vars) values.set(id, wordValue(bits, value));
    if (!rw) return values;
    complete(rw, values); // constants eliminated by substitution take the value of their definition
    const out = new Map<number, Value>();
    for (const [id, v] of values) out.set(originId(id), v);
    return out;
  };

  return {
    cnf: ts.cnf,
    assumptions: assumptionLits,
    decode,
    stats: {
      atoms: table.size,
      intVars: table.numVars - 1,
      boolVars: boolVars.size,
      bvVars: bv.vars.size,
      gates: g.size,
      components: sd.components,
      symmetries,
      extraGates,
      opSymmetries,
    },
  };
}

/** The encoding of a problem whose model probing found: an empty CNF, and that model. */
function modelFound(model: Map<number, Value>): Encoded {
  return {
    cnf: new Cnf(),
    assumptions: new Int32Array(0),
    decode: () => model,
    stats: { atoms: 0, intVars: 0, boolVars: 0, bvVars: 0, gates: 0, components: [], symmetries: [], extraGates: 0, opSymmetries: [] },
  };
}
