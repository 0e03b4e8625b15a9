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

import nearley from 'nearley';
import { InternalError, ParseError, assert } from '../errors.js';
import compiledGrammar from './grammar.gen.js';
import { ATOM_TYPES, atomOf, lexicalError, newLexer, type Token } from './lexer.js';
import { Scanner } from './scan.js';
import { OPAQUE_HEADS, type SExpr, type SList } from './sexpr.js';

/** The grammar with its own start symbol (a command), and with `items` (a run of S-expressions). */
const commandGrammar = nearley.Grammar.fromCompiled(compiledGrammar);
const itemsGrammar = nearley.Grammar.fromCompiled({ ...compiledGrammar, ParserStart: 'items' });

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
export function* parseScript(
  text: string,
  file: string,
  poll?: (offset: number) => void,
  start?: { line: number; col: number },
  builder: TreeBuilderKind = 'direct',
  reduce?: Reducer,
): Generator<SExpr | ParseError, void, undefined> {
  const body = start === undefined && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The direct reader takes its tokens from the character scanner (scan.ts: the lexicon of
  // lexer.ts without a regular-expression match per token, whitespace and comments skipped);
  // the grammar from the moo lexer that defines the lexicon.
  let lex: { next(): Token | undefined; save(): { line: number; col: number } };
  let scanner: Scanner | undefined;
  if (builder === 'direct') lex = scanner = (spare.scanner ?? new Scanner(true)).reset(body, start);
  else {
    const moo = newLexer();
    if (start === undefined) moo.reset(body);
    else moo.reset(body, { ...moo.save(), line: start.line, col: start.col });
    lex = moo;
  }
  let tokens = 0;

  const kept = spare.builder;
  const direct = builder === 'direct' ? (kept !== undefined && kept.reduce === reduce ? kept : new DirectBuilder(reduce)) : undefined;
  spare.scanner = spare.builder = undefined; // this parse's now
  const cmd: TreeBuilder = direct ?? new CommandBuilder(); // the current command, while well-formed
  const open: number[] = []; // line and column of each of its unclosed '(', innermost last
  let skipping = false; // the current command had an error: drop its tokens up to its end
  let quiet = false; // a top-level error was reported: stay silent up to the next '('

  try {
    for (let tok = lex.next(); tok !== undefined; tok = lex.next()) {
      if ((++tokens & (POLL_TOKENS - 1)) === 0) poll?.(tok.offset);
      switch (tok.type) {
        case 'ws':
        case 'comment':
          continue;
        case 'lparen':
          open.push(tok.line, tok.col);
          if (!skipping) cmd.add(tok);
          quiet = false;
          continue;
        case 'rparen':
          if (open.length === 0) {
            if (!quiet) yield new ParseError(file, tok.line, tok.col, `unexpected ')'`);
            quiet = true;
            continue;
          }
          open.length -= 2;
          if (!skipping) {
            const command = cmd.add(tok);
            if (command !== undefined) yield command;
          }
          if (open.length === 0) skipping = false;
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
          cmd.clear();
        }
        continue;
      }
      // Not `assert`: its message would be built for every atom.
      if (!ATOM_TYPES.has(tok.type ?? '')) throw new InternalError(`unknown token type ${tok.type}`);
      if (open.length === 0) {
        if (!quiet) yield new ParseError(file, tok.line, tok.col, `expected '(' at top level`);
        quiet = true;
      } else if (!skipping) {
        cmd.add(tok);
      }
    }

    if (open.length > 0) {
      const end = lex.save();
      yield new ParseError(
        file,
        end.line,
        end.col,
        `missing ')' : '(' opened at ${open[open.length - 2]}:${open[open.length - 1]} is never closed`,
      );
    }
  } finally {
    // Stopped between two commands (done, or its consumer stopped), the scanner and the builder
    // are clean: the next parse takes them (a stream of small commands parses one at a time).
    if (open.length === 0) {
      spare.scanner = scanner?.reset('');
      spare.builder = direct?.release();
    }
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

/** Assembles one top-level command from balanced, well-formed tokens as they arrive. */
interface TreeBuilder {
  /**
   * Takes '(', an atom, or a ')' that closes an open list; returns the command at its last ')'.
   * The direct reader's scanner reuses one token object: a builder keeps none of them (the
   * grammar's builder gets moo's tokens, fresh objects, and buffers them).
   */
  add(tok: Token): SExpr | undefined;
  /** Forgets the current command (after an error in it). */
  clear(): void;
}

/**
 * The direct reader: one stack of the finished children of every open list, and the index in
 * it where each open list's children start. A ')' cuts its list's children off the stack into an
 * array of exactly their number (most lists have two or three items, and an array grown by
 * `push` reserves 17 slots), so a large command costs about half the memory of growing arrays.
 * Pre: the tokens are balanced so far (the cutting loop reports the errors).
 * Post: `add` returns the command when its closing ')' arrives, made as the grammar makes it.
 */
class DirectBuilder implements TreeBuilder {
  private readonly done: SExpr[] = []; // children of the open lists, outermost list first: done[0..top)
  // The stack never shrinks while a parse runs (setting an array's length costs more than a
  // counter): entries above `top` are stale until overwritten (`release` drops many of them).
  private top = 0;
  private readonly starts: number[] = []; // where each open list's children start in `done`
  private readonly opens: number[] = []; // line and column of each open list's '('
  // With a reducer: the least depth (0: the command) of an open list whose lists it is not
  // given — a command other than `assert`, an opaque list — or Infinity when there is none.
  private opaqueFrom = Infinity;

  constructor(readonly reduce?: Reducer) {}

  add(tok: Token): SExpr | undefined {
    if (tok.type === 'lparen') {
      this.starts.push(this.top);
      this.opens.push(tok.line, tok.col);
      return undefined;
    }
    if (tok.type !== 'rparen') {
      const atom = atomOf(tok);
      if (this.reduce !== undefined) this.headed(atom);
      this.done[this.top++] = atom;
      return undefined;
    }
    const from = this.starts.pop()!;
    const col = this.opens.pop()!;
    const line = this.opens.pop()!;
    const list: SList = { kind: 'list', items: this.done.slice(from, this.top), pos: { line, col } };
    this.top = from;
    const depth = this.starts.length; // the list's: 0 for the command
    const given = this.opaqueFrom > depth;
    if (this.opaqueFrom === depth) this.opaqueFrom = Infinity;
    if (depth === 0) return list;
    if (this.reduce === undefined) {
      this.done[this.top++] = list;
      return undefined;
    }
    // A list at the head of its parent is an identifier (`(_ extract 7 0)`), never a term.
    const head = this.top === this.starts[depth - 1];
    this.headed(list);
    this.done[this.top++] = (given && !head ? this.reduce(list) : undefined) ?? list;
    return undefined;
  }

  /**
   * This builder, for another parse, between two commands: without the stale entries of a
   * large command (a small one's few stay until overwritten), which would keep its terms alive.
   */
  release(): this {
    if (this.done.length > 64) this.done.length = 0;
    return this;
  }

  /** Notes `item`, about to join the innermost open list, when it is that list's head. */
  private headed(item: SExpr): void {
    const depth = this.starts.length - 1;
    if (depth < 0 || this.top !== this.starts[depth] || this.opaqueFrom <= depth) return;
    const name = item.kind === 'symbol' && !item.quoted ? item.name : undefined;
    if (depth === 0 ? name !== 'assert' : name !== undefined && OPAQUE_HEADS.has(name)) this.opaqueFrom = depth;
  }

  clear(): void {
    this.done.length = this.starts.length = this.opens.length = this.top = 0;
    this.opaqueFrom = Infinity;
  }
}

/** Tokens between two calls of `parseScript`'s `poll` (a power of 2). */
const POLL_TOKENS = 4096;

/** The direct reader's scanner and builder, left clean by the last parse that stopped between commands. */
const spare: { scanner?: Scanner; builder?: DirectBuilder } = {};

/**
 * The most tokens one nearley parse gets. Earley items stay reachable until their parse ends, so
 * one parse of a 10^6-token command (a one-assert benchmark) keeps hundreds of MB alive and the
 * garbage collector dominates; parses of at most this size stay in the young generation.
 */
const CHUNK = 512;

/**
 * Assembles one top-level command from its tokens as they arrive; the caller guarantees they
 * are balanced so far (it reports the errors).
 *
 * A command of at most `CHUNK` tokens, i.e. nearly every command, is buffered and parsed whole
 * by the grammar's start rule. When the buffer outgrows `CHUNK`, the lists it is inside are
 * *promoted* to frames on an explicit stack, outermost first: a frame keeps its '(' token and
 * the items found so far; its completed children are parsed by the grammar as a run of
 * S-expressions (start symbol `items`) and leave the buffer. When a frame's ')' arrives, its last
 * children are parsed the same way and the frame becomes a list node, made here exactly as the
 * grammar's `list` rule makes one. So every atom and every small list comes from the grammar,
 * the buffer never holds more than `CHUNK` + 1 tokens, and nothing recurses on the depth: a
 * 100,000-deep nest is 100,000 frames.
 */
class CommandBuilder implements TreeBuilder {
  private buf: Token[] = []; // tokens not yet parsed; all inside the innermost frame, if any
  private bufStart = 0; // the index (counting the command's tokens from 0) of buf[0]
  private count = 0; // the index of the next token
  private readonly openAt: number[] = []; // indices of the unclosed '(', innermost last
  private readonly frames: Frame[] = []; // frames[k] is the list opened at openAt[k], if promoted

  /**
   * Takes the next token: '(', an atom, or a ')' that closes an open list.
   * Post: the command, when this token is its closing ')'; `undefined` otherwise.
   */
  add(tok: Token): SExpr | undefined {
    if (tok.type === 'lparen') this.openAt.push(this.count);
    this.count++;
    if (tok.type !== 'rparen') {
      this.buf.push(tok);
      if (this.buf.length > CHUNK) this.flush();
      return undefined;
    }
    this.openAt.pop();
    if (this.frames.length > this.openAt.length) return this.closeFrame();
    this.buf.push(tok);
    if (this.openAt.length > 0) {
      if (this.buf.length > CHUNK) this.flush();
      return undefined;
    }
    const command = runGrammar(commandGrammar, this.buf, 0, this.buf.length) as SExpr;
    this.clear();
    return command;
  }

  /** Forgets the current command (after an error in it). */
  clear(): void {
    this.buf = [];
    this.bufStart = this.count = 0;
    this.openAt.length = this.frames.length = 0;
  }

  /** The innermost frame has just been closed: finish its list node. */
  private closeFrame(): SExpr | undefined {
    const frame = this.frames.pop()!;
    this.parseChildren(frame, this.buf.length);
    this.buf = [];
    this.bufStart = this.count;
    const list: SExpr = { kind: 'list', items: frame.items, pos: { line: frame.open.line, col: frame.open.col } };
    const parent = this.frames[this.frames.length - 1];
    if (parent !== undefined) {
      parent.items.push(list);
      return undefined;
    }
    this.clear();
    return list;
  }

  /**
   * Shrinks the buffer to at most `CHUNK` / 2 tokens: parses the completed children of the
   * innermost frame, and promotes the open list after them to a frame while it is too large.
   */
  private flush(): void {
    let head = 0; // buf[0..head) is consumed
    while (this.buf.length - head > CHUNK / 2) {
      const depth = this.frames.length;
      const child = depth < this.openAt.length ? this.openAt[depth]! - this.bufStart : this.buf.length;
      if (child > head) {
        this.parseChildren(this.frames[depth - 1]!, child, head);
        head = child;
      } else {
        assert(this.buf[head]?.type === 'lparen', 'a frame starts at a parenthesis');
        this.frames.push({ open: this.buf[head]!, items: [] });
        head++;
      }
    }
    this.buf = this.buf.slice(head);
    this.bufStart += head;
  }

  /** Parses buf[from..to), whole S-expressions, and appends them to the frame's items. */
  private parseChildren(frame: Frame, to: number, from = 0): void {
    if (to === from) return;
    for (const item of runGrammar(itemsGrammar, this.buf, from, to) as SExpr[]) frame.items.push(item);
  }
}

/** A list too large for one parse, being assembled by `CommandBuilder`. */
interface Frame {
  open: Token;
  items: SExpr[];
}

/**
 * Runs nearley on `tokens[lo..hi)` and returns the single parse.
 * Post: exactly one parse, or an internal error (the grammar is ambiguous or disagrees with the
 * cutting loop about what is balanced).
 */
function runGrammar(grammar: nearley.Grammar, tokens: readonly Token[], lo: number, hi: number): unknown {
  const parser = new nearley.Parser(grammar, { lexer: new TokenReplay(tokens, lo, hi) });
  parser.feed('');
  assert(parser.results.length === 1, `grammar gave ${parser.results.length} parses of tokens ${lo}..${hi}`);
  return parser.results[0];
}

/** A nearley lexer that replays tokens `lo..hi` of an array moo has already filled. */
class TokenReplay implements nearley.Lexer {
  constructor(
    private readonly tokens: readonly Token[],
    private next_: number,
    private readonly end: number,
  ) {}
  reset(): void {}
  next(): Token | undefined {
    return this.next_ < this.end ? this.tokens[this.next_++] : undefined;
  }
  save(): nearley.LexerState {
    return {};
  }
  formatError(token: nearley.Token, message: string): string {
    return typeof token === 'string' ? message : `${message} at token '${token.value}'`;
  }
}
