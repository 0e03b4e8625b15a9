/**
 * The one dispatch of `check-proof` (src/proof/check.ts): the head of a certificate's first
 * S-expression chooses the checker, and a text of neither kind is invalid with a clear message.
 */
import { describe, expect, it } from 'vitest';
import { certificateKind, checkCertificate } from '../../../src/proof/check.js';

const problem = '(declare-const a Int)(declare-const b Int)(assert (< a b))(assert (< b a))(check-sat)\n';

describe('checkCertificate', () => {
  it('reads the kind from the head of the first S-expression, after comments and white space', () => {
    expect(certificateKind('; eagersmt resource certificate\n(certificate (check 1))')).toBe('certificate');
    expect(certificateKind('; unsat by SAT\n; two comment lines\n  ( refutation (check 1)')).toBe('refutation');
    expect(certificateKind('(certificates (check 1))')).toBeUndefined();
    expect(certificateKind('(|refutation| (check 1))')).toBeUndefined();
    expect(certificateKind('refutation')).toBeUndefined();
    expect(certificateKind('')).toBeUndefined();
  });

  it('judges a certificate of neither kind invalid, naming both kinds', () => {
    for (const text of ['', '(foo)', '; only a comment\n', 'certificate', '((certificate))'])
      expect(checkCertificate(problem, 'p.smt2', text, 'p.cert')).toEqual({ valid: false, message: 'not a certificate: expected (certificate ...) or (refutation ...)' });
  });

  it('hands each kind to its own checker (their messages show which ran)', () => {
    // The resource checker: a valid negative cycle of facts from formulas 1 and 2.
    const cycle = '(certificate (check 1) (step 1 (<= (- a b) (- 1)) (assertion 1)) (step 2 (<= (- b a) (- 1)) (assertion 2)) (step 3 (<= (- a a) (- 2)) (sum 1 2)) (contradiction 3))';
    expect(checkCertificate(problem, 'p.smt2', cycle, 'p.cert')).toEqual({ valid: true, message: 'valid' });
    expect(checkCertificate(problem, 'p.smt2', '(certificate (check 1) (frobnicate))', 'p.cert').message).toBe("unknown item 'frobnicate'");
    // The refutation checker.
    expect(checkCertificate(problem, 'p.smt2', '(refutation (idl-encoding sd))', 'p.cert').message).toBe('(check N) missing');
    expect(checkCertificate(problem, 'p.smt2', '(refutation (check 1)', 'p.cert').message).toMatch(/^certificate: p\.cert:1:22: missing '\)'/);
  });
});
