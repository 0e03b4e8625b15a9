import { Script } from './script.js';
/**
 * Runs an SMT-LIB 2.6 script. Errors in the script are responses (`kind: 'error'`), as with
 * Z3's default `:error-behavior`; only bad solver options (an unknown name, a value outside the
 * options table's choices, contradictory backend options) throw ContractError, before anything runs.
 * @example
 * const { responses, text } = await solveSmtLib('(declare-const x Int)(assert (> x 2))(check-sat)');
 * responses[0] // { kind: 'check', status: 'sat', text: 'sat' }
 * text         // 'sat\n'
 */
export async function solveSmtLib(script, options = {}) {
    const { onResponse, ...rest } = options;
    const responses = [];
    let text = '';
    const runner = new Script({
        ...rest,
        onResponse: (r) => {
            responses.push(r);
            text += r.text + '\n';
            onResponse?.(r);
        },
    });
    await runner.feed(script);
    await runner.end();
    return { responses, text, checks: runner.checks };
}
//# sourceMappingURL=solve.js.map