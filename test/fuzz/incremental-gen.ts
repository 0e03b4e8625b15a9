/**
 * Random incremental sessions for differential testing (incremental-diff.test.ts): `assert`,
 * `push`, `pop`, `check` and `check` under assumptions interleaved (push depth up to 5), over
 * difference logic with Booleans (`idl`) or 8-bit vectors with Booleans (`bv`). Each step is
 * given both as terms of a `TermStore` (run on a `TermSolver`) and as SMT-LIB text (run on Z3),
 * so the same session can be replayed either way. Deterministic per seed.
 */
import { printTerm } from '../../src/smtlib/print-term.js';
import { Sort } from '../../src/terms/sort.js';
import type { Term, TermStore } from '../../src/terms/term.js';

export type Step =
  | { op: 'assert'; term: Term }
  | { op: 'push' }
  | { op: 'pop' }
  | { op: 'check'; assumptions: Term[] };

export interface Session {
  logic: 'idl' | 'bv';
  /** Declarations as SMT-LIB text (with `set-logic`). */
  header: string;
  steps: Step[];
}

/** mulberry32 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A session of `length` steps over `store`.
 * @example const s = generateSession(store, 7, 40);
 */
export function generateSession(store: TermStore, seed: number, length = 40): Session {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const logic = r() < 0.6 ? 'idl' : 'bv';
  const bools = [0, 1, 2].map((i) => store.var(`b${i}`, Sort.Bool));
  const ints = [0, 1, 2, 3].map((i) => store.var(`x${i}`, Sort.Int));
  const words = [0, 1, 2].map((i) => store.var(`w${i}`, Sort.bitVec(8)));
  const int = (n: number) => (n < 0 ? store.mk('-', [store.int(BigInt(-n))]) : store.int(BigInt(n)));
  const atom = (): Term => {
    if (r() < 0.25) return pick(bools);
    if (logic === 'idl') {
      const x = pick(ints);
      const y = pick(ints.filter((v) => v !== x));
      const c = Math.floor(r() * 13) - 6;
      switch (Math.floor(r() * 5)) {
        case 0:
          return store.mk('<=', [store.mk('-', [x, y]), int(c)]);
        case 1:
          return store.mk('<', [x, int(c)]);
        case 2:
          return store.mk('=', [x, y]);
        case 3:
          return store.mk('>=', [x, store.mk('+', [y, int(c)])]);
        default:
          return store.mk('distinct', [x, y, pick(ints)]);
      }
    }
    const x = pick(words);
    const y = pick(words);
    const k = store.bv(BigInt(Math.floor(r() * 256)), 8);
    switch (Math.floor(r() * 4)) {
      case 0:
        return store.mk('bvult', [x, y]);
      case 1:
        return store.mk('=', [store.mk('bvadd', [x, k]), y]);
      case 2:
        return store.mk('bvule', [store.mk('bvand', [x, k]), y]);
      default:
        return store.mk('=', [store.mk('bvxor', [x, y]), k]);
    }
  };
  const formula = (depth: number): Term => {
    if (depth === 0 || r() < 0.4) return r() < 0.3 ? store.mk('not', [atom()]) : atom();
    const op = pick(['and', 'or', 'or', '=>', 'xor', 'not'] as const);
    if (op === 'not') return store.mk('not', [formula(depth - 1)]);
    return store.mk(op, [formula(depth - 1), formula(depth - 1)]);
  };
  const steps: Step[] = [];
  let depth = 0;
  for (let i = 0; i < length; i++) {
    const x = r();
    if (x < 0.4) steps.push({ op: 'assert', term: formula(2) });
    else if (x < 0.52 && depth < 5) {
      steps.push({ op: 'push' });
      depth++;
    } else if (x < 0.64 && depth > 0) {
      steps.push({ op: 'pop' });
      depth--;
    } else if (x < 0.8) steps.push({ op: 'check', assumptions: [] });
    else {
      const n = 1 + Math.floor(r() * 4);
      const as: Term[] = [];
      for (let j = 0; j < n; j++) as.push(r() < 0.5 ? (r() < 0.5 ? pick(bools) : store.mk('not', [pick(bools)])) : formula(1));
      steps.push({ op: 'check', assumptions: as });
    }
  }
  steps.push({ op: 'check', assumptions: [] });
  const decls = [
    ...bools.map((b) => `(declare-fun ${b.name} () Bool)`),
    ...(logic === 'idl' ? ints.map((x) => `(declare-fun ${x.name} () Int)`) : words.map((w) => `(declare-fun ${w.name} () (_ BitVec 8))`)),
  ];
  return { logic, header: `(set-logic ${logic === 'idl' ? 'QF_LIA' : 'QF_BV'})\n${decls.join('\n')}\n`, steps };
}

/**
 * The session as one SMT-LIB script.
 * @example renderSession(session) // '(set-logic QF_LIA)\n(declare-fun b0 () Bool)...'
 */
export function renderSession(s: Session): string {
  const lines = [s.header];
  for (const st of s.steps) {
    if (st.op === 'assert') lines.push(`(assert ${printTerm(st.term)})`);
    else if (st.op === 'push') lines.push('(push 1)');
    else if (st.op === 'pop') lines.push('(pop 1)');
    else if (st.assumptions.length === 0) lines.push('(check-sat)');
    else lines.push(`(check-sat-assuming (${st.assumptions.map(printTerm).join(' ')}))`);
  }
  return lines.join('\n') + '\n';
}
