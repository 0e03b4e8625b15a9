/**
 * Replaying a script up to one of its checks, for the proof checkers (`check-proof`): they
 * re-read the original problem on their own rather than trust what the solver saw.
 *
 * Replay is the script executor itself (executor.ts) with a hook that skips every check before
 * the n-th and stops the script at the n-th, handing back its assertions, assumptions and
 * declared constants. Every other command is executed as when solving — `set-logic` (in a logic
 * over the reals, numerals are reals), declarations of constants and of uninterpreted
 * functions, definitions, `push`/`pop`, `reset`, `reset-assertions` — and a command that fails
 * to parse or elaborate has no effect, exactly as in the solver; checks are numbered as the
 * solver numbers them.
 */
import { defaultOptions } from '../engine/options.js';
import { Executor } from './executor.js';
/**
 * The state of `problem` at its `n`-th (1-based) `check-sat` or `check-sat-assuming`, or
 * undefined when it has fewer checks. `added` are Boolean terms asserted there on top of the
 * script's assertions (a check an optimisation added: its certificate names them), elaborated
 * in the scope of that check and put after the script's assertions, as the solver did.
 * @throws EagerSmtError when a term of `added` is not a Boolean term in that scope.
 * @example replayToCheck('(declare-const x Int)(assert (< x 0))(check-sat)', 'p.smt2', 1)!.assertions.length === 1
 */
export function replayToCheck(problem, file, n, added = []) {
    let at;
    const stopAtN = (k, point) => {
        if (k !== n)
            return 'skip';
        at = { assertions: [...point.assertions], assumptions: [...point.assumptions], declared: [...point.declared] };
        return 'stop';
    };
    const executor = new Executor(defaultOptions, { out: () => { } }, file, undefined, stopAtN);
    executor.runWithoutChecks(problem);
    if (at !== undefined)
        for (const e of added)
            at.assertions.push(executor.elaborateAssertion(e));
    return at;
}
//# sourceMappingURL=replay.js.map