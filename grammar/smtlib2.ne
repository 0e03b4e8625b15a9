# The syntax of one SMT-LIB 2.6 top-level command: a parenthesised list of S-expressions
# (The SMT-LIB Standard 2.6, section 3.2: <s_expr> ::= <spec_constant> | <symbol> | <keyword>
# | ( <s_expr>* )). The tokens come from the moo lexer in src/smtlib/lexer.ts, which also owns
# the lexical syntax of each atom (numerals, strings, quoted symbols, ...). Postprocessors turn
# the parse into the plain `SExpr` objects of src/smtlib/sexpr.ts, so later stages never see the
# grammar's shape.
#
# The parser (src/smtlib/parser.ts) runs one fresh Earley parse per top-level command, so the
# chart never holds more than one command. Two choices keep that parse cheap and safe on deep
# input: the item list is left-recursive (Earley handles left recursion in constant chart size
# per token) and its postprocessor appends in place instead of copying (`concat` would make a
# list of n items cost O(n^2)); in-place append is sound because the grammar is unambiguous,
# which the parser checks (exactly one parse per command).

@preprocessor typescript

@{%
import type { Token } from 'moo';
import type { Pos, SExpr } from './sexpr.js';
import { lexer } from './lexer.js';

const pos = (t: Token): Pos => ({ line: t.line, col: t.col });

const toList = (d: any[]): SExpr => ({ kind: 'list', items: d[1], pos: pos(d[0]) });
const append = (d: any[]): SExpr[] => {
  d[0].push(d[1]);
  return d[0];
};
const toSymbol = (d: any[]): SExpr => ({ kind: 'symbol', name: d[0].value, quoted: false, pos: pos(d[0]) });
const toQsymbol = (d: any[]): SExpr => ({ kind: 'symbol', name: d[0].value, quoted: true, pos: pos(d[0]) });
const toKeyword = (d: any[]): SExpr => ({ kind: 'keyword', name: d[0].value, pos: pos(d[0]) });
const toNumeral = (d: any[]): SExpr => ({ kind: 'numeral', value: BigInt(d[0].value), pos: pos(d[0]) });
const toDecimal = (d: any[]): SExpr => ({ kind: 'decimal', text: d[0].value, pos: pos(d[0]) });
const toHex = (d: any[]): SExpr => ({ kind: 'hex', digits: d[0].value, pos: pos(d[0]) });
const toBinary = (d: any[]): SExpr => ({ kind: 'binary', digits: d[0].value, pos: pos(d[0]) });
const toStringLiteral = (d: any[]): SExpr => ({ kind: 'string', value: d[0].value, pos: pos(d[0]) });
%}

@lexer lexer

command -> list                      {% id %}

sexpr   -> list                      {% id %}
         | %symbol                   {% toSymbol %}
         | %qsymbol                  {% toQsymbol %}
         | %keyword                  {% toKeyword %}
         | %numeral                  {% toNumeral %}
         | %decimal                  {% toDecimal %}
         | %hex                      {% toHex %}
         | %binary                   {% toBinary %}
         | %string                   {% toStringLiteral %}

list    -> %lparen items %rparen     {% toList %}

items   -> null                      {% () => [] %}
         | items sexpr               {% append %}
