/**
 * The one error hierarchy of eagersmt. Every error that user input can provoke is an
 * `EagerSmtError`; messages put the location first (`f.smt2:3:14: unknown sort 'Real'`).
 * Library code throws these and never exits the process; the CLI and the script interpreter
 * turn them into SMT-LIB `(error "...")` responses.
 */
/** Where something is in a source text: 1-based line and column. */
export interface SourceLoc {
    file: string;
    line: number;
    col: number;
}
/** Base class: `message` is the full text including the location prefix, if any. */
export declare class EagerSmtError extends Error {
    constructor(message: string);
}
/** Lexical or syntactic error in SMT-LIB or DIMACS input. */
export declare class ParseError extends EagerSmtError {
    readonly file: string;
    readonly line: number;
    readonly col: number;
    readonly detail: string;
    constructor(file: string, line: number, col: number, detail: string);
}
/** Ill-sorted term, unknown symbol, wrong arity; located when the source is known. */
export declare class SortError extends EagerSmtError {
    readonly loc?: SourceLoc | undefined;
    constructor(detail: string, loc?: SourceLoc | undefined);
}
/** Well-formed input outside what eagersmt supports (a logic, an operator, a non-difference atom). */
export declare class UnsupportedError extends EagerSmtError {
    readonly loc?: SourceLoc | undefined;
    constructor(detail: string, loc?: SourceLoc | undefined);
}
/** Misuse of an API or of the script's state machine (e.g. `get-model` without a model). */
export declare class ContractError extends EagerSmtError {
    readonly loc?: SourceLoc | undefined;
    constructor(detail: string, loc?: SourceLoc | undefined);
}
/** A SAT backend failed (crashed worker, bad output); the answer becomes `unknown`. */
export declare class BackendError extends EagerSmtError {
}
/**
 * A resource limit (time-out, cancellation) was reached inside a long computation such as
 * the encoder; the check answers `unknown` with `reason`.
 */
export declare class LimitReached extends Error {
    readonly reason: 'timeout' | 'canceled' | 'memory limit';
    constructor(reason: 'timeout' | 'canceled' | 'memory limit');
}
/** Raised by `assert` below: a broken internal invariant, i.e. a bug in eagersmt. */
export declare class InternalError extends Error {
    constructor(message: string);
}
/** Checks an internal invariant. */
export declare function assert(cond: unknown, message?: string): asserts cond;
/** For the default branch of a switch over a closed union of kinds. */
export declare function assertExhaustive(x: never, what?: string): never;
