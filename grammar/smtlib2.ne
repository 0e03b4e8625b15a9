# The syntax of one SMT-LIB 2.6 top-level command: a parenthesised list of S-expressions
# (The SMT-LIB Standard 2.6, section 3.2: <s_expr> ::= <spec_constant> | <symbol> | <keyword>
# | ( <s_expr>* )). The tokens come from the moo lexer in src/smtlib/lexer.ts, which also owns
# the lexical syntax of each atom (numerals, strings, quoted symbols, ...). Postprocessors turn
# the parse into the plain `SExpr` objects of src/smtlib/sexpr.ts, so later stages never see the
# grammar's shape.
#
# This grammar is the definition of the structure of commands. The parser (src/smtlib/parser.ts)
# reads with a direct stack-based builder by default, and a test checks on every test input that
# the two give the same trees and errors. In grammar mode the parser replays the lexer's tokens
# into a fresh Earley parse per
# top-level command (start symbol `command`); a command of more than a few hundred tokens is
# parsed in chunks, runs of whole S-expressions (start symbol `items`), and only the outer frames
# of its huge lists are assembled there. Choices that keep a parse cheap: atoms are one token
# class, `%atom` (3 Earley items predicted per position instead of 10); the item list is
# left-recursive (constant chart work per token, where right recursion would pile up completions)
# and its postprocessor appends in place instead of copying (`concat` would make a list of n items
# cost O(n^2)); in-place append is sound because the grammar is unambiguous, which the parser
# checks (exactly one parse each time).

@preprocessor typescript

@{%
import type { Token } from 'moo';
import type { Pos, SExpr } from './sexpr.js';
import { ATOM_TYPES, atomOf, lexer } from './lexer.js';

// `%atom` is not a type the lexer makes (`lexer.has('atom')` is false), so nearley matches it with
// this object: any token the lexer classifies as an atom (`numeral`, `string`, `symbol`, ...).
// `var ...: any` because nearleyc also emits `declare var atom: any`.
var atom: any = { test: (t: Token) => ATOM_TYPES.has(t.type!) };

const pos = (t: Token): Pos => ({ line: t.line, col: t.col });

const toAtom = ([t]: Token[]): SExpr => atomOf(t!);

const toList = (d: any[]): SExpr => ({ kind: 'list', items: d[1], pos: pos(d[0]) });
const append = (d: any[]): SExpr[] => {
  d[0].push(d[1]);
  return d[0];
};
%}

@lexer lexer

command -> list                      {% id %}

sexpr   -> list                      {% id %}
         | %atom                     {% toAtom %}

list    -> %lparen items %rparen     {% toList %}

items   -> null                      {% () => [] %}
         | items sexpr               {% append %}
