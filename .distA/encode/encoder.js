import { FALSE, Gates, TRUE } from '../cnf/gates.js';
import { tseitin } from '../cnf/tseitin.js';
import { postOrder } from '../terms/walk.js';
import { booleanChildren } from '../theory/idl/normalize.js';
import { BvBlaster } from './bv/bitblast.js';
import { wordValue } from './circuits.js';
import { equalityOnlyAtoms } from './idl/equality.js';
import { encodeSmallDomain } from './idl/smalldomain.js';
import { breakOperationSymmetry, operationSymmetries, opSymmetryStats } from './idl/opsymmetry.js';
import { breakValueSymmetry, valueSymmetries } from './idl/symmetry.js';
import { buildNode } from './structure.js';
/**
 * Encodes `assertions` (each must hold) and `assumptions` (literals to assume) to CNF.
 * Pre: `atoms` has collected exactly `assertions` and `assumptions` (and nothing else); the
 * encoding adds to it (symmetry-breaking variables, the atoms of `options.extra`).
 * @example const atoms = new IdlAtoms(); atoms.collect([lt], () => {}); const { cnf, decode } = encode([lt], [], atoms, {});
 */
export function encode(assertions, assumptions, atoms, options = {}) {
    let ticks = 0;
    const poll = options.poll ?? (() => { });
    const tick = () => {
        if ((++ticks & 4095) === 0)
            poll();
    };
    const { table, comparisons } = atoms;
    const facts = atoms.factsOf(assertions);
    // Value symmetries (idl/symmetry.ts): their breaking adds facts and disjunctions of atoms.
    const breaking = [];
    const symmetries = [];
    const opSymmetries = [];
    if (options.symmetry !== false) {
        const groups = valueSymmetries(table, atoms.forms(), facts);
        // Operation symmetries (idl/opsymmetry.ts), found on the assertions alone (none with assumptions).
        if (options.opSymmetry !== false && assumptions.length === 0) {
            const found = operationSymmetries(table, comparisons, assertions, groups, poll);
            const order = breakOperationSymmetry(table, found, groups);
            breaking.push({ facts: order, clauses: [] });
            for (const f of order)
                facts.push(f);
            opSymmetries.push(...opSymmetryStats(found));
        }
        for (const group of groups) {
            const b = breakValueSymmetry(table, group);
            breaking.push(b);
            for (const f of b.facts)
                facts.push(f);
            symmetries.push({ members: group.members.length, values: group.hi - group.lo + 1n });
        }
    }
    // Implied assertions join only now: symmetry detection must see the original atoms alone.
    const extra = options.extra ?? [];
    atoms.collect(extra, tick);
    // Learned facts (tightened windows) narrow the domains of the encoding like asserted ones.
    for (const f of atoms.factsOf(extra))
        facts.push(f);
    // 2. Atoms into gates.
    const g = new Gates(poll);
    const bv = new BvBlaster(g, poll);
    poll();
    // Atoms used only as equalities, but not those symmetry breaking constrains on their own.
    const eqOnly = equalityOnlyAtoms(table, atoms.forms());
    for (const b of breaking)
        for (const l of [...b.facts, ...b.clauses.flat()])
            if (l.atom < eqOnly.length)
                eqOnly[l.atom] = 0;
    const sd = encodeSmallDomain(g, table, facts, poll, options.idlEncoding ?? 'auto', eqOnly);
    poll();
    const atomLit = (a) => (a.pos ? sd.atomLits[a.atom] : sd.atomLits[a.atom] ^ 1);
    // 3. Boolean structure, post-order.
    const lit = new Map();
    const boolVars = new Map();
    const children = booleanChildren(comparisons);
    const cx = { g, bv, comparisons, atomLit, lit, boolVars };
    const build = (t) => buildNode(cx, t);
    const boolLit = (t) => lit.get(t.id);
    const buildAll = (roots) => postOrder(roots, (t) => lit.has(t.id) || bv.has(t), children, (t) => {
        tick();
        if (t.sort.kind === 'BitVec')
            bv.blast(t, boolLit);
        else
            lit.set(t.id, build(t));
    });
    buildAll([...assertions, ...assumptions]);
    const gatesBefore = g.size;
    buildAll([...extra]);
    const extraGates = g.size - gatesBefore;
    // 4. CNF. An assumption that folded to false makes this check unsatisfiable outright.
    const roots = [...sd.axioms, ...[...assertions, ...extra].map((t) => lit.get(t.id))];
    for (const b of breaking) {
        for (const f of b.facts)
            roots.push(atomLit(f));
        for (const [p, q] of b.clauses)
            roots.push(g.or(atomLit(p), atomLit(q)));
    }
    const keep = assumptions.map((t) => lit.get(t.id));
    for (const k of keep)
        if (k === FALSE)
            roots.push(FALSE);
    poll();
    const ts = tseitin(g, roots, keep.filter((k) => k !== TRUE && k !== FALSE), poll);
    const assumptionLits = Int32Array.from(keep.filter((k) => k !== TRUE && k !== FALSE).map(ts.dimacs));
    const decode = (model) => {
        const value = (l) => {
            if (l === TRUE)
                return true;
            if (l === FALSE)
                return false;
            const v = ts.nodeVar[l >>> 1];
            const b = v !== 0 && model[v] === 1;
            return l & 1 ? !b : b;
        };
        const values = new Map();
        for (const [id, l] of boolVars)
            values.set(id, value(l));
        const ints = sd.values(value);
        for (let v = 1; v < table.numVars; v++) {
            const term = table.varTerms[v];
            if (term)
                values.set(term.id, ints[v]); // fresh variables of symmetry breaking have none
        }
        for (const [id, bits] of bv.vars)
            values.set(id, wordValue(bits, value));
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
//# sourceMappingURL=encoder.js.map