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
/** Largest random seed of every solver (a 31-bit signed integer): the `max` of both `seed` rows. */
const SEED_RANGE = 0x7fffffff;
/**
 * Every option. Order matters for the CLI: flags appear in `--help` in this order.
 * @example OPTION_ROWS.find((r) => r.name === 'timeout')!.def // 0
 */
export const OPTION_ROWS = [
    // ---- backend choice (the CLI's and the API's EngineOptions) ----
    { name: 'backend', scope: 'backend', type: 'string', def: 'builtin', choices: ['builtin', 'kissat', 'cadical', 'minisat', 'service'], flag: '--backend <name>', help: 'SAT backend: the built-in CDCL solver, or an external program' },
    { name: 'satBinary', scope: 'backend', type: 'string', flag: '--sat-binary <path>', help: 'path of the kissat, cadical or minisat program (default: found on PATH)' },
    { name: 'satCmd', scope: 'backend', type: 'string', flag: '--sat-cmd <template>', help: "any DIMACS SAT solver, run without a shell: '{cnf}' is replaced by the CNF file, e.g. 'mpirun -np 4 mallob -mono={cnf}'" },
    { name: 'randomSeed', scope: 'backend', type: 'int', def: 0, min: 0, max: SEED_RANGE, flag: '--random-seed <n>', help: "seed of the SAT search's random choices (0: the default search): the built-in solver and the kissat, cadical and minisat presets take it; SMT-LIB's (set-option :random-seed n) sets it too" },
    { name: 'trustBackend', scope: 'backend', type: 'bool', def: false, flag: '--trust-backend', help: "report an external SAT solver's unsat without checking its DRAT proof (gives up the guarantee that every unsat is verified; without it an unverifiable unsat is unknown)" },
    { name: 'redis', scope: 'backend', type: 'string', flag: '--redis <url>', help: 'Redis of the distributed service (--backend service): redis://[user:password@]host:port[/db], rediss:// for TLS' },
    { name: 'serviceMode', scope: 'backend', type: 'choice', choices: ['portfolio', 'cubes'], flag: '--service-mode <mode>', help: 'how the service splits a problem: a portfolio of configurations, or cube-and-conquer cubes' },
    { name: 'serviceJobs', scope: 'backend', type: 'value', flag: '--service-jobs <n>', help: 'service jobs per problem: portfolio members or cubes (default 4)' },
    // ---- the script ----
    { name: 'timeout', scope: 'script', type: 'number', def: 0, min: 0, max: Infinity, flag: '-t, --timeout <seconds>', help: 'wall-clock limit for the whole script; a check that runs out answers unknown (reason timeout); reading stops when it passes' },
    { name: 'memory', scope: 'script', type: 'number', def: 0, min: 0, max: 1e9, flag: '--memory <MiB>', help: "memory limit in MiB (0 = none): a check during which the process's resident memory passes it answers unknown (reason memory limit); polled with the deadline" },
    // ---- the encoding ----
    { name: 'idlEncoding', scope: 'encode', type: 'choice', def: 'auto', choices: ['auto', 'sd', 'order', 'eij'], flag: '--idl-encoding <encoding>', help: 'encoding of integer difference logic' },
    { name: 'symmetry', scope: 'encode', type: 'bool', flag: '--no-symmetry', help: 'no symmetry breaking: neither value symmetry of interchangeable variables (such as machine choices) nor operation symmetry' },
    { name: 'opSymmetry', scope: 'encode', type: 'bool', flag: '--no-op-symmetry', help: 'no ordering of the starts of interchangeable operations and jobs (value symmetry is still broken)' },
    // ---- resource reasoning ----
    { name: 'resources', scope: 'resource', type: 'bool', flag: '--no-resources', help: 'no resource reasoning (disjunctive resources, energetic reasoning) before encoding' },
    { name: 'resourcePropagation', scope: 'resource', type: 'choice', def: 'overload', choices: ['off', 'overload', 'edge-finding'], flag: '--resource-propagation <what>', help: 'resource reasoning during the lazy search, on the disjunctive resources found: none, overload checking (theory conflicts), or overload checking and edge-finding (implied precedences too); used when difference logic is solved lazily and the check has no assumptions' },
    { name: 'learn', scope: 'resource', type: 'choice', choices: ['none', 'load', 'bounds', 'all'], flag: '--learn <what>', help: 'add what resource reasoning learned to the encoding: per-machine load constraints of parallel-machine resources, time windows tightened by energetic reasoning, or both (not with --proof)' },
    { name: 'incrementalIdl', scope: 'engine', type: 'choice', def: 'lazy', choices: ['lazy', 'words'], flag: '--incremental-idl <encoding>', help: 'difference logic in the live session: free atoms with transitivity lemmas added when a model violates one (lazy), or comparators over binary words of a width that grows with the range (words)' },
    { name: 'incremental', scope: 'engine', type: 'bool', flag: '--no-incremental', help: 'solve every check from scratch: no live SAT session and encoding kept across the checks of a script (used anyway with --proof, --dump-cnf and backends other than builtin)' },
    { name: 'theoryPropagation', scope: 'engine', type: 'int', def: 64, min: 0, max: 1e6, flag: '--theory-propagation <nodes>', help: 'lazy difference logic: theory propagation of implied atoms, complete on graphs of at most 512 nodes and at least 4 atoms per node (all-pairs shortest paths), else by Dijkstra searches from each new edge that settle at most this many nodes (0 = none: conflicts only)' },
    { name: 'lazyIdl', scope: 'engine', type: 'choice', def: 'auto', choices: ['auto', 'on', 'off'], flag: '--lazy-idl <when>', help: 'a from-scratch check solves difference logic lazily (DPLL(T) in a live SAT session, after preprocessing and resource reasoning) instead of encoding it eagerly: when the eager encoding would be small-domain with a variable of more than 64 values (auto), always (on), never (off); never with --proof, --dump-cnf or backends other than builtin' },
    { name: 'liveFirst', scope: 'engine', type: 'bool', def: false, flag: '--live-first', help: 'the first check of a script goes through the live SAT session too (lazy difference logic with theory propagation) instead of the from-scratch pipeline (default: from scratch, with preprocessing, resource reasoning and symmetry breaking)' },
    { name: 'optimizeIncremental', scope: 'engine', type: 'bool', flag: '--no-optimize-incremental', help: 'minimize/maximize: make every check of the search from scratch, where preprocessing and resource reasoning see the bound of that check (default: through the live SAT session, which keeps the encoding and what it learnt)' },
    // ---- one check's outputs ----
    { name: 'proof', scope: 'engine', type: 'string', flag: '--proof <file>', help: 'write a certificate of each unsat: the resource argument, or for an unsat found by SAT the CNF (<file>.cnf) and its DRAT proof (<file>.drat); check with eagersmt check-proof (the n-th check to <file>.n for n > 1)' },
    { name: 'dumpCnf', scope: 'engine', type: 'string', flag: '--dump-cnf <file>', help: 'write the CNF of each check in DIMACS, assumptions as unit clauses (the n-th check to <file>.n for n > 1)' },
    // ---- resource reasoning's budgets (src/resource/reason.ts, load.ts) ----
    { name: 'resourceCliques', scope: 'resource', type: 'int', def: 64, min: 0, max: 1e6, flag: '--resource-cliques <n>', help: 'resource reasoning: cliques (resources) tried per kind' },
    { name: 'resourceBudget', scope: 'resource', type: 'int', def: 10_000_000, min: 0, max: 1e12, flag: '--resource-budget <n>', help: 'resource reasoning: task-window evaluations per check' },
    { name: 'precedenceWork', scope: 'resource', type: 'int', def: 2_000_000, min: 0, max: 1e12, flag: '--precedence-work <n>', help: 'resource reasoning: operations x facts up to which implied precedences are computed' },
    { name: 'boundsBudget', scope: 'resource', type: 'int', def: 2_000_000, min: 0, max: 1e12, flag: '--bounds-budget <n>', help: 'resource reasoning: task-window evaluations for tightening windows (--learn bounds)' },
    { name: 'loadNodes', scope: 'resource', type: 'int', def: 200_000, min: 0, max: 1e9, flag: '--load-nodes <n>', help: 'learned load constraints: counter registers per check (--learn load)' },
    { name: 'loadWindows', scope: 'resource', type: 'int', def: 8, min: 0, max: 1e6, flag: '--load-windows <n>', help: 'learned load constraints: windows beyond the horizon per clique' },
    { name: 'loadCap', scope: 'resource', type: 'int', def: 128, min: 1, max: 1e6, flag: '--load-cap <n>', help: 'learned load constraints: largest counter bound (larger ones are scaled down)' },
    { name: 'loadValues', scope: 'resource', type: 'int', def: 64, min: 1, max: 1e6, flag: '--load-values <n>', help: 'learned load constraints: machine values per clique above which nothing is learned' },
    // ---- operation symmetry's search limits (src/encode/idl/opsymmetry.ts): fixed, read from here ----
    { name: 'opSymmetryBudget', scope: 'symmetry', type: 'int', def: 3, min: 0, max: 1000, help: 'operation symmetry: work on candidates and proofs, in passes over the conjuncts' },
    { name: 'opSymmetryFailures', scope: 'symmetry', type: 'int', def: 8, min: 1, max: 1e6, help: 'operation symmetry: candidate pairs that fail in a row before the search gives up' },
    { name: 'opSymmetryRounds', scope: 'symmetry', type: 'int', def: 16, min: 1, max: 1e6, help: 'operation symmetry: rounds of colour refinement at most' },
    { name: 'opSymmetryChains', scope: 'symmetry', type: 'int', def: 4, min: 1, max: 1e6, help: 'operation symmetry: candidate pairs tried per colour class and symbol' },
    // ---- the `builtin` backend's bag (src/sat/builtin.ts) ----
    { name: 'cdcl', scope: 'builtin', type: 'value', help: 'options of the CDCL solver (scope cdcl)' },
    { name: 'inlineMaxLits', scope: 'builtin', type: 'int', def: 2_000_000, min: 0, max: 1e12, help: 'CNFs with at most this many literals are solved inline, in slices (0 = never)' },
    { name: 'inlineConflicts', scope: 'builtin', type: 'int', def: 100_000, min: 0, max: 1e12, help: 'conflicts after which an inline solve that shares the thread with another goes to a worker' },
    { name: 'inlineMs', scope: 'builtin', type: 'int', def: 500, min: 0, max: 1e9, help: 'time (ms) after which an inline solve that shares the thread with another goes to a worker, about what a worker costs to start' },
    { name: 'sliceConflicts', scope: 'builtin', type: 'int', def: 2000, min: 1, max: 1e12, help: 'inline solving: conflicts between two turns of the event loop (cancellation, other work); counted, not timed, so that the search is the same on every run' },
    { name: 'workerScript', scope: 'builtin', type: 'value', help: 'worker entry script (a URL), for tests' },
    // ---- the bag of a preset backend: kissat, cadical, minisat (src/sat/presets.ts) ----
    { name: 'binary', scope: 'preset', type: 'string', help: "path of the solver program (default: the preset's name on PATH)" },
    { name: 'killGraceMs', scope: 'preset', type: 'number', min: 0, max: Infinity, help: 'ms between SIGTERM and SIGKILL' },
    { name: 'tmpDir', scope: 'preset', type: 'string', help: 'directory of the temporary CNF files' },
    { name: 'seed', scope: 'preset', type: 'int', min: 0, max: SEED_RANGE, help: "random seed (0: the solver's default)" },
    { name: 'config', scope: 'preset', type: 'string', help: "named configuration: sat, unsat (absent or default: the solver's default)" },
    // ---- the bag of an external backend (src/sat/external.ts) ----
    { name: 'command', scope: 'external', type: 'value', help: 'command template (with {cnf}, {proof}, {result}) or argv words' },
    { name: 'label', scope: 'external', type: 'string', help: 'name of the backend in messages' },
    { name: 'killGraceMs', scope: 'external', type: 'number', min: 0, max: Infinity, help: 'ms between SIGTERM and SIGKILL' },
    { name: 'tmpDir', scope: 'external', type: 'string', help: 'directory of the temporary CNF files' },
    { name: 'missingHint', scope: 'external', type: 'string', help: 'how to install the program, shown when it is missing' },
    // ---- the bag of the service backend (src/service/options.ts) ----
    { name: 'url', scope: 'service', type: 'value', help: 'Redis URL' },
    { name: 'mode', scope: 'service', type: 'value', def: 'portfolio', help: 'portfolio or cubes' },
    { name: 'jobs', scope: 'service', type: 'value', def: 4, help: 'portfolio members or cubes, an integer in [1, 1024]' },
    { name: 'prefix', scope: 'service', type: 'value', help: 'key prefix of the queue (a word)' },
    { name: 'limits', scope: 'service', type: 'value', help: 'payload size limits' },
    { name: 'aliveTtlMs', scope: 'service', type: 'value', help: "lifetime of the client's heartbeat, ms (default 15000)" },
    { name: 'reconcileMs', scope: 'service', type: 'value', help: 'period of reconciliation with the queue, ms (default 2000)' },
    { name: 'cacheTtlMs', scope: 'service', type: 'value', help: 'lifetime of cached results, ms' },
    { name: 'lookaheadMs', scope: 'service', type: 'value', help: 'lookahead budget for cubes, ms (default 2000)' },
    // ---- the built-in CDCL solver (src/sat/cdcl/); all numbers: switches are 0/1, modes small integers ----
    { name: 'varDecay', scope: 'cdcl', type: 'number', def: 0.95, min: 0.5, max: 0.9999, help: 'VSIDS activity decay' },
    { name: 'clauseDecay', scope: 'cdcl', type: 'number', def: 0.999, min: 0.5, max: 0.99999, help: 'learnt clause activity decay' },
    { name: 'phase', scope: 'cdcl', type: 'number', def: 0, min: 0, max: 1, help: 'initial phase (0 = false, 1 = true)' },
    { name: 'restart', scope: 'cdcl', type: 'number', def: 2, min: 0, max: 2, help: 'focused-mode restarts: 0 = none, 1 = Luby, 2 = glucose EMA' },
    { name: 'stable', scope: 'cdcl', type: 'number', def: 2, min: 0, max: 2, help: 'modes: 0 = focused only, 1 = stable only, 2 = alternate' },
    { name: 'modeInit', scope: 'cdcl', type: 'number', def: 1000, min: 1, max: 1e9, help: 'conflicts of the first focused phase' },
    { name: 'modeGrowth', scope: 'cdcl', type: 'number', def: 2, min: 1, max: 100, help: 'phase length growth per focused/stable pair' },
    { name: 'stableVarDecay', scope: 'cdcl', type: 'number', def: 0.95, min: 0.5, max: 0.9999, help: 'VSIDS activity decay in stable mode' },
    { name: 'stableLubyUnit', scope: 'cdcl', type: 'number', def: 1024, min: 1, max: 1e9, help: 'conflicts per Luby unit in stable mode' },
    { name: 'target', scope: 'cdcl', type: 'number', def: 1, min: 0, max: 2, help: 'target phases: 0 = off, 1 = stable mode, 2 = always' },
    { name: 'rephase', scope: 'cdcl', type: 'number', def: 1000, min: 0, max: 1e9, help: 'rephase interval in conflicts (0 = off)' },
    { name: 'lubyUnit', scope: 'cdcl', type: 'number', def: 100, min: 1, max: 1e9, help: 'conflicts per Luby unit' },
    { name: 'restartMargin', scope: 'cdcl', type: 'number', def: 1.2, min: 1, max: 10, help: 'EMA restart margin fast/slow' },
    { name: 'restartMin', scope: 'cdcl', type: 'number', def: 2, min: 1, max: 1e9, help: 'minimum conflicts between restarts' },
    { name: 'reuseTrail', scope: 'cdcl', type: 'number', def: 0, min: 0, max: 1, help: 'restarts keep the decision levels the next decisions would rebuild (1 = on; 0 = restart to level 0, the default: on the BohanLi job shops it took 4-5 times the conflicts, and on lazy difference logic it saved 8% of the matrix work per conflict but not conflicts)' },
    { name: 'restartBlock', scope: 'cdcl', type: 'number', def: 1.4, min: 0, max: 100, help: 'block restarts when trail > this * average (0 = off)' },
    { name: 'emaFast', scope: 'cdcl', type: 'number', def: 1 / 32, min: 1e-6, max: 1, help: 'fast LBD average smoothing' },
    { name: 'emaSlow', scope: 'cdcl', type: 'number', def: 1 / 4096, min: 1e-9, max: 1, help: 'slow LBD average smoothing' },
    { name: 'coreLbd', scope: 'cdcl', type: 'number', def: 2, min: 1, max: 1e9, help: 'keep learnt clauses with LBD <= this' },
    { name: 'tier2Lbd', scope: 'cdcl', type: 'number', def: 6, min: 1, max: 1e9, help: 'keep used learnt clauses with LBD <= this' },
    { name: 'reduceFirst', scope: 'cdcl', type: 'number', def: 2000, min: 1, max: 1e9, help: 'conflicts before first reduction' },
    { name: 'reduceInc', scope: 'cdcl', type: 'number', def: 300, min: 0, max: 1e9, help: 'reduction interval increment' },
    { name: 'vivify', scope: 'cdcl', type: 'number', def: 0, min: 0, max: 10, help: 'learnt-clause vivification effort relative to search, e.g. 0.1 (0 = off: measured not to pay on random, pigeonhole and job-shop CNFs)' },
    { name: 'minimize', scope: 'cdcl', type: 'number', def: 1, min: 0, max: 1, help: 'learnt clause minimisation (0 = off, 1 = recursive)' },
    { name: 'elim', scope: 'cdcl', type: 'number', def: 1, min: 0, max: 1, help: 'bounded variable elimination before the first search' },
    { name: 'elimMinClauses', scope: 'cdcl', type: 'number', def: 4000, min: 0, max: 1e12, help: 'preprocessing (elimination, subsumption) only for CNFs of at least this many clauses: below, in a fresh process it costs more than it saves (0 = always)' },
    { name: 'subsume', scope: 'cdcl', type: 'number', def: 1, min: 0, max: 1, help: 'subsumption and strengthening in preprocessing' },
    { name: 'subsumeLimit', scope: 'cdcl', type: 'number', def: 2e7, min: 0, max: 1e12, help: 'subsumption: literal visits per round' },
    { name: 'elimLateConflicts', scope: 'cdcl', type: 'number', def: 1000, min: 0, max: 1e12, help: 'a CNF below elimMinClauses that the first search leaves undecided after this many conflicts is preprocessed then, its learnt clauses dropped (0 = never)' },
    { name: 'elimClauseLimit', scope: 'cdcl', type: 'number', def: 20, min: 2, max: 1e9, help: 'elimination: maximum resolvent length' },
    { name: 'elimOccLimit', scope: 'cdcl', type: 'number', def: 100, min: 2, max: 1e9, help: 'elimination: maximum occurrences of a variable' },
    { name: 'checkInterval', scope: 'cdcl', type: 'number', def: 1024, min: 1, max: 1e9, help: 'conflicts between shouldStop calls' },
    { name: 'seed', scope: 'cdcl', type: 'number', def: 0, min: 0, max: SEED_RANGE, help: 'random seed of the initial variable order (0 = none)' },
];
/**
 * The row named `name` in one of `scopes`, or undefined.
 * @example findRow('timeout', ['script'])!.def // 0
 */
function findRow(name, scopes) {
    return OPTION_ROWS.find((r) => r.name === name && scopes.includes(r.scope));
}
/**
 * The rows of `scopes`, in table order.
 * @example rowsOf(['cdcl']).length // 32, the CDCL solver's options
 */
export function rowsOf(scopes) {
    return OPTION_ROWS.filter((r) => scopes.includes(r.scope));
}
/**
 * The default of option `name` of scope `scope`, typed from the table (a compile error for a
 * name the scope does not have).
 * @example optionDefault('resource', 'resourceCliques') // 64
 */
export function optionDefault(scope, name) {
    const row = findRow(name, [scope]);
    return row?.def;
}
/**
 * The largest random seed of any solver: the `max` of the CDCL `seed` row (`eagersmt sat
 * --seed`, the service's jobs and the presets' `seed` share it).
 */
export const MAX_SEED = findRow('seed', ['cdcl']).max;
//# sourceMappingURL=table.js.map