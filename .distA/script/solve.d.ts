/**
 * Running SMT-LIB text through the library: a `Script` (script.ts: the command reader and the
 * executor) fed the whole text, with the responses returned as data. To feed a script command
 * by command, as an interactive client does, use `Script` itself. The `eagersmt` command runs scripts through this function too,
 * printing each response as it is produced (`onResponse`), so the CLI and the library share one
 * code path.
 */
import type { CheckStats } from '../engine/check.js';
import type { EngineOptions } from '../engine/options.js';
import type { Response } from '../smtlib/responses.js';
export interface SolveSmtLibOptions extends Partial<EngineOptions> {
    /** File name used in error locations (default `<input>`). */
    file?: string;
    /** Cancels a running check (its answer becomes `unknown`, reason `canceled`). */
    signal?: AbortSignal;
    /** Called with each response as soon as it is produced (before the script goes on). */
    onResponse?: (r: Response) => void;
    /** Called with diagnostics that are not part of the SMT-LIB output (e.g. why a check gave up). */
    onDiagnostic?: (message: string) => void;
    /** Where `timeout` counts from, on the `Date.now()` scale (default: the call). */
    startedAt?: number;
}
export interface SmtLibResult {
    /** Every response, in order. */
    responses: Response[];
    /** The output as the CLI prints it: each response's text followed by a newline. */
    text: string;
    /** Statistics of each check (times, CNF size, encodings), in order. */
    checks: CheckStats[];
}
/**
 * Runs an SMT-LIB 2.6 script. Errors in the script are responses (`kind: 'error'`), as with
 * Z3's default `:error-behavior`; only bad solver options (an unknown name, a value outside the
 * options table's choices, contradictory backend options) throw ContractError, before anything runs.
 * @example
 * const { responses, text } = await solveSmtLib('(declare-const x Int)(assert (> x 2))(check-sat)');
 * responses[0] // { kind: 'check', status: 'sat', text: 'sat' }
 * text         // 'sat\n'
 */
export declare function solveSmtLib(script: string, options?: SolveSmtLibOptions): Promise<SmtLibResult>;
