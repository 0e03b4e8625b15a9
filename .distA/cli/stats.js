/** Formats the statistics of a run (times in seconds). */
export function formatStats(checks, totalMs) {
    const lines = [];
    const encode = checks.reduce((a, c) => a + c.encodeMs, 0);
    const solve = checks.reduce((a, c) => a + c.solveMs, 0);
    const s = (ms) => (ms / 1000).toFixed(3);
    lines.push(`c total ${s(totalMs)} s; parse+elaborate ${s(totalMs - encode - solve)} s; encode ${s(encode)} s; solve ${s(solve)} s`);
    checks.forEach((c, i) => {
        lines.push(`c check ${i + 1}: encode ${s(c.encodeMs)} s, solve ${s(c.solveMs)} s, ${c.vars} variables, ${c.clauses} clauses`);
        const e = c.encoding;
        if (e) {
            lines.push(`c   ${e.atoms} atoms over ${e.intVars} Int and ${e.boolVars} Bool constants; ${e.gates} gates`);
            for (const sym of e.symmetries)
                lines.push(`c   value symmetry broken: ${sym.members} interchangeable variables over ${sym.values} values`);
            for (const op of e.opSymmetries)
                lines.push(`c   operation symmetry broken: ${op.blocks} interchangeable blocks of ${op.size} variables`);
            const shown = [...e.components].sort((a, b) => b.gates - a.gates).slice(0, 10);
            if (shown.length < e.components.length)
                lines.push(`c   ${e.components.length} components; the ${shown.length} largest:`);
            for (const comp of shown) {
                const head = `c   component: ${comp.encoding}, ${comp.vars} variables, ${comp.atoms} atoms, cmax ${comp.cmax}`;
                const over = (name, x) => x !== undefined && 'overBudget' in x ? `; ${name} over its budget of ${x.overBudget} clauses` : '';
                const estimate = `(estimated clauses: sd ${comp.estimate.sd}, order ${comp.estimate.order}${over('eq', comp.eq)}${over('eij', comp.eij)})`;
                if (comp.eq && 'clauses' in comp.eq)
                    lines.push(`${head}, ${comp.eq.fill} fill-in equalities, ${comp.eq.clauses} transitivity clauses ${estimate}`);
                else if (comp.eij && 'clauses' in comp.eij)
                    lines.push(`${head}, ${comp.eij.derived} derived atoms, ${comp.eij.clauses} transitivity clauses ${estimate}`);
                else
                    lines.push(`${head}, range ${comp.range}, ${comp.bounded} tightened, widest ${comp.width}, ` +
                        `${comp.bits} ${comp.encoding === 'order' ? 'order literals' : 'bits'}, ${comp.gates} gates ${estimate}`);
            }
        }
        const r = c.resource;
        if (r) {
            lines.push(`c   resources: ${r.operations} operations, ${r.pairs} constrained pairs, ${r.resources} cliques, ${r.windows} windows tried, ${s(r.ms)} s`);
            if (r.refutation)
                lines.push(`c   resources: unsat by ${r.refutation}`);
            if (r.failure)
                lines.push(`c   resources: failed (${r.failure}); the check went on without them`);
        }
        if (c.lazyIdl)
            lines.push('c   difference logic solved lazily (live session, theory propagation)');
        const l = c.learned;
        if (l)
            lines.push(`c   learned: ${l.loads} load constraints over ${l.windows} windows, ${l.nodes} counter registers, ${l.bounds} tightened bounds${l.infeasible ? ' (windows crossed: infeasible)' : ''}, ${l.gates} gates, ${s(l.ms)} s`);
        if (c.sat)
            lines.push(`c   sat: ${Object.entries(c.sat).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    });
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=stats.js.map