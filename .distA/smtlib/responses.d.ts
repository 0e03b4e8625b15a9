/**
 * The responses of an SMT-LIB script as data (SMT-LIB 2.6 §4.2, "General responses" and the
 * specific responses of each command): the script executor emits one `Response` per output,
 * and each carries the exact `text` it prints, so a caller can read the answers as values and
 * still reproduce the output byte for byte.
 */
import type { ModelValue } from '../model/value.js';
export type Response = 
/** `success` under `:print-success true`. */
{
    kind: 'success';
    text: string;
}
/** `unsupported`: an option or info keyword eagersmt does not know, or `get-interpolant`. */
 | {
    kind: 'unsupported';
    text: string;
}
/** `(error "...")`: `message` is the unquoted text, location first. */
 | {
    kind: 'error';
    message: string;
    text: string;
}
/** The answer of `check-sat` / `check-sat-assuming`; `reason` for `unknown`. */
 | {
    kind: 'check';
    status: 'sat' | 'unsat' | 'unknown';
    reason?: string;
    text: string;
}
/** `get-model`: the declared constants in declaration order. */
 | {
    kind: 'model';
    values: {
        name: string;
        sort: string;
        value: ModelValue;
    }[];
    text: string;
}
/** `get-value`: each term as written in the script, with its value. */
 | {
    kind: 'values';
    values: {
        term: string;
        value: ModelValue;
    }[];
    text: string;
}
/** `get-assignment`: the named Boolean terms. */
 | {
    kind: 'assignment';
    values: {
        name: string;
        value: boolean;
    }[];
    text: string;
}
/** `get-assertions`: each assertion in scope as written. */
 | {
    kind: 'assertions';
    assertions: string[];
    text: string;
}
/** `get-unsat-core` (names, then failed assumptions as written) / `get-unsat-assumptions`. */
 | {
    kind: 'core';
    names: string[];
    text: string;
}
/** `echo`: the string, unquoted. */
 | {
    kind: 'echo';
    value: string;
    text: string;
}
/** `get-info` / `get-option`: the response as printed, e.g. `(:name "eagersmt")` or `true`. */
 | {
    kind: 'info';
    text: string;
}
/**
 * `get-objectives` (Z3's extension): each objective as written, with what the last
 * optimisation found of it (engine/optimize.ts: its status, the value in the model, the bound).
 */
 | {
    kind: 'objectives';
    objectives: {
        term: string;
        status: 'optimal' | 'unbounded' | 'bounds' | 'skipped';
        value?: bigint;
        bound?: bigint;
    }[];
    text: string;
}
/** `simplify` (Z3's extension): the rewritten term as printed. */
 | {
    kind: 'term';
    text: string;
};
