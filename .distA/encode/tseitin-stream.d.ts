/**
 * The Tseitin transformation for a gate graph that keeps growing (docs/ARCHITECTURE.md
 * "Incremental checks"): every node gets its CNF variable and its clauses once, the first time a
 * literal above it is asked for, and the clauses go to a buffer that the caller drains into a
 * live SAT session. Unlike `cnf/tseitin.ts` (one problem, with polarity) the definitions here
 * are full, two-sided equivalences: a node first needed true in one assertion may be needed
 * false in an assertion added later, and a definition never has to be guarded or withdrawn —
 * it holds in every model whatever is asserted, so it survives `pop` and keeps every clause the
 * solver learnt from it valid.
 *
 * Variables are numbered in the order nodes are first needed; `nodeVar` maps back for decoding.
 */
import { type Gates, type Lit } from '../cnf/gates.js';
export declare class TseitinStream {
    private readonly g;
    /** CNF variable of each node (0: none yet). */
    private nodeVar;
    private vars;
    /** Clauses not yet drained: DIMACS literals, each clause ended by 0. */
    private buf;
    private readonly stack;
    constructor(g: Gates);
    /** Number of CNF variables allocated so far. */
    get numVars(): number;
    /** A fresh CNF variable that belongs to no gate (e.g. an activation literal). */
    freshVar(): number;
    /**
     * The DIMACS literal of gate literal `l`, defining every node of its cone not defined yet.
     * Pre: `l` is neither TRUE nor FALSE.
     * @example const d = stream.lit(g.and(a, b)); // clauses for the AND (and its inputs' variables) are buffered
     */
    lit(l: Lit): number;
    /** The value of gate literal `l` under a SAT model (by variable, 1 = true); false for a node never defined. */
    value(l: Lit, model: Uint8Array): boolean;
    /** The DIMACS literal of gate literal `l` if its node has a CNF variable already, else 0. */
    defined(l: Lit): number;
    /** Appends a clause (DIMACS literals) to the buffer. */
    clause(lits: readonly number[]): void;
    /** The buffered clauses as a flat 0-terminated array; the buffer is emptied. */
    drain(): Int32Array;
    private varOf;
    /** Defines `root` and every undefined node below it, children first (explicit stack). */
    private define;
    /** The two-sided definition of a gate whose fanins are all defined (constant fanins fold). */
    private emit;
}
