/**
 * Mutators of the fuzz campaign: byte and token mutations of an input, in the manner of
 * AFL's havoc stage (flip, delete, duplicate, splice in a token from a dictionary). The
 * mutants of SMT-LIB scripts are mostly malformed; of them only robustness is expected — no
 * crash, no stack trace, no hang, no run past the time limit — and, where both solvers answer,
 * no contradiction with Z3. Certificates and DRAT proofs are corrupted the same way for
 * `check-proof` (`corruptProof`).
 */
import { rng } from './generators.mjs';

/** Tokens spliced into SMT-LIB mutants: syntax, operators, extreme literals and commands. */
const SMT_TOKENS = [
  '(', ')', '((', '))', '|', '"', ';', '#b', '#x', '#b1', '#xFF', '0', '-1', '99999999999999999999999999',
  '(_ BitVec 0)', '(_ BitVec 65536)', '(_ bv5 3)', '((_ extract 9 2) v0)', '((_ repeat 4096) #b1)', '(_ zero_extend 99)',
  'bvadd', 'bvudiv', 'bvmul', 'select', 'store', 'ite', 'let', '(let ((z 1)) z)', '!', ':named', ':pattern', 'forall',
  '(push 1)', '(pop 1)', '(pop 7)', '(check-sat)', '(get-model)', '(get-value (x0))', '(get-unsat-core)', '(reset)',
  '(reset-assertions)', '(exit)', '(set-option :produce-models false)', '(check-sat-assuming (p0))', '(get-info :all-statistics)',
  'Int', 'Real', 'Bool', '(Array Int Int)', '(declare-fun h (Int) Int)', '(define-fun d () Int 3)', 'x0', 'x9', 'f', 'q',
  '1.5', '(/ 1 0)', '(- 0)', '\u0000', '\u00e9', '\ud83d\ude00', '\t', '\r\n', ' ', 'true', 'false', 'distinct', '=',
];

/**
 * 1–4 mutations of `text`.
 * @example mutate('(assert (< x 1))', 3) // '(assert (< x 1 (pop 7)))' or similar
 * @param {string} text
 * @param {number} seed
 * @param {string[]} [dictionary]
 * @returns {string}
 */
export function mutate(text, seed, dictionary = SMT_TOKENS) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  let s = text;
  for (let n = int(1, 4); n > 0; n--) {
    const at = int(0, s.length);
    const len = int(1, Math.min(24, Math.max(1, s.length - at)));
    switch (int(0, 7)) {
      case 0: // flip one bit of a character
        if (at < s.length) s = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ (1 << int(0, 6))) + s.slice(at + 1);
        break;
      case 1: // delete a range
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 2: // duplicate a range
        s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
        break;
      case 3: // replace a token
      case 4: {
        const toks = [...s.matchAll(/[^\s()]+/g)];
        if (toks.length === 0) break;
        const m = toks[int(0, toks.length - 1)];
        const by = r() < 0.5 ? dictionary[int(0, dictionary.length - 1)] : toks[int(0, toks.length - 1)][0];
        s = s.slice(0, m.index) + by + s.slice(m.index + m[0].length);
        break;
      }
      case 5: // drop or add a parenthesis
        s = r() < 0.5 ? s.replace(r() < 0.5 ? '(' : ')', '') : s.slice(0, at) + (r() < 0.5 ? '(' : ')') + s.slice(at);
        break;
      default: // insert a token
        s = s.slice(0, at) + ' ' + dictionary[int(0, dictionary.length - 1)] + ' ' + s.slice(at);
    }
  }
  return s;
}

/** Tokens spliced into DRAT proofs and certificates: huge, negative, non-numeric, deletions. */
const PROOF_TOKENS = ['0', '-0', 'd', 'd 0', '2000000000', '-2000000000', '99999999999', 'x', '1.5', '', '\u0000', '(', ')', '(step 1 (assertion 99))', '(contradiction 0)', '(pair)', '(check 0)'];

/**
 * A corruption of one of a proof's files: `cnf` (a clause dropped: the certificate must then be
 * invalid), or `drat` / `cert` (a mutation: any verdict is allowed, but no crash).
 * @param {{ cert: string, cnf?: string, drat?: string }} files
 * @param {number} seed
 * @returns {{ file: 'cert' | 'cnf' | 'drat', text: string, mustFail: boolean }}
 */
export function corruptProof(files, seed) {
  const r = rng(seed ^ 0x2545f491);
  const choices = ['cert', ...(files.cnf !== undefined ? ['cnf', 'drat', 'drat'] : [])];
  const file = choices[Math.floor(r() * choices.length)];
  if (file === 'cnf') {
    const lines = files.cnf.split('\n');
    const clauses = lines.map((l, i) => [l, i]).filter(([l]) => /^-?\d/.test(l));
    if (clauses.length > 1) {
      const [, drop] = clauses[Math.floor(r() * clauses.length)];
      lines.splice(drop, 1);
      return { file, text: lines.join('\n'), mustFail: true };
    }
  }
  const text = file === 'drat' ? files.drat : files.cert;
  return { file: file === 'cnf' ? 'cert' : file, text: mutate(text ?? '', seed, PROOF_TOKENS), mustFail: false };
}
