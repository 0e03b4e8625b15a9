/**
 * Printing in SMT-LIB syntax, as Z3 prints: S-expressions with single spaces, negative
 * integers as `(- 3)`, bit-vectors as `#x..`/`#b..`, string literals with `""` escapes, symbols quoted with `|...|` only
 * when they must be.
 */
import type { Value } from '../model/evaluate.js';
import { bitVecText } from '../model/values.js';
import type { Sort } from '../terms/sort.js';
import type { SExpr } from './sexpr.js';

const SIMPLE_SYMBOL = /^[a-zA-Z~!@$%^&*_\-+=<>.?/][a-zA-Z0-9~!@$%^&*_\-+=<>.?/]*$/;

/** A symbol as SMT-LIB text: bare when it is a simple symbol, else `|quoted|`. */
export function printSymbol(name: string): string {
  return SIMPLE_SYMBOL.test(name) ? name : `|${name}|`;
}

/** A string literal: `"` doubled. @example printString('say "hi"') // '"say ""hi"""' */
export function printString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A value of the model of sort `sort`: `3`, `(- 3)`, `true`; a bit-vector as Z3 prints it,
 * `#x0f` when its width is a multiple of 4, else `#b01111`, all digits shown.
 * @example printValue(15n, Sort.bitVec(8)) // '#x0f'
 */
export function printValue(v: Value, sort?: Sort): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (sort?.kind === 'BitVec') return bitVecText(v, sort.width);
  return v < 0n ? `(- ${-v})` : v.toString();
}

/** An S-expression on one line (iterative: input depth never reaches the call stack). */
export function printSExpr(e: SExpr): string {
  const out: string[] = [];
  const stack: (SExpr | ')')[] = [e];
  let needSpace = false;
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x === ')') {
      out.push(')');
      needSpace = true;
      continue;
    }
    if (needSpace) out.push(' ');
    switch (x.kind) {
      case 'list':
        out.push('(');
        stack.push(')');
        for (let i = x.items.length - 1; i >= 0; i--) stack.push(x.items[i]!);
        needSpace = false;
        continue;
      case 'symbol':
        out.push(x.quoted && !SIMPLE_SYMBOL.test(x.name) ? `|${x.name}|` : x.name);
        break;
      case 'keyword':
        out.push(x.name);
        break;
      case 'numeral':
        out.push(x.value.toString());
        break;
      case 'decimal':
        out.push(x.text);
        break;
      case 'hex':
        out.push(`#x${x.digits}`);
        break;
      case 'binary':
        out.push(`#b${x.digits}`);
        break;
      case 'string':
        out.push(printString(x.value));
        break;
    }
    needSpace = true;
  }
  return out.join('');
}
