/**
 * The assertions of a small test script, read by the SMT-LIB context without running it: for
 * unit tests of passes that take assertions (resource reasoning), and need their term store.
 */
import { Context } from '../../src/smtlib/context.js';
import { parseScript } from '../../src/smtlib/parser.js';
import type { SExpr } from '../../src/smtlib/sexpr.js';

/** The assertions of a script of declare-const / declare-fun / assert commands. */
export function assertionsOf(text: string) {
  return contextOf(text).assertions();
}

/** The context (store and assertions) of a script of declare-const / declare-fun / assert commands. */
export function contextOf(text: string): Context {
  const ctx = new Context('<test>');
  for (const cmd of parseScript(text, '<test>')) {
    if (!('kind' in cmd) || cmd.kind !== 'list') throw new Error('bad test script');
    const [head, ...a] = cmd.items as [SExpr & { name: string }, ...SExpr[]];
    if (head.name === 'declare-const') ctx.declareConst((a[0] as { name: string }).name, ctx.sort(a[1]!), a[0]!.pos);
    else if (head.name === 'declare-fun') ctx.declareConst((a[0] as { name: string }).name, ctx.sort(a[2]!), a[0]!.pos);
    else if (head.name === 'assert') ctx.assert(ctx.term(a[0]!));
  }
  return ctx;
}

