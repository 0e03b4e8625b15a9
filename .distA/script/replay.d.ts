import type { SExpr } from '../smtlib/sexpr.js';
import { type CheckPoint } from './executor.js';
export type { CheckPoint };
/**
 * The state of `problem` at its `n`-th (1-based) `check-sat` or `check-sat-assuming`, or
 * undefined when it has fewer checks. `added` are Boolean terms asserted there on top of the
 * script's assertions (a check an optimisation added: its certificate names them), elaborated
 * in the scope of that check and put after the script's assertions, as the solver did.
 * @throws EagerSmtError when a term of `added` is not a Boolean term in that scope.
 * @example replayToCheck('(declare-const x Int)(assert (< x 0))(check-sat)', 'p.smt2', 1)!.assertions.length === 1
 */
export declare function replayToCheck(problem: string, file: string, n: number, added?: readonly SExpr[]): CheckPoint | undefined;
