/** The solver's name and version, as `(get-info :name)`, `:version` and `--version` report them. */
export const SOLVER_NAME = 'eagersmt';
export const SOLVER_VERSION = '0.1.0';
//# sourceMappingURL=version.js.map