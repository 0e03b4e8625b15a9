/**
 * The assertions of a small test script, elaborated without running it: for unit tests of
 * passes that take assertions (resource reasoning), and need their term store.
 */
import { Elaborator } from '../../src/smtlib/elaborate.js';
import { parseScript } from '../../src/smtlib/parser.js';
import type { SExpr } from '../../src/smtlib/sexpr.js';
import type { Term, TermStore } from '../../src/terms/term.js';

/** The assertions of a script of declare-const / declare-fun / assert commands. */
export function assertionsOf(text: string) {
  return contextOf(text).assertions();
}

/** The store and assertions of a script of declare-const / declare-fun / assert commands. */
export function contextOf(text: string): { store: TermStore; assertions(): Term[] } {
  const elab = new Elaborator('<test>');
  const assertions: Term[] = [];
  for (const cmd of parseScript(text, '<test>')) {
    if (!('kind' in cmd) || cmd.kind !== 'list') throw new Error('bad test script');
    const [head, ...a] = cmd.items as [SExpr & { name: string }, ...SExpr[]];
    if (head.name === 'declare-const') elab.declareConst((a[0] as { name: string }).name, elab.sort(a[1]!), a[0]!.pos);
    else if (head.name === 'declare-fun') elab.declareConst((a[0] as { name: string }).name, elab.sort(a[2]!), a[0]!.pos);
    else if (head.name === 'assert') assertions.push(elab.term(a[0]!));
  }
  return { store: elab.store, assertions: () => assertions };
}
