/**
 * Printing in SMT-LIB syntax, as Z3 prints: S-expressions with single spaces, negative
 * integers as `(- 3)`, bit-vectors as `#x..`/`#b..`, string literals with `""` escapes, symbols quoted with `|...|` only
 * when they must be.
 */
import { InternalError } from '../errors.js';
import { ArrayValue, bitVecText, FunTable } from '../model/value.js';
import { isRational, printReal } from '../terms/rational.js';
import { printSymbol, SIMPLE_SYMBOL } from '../terms/symbol.js';
export { printSymbol };
/** A string literal: `"` doubled. @example printString('say "hi"') // '"say ""hi"""' */
export function printString(s) {
    return `"${s.replace(/"/g, '""')}"`;
}
/**
 * A value of the model of sort `sort`, as Z3 prints it: `3`, `(- 3)`, `true`; a real as
 * `2.0`, `(- 3.0)`, `(/ 3.0 2.0)`; a bit-vector as `#x0f` when its width is a multiple of 4,
 * else `#b01111`, all digits shown; an element of an uninterpreted sort U as `U!val!0`; an
 * array as a `store` chain (`printArray`).
 * @example printValue(15n, Sort.bitVec(8)) // '#x0f'
 */
export function printValue(v, sort) {
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (isRational(v))
        return printReal(v);
    if (v instanceof FunTable)
        throw new TypeError('printValue: a function is printed by printFunction');
    if (v instanceof ArrayValue)
        return printArray(v);
    if (sort?.kind === 'BitVec')
        return bitVecText(v, sort.width);
    if (sort?.kind === 'Uninterpreted')
        return printSymbol(`${sort.name}!val!${v}`);
    return v < 0n ? `(- ${-v})` : v.toString();
}
/**
 * An array value as a `store` chain over a constant array, the form Z3 accepts back as a term:
 * `(store ((as const (Array Int Int)) 0) 1 5)`; indices whose value is the `otherwise` value
 * are left out.
 * @example printArray(new ArrayValue(Sort.array(Sort.Int, Sort.Int), 0n).store(1n, 5n))
 */
export function printArray(a) {
    const [index, element] = [a.sort.index, a.sort.element];
    const otherwise = printValue(a.otherwise, element);
    let text = `((as const ${a.sort.name}) ${otherwise})`;
    for (const [i, v] of a.entries()) {
        const value = printValue(v, element);
        if (value !== otherwise)
            text = `(store ${text} ${printValue(i, index)} ${value})`;
    }
    return text;
}
/**
 * The model entry of an uninterpreted function as Z3 prints it (on one line): parameters
 * `x!0`, `x!1`, ..., a chain of `ite` over the table's entries (those equal to the `else`
 * value left out), then the `else` value.
 * @example printFunction('f', [Sort.Int], Sort.Int, table) // '(define-fun f ((x!0 Int)) Int (ite (= x!0 1) 3 0))'
 */
export function printFunction(name, domain, range, table) {
    const params = domain.map((s, i) => `(x!${i} ${s.name})`).join(' ');
    const otherwise = printValue(table.otherwise, range);
    let body = otherwise;
    let close = '';
    const cases = [];
    for (const [args, value] of table.entries) {
        const v = printValue(value, range);
        if (v === otherwise)
            continue;
        const eqs = args.map((a, i) => `(= x!${i} ${printValue(a, domain[i])})`);
        cases.push(`(ite ${eqs.length === 1 ? eqs[0] : `(and ${eqs.join(' ')})`} ${v} `);
        close += ')';
    }
    if (cases.length > 0)
        body = `${cases.join('')}${otherwise}${close}`;
    return `(define-fun ${printSymbol(name)} (${params}) ${range.name} ${body})`;
}
/** An S-expression on one line (iterative: input depth never reaches the call stack). */
export function printSExpr(e) {
    const out = [];
    const stack = [e];
    let needSpace = false;
    while (stack.length > 0) {
        const x = stack.pop();
        if (x === ')') {
            out.push(')');
            needSpace = true;
            continue;
        }
        if (needSpace)
            out.push(' ');
        switch (x.kind) {
            case 'list':
                out.push('(');
                stack.push(')');
                for (let i = x.items.length - 1; i >= 0; i--)
                    stack.push(x.items[i]);
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
            case 'term':
                // Only asserted terms are reduced while read, and only when their text is not kept.
                throw new InternalError('printSExpr: a term elaborated while read has no text');
        }
        needSpace = true;
    }
    return out.join('');
}
/**
 * The text of `get-model` as Z3 prints it: `(`, for each uninterpreted sort the universe the
 * values use (`universeLines`), one `define-fun` per entry in the order given, `)`. The CLI's
 * `get-model` and the library's `String(model)` both print through it.
 * @example printModel([{ name: 'x', sort: Sort.Int, value: 3n }]) // '(\n  (define-fun x () Int 3)\n)'
 */
export function printModel(entries) {
    const universes = new Map();
    const element = (v, sort) => {
        if (v instanceof ArrayValue) {
            for (const [i, e] of v.entries())
                (element(i, sort.index), element(e, sort.element));
            return element(v.otherwise, sort.element);
        }
        if (sort.kind !== 'Uninterpreted')
            return;
        let u = universes.get(sort);
        if (!u)
            universes.set(sort, (u = new Set()));
        u.add(v);
    };
    const defs = [];
    for (const { name, domain, sort, value } of entries) {
        if (value instanceof FunTable) {
            for (const [args, r] of value.entries) {
                args.forEach((a, i) => element(a, domain[i]));
                element(r, sort);
            }
            element(value.otherwise, sort);
            defs.push(`  ${printFunction(name, domain ?? [], sort, value)}`);
        }
        else {
            element(value, sort);
            defs.push(`  (define-fun ${printSymbol(name)} () ${sort.name} ${printValue(value, sort)})`);
        }
    }
    return ['(', ...[...universes].flatMap(([sort, u]) => universeLines(sort, u)), ...defs, ')'].join('\n');
}
/**
 * Z3's description of the finite universe of an uninterpreted sort in a model: the elements
 * (`U!val!0` ...) as comments, their declarations, and the cardinality constraint.
 */
function universeLines(sort, elements) {
    const names = [...elements].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((v) => printValue(v, sort));
    const eqs = names.map((n) => `(= x ${n})`);
    return [
        `  ;; universe for ${sort.name}:`,
        `  ;;   ${names.join(' ')} `,
        '  ;; -----------',
        '  ;; definitions for universe elements:',
        ...names.map((n) => `  (declare-fun ${n} () ${sort.name})`),
        '  ;; cardinality constraint:',
        `  (forall ((x ${sort.name})) ${eqs.length === 1 ? eqs[0] : `(or ${eqs.join(' ')})`})`,
        '  ;; -----------',
    ];
}
//# sourceMappingURL=printer.js.map