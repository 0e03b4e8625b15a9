/**
 * The SMT-LIB 2.6 front end: text in, one top-level S-expression (command) at a time out.
 *
 * Pipeline: the moo lexer (lexer.ts) tokenises lazily; a small loop here drops whitespace and
 * comments, tracks the nesting depth with an explicit stack of open parentheses, and cuts the
 * token stream where a top-level list closes. Each command's tokens are then replayed into a
 * fresh nearley parser for grammar/smtlib2.ne (Earley's algorithm; the chart only ever holds one
 * command), which builds the `SExpr`, and we check there is exactly one parse. Nothing recurses on
 * the input's depth: the loop uses an explicit stack and nearley's Earley chart is iterative, so a
 * 100,000-deep list parses without growing the JS stack.
 *
 * Because the cutting loop must balance parentheses anyway, it is the one that reports the
 * structural errors, with the position of the offending token; it only hands nearley balanced
 * commands, which the grammar always accepts (a rejection there is an internal error).
 *
 * Errors are yielded as `ParseError` values, never thrown, and parsing recovers:
 * - a lexical error inside a command (`invalid character '\x01'`, `invalid number '12abc'`,
 *   `invalid hexadecimal literal '#xZZ'`, `invalid character '\' in quoted symbol`, ...) is
 *   reported once; the rest of that command is skipped (balancing parentheses) and parsing resumes
 *   with the next command;
 * - at top level, a stray atom (`expected '(' at top level`, as Z3 rejects it), a stray `)`
 *   (`unexpected ')'`) or a lexical error is reported, and further top-level errors are suppressed
 *   until the next `(`, so a run of garbage gives one error, not one per byte;
 * - an unterminated string literal or quoted symbol (located at its opening delimiter) swallows
 *   the rest of the input, so parsing stops after reporting it; a list still open at the end of
 *   the input is reported at the end position, naming the innermost unclosed `(`:
 *   `missing ')' : '(' opened at 3:5 is never closed`, and parsing stops.
 * A leading byte-order mark (U+FEFF) is skipped; columns on line 1 are counted after it.
 */

import nearley from 'nearley';
import { ParseError, assert } from '../errors.js';
import compiledGrammar from './grammar.gen.js';
import { ATOM_TYPES, lexicalError, newLexer, type Token } from './lexer.js';
import type { SExpr } from './sexpr.js';

const grammar = nearley.Grammar.fromCompiled(compiledGrammar);

/**
 * Parses an SMT-LIB 2.6 script lazily: yields each top-level S-expression as soon as its closing
 * parenthesis has been read, and each error as a `ParseError` value at the point where it occurs,
 * then recovers as described at the top of this file.
 *
 * @param text the whole script
 * @param file the name used in error messages
 * @example
 * for (const item of parseScript('(set-logic QF_IDL)\n(check-sat)', 'a.smt2')) {
 *   if (item instanceof ParseError) console.error(item.message);
 *   else console.log(item.kind, item.pos); // 'list' {line: 1, col: 1}, then 'list' {line: 2, col: 1}
 * }
 */
export function* parseScript(text: string, file: string): Generator<SExpr | ParseError, void, undefined> {
  const lex = newLexer();
  lex.reset(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

  const cmd: Token[] = []; // tokens of the current command, if it is still well-formed
  const open: Token[] = []; // its unclosed '(' tokens, innermost last
  let skipping = false; // the current command had an error: drop its tokens up to its end
  let quiet = false; // a top-level error was reported: stay silent up to the next '('

  for (let tok = lex.next(); tok !== undefined; tok = lex.next()) {
    switch (tok.type) {
      case 'ws':
      case 'comment':
        continue;
      case 'lparen':
        open.push(tok);
        if (!skipping) cmd.push(tok);
        quiet = false;
        continue;
      case 'rparen':
        if (open.length === 0) {
          if (!quiet) yield new ParseError(file, tok.line, tok.col, `unexpected ')'`);
          quiet = true;
          continue;
        }
        open.pop();
        if (!skipping) cmd.push(tok);
        if (open.length === 0) {
          if (!skipping) yield buildCommand(cmd);
          cmd.length = 0;
          skipping = false;
        }
        continue;
    }
    const bad = lexicalError(tok);
    if (bad !== undefined) {
      if (bad.fatal) {
        yield new ParseError(file, bad.line, bad.col, bad.detail);
        return;
      }
      if (open.length === 0) {
        if (!quiet) yield new ParseError(file, bad.line, bad.col, bad.detail);
        quiet = true;
      } else if (!skipping) {
        yield new ParseError(file, bad.line, bad.col, bad.detail);
        skipping = true;
        cmd.length = 0;
      }
      continue;
    }
    assert(ATOM_TYPES.has(tok.type ?? ''), `unknown token type ${tok.type}`);
    if (open.length === 0) {
      if (!quiet) yield new ParseError(file, tok.line, tok.col, `expected '(' at top level`);
      quiet = true;
    } else if (!skipping) {
      cmd.push(tok);
    }
  }

  const innermost = open[open.length - 1];
  if (innermost !== undefined) {
    const end = lex.save();
    yield new ParseError(
      file,
      end.line,
      end.col,
      `missing ')' : '(' opened at ${innermost.line}:${innermost.col} is never closed`,
    );
  }
}

/**
 * Parses a whole text into its top-level S-expressions and throws the first `ParseError`.
 * For tests and for small inputs such as the terms of a `get-value` typed at a prompt.
 *
 * @example
 * const [cmd] = parseSExprs('(assert (> x 1))', '<stdin>');
 * cmd.kind; // 'list'
 * parseSExprs('(assert', 'a.smt2'); // throws "a.smt2:1:8: missing ')' : '(' opened at 1:1 is never closed"
 */
export function parseSExprs(text: string, file: string): SExpr[] {
  const out: SExpr[] = [];
  for (const item of parseScript(text, file)) {
    if (item instanceof ParseError) throw item;
    out.push(item);
  }
  return out;
}

/**
 * Runs the grammar on the tokens of one balanced top-level list.
 * Pre: `tokens` starts with '(' and ends with its matching ')', with only atoms and parentheses.
 * Post: the single parse; anything else means the grammar and the cutting loop disagree (a bug).
 */
function buildCommand(tokens: readonly Token[]): SExpr {
  const parser = new nearley.Parser(grammar, { lexer: new TokenReplay(tokens) });
  parser.feed('');
  assert(parser.results.length === 1, `grammar gave ${parser.results.length} parses of a command`);
  return parser.results[0] as SExpr;
}

/** A nearley lexer that replays tokens moo has already produced. */
class TokenReplay implements nearley.Lexer {
  private next_ = 0;
  constructor(private readonly tokens: readonly Token[]) {}
  reset(): void {}
  next(): Token | undefined {
    return this.tokens[this.next_++];
  }
  save(): nearley.LexerState {
    return {};
  }
  formatError(token: nearley.Token, message: string): string {
    return typeof token === 'string' ? message : `${message} at token '${token.value}'`;
  }
}
