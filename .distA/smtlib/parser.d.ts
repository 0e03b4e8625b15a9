/**
 * The SMT-LIB 2.6 front end: text in, one top-level S-expression (command) at a time out.
 *
 * Pipeline: the lexer tokenises lazily (lexer.ts, or the same lexicon read character by
 * character in scan.ts for the direct reader); a small loop here drops whitespace and
 * comments, tracks the nesting depth with an explicit stack of open parentheses, and cuts the
 * token stream where a top-level list closes. Because the cutting loop must balance parentheses
 * anyway, it is the one that reports structural and lexical errors, at the offending token; what
 * builds the trees only ever sees balanced, well-formed tokens. Two builders do that:
 * - `DirectBuilder` (the default, `'direct'`): one stack of the finished children of the open
 *   lists; a ')' cuts its list's children off it into a list node. One pass, nothing recursive,
 *   no allocation beyond the nodes: two to three times the speed of nearley on the largest
 *   shared benchmarks (CPU time, parsing the whole file in either mode).
 * - `CommandBuilder` (`'grammar'`): each command's tokens are replayed into a fresh nearley
 *   parser for grammar/smtlib2.ne (Earley's algorithm), which builds the `SExpr`, and we check
 *   there is exactly one parse; the grammar always accepts balanced input (a rejection there is
 *   an internal error). The grammar is the definition of the syntax; a test checks that the two
 *   builders give the same trees and the same errors on every test input.
 *
 * Large commands (grammar mode). nearley copes with deep input (its chart is iterative), but every Earley item of
 * a parse stays reachable until the parse ends, so one parse of a huge command is slow and big:
 * measured (CPU time), a 100,000-deep `((...))` took 2.0 s and 240 MB, `(assert (and a (and a ...`
 * 2.5 s and 330 MB, and on a one-assert 2.3 MB job-shop benchmark most time went to the garbage
 * collector. So `CommandBuilder` gives nearley at most `CHUNK` tokens at a time: a normal command
 * is parsed whole; a larger one is assembled with an explicit stack of frames whose children
 * the grammar parses in chunks (details there). The grammar still makes every atom and every list
 * of normal size; the deep inputs now take 0.5 s / 120 MB and 1.1 s / 160 MB, and nothing recurses
 * on depth.
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
import { ParseError } from '../errors.js';
import { type SExpr, type SList } from './sexpr.js';
/**
 * Parses an SMT-LIB 2.6 script lazily: yields each top-level S-expression as soon as its closing
 * parenthesis has been read, and each error as a `ParseError` value at the point where it occurs,
 * then recovers as described at the top of this file.
 *
 * @param text the whole script
 * @param file the name used in error messages
 * @param poll called every `POLL_TOKENS` tokens with the offset reached; it may throw (a time
 *   limit) to stop reading a large input
 * @param start where `text` starts in the whole input (a command cut from a stream by
 *   reader.ts), so that locations are those of the whole input
 * @param builder what builds the trees: the direct reader, or the nearley grammar (the
 *   definition, for tests); both give the same trees and errors
 * @example
 * for (const item of parseScript('(set-logic QF_IDL)\n(check-sat)', 'a.smt2')) {
 *   if (item instanceof ParseError) console.error(item.message);
 *   else console.log(item.kind, item.pos); // 'list' {line: 1, col: 1}, then 'list' {line: 2, col: 1}
 * }
 */
export declare function parseScript(text: string, file: string, poll?: (offset: number) => void, start?: {
    line: number;
    col: number;
}, builder?: TreeBuilderKind, reduce?: Reducer): Generator<SExpr | ParseError, void, undefined>;
/**
 * Parses a whole text into its top-level S-expressions and throws the first `ParseError`.
 * For tests and for small inputs such as the terms of a `get-value` typed at a prompt.
 *
 * @example
 * const [cmd] = parseSExprs('(assert (> x 1))', '<stdin>');
 * cmd.kind; // 'list'
 * parseSExprs('(assert', 'a.smt2'); // throws "a.smt2:1:8: missing ')' : '(' opened at 1:1 is never closed"
 */
export declare function parseSExprs(text: string, file: string): SExpr[];
/** Which builder makes the trees from the tokens: see the top of this file. */
export type TreeBuilderKind = 'direct' | 'grammar';
/**
 * Streaming elaboration (direct builder only): called with each list of an `assert` command as
 * its ')' is read — except the command itself, a list at the head of another, the lists headed
 * by a binder, an annotation or an identifier (sexpr.ts `OPAQUE_HEADS`) and what is inside
 * them — it may return a node to stand for the list in its parent (a `term`), or undefined to
 * keep the list. elaborate.ts `Elaborator.reduce` is the one the interpreter passes.
 */
export type Reducer = (list: SList) => SExpr | undefined;
