/**
 * The public API of eagersmt: re-exports only.
 */
export { solveSmtLib, type SolveSmtLibOptions } from './api/smtlib.js';
export { defaultOptions, optionTable, type EngineOptions } from './engine/options.js';
export { Script, type ScriptIO } from './smtlib/script.js';
export { ParseError, SortError, UnsupportedError, ContractError, BackendError, EagerSmtError } from './errors.js';
export { registerBackend, createBackend, backendNames } from './sat/backend.js';
export type { SatBackend, SatOutcome, SatLimits, SatStatus } from './sat/backend.js';
export { Cnf } from './cnf/cnf.js';
