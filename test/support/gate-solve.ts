import { type Gates, type Lit } from '../../src/cnf/gates.js';
import { tseitin } from '../../src/cnf/tseitin.js';
import { solveJob } from '../../src/sat/job.js';

/**
 * Solves the gate literals `axioms` plus `units` with the built-in core: the valuation of every
 * gate literal under them (and of `read`, kept through Tseitin), or undefined when unsat.
 */
export function solveGates(g: Gates, axioms: readonly Lit[], units: readonly Lit[], read: readonly Lit[] = []): ((l: Lit) => boolean) | undefined {
  const ts = tseitin(g, [...axioms, ...units], read.filter((l) => l > 1));
  const out = solveJob({ numVars: ts.cnf.numVars, lits: ts.cnf.flat(), assumptions: new Int32Array(0) });
  if (out.status !== 'sat') return undefined;
  return (l: Lit) => {
    if (l <= 1) return l === 1;
    const v = ts.nodeVar[l >>> 1]!;
    return (out.model![v] === 1) !== ((l & 1) === 1);
  };
}
