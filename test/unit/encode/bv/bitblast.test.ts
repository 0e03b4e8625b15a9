/**
 * Bit-blasting agrees with evaluation (terms/bitvec.ts) on every operator, exhaustively over
 * small widths: for each operator the circuit is simulated on every pair of argument values
 * and its output word compared with the evaluated value. Operands are variables, or a variable
 * and a literal (which exercises the circuits after constant folding in the gate layer).
 */
import { describe, expect, it } from 'vitest';
import { Gates, type Lit } from '../../../../src/cnf/gates.js';
import { BvBlaster } from '../../../../src/encode/bv/bitblast.js';
import { isBvPredicate } from '../../../../src/theory/bv.js';
import { wordValue } from '../../../../src/encode/circuits.js';
import { evaluate } from '../../../../src/model/evaluate.js';
import { Sort } from '../../../../src/terms/sort.js';
import { TermStore, type Term } from '../../../../src/terms/term.js';
import { postOrder } from '../../../../src/terms/walk.js';

/** Blasts `t` (and its subterms) into a fresh gate graph; returns a simulator of its value. */
function circuit(t: Term): (values: Map<number, bigint | boolean>) => bigint | boolean {
  const g = new Gates();
  const bv = new BvBlaster(g);
  const lits = new Map<number, Lit>();
  const boolInputs = new Map<number, Lit>();
  postOrder(
    [t],
    (u) => bv.has(u) || lits.has(u.id),
    (u) => u.args,
    (u) => {
      if (u.sort.kind === 'BitVec') bv.blast(u, (c) => lits.get(c.id)!);
      else if (isBvPredicate(u)) lits.set(u.id, bv.predicate(u));
      else if (u.op === 'var') {
        const l = g.input();
        boolInputs.set(u.id, l);
        lits.set(u.id, l);
      } else throw new Error(`test circuit: unexpected ${u.op}`);
    },
  );
  return (values) => {
    const byNode = new Map<number, boolean>();
    for (const [id, bits] of bv.vars) {
      const v = values.get(id) as bigint;
      bits.forEach((l, i) => byNode.set(l >>> 1, ((v >> BigInt(i)) & 1n) === 1n));
    }
    for (const [id, l] of boolInputs) byNode.set(l >>> 1, values.get(id) as boolean);
    const sim = g.simulate((node) => byNode.get(node) ?? false);
    const val = (l: Lit) => (sim[l >>> 1]! ^ (l & 1)) === 1;
    return t.sort.kind === 'BitVec' ? wordValue(bv.word(t), val) : val(lits.get(t.id)!);
  };
}

const BINARY = [
  'bvand', 'bvor', 'bvxor', 'bvnand', 'bvnor', 'bvxnor', 'bvcomp', 'bvadd', 'bvsub', 'bvmul',
  'bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod', 'bvshl', 'bvlshr', 'bvashr',
  'bvult', 'bvule', 'bvugt', 'bvuge', 'bvslt', 'bvsle', 'bvsgt', 'bvsge', '=', 'distinct', 'concat',
];

/** Every pair of values of widths `w1`, `w2`: circuit output equals evaluation. */
function checkAllPairs(store: TermStore, t: Term, a: Term, b: Term | undefined): void {
  const sim = circuit(t);
  const n1 = 1n << BigInt(a.sort.width);
  const n2 = b ? 1n << BigInt(b.sort.width) : 1n;
  for (let x = 0n; x < n1; x++)
    for (let y = 0n; y < n2; y++) {
      const m = new Map<number, bigint | boolean>([[a.id, x]]);
      if (b) m.set(b.id, y);
      const want = evaluate(t, m);
      const got = sim(m);
      if (got !== want) expect.fail(`${t.op} on ${x}, ${y} (width ${a.sort.width}): circuit ${got}, evaluation ${want}`);
    }
  void store;
}

describe('bit-blasting agrees with evaluation', () => {
  for (const w of [1, 3, 4]) {
    it.each(BINARY)(`%s on all pairs of ${w}-bit values`, (op) => {
      const s = new TermStore();
      const a = s.var('a', Sort.bitVec(w));
      const b = s.var('b', Sort.bitVec(w));
      checkAllPairs(s, s.mk(op, [a, b]), a, b);
    });
  }

  it.each(BINARY)('%s with a literal operand on either side (width 4)', (op) => {
    const s = new TermStore();
    const a = s.var('a', Sort.bitVec(4));
    for (let c = 0n; c < 16n; c++) {
      checkAllPairs(s, s.mk(op, [a, s.bv(c, 4)]), a, undefined);
      checkAllPairs(s, s.mk(op, [s.bv(c, 4), a]), a, undefined);
    }
  });

  it('unary and indexed operators on every value and every index (widths 1..5)', () => {
    for (let w = 1; w <= 5; w++) {
      const s = new TermStore();
      const a = s.var('a', Sort.bitVec(w));
      const terms: Term[] = [s.mk('bvnot', [a]), s.mk('bvneg', [a])];
      for (let i = 0; i < w; i++) for (let j = 0; j <= i; j++) terms.push(s.mk('extract', [a], undefined, [i, j]));
      for (let k = 0; k <= 2 * w + 1; k++) {
        terms.push(s.mk('rotate_left', [a], undefined, [k]), s.mk('rotate_right', [a], undefined, [k]));
        terms.push(s.mk('zero_extend', [a], undefined, [k]), s.mk('sign_extend', [a], undefined, [k]));
        if (k >= 1 && k <= 3) terms.push(s.mk('repeat', [a], undefined, [k]));
      }
      for (const t of terms) checkAllPairs(s, t, a, undefined);
    }
  });

  it('ite over bit-vectors and n-ary forms', () => {
    const s = new TermStore();
    const a = s.var('a', Sort.bitVec(3));
    const b = s.var('b', Sort.bitVec(3));
    const c = s.var('c', Sort.Bool);
    const t = s.mk('bvadd', [s.mk('ite', [c, a, b]), a, s.mk('concat', [s.mk('extract', [b], undefined, [0, 0]), s.mk('extract', [a], undefined, [2, 1])])]);
    const sim = circuit(t);
    for (let x = 0n; x < 8n; x++)
      for (let y = 0n; y < 8n; y++)
        for (const z of [false, true]) {
          const m = new Map<number, bigint | boolean>([[a.id, x], [b.id, y], [c.id, z]]);
          expect(sim(m)).toBe(evaluate(t, m));
        }
  });

  it('wide operators (65 and 128 bits) on edge values', { timeout: 60_000 }, () => {
    for (const w of [65, 128]) {
      const s = new TermStore();
      const a = s.var('a', Sort.bitVec(w));
      const b = s.var('b', Sort.bitVec(w));
      const max = (1n << BigInt(w)) - 1n;
      const edges = [0n, 1n, 2n, max, max - 1n, 1n << BigInt(w - 1), (1n << BigInt(w - 1)) - 1n, 0x123456789abcdefn, BigInt(w)];
      for (const op of ['bvmul', 'bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod', 'bvshl', 'bvashr', 'bvslt']) {
        const t = s.mk(op, [a, b]);
        const sim = circuit(t);
        for (const x of edges)
          for (const y of edges) {
            const m = new Map<number, bigint | boolean>([[a.id, x], [b.id, y]]);
            expect(sim(m), `${op} ${x} ${y}`).toBe(evaluate(t, m));
          }
      }
    }
  });
});
