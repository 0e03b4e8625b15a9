/**
 * Hash-consed terms. A `TermStore` owns a DAG in which every distinct term exists once and has
 * a dense integer id, so structurally equal terms are the same object and maps keyed by id
 * share work across the whole problem (`let` and `define-fun` never duplicate anything).
 *
 * `mk` type-checks against the operator table (kinds.ts) and reduces chainable and
 * associative applications to binary ones: `(< a b c)` is `(and (< a b) (< b c))`,
 * `(=> a b c)` is `(=> a (=> b c))`, `(bvadd a b c)` is `(bvadd (bvadd a b) c)`. There is no global state: each solver has its own store.
 */
import { SortError } from '../errors.js';
import type { SourceLoc } from '../errors.js';
import { growPairs } from '../util/hash.js';
import { opInfo, type Op, type OpInfo } from './kinds.js';
import type { Rational } from './rational.js';
import { Sort } from './sort.js';

export interface Term {
  readonly id: number;
  readonly op: Op;
  readonly sort: Sort;
  readonly args: readonly Term[];
  /** Value of an `int` literal, or of a `bv` literal (unsigned, below 2^width). */
  readonly value?: bigint;
  /** Numeral indices of an indexed operator: `[i, j]` for `(_ extract i j)`, `[i]` for `(_ repeat i)`. */
  readonly indices?: readonly number[];
  /** Symbol of a `var` or `fun`. */
  readonly name?: string;
  /** Value of a `real` literal. */
  readonly rational?: Rational;
  /** Argument sorts of a `fun` (its sort is the range). */
  readonly domain?: readonly Sort[];
  /** The `fun` applied by an `apply`. */
  readonly fn?: Term;
}

/**
 * FNV-1a over the UTF-16 code units of `s`, continuing from `h`.
 * @example hashString('Int', 0x811c9dc5)
 */
function hashString(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Mixes the bits of an FNV-1a hash (the finaliser of MurmurHash3) so that its low bits, which
 * pick the slot, depend on all of it: FNV's low bits follow the last argument id closely.
 */
function finalHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class TermStore {
  /**
   * The hash-consing table, open addressing with linear probing: each slot is a pair (id + 1,
   * hash) (id + 1 = 0: empty), at the first free place from the hash of (op, sort, extra,
   * argument ids). A probe reads the hash beside the id, in the same cache line, and compares
   * terms only when it matches; growing moves pairs without hashing any term again. Typed arrays
   * only: interning allocates nothing for a term that exists already, and the garbage collector
   * never walks the table (a Map of a million entries is walked at every full collection).
   */
  private slots = new Int32Array(2048);
  private readonly terms: Term[] = [];
  /** The `extra` of each term by id (its symbol, generation, literal value: see `intern`). */
  private readonly extras: string[] = [];

  readonly true: Term = this.intern('true', Sort.Bool, [], '');
  readonly false: Term = this.intern('false', Sort.Bool, [], '');

  /** Number of terms created so far (ids are 0..size-1). */
  get size(): number {
    return this.terms.length;
  }

  /** The term with id `id`. */
  get(id: number): Term {
    return this.terms[id]!;
  }

  private intern(
    op: Op,
    sort: Sort,
    args: readonly Term[],
    extra: string,
    value?: bigint,
    name?: string,
    indices?: readonly number[],
    more?: Pick<Term, 'rational' | 'domain' | 'fn'>,
  ): Term {
    let h = hashString(extra, hashString(sort.name, hashString(op, 0x811c9dc5)));
    for (let i = 0; i < args.length; i++) h = Math.imul(h ^ args[i]!.id, 0x01000193);
    h = finalHash(h);
    const { slots, terms } = this;
    const mask = (slots.length >> 1) - 1;
    let at = h & mask;
    for (let s = slots[at << 1]!; s !== 0; s = slots[at << 1]!) {
      if (slots[(at << 1) + 1] === h && this.same(terms[s - 1]!, op, sort, args, extra)) return terms[s - 1]!;
      at = (at + 1) & mask;
    }
    const id = terms.length;
    // Without a spread of `more` in the common case: a spread builds the object slowly.
    const t: Term = indices ? { id, op, sort, args, indices } : more === undefined ? { id, op, sort, args, value, name } : { id, op, sort, args, value, name, ...more };
    terms.push(t);
    this.extras.push(extra);
    slots[at << 1] = id + 1;
    slots[(at << 1) + 1] = h;
    // At most half full: probes stay short.
    if (4 * terms.length > slots.length) this.slots = growPairs(slots);
    return t;
  }

  /** Whether `t` is the term (op, sort, args, extra) that `intern` is asked for. */
  private same(t: Term, op: Op, sort: Sort, args: readonly Term[], extra: string): boolean {
    if (t.op !== op || (t.sort !== sort && t.sort.name !== sort.name) || t.args.length !== args.length || this.extras[t.id] !== extra) return false;
    for (let i = 0; i < args.length; i++) if (t.args[i] !== args[i]) return false;
    return true;
  }

  /**
   * The constant symbol `name` of `sort`; declaring the same name twice yields distinct
   * constants only through `fresh` (scoping is the interpreter's business).
   * @example store.var('x', Sort.Int)
   */
  var(name: string, sort: Sort, generation = 0): Term {
    return this.intern('var', sort, [], `${generation}|${name}`, undefined, name);
  }

  /** The Boolean constant. */
  bool(b: boolean): Term {
    return b ? this.true : this.false;
  }

  /** An integer literal. @example store.int(-3n) */
  int(value: bigint): Term {
    return this.intern('int', Sort.Int, [], value.toString(), value);
  }

  /** A real literal. @example store.real(rat(3n, 2n)) // 1.5 */
  real(value: Rational): Term {
    return this.intern('real', Sort.Real, [], `${value.num}/${value.den}`, undefined, undefined, undefined, { rational: value });
  }

  /**
   * The uninterpreted function symbol `name` of arity ≥ 1 (`declare-fun name (domain) range`);
   * `generation` separates symbols of the same name and signature, as in `var`.
   * @example const f = store.fun('f', [Sort.Int], Sort.Int)
   */
  fun(name: string, domain: readonly Sort[], range: Sort, generation = 0): Term {
    const extra = `${generation}|${name}|${domain.map((s) => s.name).join(' ')}`;
    return this.intern('fun', range, [], extra, undefined, name, undefined, { domain });
  }

  /**
   * The application of the function symbol `fn` (a `fun` term) to `args`; throws SortError
   * (located at `loc`) for a wrong number or sort of arguments.
   * @example store.apply(f, [x]) // (f x)
   */
  apply(fn: Term, args: readonly Term[], loc?: SourceLoc): Term {
    const domain = fn.domain!;
    if (args.length !== domain.length)
      throw new SortError(`'${fn.name}' expects ${domain.length} argument${domain.length === 1 ? '' : 's'}, got ${args.length}`, loc);
    domain.forEach((s, i) => {
      if (args[i]!.sort !== s) throw new SortError(`argument ${i + 1} of '${fn.name}' must have sort ${s.name}, got ${args[i]!.sort.name}`, loc);
    });
    return this.intern('apply', fn.sort, args, `${fn.id}`, undefined, undefined, undefined, { fn });
  }

  /**
   * The term `t` of another store rebuilt in this one over `args` (copies of its arguments;
   * `fn` the copy of an application's function symbol, by default imported too). Leaves are
   * copied as they are; a constant's generation becomes its id in the other store.
   * @example copy.set(t.id, store.import(t, t.args.map((a) => copy.get(a.id)!)))
   */
  import(t: Term, args: readonly Term[], fn?: Term): Term {
    switch (t.op) {
      case 'var':
        return this.var(t.name!, t.sort, t.id);
      case 'true':
      case 'false':
        return this.bool(t.op === 'true');
      case 'int':
        return this.int(t.value!);
      case 'real':
        return this.real(t.rational!);
      case 'bv':
        return this.bv(t.value!, t.sort.width);
      case 'fun':
        return this.fun(t.name!, t.domain!, t.sort, t.id);
      case 'apply':
        return this.apply(fn ?? this.import(t.fn!, []), args);
      default:
        return this.rebuild(t, args);
    }
  }

  /**
   * The bit-vector literal of `width` bits whose unsigned value is `value` modulo 2^width.
   * @example store.bv(-1n, 4) // #xf
   */
  bv(value: bigint, width: number): Term {
    const v = BigInt.asUintN(width, value);
    return this.intern('bv', Sort.bitVec(width), [], v.toString(), v);
  }

  /**
   * The constant array `((as const sort) value)`: every index maps to `value`; throws SortError
   * (located at `loc`) unless `sort` is an array sort whose element sort is `value`'s.
   * @example store.constArray(Sort.array(Sort.Int, Sort.Int), store.int(0n))
   */
  constArray(sort: Sort, value: Term, loc?: SourceLoc): Term {
    if (sort.kind !== 'Array') throw new SortError(`'const' needs an array sort, got ${sort.name}`, loc);
    if (value.sort !== sort.element) throw new SortError(`the value of a constant ${sort.name} must have sort ${sort.element!.name}, got ${value.sort.name}`, loc);
    return this.intern('const', sort, [value], '');
  }

  /**
   * Applies the operator named `name` (SMT-LIB spelling) to `args`, type-checking it;
   * `indices` are the numerals of an indexed operator (`(_ extract 7 0)` is `mk('extract', [x],
   * loc, [7, 0])`). Throws SortError (located at `loc` when given) for an unknown operator, a
   * wrong number of arguments or indices, or ill-sorted arguments.
   * @example store.mk('<=', [x, y]) // (<= x y)
   */
  mk(name: string, args: readonly Term[], loc?: SourceLoc, indices: readonly number[] = []): Term {
    const { info, sort } = sortOfApp(name, args.map((a) => a.sort), indices, loc);
    const op = info.op;
    if (args.length > 2) {
      switch (info.assoc) {
        case 'chainable': {
          const parts: Term[] = [];
          for (let i = 0; i + 1 < args.length; i++) parts.push(this.intern(op, sort, [args[i]!, args[i + 1]!], ''));
          return this.intern('and', Sort.Bool, parts, '');
        }
        // Each partial application has its own sort: for `concat` it is narrower than the whole.
        case 'left': {
          let acc = args[0]!;
          for (let i = 1; i < args.length; i++) {
            const part = i === args.length - 1 ? sort : sortOfApp(name, [acc.sort, args[i]!.sort], indices, loc).sort;
            acc = this.intern(op, part, [acc, args[i]!], '');
          }
          return acc;
        }
        case 'right': {
          let acc = args[args.length - 1]!;
          for (let i = args.length - 2; i >= 0; i--) {
            const part = i === 0 ? sort : sortOfApp(name, [args[i]!.sort, acc.sort], indices, loc).sort;
            acc = this.intern(op, part, [args[i]!, acc], '');
          }
          return acc;
        }
        case undefined:
          break;
      }
    }
    if (indices.length > 0) return this.intern(op, sort, args, indices.join(','), undefined, undefined, indices);
    return this.intern(op, sort, args, '');
  }

  /**
   * The application of `t`'s operator (with its indices) to new arguments, through `mk`.
   * Pre: `t` is an application (not a leaf).
   * @example store.rebuild(t, t.args.map(simplify))
   */
  rebuild(t: Term, args: readonly Term[]): Term {
    if (t.op === 'apply') return this.apply(t.fn!, args);
    if (t.op === 'const') return this.constArray(t.sort, args[0]!);
    return this.mk(t.op === 'neg' ? '-' : t.op, args, undefined, t.indices);
  }
}

/**
 * Type-checks the application of the operator named `name` (SMT-LIB spelling) to arguments of
 * sorts `args` with numeral `indices`: its table row and result sort, or a SortError (located
 * at `loc` when given) for an unknown operator, a wrong number of arguments or indices, or
 * ill-sorted arguments. `TermStore.mk` and the library's term builders share it.
 * @example sortOfApp('bvadd', [Sort.bitVec(8), Sort.bitVec(8)], []).sort // (_ BitVec 8)
 */
export function sortOfApp(name: string, args: readonly Sort[], indices: readonly number[], loc?: SourceLoc): { info: OpInfo; sort: Sort } {
  const info = opInfo(name, args.length);
  if (!info) throw new SortError(`unknown function symbol '${name}'`, loc);
  if ((info.indices ?? 0) !== indices.length) {
    if (!info.indices) throw new SortError(`'${name}' is not an indexed operator`, loc);
    throw new SortError(`'${name}' expects ${info.indices} ind${info.indices === 1 ? 'ex' : 'ices'}, got ${indices.length}`, loc);
  }
  const bad = info.checkIndices?.(indices);
  if (bad) throw new SortError(bad, loc);
  const min = info.arity[0];
  const max = info.arity[1];
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new SortError(`'${name}' expects ${want} argument${min === 1 && max === 1 ? '' : 's'}, got ${args.length}`, loc);
  }
  const sort = info.sort(args, indices);
  if (typeof sort === 'string') {
    const got = args.map((a) => a.name).join(' ');
    throw new SortError(`ill-sorted application of '${name}': ${sort} (got ${got})`, loc);
  }
  return { info, sort };
}
