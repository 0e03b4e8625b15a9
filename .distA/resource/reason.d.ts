import type { Term, TermStore } from '../terms/term.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import type { AtomTable } from '../theory/idl/normalize.js';
import { type CheckLabel } from './certificate.js';
import { type LoadLimits } from './load.js';
export interface ResourceStats {
    /** Operations and constrained pairs found. */
    operations: number;
    pairs: number;
    /** Cliques (resources) examined, and windows tried on them. */
    resources: number;
    windows: number;
    /** How the problem was refuted, if it was. */
    refutation?: string;
    /** Why the reasoner gave up (a resource limit, input it cannot handle); the check went on without it. */
    failure?: string;
    ms: number;
}
/** What was learned without a refutation: Boolean terms, each implied by the formulas. */
export interface Learned {
    terms: Term[];
    stats: LearnStats;
}
export interface LearnStats {
    /** Per-machine load constraints, the windows they come from, and their counter registers. */
    loads: number;
    /** Tightened bounds of time variables; whether tightening found the problem infeasible. */
    bounds: number;
    infeasible?: boolean;
    windows: number;
    nodes: number;
    ms: number;
}
export interface ResourceOutcome {
    /** Present when the formulas are unsatisfiable: the certificate's text. */
    certificate?: string;
    /** Present when asked for (a store given) and nothing was refuted. */
    learned?: Learned;
    /**
     * Present when nothing was refuted and some clique of two-sided pairs of capacity 1 has three
     * or more operations: those cliques as disjunctive resources for the search
     * (theory/idl/disjunctive.ts), their operations' bounds read against the frame's reference.
     */
    disjunctive?: DisjunctiveTerms;
    stats: ResourceStats;
}
/**
 * Asks `reasonAboutResources` to learn, building terms in `store` (the formulas' store):
 * per-machine load constraints (`load`, on unless false) and tightened windows (`bounds`).
 */
export interface LearnRequest {
    store: TermStore;
    load?: boolean;
    bounds?: boolean;
    limits?: LoadLimits;
    /** Task-window evaluations allowed for tightening windows (about a second at most by default). */
    boundsBudget?: number;
    /** Counter registers learned per check, over all load constraints. */
    loadNodes?: number;
}
/** The budgets of the search for a refutation: rows of scope `resource` of the option table. */
export interface ResourceBudgets {
    /** Cliques tried per kind (capacity 1, machine capacity). */
    resourceCliques?: number;
    /** Task-window evaluations allowed per check. */
    resourceBudget?: number;
    /** Operations × facts up to which implied precedences are computed (one shortest-path run per operation). */
    precedenceWork?: number;
}
/**
 * Looks for a resource refutation of `formulas` (assertions then assumptions, all must hold),
 * for the check `label` names (the `check`-th of the script). `poll` may throw (time-out) and is called regularly.
 * With `learn`, a check that is not refuted returns what was learned (terms in `learn.store`).
 * `table`, when given, holds the difference atoms of exactly these formulas (theory/idl/atoms.ts):
 * detection reads them there instead of normalising into a table of its own.
 * @example const { certificate } = reasonAboutResources(ctx.assertions(), 1, () => {});
 */
export declare function reasonAboutResources(formulas: readonly Term[], check: number | CheckLabel, poll: () => void, learn?: LearnRequest, budgets?: ResourceBudgets, table?: AtomTable): ResourceOutcome;
/**
 * Resource refutations of one set of formulas with different extra formulas each time (the
 * bounds an optimisation probes): detection, the pair graph, its implied precedences and its
 * cliques are computed once, on the first call; each call then reads the facts of its extra
 * formulas, computes the windows of all the facts and looks for an overloaded window.
 * Precedences the extra facts would imply, and extra formulas that add pairs, are not looked
 * for (ignoring constraints is sound: a refutation of fewer constraints refutes more). The
 * certificate cites the extra formulas after the base ones, as in `reasonAboutResources` of
 * their concatenation.
 * @example const r = new ResourceRefuter(asserted); r.refute([store.mk('<=', [makespan, store.int(40)])], 1, () => {}).certificate
 */
export declare class ResourceRefuter {
    private readonly base;
    private readonly budgets;
    private structure;
    private detected;
    /** The statistics of detection, copied into every call's. */
    private found;
    constructor(base: readonly Term[], budgets?: ResourceBudgets);
    /**
     * A heuristic schedule of the base formulas' operations (list-schedule.ts): values by term
     * id, a candidate model for the caller to check, or undefined. Shares the detection.
     * @example const guess = refuter.schedule(() => {});
     */
    schedule(poll: () => void): Map<number, bigint> | undefined;
    /** Detection, once. */
    private detect;
    /**
     * A refutation of the base formulas and `extra` (a certificate), or none. `poll` may throw
     * (time-out); as in `reasonAboutResources`, a resource limit or unsupported input only ends
     * the attempt (`stats.failure`).
     */
    refute(extra: readonly Term[], check: number | CheckLabel, poll: () => void): ResourceOutcome;
}
/**
 * The disjunctive resources of `formulas` for a search to reason on (disjunctiveOf), without
 * looking for a refutation; undefined when there are none, or when detection meets a resource
 * limit or input it cannot handle. `poll` may throw (time-out).
 * @example live.check(frames, [], limits, findDisjunctive(frames[0], poll, options))
 */
export declare function findDisjunctive(formulas: readonly Term[], poll: () => void, budgets?: ResourceBudgets): DisjunctiveTerms | undefined;
