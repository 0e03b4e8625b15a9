/**
 * Generator of small QF_ABV / QF_AUFBV scripts for the differential test of arrays
 * (array-diff.test.ts): array constants over bit-vector indices (widths 1 to 4, so that small
 * finite index sorts occur) and bit-vector or Bool elements, nested `store`s, constant arrays,
 * `ite` over arrays, equalities and `distinct` between arrays under any polarity, reads at
 * index terms that are themselves arithmetic, and now and then an uninterpreted function over
 * the elements.
 */
import { Rng } from './idl-gen.js';

export interface ArrayScript {
  seed: number;
  /** The declarations (one command per line). */
  declarations: string[];
  /** The assertions' terms. */
  assertions: string[];
  /** The logic. */
  logic: 'QF_ABV' | 'QF_AUFBV';
}

const lit = (v: number, w: number) => `(_ bv${v} ${w})`;

/**
 * The script of `seed`.
 * @example generateArrayScript(1).assertions.length > 0 // true
 */
export function generateArrayScript(seed: number): ArrayScript {
  const r = new Rng(seed);
  const iw = r.pick([1, 2, 3, 4]);
  const boolElems = r.chance(0.15);
  const ew = r.pick([1, 2, 3, 4]);
  const esort = boolElems ? 'Bool' : `(_ BitVec ${ew})`;
  const asort = `(Array (_ BitVec ${iw}) ${esort})`;
  const uf = !boolElems && r.chance(0.2);
  const nArr = r.int(1, 3);
  const nIdx = r.int(1, 3);
  const nEl = r.int(1, 2);
  const declarations: string[] = [];
  for (let k = 0; k < nArr; k++) declarations.push(`(declare-fun a${k} () ${asort})`);
  for (let k = 0; k < nIdx; k++) declarations.push(`(declare-fun i${k} () (_ BitVec ${iw}))`);
  for (let k = 0; k < nEl; k++) declarations.push(`(declare-fun e${k} () ${esort})`);
  declarations.push('(declare-fun p () Bool)');
  if (uf) declarations.push(`(declare-fun f (${esort}) ${esort})`);

  const elemLit = () => (boolElems ? r.pick(['true', 'false']) : lit(r.int(0, (1 << ew) - 1), ew));
  const index = (d: number): string => {
    const c = r.int(0, 9);
    if (c < 5) return `i${r.int(0, nIdx - 1)}`;
    if (c < 8) return lit(r.int(0, (1 << iw) - 1), iw);
    return d > 0 ? `(bvadd ${index(d - 1)} ${lit(1, iw)})` : `i0`;
  };
  const array = (d: number): string => {
    const c = d <= 0 ? 0 : r.int(0, 9);
    if (c < 3) return `a${r.int(0, nArr - 1)}`;
    if (c < 7) return `(store ${array(d - 1)} ${index(1)} ${elem(d - 1)})`;
    if (c < 8) return `((as const ${asort}) ${elem(0)})`;
    return `(ite ${bool(d - 1)} ${array(d - 1)} ${array(d - 1)})`;
  };
  const elem = (d: number): string => {
    const c = d <= 0 ? r.int(0, 2) : r.int(0, 9);
    if (c < 1) return `e${r.int(0, nEl - 1)}`;
    if (c < 2) return elemLit();
    if (c < 3 || c < 7) return `(select ${array(d - 1)} ${index(1)})`;
    if (uf && c < 8) return `(f ${elem(d - 1)})`;
    if (boolElems) return `(not ${elem(d - 1)})`;
    return `(bvadd ${elem(d - 1)} ${elem(d - 1)})`;
  };
  const bool = (d: number): string => {
    const c = d <= 0 ? r.int(0, 1) : r.int(0, 9);
    if (c === 0) return 'p';
    if (c === 1) return `(= ${index(0)} ${index(0)})`;
    if (c < 4) return `(= ${elem(d - 1)} ${elem(d - 1)})`;
    if (c < 7) return `(= ${array(d - 1)} ${array(d - 1)})`;
    if (c < 8) return `(distinct ${array(d - 1)} ${array(d - 1)} ${array(d - 1)})`;
    if (c < 9) return `(not ${bool(d - 1)})`;
    return `(${r.pick(['and', 'or', '=>'])} ${bool(d - 1)} ${bool(d - 1)})`;
  };
  const assertions: string[] = [];
  const n = r.int(2, 5);
  for (let k = 0; k < n; k++) assertions.push(bool(3));
  return { seed, declarations, assertions, logic: uf ? 'QF_AUFBV' : 'QF_ABV' };
}

/** The script text: declarations, assertions, `check-sat`, `get-model` (with `set-logic` when `logic`). */
export function renderArrayScript(s: ArrayScript, logic = true): string {
  return [
    ...(logic ? [`(set-logic ${s.logic})`, '(set-option :produce-models true)'] : []),
    ...s.declarations,
    ...s.assertions.map((a) => `(assert ${a})`),
    '(check-sat)',
  ].join('\n');
}
