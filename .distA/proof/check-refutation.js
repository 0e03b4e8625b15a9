/**
 * Checks the certificate of an unsat found by SAT (written by files.ts; `eagersmt check-proof`
 * reaches it through the dispatch of check.ts): the certificate names the check, the options the
 * encoding depends on, a CNF and a DRAT proof. The checker replays the original problem to that
 * check, encodes it again with the same options (the encoding is trusted: this is the step
 * nothing checks), requires the CNF file to be exactly that encoding (so the files can also be
 * given to any DRAT checker, such as drat-trim), and checks the proof against it with the
 * independent DRUP checker of drat-check.ts.
 *
 * Certificate: `(refutation (check N) (idl-encoding E) (symmetry B) (op-symmetry B) (cnf "file") (drat "file"))`,
 * file names relative to the certificate's folder; a check an optimisation added also has
 * `(assert t)` items after `(check N)`, the Boolean terms it asserted on top of the script's.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDimacs } from '../cnf/dimacs.js';
import { encodeProblem } from '../engine/to-cnf.js';
import { EagerSmtError, ParseError } from '../errors.js';
import { parseSExprs } from '../smtlib/parser.js';
import { replayToCheck } from '../script/replay.js';
import { checkDrat, parseDrat } from './drat-check.js';
import { invalid, VALID } from './verdict.js';
const ENCODINGS = new Set(['auto', 'sd', 'order', 'eij']);
/**
 * Checks a SAT refutation certificate against the problem.
 * @example checkRefutation(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export function checkRefutation(problem, problemFile, cert, certFile) {
    let fields;
    const added = [];
    try {
        const [top] = parseSExprs(cert, certFile);
        if (top?.kind !== 'list' || top.items[0]?.kind !== 'symbol' || top.items[0].name !== 'refutation')
            return invalid('expected (refutation ...)');
        fields = new Map();
        for (const item of top.items.slice(1)) {
            if (item.kind !== 'list' || item.items.length !== 2 || item.items[0].kind !== 'symbol')
                return invalid('malformed certificate item');
            if (item.items[0].name === 'assert')
                added.push(item.items[1]);
            else if (fields.has(item.items[0].name))
                return invalid(`(${item.items[0].name} ...) given twice`);
            else
                fields.set(item.items[0].name, item.items[1]);
        }
    }
    catch (e) {
        if (e instanceof EagerSmtError)
            return invalid(`certificate: ${e.message}`);
        throw e;
    }
    const check = fields.get('check');
    const enc = fields.get('idl-encoding');
    const sym = fields.get('symmetry');
    const opSym = fields.get('op-symmetry');
    const cnfName = fields.get('cnf');
    const dratName = fields.get('drat');
    if (check?.kind !== 'numeral' || check.value < 1n)
        return invalid('(check N) missing');
    if (enc?.kind !== 'symbol' || !ENCODINGS.has(enc.name))
        return invalid('(idl-encoding auto|sd|order|eij) missing');
    if (sym?.kind !== 'symbol' || (sym.name !== 'true' && sym.name !== 'false'))
        return invalid('(symmetry true|false) missing');
    if (opSym?.kind !== 'symbol' || (opSym.name !== 'true' && opSym.name !== 'false'))
        return invalid('(op-symmetry true|false) missing');
    if (cnfName?.kind !== 'string' || dratName?.kind !== 'string')
        return invalid('(cnf "file") and (drat "file") missing');
    const n = Number(check.value);
    let at;
    let encoded;
    try {
        at = replayToCheck(problem, problemFile, n, added);
        if (!at)
            return invalid(`the problem has no check number ${n}`);
        encoded = encodeProblem(at.assertions, at.assumptions, { idlEncoding: enc.name, symmetry: sym.name === 'true', opSymmetry: opSym.name === 'true' });
    }
    catch (e) {
        if (e instanceof EagerSmtError)
            return invalid(`problem: ${e.message}`);
        throw e;
    }
    // The encoding's clauses, then the assumptions as units: what the solver refuted.
    const clauses = [];
    encoded.cnf.forEachClause((c) => clauses.push(c.slice()));
    for (const a of encoded.assumptions)
        clauses.push(Int32Array.of(a));
    const folder = dirname(resolve(certFile));
    let cnfText;
    let dratText;
    try {
        cnfText = readFileSync(resolve(folder, cnfName.value), 'latin1');
        dratText = readFileSync(resolve(folder, dratName.value), 'latin1');
    }
    catch (e) {
        // ENOENT, EISDIR, or a file too large for a string (ERR_STRING_TOO_LONG): the certificate is unusable.
        return invalid(`cannot read ${e.path ?? 'a file'}: ${e.code ?? e.message}`);
    }
    try {
        const given = parseDimacs(cnfText, cnfName.value);
        const theirs = [];
        given.forEachClause((c) => theirs.push(c.slice()));
        if (given.numVars !== encoded.cnf.numVars || !sameClauses(theirs, clauses))
            return invalid(`${cnfName.value} is not the encoding of check ${n}`);
    }
    catch (e) {
        if (e instanceof EagerSmtError)
            return invalid(e.message);
        throw e;
    }
    let steps;
    try {
        // Literals beyond the formula's variables are rejected as they are read (no RUP lemma needs one).
        steps = parseDrat(dratText, dratName.value, Math.max(1, encoded.cnf.numVars));
    }
    catch (e) {
        if (e instanceof ParseError)
            return invalid(e.message);
        throw e;
    }
    const verdict = checkDrat(clauses, steps);
    if (!verdict.ok)
        return invalid(`${dratName.value}: step ${verdict.step}: ${verdict.message}`);
    return VALID;
}
function sameClauses(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (x.length !== y.length)
            return false;
        for (let j = 0; j < x.length; j++)
            if (x[j] !== y[j])
                return false;
    }
    return true;
}
//# sourceMappingURL=check-refutation.js.map