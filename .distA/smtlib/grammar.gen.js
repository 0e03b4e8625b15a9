// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d) { return d[0]; }
import { ATOM_TYPES, atomOf, lexer } from './lexer.js';
// `%atom` is not a type the lexer makes (`lexer.has('atom')` is false), so nearley matches it with
// this object: any token the lexer classifies as an atom (`numeral`, `string`, `symbol`, ...).
// `var ...: any` because nearleyc also emits `declare var atom: any`.
var atom = { test: (t) => ATOM_TYPES.has(t.type) };
const pos = (t) => ({ line: t.line, col: t.col });
const toAtom = ([t]) => atomOf(t);
const toList = (d) => ({ kind: 'list', items: d[1], pos: pos(d[0]) });
const append = (d) => {
    d[0].push(d[1]);
    return d[0];
};
;
;
;
;
const grammar = {
    Lexer: lexer,
    ParserRules: [
        { "name": "command", "symbols": ["list"], "postprocess": id },
        { "name": "sexpr", "symbols": ["list"], "postprocess": id },
        { "name": "sexpr", "symbols": [(lexer.has("atom") ? { type: "atom" } : atom)], "postprocess": toAtom },
        { "name": "list", "symbols": [(lexer.has("lparen") ? { type: "lparen" } : lparen), "items", (lexer.has("rparen") ? { type: "rparen" } : rparen)], "postprocess": toList },
        { "name": "items", "symbols": [], "postprocess": () => [] },
        { "name": "items", "symbols": ["items", "sexpr"], "postprocess": append }
    ],
    ParserStart: "command",
};
export default grammar;
//# sourceMappingURL=grammar.gen.js.map