/**
 * The eager encoding of one preprocessed problem (docs/ARCHITECTURE.md "Encoding"): assertions
 * (and assumptions) over Booleans, integer difference logic and bit-vectors become one CNF.
 * Preprocessing (preprocess/) has already removed functions, reals and word-level redundancy;
 * the difference atoms have already been collected (theory/idl/atoms.ts). Then:
 *
 *  1. Facts: note which atom literals hold unconditionally (top-level conjuncts); symmetry
 *     breaking (idl/symmetry.ts, idl/opsymmetry.ts) adds facts and clauses over the atoms.
 *     It lives here, with the atom table it reads, not among the preprocessing passes.
 *  2. Encode the atoms (idl/smalldomain.ts) into the gate layer.
 *  3. Build the Boolean structure over atom literals and Boolean constants in the gate layer;
 *     bit-vector terms are bit-blasted (bv/bitblast.ts) in the same bottom-up walk.
 *  4. Tseitin to CNF; assumptions become kept literals.
 *
 * `decode` turns a SAT model back into values of the problem's constants (the engine lifts
 * them through the preprocessing passes). All walks over terms use explicit stacks: input
 * depth never reaches the call stack.
 */
import type { Cnf } from '../cnf/cnf.js';
import { FALSE, Gates, TRUE, type Lit } from '../cnf/gates.js';
import { tseitin } from '../cnf/tseitin.js';
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
import { postOrder } from '../terms/walk.js';
import type { IdlAtoms } from '../theory/idl/atoms.js';
import { booleanChildren, type AtomLit } from '../theory/idl/normalize.js';
import { BvBlaster } from './bv/bitblast.js';
import { wordValue } from './circuits.js';
import { equalityOnlyAtoms } from './idl/equality.js';
import { encodeSmallDomain, type ComponentStats } from './idl/smalldomain.js';
import { breakOperationSymmetry, operationSymmetries, opSymmetryStats, type OpSymmetryStats } from './idl/opsymmetry.js';
import { breakValueSymmetry, valueSymmetries, type SymmetryBreaking } from './idl/symmetry.js';
import { buildNode, type StructureContext } from './structure.js';

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
  /** DIMACS literals of the assumptions, in order (those that folded to a constant left out). */
  assumptions: Int32Array;
  /** Per assumption given, in order: its DIMACS literal, or the constant it folded to. */
  assumptionLits: (number | boolean)[];
  /** Values of the Int and Bool constants the problem mentions, from a SAT model. */
  decode(model: Uint8Array): Map<number, Value>;
  stats: EncodeStats;
}

/**
 * Encodes `assertions` (each must hold) and `assumptions` (literals to assume) to CNF.
 * Pre: `atoms` has collected exactly `assertions` and `assumptions` (and nothing else); the
 * encoding adds to it (symmetry-breaking variables, the atoms of `options.extra`).
 * @example const atoms = new IdlAtoms(); atoms.collect([lt], () => {}); const { cnf, decode } = encode([lt], [], atoms, {});
 */
export function encode(assertions: readonly Term[], assumptions: readonly Term[], atoms: IdlAtoms, options: EncodeOptions = {}): Encoded {
  let ticks = 0;
  const poll = options.poll ?? (() => {});
  const tick = () => {
    if ((++ticks & 4095) === 0) poll();
  };
  const { table, comparisons } = atoms;
  const facts = atoms.factsOf(assertions);

  // Value symmetries (idl/symmetry.ts): their breaking adds facts and disjunctions of atoms.
  const breaking: SymmetryBreaking[] = [];
  const symmetries: EncodeStats['symmetries'] = [];
  const opSymmetries: OpSymmetryStats[] = [];
  if (options.symmetry !== false) {
    const groups = valueSymmetries(table, atoms.forms(), facts);
    // Operation symmetries (idl/opsymmetry.ts), found on the assertions alone (none with assumptions).
    if (options.opSymmetry !== false && assumptions.length === 0) {
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
  const extra = options.extra ?? [];
  atoms.collect(extra, tick);
  // Learned facts (tightened windows) narrow the domains of the encoding like asserted ones.
  for (const f of atoms.factsOf(extra)) facts.push(f);

  // 2. Atoms into gates.
  const g = new Gates(poll);
  const bv = new BvBlaster(g, poll);
  poll();
  // Atoms used only as equalities, but not those symmetry breaking constrains on their own.
  const eqOnly = equalityOnlyAtoms(table, atoms.forms());
  for (const b of breaking) for (const l of [...b.facts, ...b.clauses.flat()]) if (l.atom < eqOnly.length) eqOnly[l.atom] = 0;
  const sd = encodeSmallDomain(g, table, facts, poll, options.idlEncoding ?? 'auto', eqOnly);
  poll();
  const atomLit = (a: AtomLit): Lit => (a.pos ? sd.atomLits[a.atom]! : sd.atomLits[a.atom]! ^ 1);

  // 3. Boolean structure, post-order.
  const lit = new Map<number, Lit>();
  const boolVars = new Map<number, Lit>();
  const children = booleanChildren(comparisons);
  const cx: StructureContext = { g, bv, comparisons, atomLit, lit, boolVars };
  const build = (t: Term): Lit => buildNode(cx, t);
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
  const ts = tseitin(g, roots, keep.filter((k) => k !== TRUE && k !== FALSE), poll);
  const assumptionLits = Int32Array.from(keep.filter((k) => k !== TRUE && k !== FALSE).map(ts.dimacs));

  const decode = (model: Uint8Array): Map<number, Value> => {
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
    return values;
  };

  return {
    cnf: ts.cnf,
    assumptions: assumptionLits,
    assumptionLits: keep.map((k) => (k === TRUE ? true : k === FALSE ? false : ts.dimacs(k))),
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
