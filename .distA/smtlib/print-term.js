import { postOrder } from '../terms/walk.js';
import { printSymbol, printValue } from './printer.js';
/** The head of an application: `bvadd`, `(_ extract 3 0)`, `-` for unary minus, `f` for an application of `f`. */
function head(t) {
    if (t.op === 'apply')
        return printSymbol(t.fn.name);
    if (t.op === 'const')
        return `(as const ${t.sort.name})`;
    const name = t.op === 'neg' ? '-' : t.op;
    return t.indices && t.indices.length > 0 ? `(_ ${name} ${t.indices.join(' ')})` : name;
}
/**
 * `t` in SMT-LIB syntax, shared compound subterms bound by `let`.
 * @example printTerm(store.mk('bvadd', [x, store.bv(1n, 8)])) // '(bvadd x #x01)'
 */
export function printTerm(t) {
    // How often each compound subterm is an argument.
    const uses = new Map();
    const counted = new Set();
    postOrder([t], (u) => counted.has(u.id), (u) => u.args, (u) => {
        counted.add(u.id);
        for (const a of u.args)
            if (a.args.length > 0)
                uses.set(a.id, (uses.get(a.id) ?? 0) + 1);
    });
    const text = new Map();
    const bindings = [];
    postOrder([t], (u) => text.has(u.id), (u) => u.args, (u) => {
        let s;
        if (u.op === 'var')
            s = printSymbol(u.name);
        else if (u.op === 'int' || u.op === 'bv')
            s = printValue(u.value, u.sort);
        else if (u.op === 'real')
            s = printValue(u.rational);
        else if (u.args.length === 0)
            s = u.op;
        else
            s = `(${head(u)} ${u.args.map((a) => text.get(a.id)).join(' ')})`;
        if (u !== t && (uses.get(u.id) ?? 0) > 1) {
            const name = `a!${bindings.length + 1}`;
            bindings.push(`(let ((${name} ${s}))`);
            s = name;
        }
        text.set(u.id, s);
    });
    return bindings.join(' ') + (bindings.length > 0 ? ' ' : '') + text.get(t.id) + ')'.repeat(bindings.length);
}
//# sourceMappingURL=print-term.js.map