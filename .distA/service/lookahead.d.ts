/**
 * Cube generation for cube-and-conquer (Heule, Kullmann, Wieringa, Biere: "Cube and Conquer:
 * Guiding CDCL SAT Solvers by Lookaheads", HVC 2011): a lookahead splits the problem into
 * cubes — conjunctions of literals, given to the conquering solvers as assumptions — whose
 * disjunction covers every assignment, so the CNF is unsat iff every cube is.
 *
 * The split tree grows breadth first until it has the wanted number of leaves. At a leaf, the
 * lookahead tries both values of each candidate variable (the unassigned variables with the
 * most occurrences) with unit propagation and scores the variable by the product of the
 * numbers of literals each value implies, after march's product heuristic (Heule, van Maaren);
 * the best variable splits the leaf. A value whose propagation fails is a *failed literal*:
 * its negation is implied and joins the leaf's literals; a leaf where both values of a
 * variable fail is refuted and dropped. A time budget bounds the whole lookahead; past it,
 * leaves split on the most frequent unassigned variable.
 *
 * Unit propagation here is the plain occurrence-list kind (every clause containing the
 * negation of an assigned literal is visited): simple, and cheap enough for a few hundred
 * probes before the real solving starts.
 */
import type { Cnf } from '../cnf/cnf.js';
/** Options of `makeCubes`. */
export interface CubeOptions {
    /** Number of cubes wanted (the tree stops growing at this many leaves). */
    cubes: number;
    /** Candidate variables tried per split. Default 24. */
    candidates?: number;
    /** Time budget of the whole lookahead, ms. Default 2000. */
    budgetMs?: number;
}
/** The cubes and how they were found. */
export interface Cubes {
    /** Each cube: literals to assume (beyond the base assumptions). Empty list: refuted. */
    cubes: Int32Array[];
    /** Leaves refuted by propagation (not among `cubes`). */
    refuted: number;
    /** Lookahead probes (propagations) made. */
    probes: number;
}
/**
 * Splits `cnf` under `assumptions` into at most `options.cubes` cubes (fewer if leaves are
 * refuted or no variable is left to split on).
 * Post: `cnf ∧ assumptions` is equisatisfiable with the disjunction over the cubes; zero
 * cubes means `cnf ∧ assumptions` is unsat.
 * @example const { cubes } = makeCubes(cnf, new Int32Array(0), { cubes: 8 });
 */
export declare function makeCubes(cnf: Cnf, assumptions: Int32Array, options: CubeOptions): Cubes;
