/**
 * The public API of eagersmt: re-exports, and the one piece of wiring of the package's
 * composition root (the file sink, below). Terms are built with free functions (api/expr.ts
 * says why there is no `Context` object) and checked by a `Solver`; `solveSmtLib` runs SMT-LIB
 * text and returns its responses as data.
 */
export { Solver, type CheckOptions, type CheckStatus, type Model, type ObjectiveResult, type SolverOptions } from './api/solver.js';
export { And, BitVec, BitVecVal, Bool, BoolVal, Distinct, If, Implies, Int, IntVal, Not, Or, Xor } from './api/builders.js';
export type { AnyExpr, Arith, ArithLike, BitVecLike, BoolLike, Expr } from './api/expr.js';
export { solveSmtLib, type SmtLibResult, type SolveSmtLibOptions } from './script/solve.js';
export { Script, type ScriptOptions } from './script/script.js';
export type { Response } from './smtlib/responses.js';
export { BitVecValue, type ModelValue } from './model/value.js';
export type { CheckStats } from './engine/check.js';
export { defaultOptions, optionTable, type EngineOptions } from './engine/options.js';
export type { CheckSink, RefutationTarget, AppliedEncoding } from './engine/sink.js';
export { fileSink, installFileSink } from './proof/files.js';
export { checkCertificate } from './proof/check.js';
export { checkUnsatInWorker, installUnsatChecker } from './proof/verify-unsat.js';
export type { UnsatChecker, UnsatVerdict } from './sat/verify.js';
export type { Verdict } from './proof/verdict.js';
export { ParseError, SortError, UnsupportedError, ContractError, BackendError, EagerSmtError } from './errors.js';
export { registerBackend, createBackend, backendNames } from './sat/registry.js';
export type { SatBackend, SatOutcome, SatLimits, SatStatus, BackendSpec } from './sat/backend.js';
export type { SatSession, SessionState, SessionCapabilities } from './sat/session.js';
export { Cnf } from './cnf/cnf.js';
