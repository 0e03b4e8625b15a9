/**
 * Builds the formulas of an SMT-LIB script through the library API, for differential tests:
 * the script is read as S-expressions by the test's own reader (`readResponses` of
 * test/fuzz/reference.ts, independent of eagersmt's parser), and every term is rebuilt with the
 * public builders and methods — `x.sub(y).le(3)`, `a.add(b)`, `If`, `Distinct`, `And`, ... —
 * and every command becomes the matching `Solver` call (`add`, `push`, `pop`, `check`,
 * `checkAssuming`, `model().eval`). Literal operands are passed to the methods as numbers or
 * bigints now and then (chosen by a seeded generator) rather than as terms, so the
 * conversion of JavaScript constants is exercised too.
 *
 * It understands what the generators of test/fuzz (idl-gen.ts, bv-gen.ts) write: declarations
 * of Bool, Int and bit-vector constants, `let` (parallel, with shadowing), the core, Int and
 * QF_BV operators, `push`/`pop`, `check-sat`, `check-sat-assuming`, `get-value`, `get-model`.
 */
import { And, BitVecVal, BitVec, Bool, BoolVal, Distinct, If, Implies, Int, IntVal, Not, Or, Solver, Xor } from '../../src/index.js';
import type { Arith, ModelValue } from '../../src/index.js';
import { Rng } from '../fuzz/idl-gen.js';
import { readResponses, type Resp } from '../fuzz/reference.js';

type Term = Bool | Arith | BitVec<number>;
/** A term, or a JavaScript literal standing for one. */
type Operand = Term | number | bigint | boolean;
type Scope = Map<string, Term>;

/** Calls a method by name on a term (the translation is dynamic; the API's types are checked in types.check.ts). */
function call(x: Term, method: string, ...args: unknown[]): Term {
  const f = (x as unknown as Record<string, (...a: unknown[]) => Term>)[method];
  if (typeof f !== 'function') throw new Error(`no method '${method}' on a ${x.sort} term`);
  return f.apply(x, args);
}

const BV_METHODS: Record<string, string> = {
  bvadd: 'add', bvsub: 'sub', bvmul: 'mul', bvudiv: 'udiv', bvurem: 'urem', bvsdiv: 'sdiv', bvsrem: 'srem',
  bvsmod: 'smod', bvand: 'and', bvor: 'or', bvxor: 'xor', bvnand: 'nand', bvnor: 'nor', bvxnor: 'xnor',
  bvshl: 'shl', bvlshr: 'lshr', bvashr: 'ashr', bvcomp: 'comp', bvult: 'ult', bvule: 'ule', bvugt: 'ugt',
  bvuge: 'uge', bvslt: 'slt', bvsle: 'sle', bvsgt: 'sgt', bvsge: 'sge',
}; // prettier-ignore
const INDEXED: Record<string, string> = {
  extract: 'extract', zero_extend: 'zeroExtend', sign_extend: 'signExtend', repeat: 'repeat',
  rotate_left: 'rotateLeft', rotate_right: 'rotateRight',
}; // prettier-ignore
const INT_COMPARE: Record<string, string> = { '<=': 'le', '<': 'lt', '>=': 'ge', '>': 'gt', '=': 'eq' };

/** The value and width of a bit-vector literal (`#b..`, `#x..`, `(_ bvN w)`), or undefined. */
function bvLiteral(e: Resp): { value: bigint; width: number } | undefined {
  if (typeof e === 'string') {
    if (e.startsWith('#b')) return { value: BigInt(`0b${e.slice(2)}`), width: e.length - 2 };
    if (e.startsWith('#x')) return { value: BigInt(`0x${e.slice(2)}`), width: 4 * (e.length - 2) };
    return undefined;
  }
  if (e.length === 3 && e[0] === '_' && typeof e[1] === 'string' && e[1].startsWith('bv') && /^\d+$/.test(e[1].slice(2)))
    return { value: BigInt(e[1].slice(2)), width: Number(e[2]) };
  return undefined;
}

/** Translates the terms of one script; `rng` decides when a literal operand is passed as a JS value. */
export class Translator {
  readonly consts: Scope = new Map();

  constructor(private readonly rng: Rng) {}

  /** A constant of the SMT-LIB sort `sort`. */
  declare(name: string, sort: Resp): Term {
    let t: Term;
    if (sort === 'Int') t = Int(name);
    else if (sort === 'Bool') t = Bool(name);
    else if (Array.isArray(sort) && sort[0] === '_' && sort[1] === 'BitVec') t = BitVec(name, Number(sort[2]));
    else throw new Error(`translate: unknown sort ${JSON.stringify(sort)}`);
    this.consts.set(name, t);
    return t;
  }

  /** The term of `e`. */
  term(e: Resp, scope: Scope = this.consts): Term {
    if (typeof e === 'string') {
      if (/^\d+$/.test(e)) return IntVal(BigInt(e));
      if (e === 'true' || e === 'false') return BoolVal(e === 'true');
      const lit = bvLiteral(e);
      if (lit) return BitVecVal(lit.value, lit.width);
      const t = scope.get(e.replace(/^\|(.*)\|$/, '$1'));
      if (!t) throw new Error(`translate: unknown symbol ${e}`);
      return t;
    }
    const lit = bvLiteral(e);
    if (lit) return BitVecVal(lit.value, lit.width);
    const [head, ...rest] = e;
    if (Array.isArray(head)) {
      // ((_ extract i j) x) and the other indexed operators
      const method = INDEXED[head[1] as string];
      if (head[0] !== '_' || !method) throw new Error(`translate: unknown operator ${JSON.stringify(head)}`);
      return call(this.term(rest[0]!, scope), method, ...head.slice(2).map(Number));
    }
    if (head === 'let') {
      const inner = new Map(scope);
      for (const b of rest[0] as Resp[]) inner.set((b as string[])[0]!, this.term((b as Resp[])[1]!, scope)); // parallel binding
      return this.term(rest[1]!, inner);
    }
    const args = () => rest.map((x) => this.term(x, scope));
    const ops = () => rest.map((x) => this.operand(x, scope));
    switch (head) {
      case 'and':
        return And(...(args() as Bool[]));
      case 'or':
        return Or(...(args() as Bool[]));
      case 'not':
        return Not(this.term(rest[0]!, scope) as Bool);
      case '=>':
        return (args() as Bool[]).reduceRight((acc, x) => Implies(x, acc));
      case 'xor':
        return (args() as Bool[]).reduce((acc, x) => Xor(acc, x));
      case 'ite':
        return If(this.term(rest[0]!, scope) as Bool, ...(this.someTerm(rest.slice(1), scope) as [never, never]));
      case 'distinct':
        return Distinct(...(this.someTerm(rest, scope) as never[]));
      case '=':
      case '<=':
      case '<':
      case '>=':
      case '>': {
        const xs = ops();
        if (typeof xs[0] !== 'object') xs[0] = this.term(rest[0]!, scope); // the receiver must be a term
        const pairs: Bool[] = [];
        for (let i = 0; i + 1 < xs.length; i++) {
          const a = typeof xs[i] === 'object' ? (xs[i] as Term) : this.term(rest[i]!, scope);
          pairs.push(call(a, INT_COMPARE[head]!, xs[i + 1]) as Bool);
        }
        return pairs.length === 1 ? pairs[0]! : And(...pairs);
      }
      case '+':
        return call(this.term(rest[0]!, scope), 'add', ...ops().slice(1));
      case '-':
        return rest.length === 1 ? call(this.term(rest[0]!, scope), 'neg') : call(this.term(rest[0]!, scope), 'sub', ...ops().slice(1));
      case '*':
        return call(this.term(rest[0]!, scope), 'mul', ...ops().slice(1));
      case 'bvnot':
        return call(this.term(rest[0]!, scope), 'not');
      case 'bvneg':
        return call(this.term(rest[0]!, scope), 'neg');
      case 'concat':
        return call(this.term(rest[0]!, scope), 'concat', ...args().slice(1));
      default: {
        const method = BV_METHODS[head as string];
        if (!method) throw new Error(`translate: unknown operator ${String(head)}`);
        // n-ary bvadd/bvand/... are left-associative
        const xs = ops();
        return xs.slice(1).reduce<Term>((acc, x) => call(acc, method, x), this.term(rest[0]!, scope));
      }
    }
  }

  /** Operands of which at least one is a term, so that it gives the sort of the literals. */
  private someTerm(es: readonly Resp[], scope: Scope): Operand[] {
    const xs = es.map((x) => this.operand(x, scope));
    if (!xs.some((x) => typeof x === 'object')) xs[0] = this.term(es[0]!, scope);
    return xs;
  }

  /** The term of `e`, or for a literal now and then its JavaScript value (number, bigint or boolean). */
  private operand(e: Resp, scope: Scope): Operand {
    if (!this.rng.chance(0.5)) return this.term(e, scope);
    if (typeof e === 'string' && /^\d+$/.test(e)) return Number.isSafeInteger(Number(e)) && this.rng.chance(0.5) ? Number(e) : BigInt(e);
    if (e === 'true' || e === 'false') return e === 'true';
    const lit = bvLiteral(e);
    // A JS constant takes the other operand's width, so only a literal whose value fits in any width it can meet is passed bare.
    if (lit && lit.value < 2n) return lit.value;
    return this.term(e, scope);
  }
}

/** What running a script through the API gave. */
export interface ApiRun {
  /** The answer of each check, in order. */
  statuses: string[];
  /** Models that do not satisfy the assertions (and assumptions), or values of the wrong kind. */
  problems: string[];
  /** For the first `sat` check: the values of the constants, as SMT-LIB equalities. */
  modelFacts?: string[];
  /** The translator, for evaluating further terms over the same constants. */
  translator: Translator;
  /** The model of the first `sat` check. */
  evaluate?: (e: Resp) => ModelValue;
}

/** Called after each check of `runThroughApi` with the solver, its answer and the assumptions of the check. */
export type CheckHook = (solver: Solver, status: string, assumed: readonly Bool[]) => void;

/**
 * Runs every command of `text` through a new `Solver`: declarations become constants,
 * assertions `add`, checks `check`/`checkAssuming`. After each `sat` it evaluates every
 * assertion in scope (and the assumptions) under `solver.model()` and records those that are
 * not true.
 * @example const { statuses } = await runThroughApi('(declare-const x Int)(assert (< x 0))(check-sat)', 1);
 */
export async function runThroughApi(text: string, seed: number, timeout = 30, onCheck?: CheckHook): Promise<ApiRun> {
  const rng = new Rng(seed);
  const tr = new Translator(rng);
  const solver = new Solver({ timeout });
  const frames: Bool[][] = [[]];
  const run: ApiRun = { statuses: [], problems: [], translator: tr };
  const afterCheck = (status: string, assumed: Bool[]) => {
    run.statuses.push(status);
    onCheck?.(solver, status, assumed);
    if (status !== 'sat') return;
    const model = solver.model();
    for (const f of [...frames.flat(), ...assumed]) if (model.eval(f) !== true) run.problems.push(`check ${run.statuses.length}: ${f} is not true under the model`);
    if (run.modelFacts) return;
    run.modelFacts = [...tr.consts].map(([name, c]) => `(= ${name} ${smtValue(model.get(c as never) as ModelValue)})`);
    run.evaluate = (e) => model.eval(tr.term(e) as never) as ModelValue;
  };
  for (const cmd of readResponses(text)) {
    if (!Array.isArray(cmd)) throw new Error(`translate: not a command: ${cmd}`);
    const [name, ...args] = cmd;
    switch (name) {
      case 'set-option':
      case 'set-logic':
      case 'set-info':
      case 'get-model':
        break;
      case 'declare-const':
        tr.declare(args[0] as string, args[1]!);
        break;
      case 'declare-fun':
        tr.declare(args[0] as string, args[2]!);
        break;
      case 'assert': {
        const f = tr.term(args[0]!) as Bool;
        solver.add(f);
        frames[frames.length - 1]!.push(f);
        break;
      }
      case 'push':
        for (let i = 0; i < Number(args[0] ?? 1); i++) {
          solver.push();
          frames.push([]);
        }
        break;
      case 'pop':
        solver.pop(Number(args[0] ?? 1));
        frames.length -= Number(args[0] ?? 1);
        break;
      case 'check-sat':
        afterCheck(await solver.check(), []);
        break;
      case 'check-sat-assuming': {
        const assumed = (args[0] as Resp[]).map((a) => tr.term(a) as Bool);
        afterCheck(await solver.checkAssuming(assumed), assumed);
        break;
      }
      case 'get-value':
        if (run.statuses.at(-1) === 'sat') {
          const model = solver.model();
          for (const e of args[0] as Resp[]) {
            const t = tr.term(e);
            const v = model.eval(t as never) as ModelValue;
            const want = t.kind === 'Bool' ? 'boolean' : t.kind === 'Int' ? 'bigint' : 'object';
            if (typeof v !== want) run.problems.push(`get-value: ${t} gave a ${typeof v}`);
          }
        }
        break;
      default:
        throw new Error(`translate: unknown command ${String(name)}`);
    }
  }
  return run;
}

/** A model value as an SMT-LIB constant. */
export function smtValue(v: ModelValue): string {
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v < 0n ? `(- ${-v})` : String(v);
  return String(v);
}
