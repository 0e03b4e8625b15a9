import type { CheckStats } from '../engine/check.js';
import { type EngineOptions } from '../engine/options.js';
import type { Response } from '../smtlib/responses.js';
export interface ScriptOptions extends Partial<EngineOptions> {
    /** File name used in error locations (default `<input>`). */
    file?: string;
    /** Cancels a running check (its answer becomes `unknown`, reason `canceled`). */
    signal?: AbortSignal;
    /** Called with each response as soon as it is produced. */
    onResponse?: (r: Response) => void;
    /** Called with diagnostics that are not part of the SMT-LIB output. */
    onDiagnostic?: (message: string) => void;
    /**
     * What `timeout` (seconds) bounds: `run` (default) the whole script from `startedAt`, reading
     * included; `check` each check alone (as `(set-option :timeout ms)`), for an interactive client
     * whose waiting must not count.
     */
    timeoutPer?: 'run' | 'check';
    /** Where a `run` timeout counts from, on the `Date.now()` scale (default: now). */
    startedAt?: number;
    /** The largest command, in characters (default `MAX_COMMAND_CHARS`, 256 MiB). */
    maxCommandChars?: number;
}
export declare class Script {
    private readonly executor;
    private readonly reader;
    private readonly file;
    private readonly signal;
    private deadline;
    private stopped;
    /**
     * A script with nothing read yet. Throws ContractError for a bad backend choice.
     * @example const s = new Script({ onResponse: (r) => console.log(r.text) }); await s.feed('(check-sat)');
     */
    constructor(options?: ScriptOptions);
    /**
     * True after `exit`, a fatal reading error, or the time limit of the run while reading.
     * @example await s.feed('(exit)'); s.done // true
     */
    get done(): boolean;
    /**
     * Statistics of every check so far.
     * @example s.checks.length
     */
    get checks(): CheckStats[];
    /**
     * Reads a chunk and runs every command it completes.
     * @example await s.feed('(declare-const x Int)(assert (> x 0))(check-sat)\n');
     */
    feed(chunk: string): Promise<void>;
    /**
     * The end of the input: reports an unfinished command, if any.
     * @example await s.end();
     */
    end(): Promise<void>;
    /**
     * Gives up reading because the time limit of the run has passed (the CLI calls it while it
     * waits for input): nothing more is executed.
     * @example s.timeUp();
     */
    timeUp(): void;
    private run;
}
