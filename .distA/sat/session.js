/**
 * The incremental SAT session interface, in the shape of IPASIR (Balyo, Biere, Iser & Sinz,
 * "SAT Race 2015", AI 2016) and CaDiCaL's API: clauses are added once and kept, assumptions
 * hold for the next `solve` only, and after `sat` the model, after `unsat` the failed
 * assumptions can be read. Everything above the SAT layer solves through a session:
 * `cdcl/session.ts` implements it directly on the built-in CDCL core (kept alive across
 * solves), `oneshot-session.ts` over any one-shot backend (worker thread, external program,
 * the distributed service).
 *
 * A session is a small state machine (CaDiCaL's `configuring/adding/satisfied/unsatisfied/
 * unknown`):
 *
 *     adding  --solve-->  sat | unsat | unknown  --add/assume-->  adding
 *        ^                        |  --solve--> (again)
 *        '------------------------'
 *
 * `value`/`model` need state `sat`, `failed`/`failedAssumptions` need `unsat`, `reason` is
 * set in `unknown`; a `solve` while another runs, and any use after `close`, are misuse.
 * Misuse throws `ContractError`.
 */
import { ContractError } from '../errors.js';
/**
 * Throws the ContractError for calling `what` in state `state` unless it is `wanted`.
 * @example expectState(this.state, 'sat', 'model()');
 */
export function expectState(state, wanted, what) {
    if (state !== wanted)
        throw new ContractError(`${what} needs state '${wanted}', the session is '${state}'`);
}
//# sourceMappingURL=session.js.map