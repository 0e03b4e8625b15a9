/**
 * The one dispatch of `eagersmt check-proof`: a certificate says what it is in its header, the
 * head of its first S-expression, and that alone chooses the checker:
 *  - `(certificate ...)`: an unsat found by resource reasoning (check-resource.ts);
 *  - `(refutation ...)`: an unsat found by SAT, a CNF and its DRAT proof (check-refutation.ts).
 * Anything else is invalid. Only the header is read here (with the SMT-LIB lexer, comments and
 * white space skipped); each checker parses and judges the whole text itself.
 */
import { newLexer } from '../smtlib/lexer.js';
import { checkRefutation } from './check-refutation.js';
import { checkResourceCertificate } from './check-resource.js';
import { invalid } from './verdict.js';
const CHECKERS = {
    certificate: checkResourceCertificate,
    refutation: checkRefutation,
};
/**
 * The kind of a certificate's text: the head of its first S-expression, when it is one of
 * `CertificateKind` (undefined otherwise).
 * @example certificateKind('; comment\n(refutation (check 1) ...)') // 'refutation'
 */
export function certificateKind(cert) {
    const lex = newLexer().reset(cert);
    const next = () => {
        for (let t = lex.next(); t; t = lex.next())
            if (t.type !== 'ws' && t.type !== 'comment')
                return t;
        return undefined;
    };
    if (next()?.type !== 'lparen')
        return undefined;
    const head = next();
    return head?.type === 'symbol' && Object.hasOwn(CHECKERS, head.value) ? head.value : undefined;
}
/**
 * Checks a certificate written by `--proof` against the problem (texts and file names; a
 * refutation's CNF and DRAT files are read relative to `certFile`'s folder).
 * @example checkCertificate(readFileSync('p.smt2', 'utf8'), 'p.smt2', readFileSync('p.cert', 'utf8'), 'p.cert').valid
 */
export function checkCertificate(problem, problemFile, cert, certFile) {
    const kind = certificateKind(cert);
    if (kind === undefined)
        return invalid('not a certificate: expected (certificate ...) or (refutation ...)');
    return CHECKERS[kind](problem, problemFile, cert, certFile);
}
//# sourceMappingURL=check.js.map