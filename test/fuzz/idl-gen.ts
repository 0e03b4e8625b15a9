/**
 * A seeded random generator of QF_IDL SMT-LIB scripts, for differential testing against Z3.
 *
 * Every script is a function of its seed alone (own PRNG, mulberry32; never `Math.random`), so a
 * failure is reproduced by its seed. The formulas are built the way grammar-based fuzzers for
 * SMT solvers build them (in the manner of Brummayer and Biere's FuzzSMT, SMT'09): a random
 * Boolean skeleton over difference atoms, sized so that the answers split between `sat` and
 * `unsat`: 44% of the checks of seeds 1..1,000 and 45% of seeds 1,001..10,000 are `unsat` (the
 * differential test prints this tally).
 *
 * What a script exercises:
 * - Boolean structure: `and`, `or`, `not`, `=>`, `xor`, `ite` on Bool, `=` on Bool, `true`/`false`,
 *   Bool constants declared with `declare-fun` and `declare-const`;
 * - every difference-atom shape, for `op` in `<= < >= > =`:
 *   `(op (- x y) c)`, `(op x y)`, `(op x c)`, `(op c x)`, `(op (- x y) (- c))`, `(op x (+ y c))`,
 *   `(op (+ x c) y)`, and `distinct` with 2..4 arguments, where `x`, `y` are Int variables,
 *   Int-sorted `let` names or `ite`s over such terms (so `(<= (ite b x y) z)` occurs);
 * - `let` bound to Int terms and to formulas, with shadowing of outer `let` names and of declared
 *   constants (even with a change of sort), and SMT-LIB's parallel binding;
 * - small constants and constants beyond 2^53 (9007199254740993, 10^20, 2^64, negative ones written
 *   `(- n)`), chosen around one big base per script so that cycles of big constants cancel exactly;
 * - several `assert`s, `push`/`pop`, `check-sat-assuming` with Bool literals, `get-value`.
 *
 * The same generator writes QF_RDL (`theory: 'rdl'`: Real constants, and constants such as `2.5`,
 * `(/ 7 3)`, `(- (/ 1 4))`, `(- 2.0)`) and QF_UFIDL scripts (`theory: 'ufidl'`: Int terms may also
 * be applications `(f t)`, `(g t u)` of uninterpreted functions, nested, and Bool leaves `(p t)`);
 * for the default `idl` it draws exactly the random numbers it always did, so seeds keep their
 * scripts.
 *
 * Every script ends with `(check-sat)`; scripts with `push`/`pop` or `check-sat-assuming` have more
 * than one check. The script is returned both as text and as a list of commands, so that a test
 * can insert queries after each check or wrap checks with extra assertions.
 *
 * @example
 * ```ts
 * const script = generateIdlScript(42);
 * console.log(script.text);        // (set-option :produce-models true) (set-logic QF_IDL) ...
 * script.commands.filter(isCheck); // the check-sat / check-sat-assuming commands
 * ```
 */

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast, and good enough for test shapes.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform integer in `[lo, hi]` (inclusive; hi - lo < 2^32). */
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() / 0x1_0000_0000 < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[this.int(0, items.length - 1)]!;
  }
}

/** The command kinds a generated script contains. */
export type IdlCommandKind =
  | 'set-option'
  | 'set-logic'
  | 'declare'
  | 'assert'
  | 'push'
  | 'pop'
  | 'check-sat'
  | 'check-sat-assuming'
  | 'get-model'
  | 'get-value';

/** One top-level command: its kind and its exact SMT-LIB text. */
export interface IdlCommand {
  kind: IdlCommandKind;
  text: string;
}

/** A generated script: the text, the same as commands, and the declared constants. */
export interface IdlScript {
  seed: number;
  /** The whole script, one command per line. */
  text: string;
  commands: IdlCommand[];
  /** The arithmetic constants (of sort `Real` for `rdl`, else `Int`). */
  intVars: string[];
  boolVars: string[];
  /** `ufidl`: the uninterpreted functions and their arities (`f`: 1, `g`: 2, `p`: 1, Bool). */
  functions: [string, number][];
}

/** What a script is over: QF_IDL, QF_RDL (reals) or QF_UFIDL (with uninterpreted functions). */
export type Theory = 'idl' | 'rdl' | 'ufidl';

/** Size knobs; every range is inclusive. The defaults give 30–70% unsat answers. */
export interface IdlGenOptions {
  intVars: [number, number];
  boolVars: [number, number];
  /** Nesting depth of the Boolean skeleton of one assertion. */
  depth: [number, number];
  /** Assertions before the first check. */
  asserts: [number, number];
  theory: Theory;
  /**
   * Only `and`, `or`, non-strict atoms (`<=`, `>=`, `=`) and no `ite` over Int terms: formulas
   * without a strict constraint in either polarity (for the QF_RDL reduction's cheaper scaling).
   */
  monotone: boolean;
}

export const DEFAULT_IDL_GEN_OPTIONS: IdlGenOptions = {
  intVars: [2, 8],
  boolVars: [1, 4],
  depth: [1, 5],
  asserts: [2, 8],
  theory: 'idl',
  monotone: false,
};

const LOGIC: Record<Theory, string> = { idl: 'QF_IDL', rdl: 'QF_RDL', ufidl: 'QF_UFIDL' };
const FUNCTIONS: [string, number][] = [['f', 1], ['g', 2], ['p', 1]];

/** True for `check-sat` and `check-sat-assuming`. */
export function isCheck(cmd: IdlCommand): boolean {
  return cmd.kind === 'check-sat' || cmd.kind === 'check-sat-assuming';
}

/** Joins commands into script text, one per line. */
export function renderScript(commands: readonly IdlCommand[]): string {
  return commands.map((c) => c.text).join('\n') + '\n';
}

/** Writes an integer as an SMT-LIB term: `5`, or `(- 5)` for negatives. */
export function intLiteral(n: bigint): string {
  return n < 0n ? `(- ${-n})` : `${n}`;
}

/** Big bases of constants: just past 2^53, 10^20, 2^63 - 1, 2^64. */
const BIG_BASES: readonly bigint[] = [9007199254740993n, 10n ** 20n, 2n ** 63n - 1n, 2n ** 64n];

const REL_OPS = ['<=', '<', '>=', '>', '='] as const;
const NON_STRICT_OPS = ['<=', '>=', '='] as const;

type Sort = 'Int' | 'Bool';

/** Names in scope: declared constants, then `let` names, later entries shadowing earlier ones. */
type Scope = ReadonlyMap<string, Sort>;

/** Generates scripts for one seed; one instance per script. */
class IdlGenerator {
  private readonly rng: Rng;
  private readonly intVars: string[] = [];
  private readonly boolVars: string[] = [];
  /** Constants are `base + small` or `-(base + small)`; base is 0 for most scripts. */
  private readonly bigBase: bigint;
  /** Largest small constant; about the number of variables, so cycles can be tight. */
  private readonly smallMax: number;
  private letCounter = 0;
  /** Denominators of QF_RDL constants. */
  private denominators = [1, 1, 2, 3, 4, 10];

  constructor(
    private readonly seed: number,
    private readonly opts: IdlGenOptions,
  ) {
    this.rng = new Rng(seed ^ 0x9e3779b9);
    const nInt = this.rng.int(...opts.intVars);
    const nBool = this.rng.int(...opts.boolVars);
    for (let i = 0; i < nInt; i++) this.intVars.push(`x${i}`);
    for (let i = 0; i < nBool; i++) this.boolVars.push(`b${i}`);
    this.bigBase = this.rng.chance(0.15) ? this.rng.pick(BIG_BASES) : 0n;
    // Ackermann constraints over wide constants make slow tests; big constants are the IDL tests' part.
    if (opts.theory === 'ufidl') this.bigBase = 0n;
    // Half the QF_RDL scripts have integer constants only: strict cycles such as x < y < x + 1
    // are then satisfiable over the reals but not over the integers.
    if (opts.theory === 'rdl' && this.rng.chance(0.5)) this.denominators = [1];
    this.smallMax = this.rng.int(2, Math.max(3, nInt + 2));
  }

  script(): IdlScript {
    const rng = this.rng;
    const cmds: IdlCommand[] = [
      { kind: 'set-option', text: '(set-option :produce-models true)' },
      { kind: 'set-logic', text: `(set-logic ${LOGIC[this.opts.theory]})` },
    ];
    const functions = this.opts.theory === 'ufidl' ? FUNCTIONS : [];
    for (const [f, arity] of functions)
      cmds.push({ kind: 'declare', text: `(declare-fun ${f} (${Array(arity).fill('Int').join(' ')}) ${f === 'p' ? 'Bool' : 'Int'})` });
    for (const v of [...this.intVars, ...this.boolVars]) {
      const sort = v.startsWith('x') ? (this.opts.theory === 'rdl' ? 'Real' : 'Int') : 'Bool';
      cmds.push({
        kind: 'declare',
        text: rng.chance(0.5) ? `(declare-fun ${v} () ${sort})` : `(declare-const ${v} ${sort})`,
      });
    }
    const assert = () => cmds.push({ kind: 'assert', text: `(assert ${this.formula()})` });
    const maybeGetValue = () => {
      if (rng.chance(0.3)) cmds.push({ kind: 'get-value', text: `(get-value (${this.someVars().join(' ')}))` });
    };
    const nAsserts = rng.int(...this.opts.asserts);
    for (let i = 0; i < nAsserts; i++) assert();

    if (rng.chance(0.3)) {
      // A scope: assertions that are retracted again, possibly nested two deep.
      const outer = rng.chance(0.2) ? 2 : 1;
      cmds.push({ kind: 'push', text: `(push ${outer})` });
      for (let i = rng.int(1, 2); i > 0; i--) assert();
      cmds.push({ kind: 'check-sat', text: '(check-sat)' });
      maybeGetValue();
      if (rng.chance(0.3)) {
        cmds.push({ kind: 'push', text: '(push 1)' });
        assert();
        cmds.push({ kind: 'check-sat', text: '(check-sat)' });
        cmds.push({ kind: 'pop', text: '(pop 1)' });
      }
      cmds.push({ kind: 'pop', text: `(pop ${outer})` });
    }
    if (rng.chance(0.25)) {
      cmds.push({ kind: 'check-sat-assuming', text: `(check-sat-assuming (${this.assumptions().join(' ')}))` });
      maybeGetValue();
    }
    if (rng.chance(0.3)) {
      // A mid-script check, then more assertions.
      cmds.push({ kind: 'check-sat', text: '(check-sat)' });
      assert();
    }
    cmds.push({ kind: 'check-sat', text: '(check-sat)' });
    maybeGetValue();
    return {
      seed: this.seed,
      text: renderScript(cmds),
      commands: cmds,
      intVars: [...this.intVars],
      boolVars: [...this.boolVars],
      functions,
    };
  }

  /** A non-empty random subset of the declared constants, in declaration order. */
  private someVars(): string[] {
    const all = [...this.intVars, ...this.boolVars];
    const some = all.filter(() => this.rng.chance(0.5));
    return some.length > 0 ? some : [this.rng.pick(all)];
  }

  /** 1..3 distinct Bool constants, each possibly negated. */
  private assumptions(): string[] {
    const n = this.rng.int(1, Math.min(3, this.boolVars.length));
    const pool = [...this.boolVars];
    const lits: string[] = [];
    for (let i = 0; i < n; i++) {
      const b = pool.splice(this.rng.int(0, pool.length - 1), 1)[0]!;
      lits.push(this.rng.chance(0.5) ? b : `(not ${b})`);
    }
    return lits;
  }

  private formula(): string {
    const scope = new Map<string, Sort>();
    for (const v of this.intVars) scope.set(v, 'Int');
    for (const b of this.boolVars) scope.set(b, 'Bool');
    // Unconditional facts (a top-level atom, its negation, a conjunction of atoms) feed the
    // encoder's bound tightening, the riskiest shortcut it takes: make them common.
    const rng = this.rng;
    if (this.opts.monotone) return this.bool(rng.int(...this.opts.depth), scope);
    if (rng.chance(0.3)) {
      const ints = this.names(scope, 'Int');
      const fact = () => {
        const r = rng.next() % 100;
        if (r < 15) return `(distinct ${rng.pick(ints)} ${rng.pick(ints)})`;
        return r < 35 ? `(not ${this.atom(scope)})` : this.atom(scope);
      };
      return rng.chance(0.3) ? `(and ${fact()} ${fact()})` : fact();
    }
    return this.bool(rng.int(...this.opts.depth), scope);
  }

  /** Names of one sort visible in `scope`. */
  private names(scope: Scope, sort: Sort): string[] {
    const out: string[] = [];
    for (const [name, s] of scope) if (s === sort) out.push(name);
    return out;
  }

  /** A Bool term of nesting depth at most `depth`. */
  private bool(depth: number, scope: Scope): string {
    const rng = this.rng;
    if (depth <= 0 || rng.chance(0.15)) return this.boolLeaf(scope);
    const d = depth - 1;
    const args = (lo: number, hi: number) => Array.from({ length: rng.int(lo, hi) }, () => this.bool(d, scope));
    if (this.opts.monotone) return `(${rng.chance(0.5) ? 'and' : 'or'} ${args(2, 4).join(' ')})`;
    switch (rng.int(0, 9)) {
      case 0:
      case 1:
        return `(and ${args(2, 4).join(' ')})`;
      case 2:
      case 3:
        return `(or ${args(2, 4).join(' ')})`;
      case 4:
        return `(not ${this.bool(d, scope)})`;
      case 5:
        return `(=> ${args(2, 3).join(' ')})`;
      case 6:
        return `(xor ${args(2, 2).join(' ')})`;
      case 7:
        return `(ite ${this.bool(d, scope)} ${this.bool(d, scope)} ${this.bool(d, scope)})`;
      case 8:
        return `(= ${args(2, 3).join(' ')})`;
      default:
        return this.let(d, scope);
    }
  }

  /**
   * `(let ((n1 t1) ...) body)`: binds Int terms and formulas. Bound terms are built in the outer
   * scope (SMT-LIB's parallel `let`); names are fresh, or reuse an outer name to shadow it —
   * sometimes a declared constant, sometimes with the other sort.
   */
  private let(depth: number, scope: Scope): string {
    const rng = this.rng;
    const inner = new Map(scope);
    const bindings: string[] = [];
    const used = new Set<string>();
    for (let i = rng.int(1, 2); i > 0; i--) {
      const sort: Sort = rng.chance(0.5) ? 'Int' : 'Bool';
      let name = rng.chance(0.3) ? rng.pick([...scope.keys()]) : '';
      // A let may not bind one name twice, and atoms need some Int name to remain.
      const lastInt = inner.get(name) === 'Int' && sort === 'Bool' && this.names(inner, 'Int').length <= 1;
      if (name === '' || used.has(name) || lastInt) name = `${sort === 'Int' ? 'i' : 'p'}${this.letCounter++}`;
      used.add(name);
      const term = sort === 'Int' ? this.intTerm(Math.min(depth, 2), scope) : this.bool(Math.min(depth, 2), scope);
      bindings.push(`(${name} ${term})`);
      // Shadowing moves the name to the end of the map, so it wins in `names`.
      inner.delete(name);
      inner.set(name, sort);
    }
    return `(let (${bindings.join(' ')}) ${this.bool(depth, inner)})`;
  }

  private boolLeaf(scope: Scope): string {
    const rng = this.rng;
    const r = rng.next() % 100;
    const bools = this.names(scope, 'Bool');
    if (r < 75 || bools.length === 0) return this.atom(scope);
    if (this.opts.theory === 'ufidl' && r < 85) return `(p ${this.intTerm(1, scope)})`;
    if (r < 96) return rng.pick(bools);
    return rng.chance(0.5) ? 'true' : 'false';
  }

  /**
   * An Int term that keeps atoms in difference logic: an Int name, or an `ite` over such terms.
   */
  private intTerm(depth: number, scope: Scope): string {
    const ints = this.names(scope, 'Int');
    if (depth > 0 && !this.opts.monotone && this.rng.chance(0.12)) {
      return `(ite ${this.bool(Math.min(depth - 1, 1), scope)} ${this.intTerm(depth - 1, scope)} ${this.intTerm(depth - 1, scope)})`;
    }
    if (this.opts.theory === 'ufidl' && this.rng.chance(0.15)) {
      // An application; its arguments are smaller terms or constants (so f(1) = f(x) matters).
      const arg = () => (this.rng.chance(0.25) ? intLiteral(BigInt(this.rng.int(-2, 2))) : this.intTerm(Math.max(0, depth - 1), scope));
      return this.rng.chance(0.6) ? `(f ${arg()})` : `(g ${arg()} ${arg()})`;
    }
    return this.rng.pick(ints);
  }

  /** A constant: mostly small, around ±bigBase when the script has one. */
  private constant(): bigint {
    const small = BigInt(this.rng.int(-this.smallMax, this.smallMax));
    if (this.bigBase === 0n || this.rng.chance(0.4)) return small;
    return this.rng.chance(0.5) ? this.bigBase + small : -this.bigBase + small;
  }

  /** Two Int terms, usually different. */
  private pair(scope: Scope): [string, string] {
    const x = this.intTerm(1, scope);
    let y = this.intTerm(1, scope);
    for (let tries = 0; y === x && tries < 3 && !this.rng.chance(0.05); tries++) y = this.intTerm(1, scope);
    return [x, y];
  }

  /** A constant as text: an integer literal, or for `rdl` a decimal or a quotient. */
  private literal(c: bigint): string {
    if (this.opts.theory !== 'rdl') return intLiteral(c);
    const rng = this.rng;
    const den = BigInt(rng.pick(this.denominators));
    const abs = c < 0n ? -c : c;
    let text: string;
    if (den === 1n) text = rng.chance(0.5) ? `${abs}.0` : `${abs}`;
    else if ((den === 2n || den === 4n || den === 10n) && rng.chance(0.5)) {
      const scaled = (abs * 100n) / den; // exact for 2, 4, 10
      text = `${scaled / 100n}.${(scaled % 100n).toString().padStart(2, '0')}`;
    } else text = `(/ ${abs} ${den})`;
    return c < 0n ? `(- ${text})` : text;
  }

  private atom(scope: Scope): string {
    const rng = this.rng;
    if (!this.opts.monotone && rng.chance(0.06)) {
      const n = rng.int(2, 4);
      return `(distinct ${Array.from({ length: n }, () => this.intTerm(1, scope)).join(' ')})`;
    }
    const op = rng.pick(this.opts.monotone ? NON_STRICT_OPS : REL_OPS);
    const [x, y] = this.pair(scope);
    const c = this.constant();
    switch (rng.int(0, 6)) {
      case 0:
        return `(${op} (- ${x} ${y}) ${this.literal(c)})`;
      case 1:
        return `(${op} ${x} ${y})`;
      case 2:
        return `(${op} ${x} ${this.literal(c)})`;
      case 3:
        return `(${op} ${this.literal(c)} ${x})`;
      case 4: {
        const pos = c === 0n ? 1n : c < 0n ? -c : c;
        return `(${op} (- ${x} ${y}) (- ${this.literal(pos)}))`;
      }
      case 5:
        return `(${op} ${x} (+ ${y} ${this.literal(c)}))`;
      default:
        return `(${op} (+ ${x} ${this.literal(c)}) ${y})`;
    }
  }
}

/**
 * Generates the script for `seed`. The same seed and options always give the same script.
 *
 * @example
 * ```ts
 * const { text, intVars } = generateIdlScript(7, { ...DEFAULT_IDL_GEN_OPTIONS, intVars: [3, 3] });
 * ```
 */
export function generateIdlScript(seed: number, options: Partial<IdlGenOptions> = {}): IdlScript {
  return new IdlGenerator(seed, { ...DEFAULT_IDL_GEN_OPTIONS, ...options }).script();
}
