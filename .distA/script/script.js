/**
 * An SMT-LIB script fed as it arrives: the command reader (smtlib/reader.ts) cuts the input into
 * whole commands, and the executor (executor.ts) runs each as soon as it is complete, so a
 * response is out before the next command has been read. The `eagersmt` command's REPL and
 * `solveSmtLib` both run scripts through this class.
 *
 * Feeding is sequential: `feed` resolves after every command the chunk completed has run
 * (a check included). After `exit`, or a fatal reading error (a NUL character, a command above
 * the size limit), `done` is true and later input is ignored.
 */
import { backendChoice } from '../engine/backend.js';
import { withDefaults } from '../engine/options.js';
import { LimitReached, ParseError } from '../errors.js';
import { parseScript } from '../smtlib/parser.js';
import { CommandReader } from '../smtlib/reader.js';
import { Executor } from './executor.js';
export class Script {
    executor;
    reader;
    file;
    signal;
    deadline;
    stopped = false;
    /**
     * A script with nothing read yet. Throws ContractError for a bad backend choice.
     * @example const s = new Script({ onResponse: (r) => console.log(r.text) }); await s.feed('(check-sat)');
     */
    constructor(options = {}) {
        const { file, signal, onResponse, onDiagnostic, timeoutPer, startedAt, maxCommandChars, ...rest } = options;
        const engine = withDefaults(rest);
        backendChoice(engine);
        this.file = file ?? '<input>';
        this.signal = signal;
        this.executor = new Executor(engine, { out: () => { }, response: onResponse, diag: onDiagnostic }, this.file, signal);
        this.reader = new CommandReader(this.file, maxCommandChars);
        if (engine.timeout > 0) {
            if (timeoutPer === 'check')
                this.executor.setCheckTimeout(engine.timeout * 1000);
            else
                this.executor.setDeadline((this.deadline = (startedAt ?? Date.now()) + engine.timeout * 1000));
        }
    }
    /**
     * True after `exit`, a fatal reading error, or the time limit of the run while reading.
     * @example await s.feed('(exit)'); s.done // true
     */
    get done() {
        return this.stopped || this.executor.done;
    }
    /**
     * Statistics of every check so far.
     * @example s.checks.length
     */
    get checks() {
        return this.executor.checks;
    }
    /**
     * Reads a chunk and runs every command it completes.
     * @example await s.feed('(declare-const x Int)(assert (> x 0))(check-sat)\n');
     */
    async feed(chunk) {
        if (this.done)
            return;
        await this.run(this.reader.feed(chunk));
    }
    /**
     * The end of the input: reports an unfinished command, if any.
     * @example await s.end();
     */
    async end() {
        if (this.done)
            return;
        await this.run(this.reader.end());
    }
    /**
     * Gives up reading because the time limit of the run has passed (the CLI calls it while it
     * waits for input): nothing more is executed.
     * @example s.timeUp();
     */
    timeUp() {
        if (this.done)
            return;
        this.stopped = true;
        this.executor.stopReading('timeout', false);
    }
    async run(segments) {
        const poll = () => {
            if (this.signal?.aborted)
                throw new LimitReached('canceled');
            if (this.deadline !== undefined && Date.now() >= this.deadline)
                throw new LimitReached('timeout');
        };
        for (let k = 0; k < segments.length; k++) {
            const seg = segments[k];
            if (seg instanceof ParseError) {
                this.executor.error(seg.message);
                this.stopped = true;
                return;
            }
            try {
                for (const item of parseScript(seg.text, this.file, poll, seg, 'direct', this.executor.reducer)) {
                    if (item instanceof ParseError)
                        this.executor.error(item.message);
                    else
                        await this.executor.execute(item);
                    if (this.executor.done)
                        return;
                }
            }
            catch (e) {
                if (!(e instanceof LimitReached))
                    throw e;
                const ahead = segments.slice(k).some((s) => !(s instanceof ParseError) && s.text.includes('check-sat'));
                this.stopped = true;
                this.executor.stopReading(e.reason, ahead);
                return;
            }
        }
    }
}
//# sourceMappingURL=script.js.map