/**
 * Pigeonhole problems as SMT-LIB text over Int constants: `n` pigeons `h0..`, holes 0..h−1,
 * pairwise `distinct`. Unsat when n > h; with resource reasoning and value-symmetry breaking
 * off, 13 pigeons in 12 holes keep the built-in CDCL solver busy for far longer than any test
 * waits.
 */

/** The declarations and assertions (no check). @example pigeonholeSmt(3, 2) */
export function pigeonholeSmt(n: number, h: number): string {
  const xs = Array.from({ length: n }, (_, i) => `h${i}`);
  return [...xs.map((v) => `(declare-const ${v} Int) (assert (and (>= ${v} 0) (<= ${v} ${h - 1})))`), `(assert (distinct ${xs.join(' ')}))`].join('\n');
}
