/**
 * The operators eagersmt knows, one table: SMT-LIB name, arity, and the sort rule that
 * type-checks an application. The elaborator consults only this table, so adding an operator
 * (a later theory) is one row here plus its reduction.
 *
 * Arity is `[min, max]` (max = Infinity for n-ary). Chainable (`=`, `<=`, ...) and associative
 * forms are turned into binary ones by the term store, per SMT-LIB 2.6 §3.6 attributes
 * `:chainable`, `:left-assoc`, `:right-assoc`.
 */
import { Sort } from './sort.js';

export type Op =
  // leaves
  | 'var' // declared constant (0-ary function), `name` holds its symbol
  | 'true'
  | 'false'
  | 'int' // integer literal, `value` holds a bigint (any sign)
  // Core
  | 'not'
  | 'and'
  | 'or'
  | 'xor'
  | '=>'
  | '='
  | 'distinct'
  | 'ite'
  // Ints
  | '+'
  | '-' // binary subtraction
  | 'neg' // unary minus, written `(- x)`
  | '*'
  | '<='
  | '<'
  | '>='
  | '>';

/** How an operator's argument sorts determine its result, or a message for a mismatch. */
export type SortRule = (args: readonly Sort[]) => Sort | string;

export interface OpInfo {
  op: Op;
  /** Minimum and maximum number of arguments. */
  arity: [number, number];
  sort: SortRule;
  /** How an n-ary application is reduced to binary ones, if it is. */
  assoc?: 'chainable' | 'left' | 'right';
}

const allBool: SortRule = (args) =>
  args.every((s) => s === Sort.Bool) ? Sort.Bool : 'arguments must be Bool';
const allInt: SortRule = (args) =>
  args.every((s) => s === Sort.Int) ? Sort.Int : 'arguments must be Int';
const intCompare: SortRule = (args) =>
  args.every((s) => s === Sort.Int) ? Sort.Bool : 'arguments must be Int';
const sameSort: SortRule = (args) =>
  args.every((s) => s === args[0]) ? Sort.Bool : 'arguments must have the same sort';

const table: OpInfo[] = [
  { op: 'not', arity: [1, 1], sort: allBool },
  { op: 'and', arity: [0, Infinity], sort: allBool },
  { op: 'or', arity: [0, Infinity], sort: allBool },
  { op: 'xor', arity: [2, Infinity], sort: allBool, assoc: 'left' },
  { op: '=>', arity: [2, Infinity], sort: allBool, assoc: 'right' },
  { op: '=', arity: [2, Infinity], sort: sameSort, assoc: 'chainable' },
  { op: 'distinct', arity: [2, Infinity], sort: sameSort },
  {
    op: 'ite',
    arity: [3, 3],
    sort: ([c, t, e]) =>
      c !== Sort.Bool ? 'the condition must be Bool' : t !== e ? 'both branches must have the same sort' : t!,
  },
  { op: '+', arity: [1, Infinity], sort: allInt },
  { op: '-', arity: [2, Infinity], sort: allInt, assoc: 'left' },
  { op: 'neg', arity: [1, 1], sort: allInt },
  { op: '*', arity: [1, Infinity], sort: allInt },
  { op: '<=', arity: [2, Infinity], sort: intCompare, assoc: 'chainable' },
  { op: '<', arity: [2, Infinity], sort: intCompare, assoc: 'chainable' },
  { op: '>=', arity: [2, Infinity], sort: intCompare, assoc: 'chainable' },
  { op: '>', arity: [2, Infinity], sort: intCompare, assoc: 'chainable' },
];

const byName = new Map<string, OpInfo>(table.map((info) => [info.op, info]));

/**
 * The operator named `name` in SMT-LIB (`-` with one argument is `neg`), or undefined.
 * @example opInfo('<=', 2)?.assoc // 'chainable'
 */
export function opInfo(name: string, argc: number): OpInfo | undefined {
  if (name === '-' && argc === 1) return byName.get('neg');
  if (name === 'neg' || name === 'var' || name === 'int') return undefined;
  return byName.get(name);
}
