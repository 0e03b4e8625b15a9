/**
 * The public API of eagersmt: re-exports, and the one piece of wiring of the package's
 * composition root (the file sink, below). Terms are built with free functions (api/expr.ts
 * says why there is no `Context` object) and checked by a `Solver`; `solveSmtLib` runs SMT-LIB
 * text and returns its responses as data.
 */
export { Solver } from './api/solver.js';
export { And, BitVec, BitVecVal, Bool, BoolVal, Distinct, If, Implies, Int, IntVal, Not, Or, Xor } from './api/builders.js';
export { solveSmtLib } from './script/solve.js';
export { Script } from './script/script.js';
export { BitVecValue } from './model/value.js';
export { defaultOptions, optionTable } from './engine/options.js';
export { fileSink, installFileSink } from './proof/files.js';
export { checkCertificate } from './proof/check.js';
export { checkUnsatInWorker, installUnsatChecker } from './proof/verify-unsat.js';
export { ParseError, SortError, UnsupportedError, ContractError, BackendError, EagerSmtError } from './errors.js';
export { registerBackend, createBackend, backendNames } from './sat/registry.js';
export { Cnf } from './cnf/cnf.js';
import { installFileSink } from './proof/files.js';
// The options `proof` and `dumpCnf` of the library write files, as the CLI's flags do.
installFileSink();
import { installUnsatChecker } from './proof/verify-unsat.js';
// An external solver's unsat is reported only with a DRAT proof this checker accepted.
installUnsatChecker();
//# sourceMappingURL=index.js.map