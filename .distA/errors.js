/**
 * The one error hierarchy of eagersmt. Every error that user input can provoke is an
 * `EagerSmtError`; messages put the location first (`f.smt2:3:14: unknown sort 'Real'`).
 * Library code throws these and never exits the process; the CLI and the script interpreter
 * turn them into SMT-LIB `(error "...")` responses.
 */
/** Formats a location as `file:line:col`. */
function formatLoc(loc) {
    return `${loc.file}:${loc.line}:${loc.col}`;
}
/** Base class: `message` is the full text including the location prefix, if any. */
export class EagerSmtError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** Lexical or syntactic error in SMT-LIB or DIMACS input. */
export class ParseError extends EagerSmtError {
    file;
    line;
    col;
    detail;
    constructor(file, line, col, detail) {
        super(`${file}:${line}:${col}: ${detail}`);
        this.file = file;
        this.line = line;
        this.col = col;
        this.detail = detail;
    }
}
/** Ill-sorted term, unknown symbol, wrong arity; located when the source is known. */
export class SortError extends EagerSmtError {
    loc;
    constructor(detail, loc) {
        super(loc ? `${formatLoc(loc)}: ${detail}` : detail);
        this.loc = loc;
    }
}
/** Well-formed input outside what eagersmt supports (a logic, an operator, a non-difference atom). */
export class UnsupportedError extends EagerSmtError {
    loc;
    constructor(detail, loc) {
        super(loc ? `${formatLoc(loc)}: ${detail}` : detail);
        this.loc = loc;
    }
}
/** Misuse of an API or of the script's state machine (e.g. `get-model` without a model). */
export class ContractError extends EagerSmtError {
    loc;
    constructor(detail, loc) {
        super(loc ? `${formatLoc(loc)}: ${detail}` : detail);
        this.loc = loc;
    }
}
/** A SAT backend failed (crashed worker, bad output); the answer becomes `unknown`. */
export class BackendError extends EagerSmtError {
}
/**
 * A resource limit (time-out, cancellation) was reached inside a long computation such as
 * the encoder; the check answers `unknown` with `reason`.
 */
export class LimitReached extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'LimitReached';
    }
}
/** Raised by `assert` below: a broken internal invariant, i.e. a bug in eagersmt. */
export class InternalError extends Error {
    constructor(message) {
        super(`internal error: ${message}`);
        this.name = 'InternalError';
    }
}
/** Checks an internal invariant. */
export function assert(cond, message = 'assertion failed') {
    if (!cond)
        throw new InternalError(message);
}
/** For the default branch of a switch over a closed union of kinds. */
export function assertExhaustive(x, what = 'value') {
    throw new InternalError(`unexpected ${what}: ${String(x)}`);
}
//# sourceMappingURL=errors.js.map