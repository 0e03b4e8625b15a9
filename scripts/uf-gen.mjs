#!/usr/bin/env node
/**
 * Generated QF_UF problems of the pigeonhole-like kind: equality over an uninterpreted sort,
 * function applications, `distinct`, and a set of interchangeable constants. No QF_UF file
 * is shared with the project, so these families stand in for SMT-LIB's finite-model-finding
 * ones (a first-order theory instantiated over a domain of k distinct constants, unsat when
 * the theory has no model of size k):
 *
 * - `php n h`: pigeons p0..p(n-1) pairwise distinct, each equal to one of the holes
 *   q0..q(h-1) — unsat iff n > h;
 * - `fphp n h`: the same through a function: each f(p_i) is one of the holes, and f is
 *   injective on the pigeons (written as p_i ≠ p_j → f(p_i) ≠ f(p_j) and distinct pigeons);
 * - `steiner k`: a Steiner quasigroup on the domain e0..e(k-1): f total on the domain,
 *   f(x,x) = x, f(x,y) = f(y,x), f(x,f(x,y)) = y for every x, y in the domain (nested terms,
 *   as the instantiation leaves them) — a model of size k exists iff k ≡ 1 or 3 (mod 6);
 * - `boolean k`: a group in which every element is its own inverse: f total, unit e0,
 *   associativity f(f(x,y),z) = f(x,f(y,z)) and f(x,x) = e0 over the domain — a model of
 *   size k exists iff k is a power of two;
 * - `diamond n`: a chain of n diamonds x_i = y_i = x_{i+1} or x_i = z_i = x_{i+1}, with
 *   x_0 ≠ x_n (unsat) or x_0 ≠ y_0 (sat).
 * - `mux d [bug]`: equivalence of two multiplexer trees of depth d that route 2d data
 *   constants by the control tests c_l = (u_l = v_l): a complete tree testing c_0..c_(d-1) in
 *   that order, and one testing them in another order that selects the same data for every
 *   outcome of the tests, written with some branches swapped under (not (= v_l u_l)). The
 *   assertion says the outputs differ: unsat; with `bug` 1, one leaf of the second tree picks
 *   another data constant: sat. The data occur only in that disequality (through the trees), as
 *   the data paths of processor verification conditions do.
 *
 * `--apart` states the domain of `steiner` and `boolean` as pairwise disequalities
 * `(not (= e_i e_j))`, as SMT-LIB's finite-model-finding files (PEQ, NEQ) do, instead of one
 * `distinct`.
 *
 * The seed shuffles the order of assertions, of disjuncts and of the constants' declarations,
 * and may rename the constants, so that a solver cannot depend on the order written here.
 *
 * Usage: node scripts/uf-gen.mjs FAMILY SIZE [SIZE2] [--seed S] [--apart]   (prints the script)
 */
import { pathToFileURL } from 'node:url';

/** A small deterministic generator (mulberry-like), `next(n)` in [0, n). */
export function rng(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
}

function shuffle(xs, next) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = next(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const or = (xs) => (xs.length === 1 ? xs[0] : `(or ${xs.join(' ')})`);

/** The expected status of a family member: 'sat' or 'unsat'. */
export function ufStatus(family, a, b) {
  switch (family) {
    case 'php':
    case 'fphp':
      return a > b ? 'unsat' : 'sat';
    case 'steiner':
      return a % 6 === 1 || a % 6 === 3 ? 'sat' : 'unsat';
    case 'boolean':
      return (a & (a - 1)) === 0 ? 'sat' : 'unsat';
    case 'diamond':
    case 'mux':
      return b ? 'sat' : 'unsat';
    default:
      throw new Error(`unknown family '${family}'`);
  }
}

/**
 * One script of a family, with `(set-info :status ...)` and `(check-sat)`.
 * @example ufScript('php', 4, 3, 1) // 4 pigeons, 3 holes: unsat
 */
export function ufScript(family, a, b, seed, { apart = false } = {}) {
  const next = rng(seed);
  const consts = [];
  const funs = [];
  const asserts = [];
  const c = (name) => (consts.push(name), name);
  switch (family) {
    case 'php':
    case 'fphp': {
      const ps = Array.from({ length: a }, (_, i) => c(`p${i}`));
      const qs = Array.from({ length: b }, (_, j) => c(`q${j}`));
      if (family === 'fphp') funs.push('(declare-fun f (U) U)');
      const img = (p) => (family === 'fphp' ? `(f ${p})` : p);
      asserts.push(`(distinct ${shuffle(ps, next).join(' ')})`);
      for (const p of ps) asserts.push(or(shuffle(qs, next).map((q) => (next(2) ? `(= ${img(p)} ${q})` : `(= ${q} ${img(p)})`))));
      if (family === 'fphp')
        for (let i = 0; i < a; i++) for (let j = i + 1; j < a; j++) asserts.push(`(=> (not (= ${ps[i]} ${ps[j]})) (not (= ${img(ps[i])} ${img(ps[j])})))`);
      break;
    }
    case 'steiner':
    case 'boolean': {
      const es = Array.from({ length: a }, (_, i) => c(`e${i}`));
      funs.push('(declare-fun f (U U) U)');
      const f = (x, y) => `(f ${x} ${y})`;
      if (apart) for (let i = 0; i < a; i++) for (let j = i + 1; j < a; j++) asserts.push(`(not (= ${es[i]} ${es[j]}))`);
      else asserts.push(`(distinct ${shuffle(es, next).join(' ')})`);
      for (const x of es) for (const y of es) asserts.push(or(shuffle(es, next).map((e) => `(= ${f(x, y)} ${e})`)));
      for (const x of es) {
        if (family === 'steiner') {
          asserts.push(`(= ${f(x, x)} ${x})`);
          for (const y of es) {
            if (x < y) asserts.push(`(= ${f(x, y)} ${f(y, x)})`);
            asserts.push(`(= ${f(x, f(x, y))} ${y})`);
          }
        } else {
          asserts.push(`(= ${f(es[0], x)} ${x})`, `(= ${f(x, x)} ${es[0]})`);
          for (const y of es) for (const z of es) asserts.push(`(= ${f(f(x, y), z)} ${f(x, f(y, z))})`);
        }
      }
      break;
    }
    case 'diamond': {
      const n = a;
      for (let i = 0; i <= n; i++) c(`x${i}`);
      for (let i = 0; i < n; i++) {
        c(`y${i}`);
        c(`z${i}`);
        asserts.push(`(or (and (= x${i} y${i}) (= y${i} x${i + 1})) (and (= x${i} z${i}) (= z${i} x${i + 1})))`);
      }
      asserts.push(b ? '(not (= x0 y0))' : `(not (= x0 x${n}))`);
      break;
    }
    case 'mux': {
      const d = a;
      const data = Array.from({ length: 2 * d }, (_, i) => c(`d${i}`));
      const us = Array.from({ length: d }, (_, l) => c(`u${l}`));
      const vs = Array.from({ length: d }, (_, l) => c(`v${l}`));
      // The datum selected for each outcome of the tests (bit l: c_l true).
      const table = Array.from({ length: 2 ** d }, () => data[next(data.length)]);
      const order = shuffle([...Array(d).keys()], next);
      const tree = (levels, bits, leaf, swap) => {
        if (levels.length === 0) return leaf(bits);
        const [l, ...rest] = levels;
        const yes = tree(rest, bits | (1 << l), leaf, swap);
        const no = tree(rest, bits, leaf, swap);
        return swap && next(2) === 0 ? `(ite (not (= ${vs[l]} ${us[l]})) ${no} ${yes})` : `(ite (= ${us[l]} ${vs[l]}) ${yes} ${no})`;
      };
      const wrong = next(2 ** d);
      const other = (x) => data[(data.indexOf(x) + 1 + next(data.length - 1)) % data.length];
      const spec = tree([...Array(d).keys()], 0, (bits) => table[bits], false);
      const impl = tree(order, 0, (bits) => (b && bits === wrong ? other(table[bits]) : table[bits]), true);
      asserts.push(`(not (= ${spec} ${impl}))`);
      break;
    }
    default:
      throw new Error(`unknown family '${family}'`);
  }
  return [
    `(set-info :status ${ufStatus(family, a, b)})`,
    '(set-logic QF_UF)',
    '(declare-sort U 0)',
    ...shuffle(consts, next).map((x) => `(declare-fun ${x} () U)`),
    ...funs,
    ...shuffle(asserts, next).map((t) => `(assert ${t})`),
    '(check-sat)',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const s = args.indexOf('--seed');
  const seed = s >= 0 ? Number(args.splice(s, 2)[1]) : 1;
  const p = args.indexOf('--apart');
  const apart = p >= 0 && args.splice(p, 1).length > 0;
  const [family, a, b] = args;
  process.stdout.write(ufScript(family, Number(a), Number(b ?? 0), seed, { apart }));
}
