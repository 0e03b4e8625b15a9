/**
 * The solver's options as the library and the CLI hold them: the `EngineOptions` interface,
 * its defaults and its flags, all generated from the rows of the option table
 * (src/options/table.ts) of the scopes `script`, `engine`, `encode`, `resource` and
 * `backend`. The interface is written out for its documentation, and the compiler checks
 * below that it has exactly the table's names and value types.
 */
import type { IdlEncoding } from '../encode/encoder.js';
import { type OptionType } from '../options/table.js';
/** What resource reasoning hands to the encoding (src/resource/reason.ts). */
export type Learn = 'none' | 'load' | 'bounds' | 'all';
export interface EngineOptions {
    /** SAT backend by registry name. */
    backend: string;
    /** Wall-clock limit in seconds for the whole script; 0 means none. */
    timeout: number;
    /**
     * Memory limit in MiB; 0 means none. A check during which the process's resident memory
     * passes it answers `unknown` (reason `memory limit`); polled where the deadline is.
     */
    memory?: number;
    /** Encoding of integer difference logic. */
    idlEncoding: IdlEncoding;
    /** Write the CNF of each check to this file (the second check to `file.2`, ...). */
    dumpCnf?: string;
    /** Path of the program of a preset external backend (kissat, cadical, minisat). */
    satBinary?: string;
    /** Command template of any other DIMACS solver, with `{cnf}` (and `{proof}`, `{result}`); implies the external backend. */
    satCmd?: string;
    /**
     * Seed of the SAT search's random choices; 0 (the default): the default search. The built-in
     * CDCL solver and the presets (kissat, cadical, minisat) take it; other backends ignore it.
     */
    randomSeed?: number;
    /**
     * Report an external solver's unsat without a checked DRAT proof (`--trust-backend`): gives
     * up the guarantee. Without it such an unsat is `unknown` (`unverified unsat from <solver>`).
     */
    trustBackend?: boolean;
    /** Symmetry breaking: value symmetry (src/encode/idl/symmetry.ts) and operation symmetry (opSymmetry); on unless false. */
    symmetry?: boolean;
    /** Ordering the starts of interchangeable operations and jobs (src/encode/idl/opsymmetry.ts); on unless false or `symmetry` is false. */
    opSymmetry?: boolean;
    /** Resource reasoning before encoding (src/resource/); on unless false. */
    resources?: boolean;
    /**
     * Give the encoding what resource reasoning learned: per-machine load constraints (`load`),
     * tightened time windows (`bounds`), both (`all`); `none` (the default) or undefined: nothing.
     * Never with `proof`.
     */
    learn?: Learn;
    /**
     * Keep one live SAT session and the encoding across the checks of an assertion stack
     * (engine/incremental.ts); on unless false. Not used with `proof`, `dumpCnf` or a backend other
     * than `builtin`.
     */
    incremental?: boolean;
    /**
     * Difference logic in the live session (encode/incremental.ts): free atoms refined by
     * transitivity lemmas on demand (`lazy`, the default) or comparators over binary words (`words`).
     */
    incrementalIdl: 'lazy' | 'words';
    /**
     * Lazy difference logic: nodes each Dijkstra search of theory propagation settles at most
     * (theory/idl/propagator.ts); 0 = conflicts only, no implied atoms.
     */
    theoryPropagation?: number;
    /**
     * Overload checking and edge-finding during the lazy search (theory/idl/disjunctive.ts) on
     * the resources that resource reasoning found: `off`, `overload` (the default: conflicts
     * only) or `edge-finding` (implied precedences too).
     */
    resourcePropagation: 'off' | 'overload' | 'edge-finding';
    /**
     * Optimisation (`minimize`/`maximize`): true or undefined (the default): the checks of the
     * search go through the live session as other incremental checks do; false: each from
     * scratch, with preprocessing and resource reasoning on the bound of that check
     * (engine/optimize.ts).
     */
    optimizeIncremental?: boolean;
    /**
     * A from-scratch check solves difference logic lazily, in a live session after preprocessing
     * and resource reasoning (engine/check.ts): `auto` (the default) when the eager encoding
     * would be small-domain with a range wider than 64 values, `on` always, `off` never.
     */
    lazyIdl: 'auto' | 'on' | 'off';
    /** The first check of a stack through the live session too (api/term-solver.ts), not from scratch. */
    liveFirst?: boolean;
    /** Write the certificate of each unsat to this file (check n > 1 to `file.n`): resource reasoning's, or CNF + DRAT for SAT. */
    proof?: string;
    /** Redis URL of the distributed service (`backend: 'service'`). */
    redis?: string;
    /** How the service splits a problem: `portfolio` (default) or `cubes`. */
    serviceMode?: 'portfolio' | 'cubes';
    /** Portfolio members or cubes per problem (default 4). */
    serviceJobs?: number;
    /** Resource reasoning: cliques tried per kind (capacity 1, machine capacity). */
    resourceCliques?: number;
    /** Resource reasoning: task-window evaluations allowed per check. */
    resourceBudget?: number;
    /** Resource reasoning: operations × facts up to which implied precedences are computed. */
    precedenceWork?: number;
    /** Resource reasoning: task-window evaluations allowed for tightening windows. */
    boundsBudget?: number;
    /** Learned load constraints: counter registers per check, over all load constraints. */
    loadNodes?: number;
    /** Learned load constraints: windows beyond the horizon, per clique. */
    loadWindows?: number;
    /** Learned load constraints: largest counter bound (larger ones are scaled down). */
    loadCap?: number;
    /** Learned load constraints: machine values per clique above which nothing is learned. */
    loadValues?: number;
}
/** The table's scopes that make up `EngineOptions`. */
export declare const ENGINE_SCOPES: readonly ["backend", "script", "encode", "resource", "engine"];
/** One flag of the `eagersmt` command: a row of the table with a `flag`. */
export interface OptionInfo {
    name: keyof EngineOptions;
    flag: string;
    help: string;
    choices?: readonly string[];
    /** How the value is checked, its default and range (see OptionRow). */
    type: OptionType;
    def?: boolean | number | string;
    min?: number;
    max?: number;
}
/** The defaults: the rows of `EngineOptions`' scopes that have a default. */
export declare const defaultOptions: EngineOptions;
/** The flags of the `eagersmt` command, in the table's order. */
export declare const optionTable: readonly OptionInfo[];
/**
 * The defaults completed by the options given (an `undefined` entry keeps the default), for
 * the library: ContractError for a name that is not in the table or a value outside its
 * type, range or choices (backend names are checked by the backend registry, which
 * `registerBackend` extends).
 * @example withDefaults({ idlEncoding: 'order' }).backend // 'builtin'
 */
export declare function withDefaults(options: Partial<EngineOptions>): EngineOptions;
