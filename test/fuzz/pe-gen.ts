/**
 * Generated scripts in which some constants and functions are compared only by equalities that
 * occur negatively — the terms positive equality (src/preprocess/positive-equality.ts) gives
 * distinct values — mixed with general terms that occur anywhere.
 *
 * The formula is built top-down with its polarity known: `not` and the premise of `=>` flip it,
 * an `ite` condition is both, `and`/`or` and branches keep it. An atom built where the polarity
 * is negative may compare a *data* term (a data constant `d_i`, an application of the data
 * function `h` to general arguments, or an `ite` choosing between data and general terms) with
 * anything; a positive `distinct` may list data terms; everywhere else only general terms
 * appear (constants `x_i`, `f` of them, a predicate `q`). So the data symbols are p-symbols by
 * construction, and the general ones are mixed with them in every way the analysis must handle.
 *
 * `sort: 'U'` writes QF_UF over an uninterpreted sort; `sort: 'Int'` writes QF_UFIDL, with
 * difference atoms among the general atoms and data compared with `x + k`.
 */
import { between, rng } from '../support/rng.js';

export interface PeGenOptions {
  sort: 'U' | 'Int';
}

export function peScript(seed: number, options: PeGenOptions): string {
  const r = rng(seed * 7919 + 17);
  const n = (k: number) => between(r, 0, k - 1);
  const pick = <T>(xs: readonly T[]): T => xs[n(xs.length)]!;
  const S = options.sort;
  const xs = Array.from({ length: 2 + n(3) }, (_, i) => `x${i}`);
  const ds = Array.from({ length: 1 + n(4) }, (_, i) => `d${i}`);

  const int = (k: number) => (k < 0 ? `(- ${-k})` : `${k}`);
  const general = (depth: number): string => {
    if (depth <= 0 || n(3) > 0) return pick(xs);
    return `(f ${general(depth - 1)})`;
  };
  const data = (depth: number): string => {
    const k = n(6);
    if (k < 2 || depth <= 0) return pick(ds);
    if (k < 4) return `(h ${general(1)} ${general(1)})`;
    // A choice between data and general terms: its condition occurs both ways.
    return `(ite ${formula(1, 0)} ${data(depth - 1)} ${n(2) === 0 ? data(depth - 1) : general(1)})`;
  };
  const side = (): string => {
    if (S === 'Int' && n(3) === 0) return `(+ ${pick(xs)} ${int(n(5) - 2)})`;
    return n(2) === 0 ? data(2) : general(1);
  };
  // An atom over general terms only (allowed at any polarity).
  const generalAtom = (): string => {
    const k = n(4);
    if (k === 0) return `(q ${general(1)})`;
    if (S === 'Int' && k === 1) return `(<= (- ${pick(xs)} ${pick(xs)}) ${int(n(7) - 3)})`;
    if (k === 2) return `(distinct ${general(1)} ${general(1)} ${general(1)})`;
    return `(= ${general(1)} ${general(1)})`;
  };
  // An atom at polarity `pol` (1 positive, -1 negative, 0 both).
  const atom = (pol: number): string => {
    if (pol === -1 && n(3) > 0) return `(= ${data(2)} ${side()})`;
    if (pol === 1 && n(3) === 0) return `(distinct ${data(1)} ${side()}${n(2) === 0 ? ` ${data(1)}` : ''})`;
    return generalAtom();
  };
  const formula = (depth: number, pol: number): string => {
    const k = n(8);
    if (depth <= 0 || k < 2) return atom(pol);
    const m = 2 + n(2);
    const args = (p: number) => Array.from({ length: m }, () => formula(depth - 1, p)).join(' ');
    if (k < 4) return `(or ${args(pol)})`;
    if (k < 5) return `(and ${args(pol)})`;
    if (k < 6) return `(not ${formula(depth - 1, -pol)})`;
    if (k < 7) return `(=> ${formula(depth - 1, -pol)} ${formula(depth - 1, pol)})`;
    return `(ite ${formula(depth - 1, 0)} ${formula(depth - 1, pol)} ${formula(depth - 1, pol)})`;
  };

  const lines = [S === 'U' ? '(set-logic QF_UF)' : '(set-logic QF_UFIDL)'];
  if (S === 'U') lines.push('(declare-sort U 0)');
  for (const c of [...xs, ...ds]) lines.push(`(declare-fun ${c} () ${S})`);
  lines.push(`(declare-fun f (${S}) ${S})`, `(declare-fun h (${S} ${S}) ${S})`, `(declare-fun q (${S}) Bool)`);
  const asserts = 1 + n(5);
  for (let i = 0; i < asserts; i++) lines.push(`(assert ${formula(3, 1)})`);
  lines.push('(check-sat)');
  return lines.join('\n') + '\n';
}
