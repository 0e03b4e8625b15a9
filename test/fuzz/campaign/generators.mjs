/**
 * Generators of the fuzz campaign (`scripts/fuzz.mjs`): one function per kind, each turning a
 * seed into one small input — an SMT-LIB script (with the dialect Z3 reads, where the logic
 * name differs) or a DIMACS CNF. Formulas are kept small (a handful of constants, a few
 * assertions of depth at most 3) so that a case costs little more than starting the two
 * processes; the variety comes from the number of cases. Deterministic per seed (mulberry32).
 *
 * Kinds: `idl`, `rdl`, `ufidl`, `bv`, `abv` (arrays of bit-vectors), `incremental` (push/pop,
 * check-sat-assuming, named assertions and get-unsat-core), `proof` (an IDL or BV script that
 * is often unsat, for `--proof` and `check-proof`), `dimacs` (random 3-SAT near the threshold).
 * The `mutant` kind is in mutate.mjs.
 *
 * Plain JavaScript (with JSDoc types), so that the campaign's script runs on the built CLI
 * without a TypeScript loader, and the bounded slice in vitest imports the same code.
 */

/**
 * mulberry32: a deterministic PRNG in [0, 1).
 * @example const r = rng(7); r(); // 0.4...
 * @param {number} seed
 */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG: an integer in [lo, hi], a pick, a coin. */
function tools(seed) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const coin = (p = 0.5) => r() < p;
  return { r, int, pick, coin };
}

/** An integer as an SMT-LIB term: `3`, `(- 3)`. */
const intLit = (n) => (n < 0 ? `(- ${-n})` : `${n}`);

/** A real constant: `2.5`, `(- 0.5)`, `(/ 1 3)`. */
function realLit(t) {
  const n = t.int(-6, 6);
  const shape = t.int(0, 2);
  const abs = shape === 0 ? `${Math.abs(n)}.0` : shape === 1 ? `${Math.abs(n)}.5` : `(/ ${Math.abs(n)} ${t.int(1, 4)})`;
  return n < 0 ? `(- ${abs})` : abs;
}

/**
 * A Boolean combination of `atom()` of depth at most `depth`.
 * @returns {string}
 */
function formula(t, atom, bools, depth) {
  if (depth === 0 || t.coin(0.35)) return bools.length > 0 && t.coin(0.15) ? t.pick(bools) : atom();
  const sub = () => formula(t, atom, bools, depth - 1);
  switch (t.int(0, 6)) {
    case 0:
      return `(not ${sub()})`;
    case 1:
      return `(and ${sub()} ${sub()})`;
    case 2:
      return `(or ${sub()} ${sub()}${t.coin(0.3) ? ' ' + sub() : ''})`;
    case 3:
      return `(=> ${sub()} ${sub()})`;
    case 4:
      return `(xor ${sub()} ${sub()})`;
    case 5:
      return `(ite ${sub()} ${sub()} ${sub()})`;
    default:
      return `(= ${sub()} ${sub()})`;
  }
}

/**
 * One generated case: the input, its file extension, and the text Z3 reads (the same script
 * with the logic renamed where Z3 4.8 needs it: its QF_IDL tactics give up on `ite` over Int).
 * @typedef {{ kind: string, seed: number, ext: 'smt2' | 'cnf', text: string, z3Text?: string }} Input
 */

/** Declarations and a difference atom over integer or real constants. */
function arithAtoms(t, sort, n) {
  const xs = Array.from({ length: n }, (_, i) => `x${i}`);
  const lit = sort === 'Int' ? () => intLit(t.int(-5, 5)) : () => realLit(t);
  const bools = Array.from({ length: t.int(0, 2) }, (_, i) => `p${i}`);
  const term = () => (sort === 'Int' && bools.length > 0 && t.coin(0.1) ? `(ite ${t.pick(bools)} ${t.pick(xs)} ${t.pick(xs)})` : t.pick(xs));
  const pair = () => {
    const x = term();
    let y = t.pick(xs);
    if (y === x) y = xs[(xs.indexOf(y) + 1) % xs.length];
    return [x, y];
  };
  const atom = () => {
    const [x, y] = pair();
    switch (t.int(0, 6)) {
      case 0:
      case 1:
        return `(${t.pick(['<=', '<', '>=', '>'])} (- ${x} ${y}) ${lit()})`;
      case 2:
        return `(${t.pick(['<=', '<', '>=', '>', '='])} ${x} ${lit()})`;
      case 3:
        return `(= ${x} ${y})`;
      case 4:
        return `(distinct ${x} ${y}${xs.length > 2 && t.coin() ? ' ' + xs[2] : ''})`;
      case 5:
        return `(${t.pick(['<=', '<'])} ${x} ${y})`;
      default:
        return `(= (- ${x} ${y}) ${lit()})`;
    }
  };
  const decls = [...xs.map((x) => `(declare-const ${x} ${sort})`), ...bools.map((p) => `(declare-const ${p} Bool)`)];
  return { decls, atom, bools };
}

/** A script: logic, declarations, assertions, one check and its model. */
function oneCheck(logic, decls, asserts, z3Logic) {
  const body = [...decls, ...asserts.map((a) => `(assert ${a})`), '(check-sat)', '(get-model)'].join('\n') + '\n';
  return { text: `(set-logic ${logic})\n${body}`, z3Text: `(set-logic ${z3Logic})\n${body}` };
}

/** QF_IDL: 2–6 integer constants, up to 2 Booleans, 1–8 assertions. */
export function genIdl(seed, extra = 0) {
  const t = tools(seed);
  const { decls, atom, bools } = arithAtoms(t, 'Int', t.int(2, 6));
  const asserts = Array.from({ length: t.int(1, 8) + extra }, () => formula(t, atom, bools, t.int(0, 3)));
  return oneCheck('QF_IDL', decls, asserts, 'QF_LIA');
}

/** QF_RDL: the same shapes over reals, with decimal and fractional constants. */
export function genRdl(seed) {
  const t = tools(seed);
  const { decls, atom, bools } = arithAtoms(t, 'Real', t.int(2, 5));
  const asserts = Array.from({ length: t.int(1, 7) }, () => formula(t, atom, bools, t.int(0, 3)));
  return oneCheck('QF_RDL', decls, asserts, 'QF_LRA');
}

/** QF_UFIDL: difference atoms over constants and applications of `f`, `g` and a predicate `q`. */
export function genUfidl(seed) {
  const t = tools(seed);
  const xs = Array.from({ length: t.int(2, 4) }, (_, i) => `x${i}`);
  const term = (d = 1) => {
    if (d === 0 || t.coin(0.5)) return t.pick(xs);
    return t.coin(0.6) ? `(f ${term(d - 1)})` : `(g ${term(d - 1)} ${term(d - 1)})`;
  };
  const atom = () => {
    switch (t.int(0, 4)) {
      case 0:
      case 1:
        return `(${t.pick(['<=', '<', '>='])} (- ${term()} ${term()}) ${intLit(t.int(-4, 4))})`;
      case 2:
        return `(= ${term()} ${term()})`;
      case 3:
        return `(q ${term()})`;
      default:
        return `(distinct ${term()} ${term()})`;
    }
  };
  const decls = [...xs.map((x) => `(declare-const ${x} Int)`), '(declare-fun f (Int) Int)', '(declare-fun g (Int Int) Int)', '(declare-fun q (Int) Bool)'];
  const asserts = Array.from({ length: t.int(1, 6) }, () => formula(t, atom, [], t.int(0, 2)));
  return oneCheck('QF_UFIDL', decls, asserts, 'QF_UFLIA');
}

const BV_BIN = ['bvadd', 'bvsub', 'bvmul', 'bvand', 'bvor', 'bvxor', 'bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod', 'bvshl', 'bvlshr', 'bvashr', 'bvnand', 'bvnor', 'bvxnor'];
const BV_CMP = ['bvult', 'bvule', 'bvugt', 'bvuge', 'bvslt', 'bvsle', 'bvsgt', 'bvsge', '='];

/** A bit-vector literal of width `w`: `#b...` or `(_ bvN w)`. */
function bvLit(t, w) {
  const v = t.int(0, 2 ** Math.min(w, 30) - 1);
  if (t.coin()) return `(_ bv${v} ${w})`;
  return '#b' + v.toString(2).padStart(w, '0').slice(-w);
}

/** A bit-vector term of width `w` over `vars` (all of width `w`), depth at most `d`. */
function bvTerm(t, vars, w, d, bools) {
  if (d === 0 || t.coin(0.3)) return t.coin(0.75) ? t.pick(vars) : bvLit(t, w);
  const sub = () => bvTerm(t, vars, w, d - 1, bools);
  switch (t.int(0, 9)) {
    case 0:
      return `(${t.pick(['bvnot', 'bvneg'])} ${sub()})`;
    case 1: {
      const hi = t.int(0, w - 1);
      const lo = t.int(0, hi);
      const part = `((_ extract ${hi} ${lo}) ${sub()})`;
      return hi - lo + 1 === w ? part : `((_ zero_extend ${w - (hi - lo + 1)}) ${part})`;
    }
    case 2:
      return `((_ extract ${w - 1} 0) (concat ${sub()} ${sub()}))`;
    case 3:
      return `((_ ${t.pick(['rotate_left', 'rotate_right'])} ${t.int(0, w + 1)}) ${sub()})`;
    case 4:
      return `(ite ${bvAtom(t, vars, w, d - 1, bools)} ${sub()} ${sub()})`;
    case 5:
      return w > 1 ? `((_ sign_extend ${w - 1}) ((_ extract 0 0) ${sub()}))` : sub();
    default:
      return `(${t.pick(BV_BIN)} ${sub()} ${sub()})`;
  }
}

function bvAtom(t, vars, w, d, bools) {
  if (bools.length > 0 && t.coin(0.1)) return t.pick(bools);
  if (t.coin(0.1)) return `(distinct ${bvTerm(t, vars, w, d, bools)} ${bvTerm(t, vars, w, d, bools)} ${t.pick(vars)})`;
  return `(${t.pick(BV_CMP)} ${bvTerm(t, vars, w, d, bools)} ${bvTerm(t, vars, w, d, bools)})`;
}

/** QF_BV: 1–4 constants of one width in {1, 3, 4, 8}, up to 6 assertions. */
export function genBv(seed, extra = 0) {
  const t = tools(seed);
  const w = t.pick([1, 3, 4, 4, 8, 8]);
  const vars = Array.from({ length: t.int(1, 4) }, (_, i) => `v${i}`);
  const bools = t.coin(0.3) ? ['b0'] : [];
  const atom = () => bvAtom(t, vars, w, t.int(0, 2), bools);
  const decls = [...vars.map((v) => `(declare-const ${v} (_ BitVec ${w}))`), ...bools.map((b) => `(declare-const ${b} Bool)`)];
  const asserts = Array.from({ length: t.int(1, 6) + extra }, () => formula(t, atom, bools, t.int(0, 2)));
  return oneCheck('QF_BV', decls, asserts, 'QF_BV');
}

/** QF_ABV: arrays from 3-bit indices to 4-bit values, reads over writes, constant arrays, array equalities. */
export function genAbv(seed) {
  const t = tools(seed);
  const A = '(Array (_ BitVec 3) (_ BitVec 4))';
  const arrays = Array.from({ length: t.int(1, 3) }, (_, i) => `a${i}`);
  const idx = Array.from({ length: t.int(1, 3) }, (_, i) => `i${i}`);
  const vals = Array.from({ length: t.int(1, 2) }, (_, i) => `e${i}`);
  const index = () => (t.coin(0.8) ? t.pick(idx) : bvLit(t, 3));
  const value = (d) => (d > 0 && t.coin(0.4) ? `(select ${array(d - 1)} ${index()})` : t.coin(0.8) ? t.pick(vals) : bvLit(t, 4));
  const array = (d) => {
    if (d === 0 || t.coin(0.4)) return t.coin(0.9) ? t.pick(arrays) : `((as const ${A}) ${bvLit(t, 4)})`;
    if (t.coin(0.8)) return `(store ${array(d - 1)} ${index()} ${value(d - 1)})`;
    return `(ite ${atom(0)} ${array(d - 1)} ${array(d - 1)})`;
  };
  const atom = (d = 2) => {
    switch (t.int(0, 4)) {
      case 0:
        return `(= ${array(d)} ${array(d)})`;
      case 1:
        return `(${t.pick(['bvult', 'bvule'])} ${value(d)} ${value(d)})`;
      case 2:
        return `(= ${index()} ${index()})`;
      default:
        return `(= ${value(d)} ${value(d)})`;
    }
  };
  const decls = [...arrays.map((a) => `(declare-const ${a} ${A})`), ...idx.map((i) => `(declare-const ${i} (_ BitVec 3))`), ...vals.map((e) => `(declare-const ${e} (_ BitVec 4))`)];
  const asserts = Array.from({ length: t.int(1, 5) }, () => formula(t, () => atom(), [], t.int(0, 2)));
  // Z3 4.8 reads constant arrays only in logic ALL.
  return oneCheck('QF_ABV', decls, asserts, 'ALL');
}

/**
 * An incremental session over IDL (or small bit-vectors): assertions, named assertions,
 * push/pop (balanced, depth at most 3), check-sat, check-sat-assuming over Boolean constants
 * and get-unsat-core after an unsat check. Checks only: no models (the single-check kinds
 * re-check models).
 */
export function genIncremental(seed) {
  const t = tools(seed);
  const useBv = t.coin(0.3);
  const bools = ['p0', 'p1', 'p2'];
  let decls;
  let atom;
  if (useBv) {
    const vars = ['v0', 'v1', 'v2'];
    decls = vars.map((v) => `(declare-const ${v} (_ BitVec 4))`);
    atom = () => bvAtom(t, vars, 4, t.int(0, 1), []);
  } else {
    const a = arithAtoms(t, 'Int', t.int(2, 4));
    decls = a.decls.filter((d) => !/ Bool\)$/.test(d));
    atom = a.atom;
  }
  decls.push(...bools.map((p) => `(declare-const ${p} Bool)`));
  const cmds = ['(set-option :produce-unsat-cores true)', `(set-logic ${useBv ? 'QF_BV' : 'QF_IDL'})`, ...decls];
  let depth = 0;
  let named = 0;
  for (let i = t.int(4, 14); i > 0; i--) {
    const k = t.int(0, 9);
    if (k <= 2) cmds.push(`(assert ${formula(t, atom, bools, t.int(0, 2))})`);
    else if (k === 3) cmds.push(`(assert (! ${formula(t, atom, bools, t.int(0, 2))} :named n${named++}))`);
    else if (k === 4 && depth < 3) {
      cmds.push('(push 1)');
      depth++;
    } else if (k === 5 && depth > 0) {
      cmds.push('(pop 1)');
      depth--;
    } else if (k <= 7) cmds.push('(check-sat)');
    else {
      const lits = bools.filter(() => t.coin()).map((p) => (t.coin() ? p : `(not ${p})`));
      cmds.push(`(check-sat-assuming (${lits.join(' ')}))`);
    }
    if (cmds[cmds.length - 1].startsWith('(check-sat') && t.coin(0.3)) cmds.push('(get-unsat-core)');
  }
  cmds.push('(check-sat)');
  const text = cmds.join('\n') + '\n';
  return { text, z3Text: useBv ? text : text.replace('(set-logic QF_IDL)', '(set-logic QF_LIA)') };
}

/** A script for `--proof`: IDL or BV with more assertions than usual, so that about half are unsat. */
export function genProof(seed) {
  const t = tools(seed);
  return t.coin(0.6) ? genIdl(seed ^ 0x5bd1e995, t.int(4, 10)) : genBv(seed ^ 0x5bd1e995, t.int(3, 8));
}

/** Random 3-SAT (sometimes with shorter and longer clauses) at a clause/variable ratio near 4.26. */
export function genDimacs(seed) {
  const t = tools(seed);
  const n = t.int(5, 90);
  const m = Math.max(1, Math.round(n * (3.6 + t.r() * 1.3)));
  const lines = [`p cnf ${n} ${m}`];
  for (let i = 0; i < m; i++) {
    const k = t.coin(0.1) ? t.int(1, 5) : 3;
    const clause = [];
    for (let j = 0; j < k; j++) clause.push(t.coin() ? t.int(1, n) : -t.int(1, n));
    lines.push(clause.join(' ') + ' 0');
  }
  return { text: lines.join('\n') + '\n' };
}

/**
 * Hostile shapes at random sizes (10 to 4,000): deep nesting of `not`, `and`, `ite` over Int,
 * `+`, `bvadd`, `store`, uninterpreted applications and `let`; a `distinct` of many
 * constants; wide bit-vector division; long push/pop sequences; huge numerals. Only
 * robustness is expected (no crash, no run past `-t` + 1 s, no memory blow-up): these found a
 * cubic case split of nested `ite`s and an unpolled quadratic `distinct`.
 */
export function genStress(seed) {
  const t = tools(seed);
  const n = t.pick([10, 100, 500, 1000, 2000, 4000]) + t.int(0, 9);
  const nest = (open, leaf, close) => open.repeat(n) + leaf + close.repeat(n);
  const shapes = [
    () => ['QF_LIA', '(declare-const p Bool)', `(assert ${nest('(not ', 'p', ')')})`],
    () => ['QF_LIA', '(declare-const p Bool)(declare-const q Bool)', `(assert ${nest('(and p (or q ', 'p', '))')})`],
    () => ['QF_IDL', '(declare-const x Int)(declare-const y Int)', `(assert (> ${nest(`(ite (> x ${t.int(-3, 3)}) `, 'y', ' x)')} 3))`],
    () => ['QF_LIA', '(declare-const x Int)(declare-const y Int)', `(assert (> ${nest('(+ x ', 'y', ')')} 3))`],
    () => ['QF_BV', '(declare-const x (_ BitVec 8))', `(assert (= ${nest('(bvadd x ', 'x', ')')} #x03))`],
    () => ['ALL', '(declare-const a (Array (_ BitVec 4) (_ BitVec 4)))(declare-const i (_ BitVec 4))', `(assert (= (select ${nest('(store ', 'a', ' i #x2)')} #x1) #x3))`],
    () => ['QF_UFLIA', '(declare-fun f (Int) Int)(declare-const x Int)', `(assert (> ${nest('(f ', 'x', ')')} 3))`],
    () => ['QF_LIA', '(declare-const x Int)', `(assert ${Array.from({ length: Math.min(n, 3000) }, (_, i) => `(let ((y${i} (+ x ${i}))) `).join('')}(> x 0)${')'.repeat(Math.min(n, 3000))})`],
    () => {
      const k = Math.min(n, 600);
      const xs = Array.from({ length: k }, (_, i) => `x${i}`);
      return ['QF_IDL', xs.map((x) => `(declare-const ${x} Int)`).join(''), `(assert (distinct ${xs.join(' ')}))`];
    },
    () => {
      const w = t.pick([64, 1024, 4096, 65536]);
      return ['QF_BV', `(declare-const x (_ BitVec ${w}))(declare-const y (_ BitVec ${w}))`, `(assert (= (bvudiv x y) (bvmul y ${t.coin() ? 'x' : 'y'})))(assert (bvugt y (_ bv1 ${w})))`];
    },
    () => ['QF_IDL', '', Array.from({ length: Math.min(n, 2000) }, (_, i) => `(push 1)(declare-const x${i} Int)(assert (> x${i} ${i}))`).join('') + '(check-sat)' + '(pop 1)(check-sat)'.repeat(Math.min(n, 2000))],
    () => ['QF_IDL', '(declare-const x Int)', `(assert (< x ${t.coin() ? '-' : ''}1${'0'.repeat(n * 10)}))`],
  ];
  const [logic, decls, body] = t.pick(shapes)();
  const text = `(set-logic ${logic})\n${decls}\n${body}\n(check-sat)\n`;
  return { text, z3Text: text };
}

/** The generators of the SMT-LIB kinds, by name. */
export const SMT_GENERATORS = {
  idl: genIdl,
  rdl: genRdl,
  ufidl: genUfidl,
  bv: genBv,
  abv: genAbv,
  incremental: genIncremental,
  proof: genProof,
  stress: genStress,
};
