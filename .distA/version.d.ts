/** The solver's name and version, as `(get-info :name)`, `:version` and `--version` report them. */
export declare const SOLVER_NAME = "eagersmt";
export declare const SOLVER_VERSION = "0.1.0";
