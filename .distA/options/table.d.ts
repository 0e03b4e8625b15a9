/**
 * The option table: every option of eagersmt in one place, in the manner of CaDiCaL's
 * `options.hpp` — one row per option with its name, type, default, range (min/max) or choices,
 * help text and scope (the part of the solver that reads it). Everything else is generated
 * from these rows: the flags and `--help` of the `eagersmt` command (rows with a `flag`), the
 * API's `withDefaults`, the checks of each SAT backend's option bag and the built-in CDCL
 * solver's options (validate.ts validates a bag against the rows of its scope).
 *
 * The table sits just above `util/` in the layering (docs/ARCHITECTURE.md): every folder may
 * import it, and it imports nothing but `errors.ts`, so it names types by their values only
 * (`idlEncoding` lists its choices here; `encode/` re-states them as a union type, and
 * `engine/options.ts` has the compiler check that `EngineOptions` and these rows agree).
 *
 * Scopes: `script` (the whole script), `engine` (one check's outputs), `encode` (the SAT
 * encoding and its symmetry breaking), `symmetry` (the fixed limits of operation symmetry's
 * search: not options of the API, only documented here), `resource` (resource reasoning and what it learns),
 * `backend` (the choice of SAT backend, as the CLI and the API hold it), `builtin` / `preset` /
 * `external` / `service` (the option bag of each kind of backend) and `cdcl` (the built-in
 * CDCL solver). Rows of `script` to `backend` make up `EngineOptions`.
 */
/** The part of the solver that reads an option. */
export type Scope = 'script' | 'engine' | 'encode' | 'symmetry' | 'resource' | 'backend' | 'builtin' | 'preset' | 'external' | 'service' | 'cdcl';
/**
 * How a value is checked: `bool`; `int` (an integer in [min, max]); `number` (a number in
 * [min, max]); `string`; `choice` (one of `choices`); `value` (anything: its owner checks it,
 * e.g. a command that is a string or argv words).
 */
export type OptionType = 'bool' | 'int' | 'number' | 'string' | 'choice' | 'value';
/** One row of the table. */
export interface OptionRow {
    /** Name in option bags (camelCase), unique within its scope. */
    readonly name: string;
    readonly scope: Scope;
    readonly type: OptionType;
    /** Default value; absent: unset (the reader's behaviour is described in `help`). */
    readonly def?: boolean | number | string;
    /** Range of `int` and `number` values, inclusive. */
    readonly min?: number;
    readonly max?: number;
    /** The values of a `choice` row; for a `string` row, the values the CLI offers (the API may register more). */
    readonly choices?: readonly string[];
    /** The flag of the `eagersmt` command, in commander's syntax; absent: no flag. */
    readonly flag?: string;
    readonly help: string;
}
/**
 * Every option. Order matters for the CLI: flags appear in `--help` in this order.
 * @example OPTION_ROWS.find((r) => r.name === 'timeout')!.def // 0
 */
export declare const OPTION_ROWS: readonly [{
    readonly name: "backend";
    readonly scope: "backend";
    readonly type: "string";
    readonly def: "builtin";
    readonly choices: readonly ["builtin", "kissat", "cadical", "minisat", "service"];
    readonly flag: "--backend <name>";
    readonly help: "SAT backend: the built-in CDCL solver, or an external program";
}, {
    readonly name: "satBinary";
    readonly scope: "backend";
    readonly type: "string";
    readonly flag: "--sat-binary <path>";
    readonly help: "path of the kissat, cadical or minisat program (default: found on PATH)";
}, {
    readonly name: "satCmd";
    readonly scope: "backend";
    readonly type: "string";
    readonly flag: "--sat-cmd <template>";
    readonly help: "any DIMACS SAT solver, run without a shell: '{cnf}' is replaced by the CNF file, e.g. 'mpirun -np 4 mallob -mono={cnf}'";
}, {
    readonly name: "randomSeed";
    readonly scope: "backend";
    readonly type: "int";
    readonly def: 0;
    readonly min: 0;
    readonly max: 2147483647;
    readonly flag: "--random-seed <n>";
    readonly help: "seed of the SAT search's random choices (0: the default search): the built-in solver and the kissat, cadical and minisat presets take it; SMT-LIB's (set-option :random-seed n) sets it too";
}, {
    readonly name: "trustBackend";
    readonly scope: "backend";
    readonly type: "bool";
    readonly def: false;
    readonly flag: "--trust-backend";
    readonly help: "report an external SAT solver's unsat without checking its DRAT proof (gives up the guarantee that every unsat is verified; without it an unverifiable unsat is unknown)";
}, {
    readonly name: "redis";
    readonly scope: "backend";
    readonly type: "string";
    readonly flag: "--redis <url>";
    readonly help: "Redis of the distributed service (--backend service): redis://[user:password@]host:port[/db], rediss:// for TLS";
}, {
    readonly name: "serviceMode";
    readonly scope: "backend";
    readonly type: "choice";
    readonly choices: readonly ["portfolio", "cubes"];
    readonly flag: "--service-mode <mode>";
    readonly help: "how the service splits a problem: a portfolio of configurations, or cube-and-conquer cubes";
}, {
    readonly name: "serviceJobs";
    readonly scope: "backend";
    readonly type: "value";
    readonly flag: "--service-jobs <n>";
    readonly help: "service jobs per problem: portfolio members or cubes (default 4)";
}, {
    readonly name: "timeout";
    readonly scope: "script";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: number;
    readonly flag: "-t, --timeout <seconds>";
    readonly help: "wall-clock limit for the whole script; a check that runs out answers unknown (reason timeout); reading stops when it passes";
}, {
    readonly name: "memory";
    readonly scope: "script";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: 1000000000;
    readonly flag: "--memory <MiB>";
    readonly help: "memory limit in MiB (0 = none): a check during which the process's resident memory passes it answers unknown (reason memory limit); polled with the deadline";
}, {
    readonly name: "idlEncoding";
    readonly scope: "encode";
    readonly type: "choice";
    readonly def: "auto";
    readonly choices: readonly ["auto", "sd", "order", "eij"];
    readonly flag: "--idl-encoding <encoding>";
    readonly help: "encoding of integer difference logic";
}, {
    readonly name: "symmetry";
    readonly scope: "encode";
    readonly type: "bool";
    readonly flag: "--no-symmetry";
    readonly help: "no symmetry breaking: neither value symmetry of interchangeable variables (such as machine choices) nor operation symmetry";
}, {
    readonly name: "opSymmetry";
    readonly scope: "encode";
    readonly type: "bool";
    readonly flag: "--no-op-symmetry";
    readonly help: "no ordering of the starts of interchangeable operations and jobs (value symmetry is still broken)";
}, {
    readonly name: "resources";
    readonly scope: "resource";
    readonly type: "bool";
    readonly flag: "--no-resources";
    readonly help: "no resource reasoning (disjunctive resources, energetic reasoning) before encoding";
}, {
    readonly name: "resourcePropagation";
    readonly scope: "resource";
    readonly type: "choice";
    readonly def: "overload";
    readonly choices: readonly ["off", "overload", "edge-finding"];
    readonly flag: "--resource-propagation <what>";
    readonly help: "resource reasoning during the lazy search, on the disjunctive resources found: none, overload checking (theory conflicts), or overload checking and edge-finding (implied precedences too); used when difference logic is solved lazily and the check has no assumptions";
}, {
    readonly name: "learn";
    readonly scope: "resource";
    readonly type: "choice";
    readonly choices: readonly ["none", "load", "bounds", "all"];
    readonly flag: "--learn <what>";
    readonly help: "add what resource reasoning learned to the encoding: per-machine load constraints of parallel-machine resources, time windows tightened by energetic reasoning, or both (not with --proof)";
}, {
    readonly name: "incrementalIdl";
    readonly scope: "engine";
    readonly type: "choice";
    readonly def: "lazy";
    readonly choices: readonly ["lazy", "words"];
    readonly flag: "--incremental-idl <encoding>";
    readonly help: "difference logic in the live session: free atoms with transitivity lemmas added when a model violates one (lazy), or comparators over binary words of a width that grows with the range (words)";
}, {
    readonly name: "incremental";
    readonly scope: "engine";
    readonly type: "bool";
    readonly flag: "--no-incremental";
    readonly help: "solve every check from scratch: no live SAT session and encoding kept across the checks of a script (used anyway with --proof, --dump-cnf and backends other than builtin)";
}, {
    readonly name: "theoryPropagation";
    readonly scope: "engine";
    readonly type: "int";
    readonly def: 64;
    readonly min: 0;
    readonly max: 1000000;
    readonly flag: "--theory-propagation <nodes>";
    readonly help: "lazy difference logic: theory propagation of implied atoms, complete on graphs of at most 512 nodes and at least 4 atoms per node (all-pairs shortest paths), else by Dijkstra searches from each new edge that settle at most this many nodes (0 = none: conflicts only)";
}, {
    readonly name: "lazyIdl";
    readonly scope: "engine";
    readonly type: "choice";
    readonly def: "auto";
    readonly choices: readonly ["auto", "on", "off"];
    readonly flag: "--lazy-idl <when>";
    readonly help: "a from-scratch check solves difference logic lazily (DPLL(T) in a live SAT session, after preprocessing and resource reasoning) instead of encoding it eagerly: when the eager encoding would be small-domain with a variable of more than 64 values (auto), always (on), never (off); never with --proof, --dump-cnf or backends other than builtin";
}, {
    readonly name: "liveFirst";
    readonly scope: "engine";
    readonly type: "bool";
    readonly def: false;
    readonly flag: "--live-first";
    readonly help: "the first check of a script goes through the live SAT session too (lazy difference logic with theory propagation) instead of the from-scratch pipeline (default: from scratch, with preprocessing, resource reasoning and symmetry breaking)";
}, {
    readonly name: "optimizeIncremental";
    readonly scope: "engine";
    readonly type: "bool";
    readonly flag: "--no-optimize-incremental";
    readonly help: "minimize/maximize: make every check of the search from scratch, where preprocessing and resource reasoning see the bound of that check (default: through the live SAT session, which keeps the encoding and what it learnt)";
}, {
    readonly name: "proof";
    readonly scope: "engine";
    readonly type: "string";
    readonly flag: "--proof <file>";
    readonly help: "write a certificate of each unsat: the resource argument, or for an unsat found by SAT the CNF (<file>.cnf) and its DRAT proof (<file>.drat); check with eagersmt check-proof (the n-th check to <file>.n for n > 1)";
}, {
    readonly name: "dumpCnf";
    readonly scope: "engine";
    readonly type: "string";
    readonly flag: "--dump-cnf <file>";
    readonly help: "write the CNF of each check in DIMACS, assumptions as unit clauses (the n-th check to <file>.n for n > 1)";
}, {
    readonly name: "resourceCliques";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 64;
    readonly min: 0;
    readonly max: 1000000;
    readonly flag: "--resource-cliques <n>";
    readonly help: "resource reasoning: cliques (resources) tried per kind";
}, {
    readonly name: "resourceBudget";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 10000000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly flag: "--resource-budget <n>";
    readonly help: "resource reasoning: task-window evaluations per check";
}, {
    readonly name: "precedenceWork";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 2000000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly flag: "--precedence-work <n>";
    readonly help: "resource reasoning: operations x facts up to which implied precedences are computed";
}, {
    readonly name: "boundsBudget";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 2000000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly flag: "--bounds-budget <n>";
    readonly help: "resource reasoning: task-window evaluations for tightening windows (--learn bounds)";
}, {
    readonly name: "loadNodes";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 200000;
    readonly min: 0;
    readonly max: 1000000000;
    readonly flag: "--load-nodes <n>";
    readonly help: "learned load constraints: counter registers per check (--learn load)";
}, {
    readonly name: "loadWindows";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 8;
    readonly min: 0;
    readonly max: 1000000;
    readonly flag: "--load-windows <n>";
    readonly help: "learned load constraints: windows beyond the horizon per clique";
}, {
    readonly name: "loadCap";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 128;
    readonly min: 1;
    readonly max: 1000000;
    readonly flag: "--load-cap <n>";
    readonly help: "learned load constraints: largest counter bound (larger ones are scaled down)";
}, {
    readonly name: "loadValues";
    readonly scope: "resource";
    readonly type: "int";
    readonly def: 64;
    readonly min: 1;
    readonly max: 1000000;
    readonly flag: "--load-values <n>";
    readonly help: "learned load constraints: machine values per clique above which nothing is learned";
}, {
    readonly name: "opSymmetryBudget";
    readonly scope: "symmetry";
    readonly type: "int";
    readonly def: 3;
    readonly min: 0;
    readonly max: 1000;
    readonly help: "operation symmetry: work on candidates and proofs, in passes over the conjuncts";
}, {
    readonly name: "opSymmetryFailures";
    readonly scope: "symmetry";
    readonly type: "int";
    readonly def: 8;
    readonly min: 1;
    readonly max: 1000000;
    readonly help: "operation symmetry: candidate pairs that fail in a row before the search gives up";
}, {
    readonly name: "opSymmetryRounds";
    readonly scope: "symmetry";
    readonly type: "int";
    readonly def: 16;
    readonly min: 1;
    readonly max: 1000000;
    readonly help: "operation symmetry: rounds of colour refinement at most";
}, {
    readonly name: "opSymmetryChains";
    readonly scope: "symmetry";
    readonly type: "int";
    readonly def: 4;
    readonly min: 1;
    readonly max: 1000000;
    readonly help: "operation symmetry: candidate pairs tried per colour class and symbol";
}, {
    readonly name: "cdcl";
    readonly scope: "builtin";
    readonly type: "value";
    readonly help: "options of the CDCL solver (scope cdcl)";
}, {
    readonly name: "inlineMaxLits";
    readonly scope: "builtin";
    readonly type: "int";
    readonly def: 2000000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly help: "CNFs with at most this many literals are solved inline, in slices (0 = never)";
}, {
    readonly name: "inlineConflicts";
    readonly scope: "builtin";
    readonly type: "int";
    readonly def: 100000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly help: "conflicts after which an inline solve that shares the thread with another goes to a worker";
}, {
    readonly name: "inlineMs";
    readonly scope: "builtin";
    readonly type: "int";
    readonly def: 500;
    readonly min: 0;
    readonly max: 1000000000;
    readonly help: "time (ms) after which an inline solve that shares the thread with another goes to a worker, about what a worker costs to start";
}, {
    readonly name: "sliceConflicts";
    readonly scope: "builtin";
    readonly type: "int";
    readonly def: 2000;
    readonly min: 1;
    readonly max: 1000000000000;
    readonly help: "inline solving: conflicts between two turns of the event loop (cancellation, other work); counted, not timed, so that the search is the same on every run";
}, {
    readonly name: "workerScript";
    readonly scope: "builtin";
    readonly type: "value";
    readonly help: "worker entry script (a URL), for tests";
}, {
    readonly name: "binary";
    readonly scope: "preset";
    readonly type: "string";
    readonly help: "path of the solver program (default: the preset's name on PATH)";
}, {
    readonly name: "killGraceMs";
    readonly scope: "preset";
    readonly type: "number";
    readonly min: 0;
    readonly max: number;
    readonly help: "ms between SIGTERM and SIGKILL";
}, {
    readonly name: "tmpDir";
    readonly scope: "preset";
    readonly type: "string";
    readonly help: "directory of the temporary CNF files";
}, {
    readonly name: "seed";
    readonly scope: "preset";
    readonly type: "int";
    readonly min: 0;
    readonly max: 2147483647;
    readonly help: "random seed (0: the solver's default)";
}, {
    readonly name: "config";
    readonly scope: "preset";
    readonly type: "string";
    readonly help: "named configuration: sat, unsat (absent or default: the solver's default)";
}, {
    readonly name: "command";
    readonly scope: "external";
    readonly type: "value";
    readonly help: "command template (with {cnf}, {proof}, {result}) or argv words";
}, {
    readonly name: "label";
    readonly scope: "external";
    readonly type: "string";
    readonly help: "name of the backend in messages";
}, {
    readonly name: "killGraceMs";
    readonly scope: "external";
    readonly type: "number";
    readonly min: 0;
    readonly max: number;
    readonly help: "ms between SIGTERM and SIGKILL";
}, {
    readonly name: "tmpDir";
    readonly scope: "external";
    readonly type: "string";
    readonly help: "directory of the temporary CNF files";
}, {
    readonly name: "missingHint";
    readonly scope: "external";
    readonly type: "string";
    readonly help: "how to install the program, shown when it is missing";
}, {
    readonly name: "url";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "Redis URL";
}, {
    readonly name: "mode";
    readonly scope: "service";
    readonly type: "value";
    readonly def: "portfolio";
    readonly help: "portfolio or cubes";
}, {
    readonly name: "jobs";
    readonly scope: "service";
    readonly type: "value";
    readonly def: 4;
    readonly help: "portfolio members or cubes, an integer in [1, 1024]";
}, {
    readonly name: "prefix";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "key prefix of the queue (a word)";
}, {
    readonly name: "limits";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "payload size limits";
}, {
    readonly name: "aliveTtlMs";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "lifetime of the client's heartbeat, ms (default 15000)";
}, {
    readonly name: "reconcileMs";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "period of reconciliation with the queue, ms (default 2000)";
}, {
    readonly name: "cacheTtlMs";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "lifetime of cached results, ms";
}, {
    readonly name: "lookaheadMs";
    readonly scope: "service";
    readonly type: "value";
    readonly help: "lookahead budget for cubes, ms (default 2000)";
}, {
    readonly name: "varDecay";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0.95;
    readonly min: 0.5;
    readonly max: 0.9999;
    readonly help: "VSIDS activity decay";
}, {
    readonly name: "clauseDecay";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0.999;
    readonly min: 0.5;
    readonly max: 0.99999;
    readonly help: "learnt clause activity decay";
}, {
    readonly name: "phase";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: 1;
    readonly help: "initial phase (0 = false, 1 = true)";
}, {
    readonly name: "restart";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2;
    readonly min: 0;
    readonly max: 2;
    readonly help: "focused-mode restarts: 0 = none, 1 = Luby, 2 = glucose EMA";
}, {
    readonly name: "stable";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2;
    readonly min: 0;
    readonly max: 2;
    readonly help: "modes: 0 = focused only, 1 = stable only, 2 = alternate";
}, {
    readonly name: "modeInit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1000;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "conflicts of the first focused phase";
}, {
    readonly name: "modeGrowth";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2;
    readonly min: 1;
    readonly max: 100;
    readonly help: "phase length growth per focused/stable pair";
}, {
    readonly name: "stableVarDecay";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0.95;
    readonly min: 0.5;
    readonly max: 0.9999;
    readonly help: "VSIDS activity decay in stable mode";
}, {
    readonly name: "stableLubyUnit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1024;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "conflicts per Luby unit in stable mode";
}, {
    readonly name: "target";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1;
    readonly min: 0;
    readonly max: 2;
    readonly help: "target phases: 0 = off, 1 = stable mode, 2 = always";
}, {
    readonly name: "rephase";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1000;
    readonly min: 0;
    readonly max: 1000000000;
    readonly help: "rephase interval in conflicts (0 = off)";
}, {
    readonly name: "lubyUnit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 100;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "conflicts per Luby unit";
}, {
    readonly name: "restartMargin";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1.2;
    readonly min: 1;
    readonly max: 10;
    readonly help: "EMA restart margin fast/slow";
}, {
    readonly name: "restartMin";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "minimum conflicts between restarts";
}, {
    readonly name: "reuseTrail";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: 1;
    readonly help: "restarts keep the decision levels the next decisions would rebuild (1 = on; 0 = restart to level 0, the default: on the BohanLi job shops it took 4-5 times the conflicts, and on lazy difference logic it saved 8% of the matrix work per conflict but not conflicts)";
}, {
    readonly name: "restartBlock";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1.4;
    readonly min: 0;
    readonly max: 100;
    readonly help: "block restarts when trail > this * average (0 = off)";
}, {
    readonly name: "emaFast";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: number;
    readonly min: 0.000001;
    readonly max: 1;
    readonly help: "fast LBD average smoothing";
}, {
    readonly name: "emaSlow";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: number;
    readonly min: 1e-9;
    readonly max: 1;
    readonly help: "slow LBD average smoothing";
}, {
    readonly name: "coreLbd";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "keep learnt clauses with LBD <= this";
}, {
    readonly name: "tier2Lbd";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 6;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "keep used learnt clauses with LBD <= this";
}, {
    readonly name: "reduceFirst";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 2000;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "conflicts before first reduction";
}, {
    readonly name: "reduceInc";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 300;
    readonly min: 0;
    readonly max: 1000000000;
    readonly help: "reduction interval increment";
}, {
    readonly name: "vivify";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: 10;
    readonly help: "learnt-clause vivification effort relative to search, e.g. 0.1 (0 = off: measured not to pay on random, pigeonhole and job-shop CNFs)";
}, {
    readonly name: "minimize";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1;
    readonly min: 0;
    readonly max: 1;
    readonly help: "learnt clause minimisation (0 = off, 1 = recursive)";
}, {
    readonly name: "elim";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1;
    readonly min: 0;
    readonly max: 1;
    readonly help: "bounded variable elimination before the first search";
}, {
    readonly name: "elimMinClauses";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 4000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly help: "preprocessing (elimination, subsumption) only for CNFs of at least this many clauses: below, in a fresh process it costs more than it saves (0 = always)";
}, {
    readonly name: "subsume";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1;
    readonly min: 0;
    readonly max: 1;
    readonly help: "subsumption and strengthening in preprocessing";
}, {
    readonly name: "subsumeLimit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 20000000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly help: "subsumption: literal visits per round";
}, {
    readonly name: "elimLateConflicts";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1000;
    readonly min: 0;
    readonly max: 1000000000000;
    readonly help: "a CNF below elimMinClauses that the first search leaves undecided after this many conflicts is preprocessed then, its learnt clauses dropped (0 = never)";
}, {
    readonly name: "elimClauseLimit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 20;
    readonly min: 2;
    readonly max: 1000000000;
    readonly help: "elimination: maximum resolvent length";
}, {
    readonly name: "elimOccLimit";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 100;
    readonly min: 2;
    readonly max: 1000000000;
    readonly help: "elimination: maximum occurrences of a variable";
}, {
    readonly name: "checkInterval";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 1024;
    readonly min: 1;
    readonly max: 1000000000;
    readonly help: "conflicts between shouldStop calls";
}, {
    readonly name: "seed";
    readonly scope: "cdcl";
    readonly type: "number";
    readonly def: 0;
    readonly min: 0;
    readonly max: 2147483647;
    readonly help: "random seed of the initial variable order (0 = none)";
}];
/** A row of the table, with its literal types. */
export type Row = (typeof OPTION_ROWS)[number];
/** The rows of the scopes `S`. */
export type RowOf<S extends Scope> = Extract<Row, {
    scope: S;
}>;
/** The TypeScript type of a row's values. */
export type ValueOf<R extends OptionRow> = R['type'] extends 'bool' ? boolean : R['type'] extends 'int' | 'number' ? number : R['type'] extends 'string' ? string : R['type'] extends 'choice' ? R extends {
    choices: readonly (infer C)[];
} ? C : string : unknown;
/**
 * The option bag of the scopes `S`, every option optional, as the table declares it: what
 * `engine/options.ts` and `sat/cdcl/options.ts` check their interfaces against.
 */
export type OptionsOf<S extends Scope> = {
    [R in RowOf<S> as R['name']]?: ValueOf<R>;
};
/**
 * The rows of `scopes`, in table order.
 * @example rowsOf(['cdcl']).length // 32, the CDCL solver's options
 */
export declare function rowsOf(scopes: readonly Scope[]): readonly OptionRow[];
/**
 * The default of option `name` of scope `scope`, typed from the table (a compile error for a
 * name the scope does not have).
 * @example optionDefault('resource', 'resourceCliques') // 64
 */
export declare function optionDefault<S extends Scope, N extends RowOf<S>['name']>(scope: S, name: N): Extract<RowOf<S>, {
    name: N;
}>['def' & keyof Extract<RowOf<S>, {
    name: N;
}>];
/**
 * The largest random seed of any solver: the `max` of the CDCL `seed` row (`eagersmt sat
 * --seed`, the service's jobs and the presets' `seed` share it).
 */
export declare const MAX_SEED: number;
