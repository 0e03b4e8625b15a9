/**
 * Replaying a script's declarations and assertions up to one of its checks, for the proof
 * checkers (`check-proof`): they re-read the original problem on their own rather than trust
 * what the solver saw. Only the commands that change the assertion stack are executed
 * (declarations, definitions, `assert`, `push`/`pop`, `reset`, `reset-assertions`); a command
 * that fails to parse or elaborate has no effect, as in the solver.
 */
import { EagerSmtError, ParseError, UnsupportedError } from '../errors.js';
import type { Term } from '../terms/term.js';
import { Context } from './context.js';
import { parseScript } from './parser.js';
import type { SExpr } from './sexpr.js';

export interface CheckPoint {
  /** The assertions on the stack at the check. */
  assertions: Term[];
  /** The assumptions of a `check-sat-assuming` (else none). */
  assumptions: Term[];
  /** The constants declared at the check. */
  declared: Term[];
}

/**
 * The state of `problem` at its `n`-th (1-based) `check-sat` or `check-sat-assuming`, or
 * undefined when it has fewer checks.
 * @example replayToCheck('(declare-const x Int)(assert (< x 0))(check-sat)', 'p.smt2', 1)!.assertions.length === 1
 * @throws UnsupportedError for uninterpreted functions with arguments.
 */
export function replayToCheck(problem: string, file: string, n: number): CheckPoint | undefined {
  let ctx = new Context(file);
  let checks = 0;
  for (const cmd of parseScript(problem, file)) {
    if (cmd instanceof ParseError) continue; // the solver skipped it too
    if (cmd.kind !== 'list' || cmd.items[0]?.kind !== 'symbol') continue;
    const a = cmd.items.slice(1);
    if (cmd.items[0].name === 'declare-fun' && list(a[1]).length > 0) throw new UnsupportedError('problem: uninterpreted functions');
    try {
      switch (cmd.items[0].name) {
        case 'declare-const':
          ctx.declareConst(sym(a[0], file), ctx.sort(a[1]!), a[0]!.pos);
          break;
        case 'declare-fun':
          ctx.declareConst(sym(a[0], file), ctx.sort(a[2]!), a[0]!.pos);
          break;
        case 'define-fun':
          ctx.defineFun(sym(a[0], file), list(a[1]).map((p) => [sym(list(p)[0], file), ctx.sort(list(p)[1]!)] as [string, ReturnType<Context['sort']>]), ctx.sort(a[2]!), a[3]!, a[0]!.pos);
          break;
        case 'define-sort':
          ctx.defineSort(sym(a[0], file), list(a[1]).map((e) => sym(e, file)), a[2]!, a[0]!.pos);
          break;
        case 'declare-sort':
          ctx.declareSort(sym(a[0], file), a[1] ? Number(num(a[1], file)) : 0, a[0]!.pos);
          break;
        case 'assert': {
          const t = ctx.term(a[0]!);
          if (t.sort.name === 'Bool') ctx.assert(t);
          break;
        }
        case 'push':
          ctx.push(a[0] ? Number(num(a[0], file)) : 1);
          break;
        case 'pop':
          ctx.pop(a[0] ? Number(num(a[0], file)) : 1, cmd.pos);
          break;
        case 'reset':
          ctx = new Context(file);
          break;
        case 'reset-assertions':
          ctx.resetAssertions();
          break;
        case 'check-sat':
        case 'check-sat-assuming': {
          const assumptions = cmd.items[0].name === 'check-sat' ? [] : list(a[0]).map((e) => ctx.term(e));
          if (++checks === n) return { assertions: [...ctx.assertions()], assumptions, declared: [...ctx.declared()] };
          break;
        }
        default:
          break;
      }
    } catch (e) {
      if (!(e instanceof EagerSmtError)) throw e;
      // an erroneous command has no effect, as in the solver
    }
  }
  return undefined;
}

function list(e: SExpr | undefined): SExpr[] {
  return e?.kind === 'list' ? e.items : [];
}

function sym(e: SExpr | undefined, file: string): string {
  if (e?.kind !== 'symbol') throw new ParseError(file, e?.pos.line ?? 0, e?.pos.col ?? 0, 'expected a symbol');
  return e.name;
}

function num(e: SExpr | undefined, file: string): bigint {
  if (e?.kind !== 'numeral') throw new ParseError(file, e?.pos.line ?? 0, e?.pos.col ?? 0, 'expected a numeral');
  return e.value;
}
