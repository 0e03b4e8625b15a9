/**
 * Evaluation of terms under a model: the independent check that every `sat` answer is right.
 * It works on the original term DAG, not on anything the encoder produced, with exact bigint
 * arithmetic, and it uses an explicit stack so that deep terms cannot overflow the call stack.
 * A bit-vector's value is its unsigned bigint; the operators mean what terms/bitvec.ts says.
 * Reals are exact rationals (terms/rational.ts); an application of an uninterpreted function
 * looks its arguments up in the function's table (model/value.ts); arrays are `ArrayValue`s,
 * compared extensionally.
 */
import { InternalError, UnsupportedError, assertExhaustive } from '../errors.js';
import { bvApply } from '../terms/bitvec.js';
import { rat, ratAdd, ratCmp, ratDiv, ratMul, ratNeg, ratSub } from '../terms/rational.js';
import { postOrder } from '../terms/walk.js';
import { ArrayValue, defaultValue, FunTable, valueEq } from './value.js';
export { ArrayValue, FunTable };
/**
 * Evaluates `term` under `assignment`; constants missing from it take the default value of
 * their sort (`false`, `0`, the zero bit-vector). `memo` may be shared between calls on the same assignment.
 * @example evaluate(store.mk('<=', [x, store.int(3n)]), new Map([[x.id, 2n]])) // true
 */
export function evaluate(term, assignment, memo = new Map()) {
    postOrder([term], (t) => memo.has(t.id), (t) => t.args, (t) => memo.set(t.id, apply(t, t.args.map((a) => memo.get(a.id)), assignment)));
    return memo.get(term.id);
}
/** Arithmetic over rationals, for Real-sorted terms (and comparisons of them). */
function applyReal(t, v) {
    switch (t.op) {
        case '+':
            return v.reduce(ratAdd, rat(0n));
        case '-':
            return ratSub(v[0], v[1]);
        case 'neg':
            return ratNeg(v[0]);
        case '*':
            return v.reduce(ratMul, rat(1n));
        case '/':
            if (v[1].num === 0n)
                throw new UnsupportedError('division by zero is not supported');
            return ratDiv(v[0], v[1]);
        case '<=':
            return ratCmp(v[0], v[1]) <= 0;
        case '<':
            return ratCmp(v[0], v[1]) < 0;
        case '>=':
            return ratCmp(v[0], v[1]) >= 0;
        case '>':
            return ratCmp(v[0], v[1]) > 0;
        default:
            throw new InternalError(`'${t.op}' is not an operator over reals`);
    }
}
function apply(t, v, assignment) {
    const b = (i) => v[i];
    const n = (i) => v[i];
    if (t.args.length > 0 && t.args[0].sort.kind === 'Real' && t.op !== '=' && t.op !== 'distinct' && t.op !== 'apply')
        return applyReal(t, v);
    switch (t.op) {
        case 'var':
            return assignment.get(t.id) ?? defaultValue(t.sort);
        case 'fun':
            return assignment.get(t.id) ?? new FunTable(defaultValue(t.sort));
        case 'apply': {
            const f = assignment.get(t.fn.id);
            return f instanceof FunTable ? f.get(v) : defaultValue(t.sort);
        }
        case 'real':
            return t.rational;
        case 'to_real':
            return rat(n(0));
        case '/':
            throw new InternalError("'/' over integers");
        case 'true':
            return true;
        case 'false':
            return false;
        case 'int':
        case 'bv':
            return t.value;
        case 'not':
            return !b(0);
        case 'and':
            return v.every((x) => x === true);
        case 'or':
            return v.some((x) => x === true);
        case 'xor':
            return b(0) !== b(1);
        case '=>':
            return !b(0) || b(1);
        case '=':
            return valueEq(v[0], v[1]);
        case 'distinct':
            return v.every((x, i) => v.every((y, j) => j <= i || !valueEq(x, y)));
        case 'ite':
            return b(0) ? v[1] : v[2];
        case '+':
            return v.reduce((acc, x) => acc + x, 0n);
        case '-':
            return n(0) - n(1);
        case 'neg':
            return -n(0);
        case '*':
            return v.reduce((acc, x) => acc * x, 1n);
        case '<=':
            return n(0) <= n(1);
        case '<':
            return n(0) < n(1);
        case '>=':
            return n(0) >= n(1);
        case '>':
            return n(0) > n(1);
        case 'concat':
        case 'extract':
        case 'repeat':
        case 'zero_extend':
        case 'sign_extend':
        case 'rotate_left':
        case 'rotate_right':
        case 'bvnot':
        case 'bvand':
        case 'bvor':
        case 'bvxor':
        case 'bvnand':
        case 'bvnor':
        case 'bvxnor':
        case 'bvcomp':
        case 'bvneg':
        case 'bvadd':
        case 'bvsub':
        case 'bvmul':
        case 'bvudiv':
        case 'bvurem':
        case 'bvsdiv':
        case 'bvsrem':
        case 'bvsmod':
        case 'bvshl':
        case 'bvlshr':
        case 'bvashr':
        case 'bvult':
        case 'bvule':
        case 'bvugt':
        case 'bvuge':
        case 'bvslt':
        case 'bvsle':
        case 'bvsgt':
        case 'bvsge':
        case 'bvredor':
        case 'bvredand':
        case 'bvnego':
        case 'bvuaddo':
        case 'bvsaddo':
        case 'bvumulo':
        case 'bvsmulo':
        case 'bvusubo':
        case 'bvssubo':
        case 'bvsdivo':
            return bvApply(t.op, t.indices ?? [], v, t.args.map((a) => a.sort.width), t.sort.width);
        case 'select':
            return v[0].get(v[1]);
        case 'store':
            return v[0].store(v[1], v[2]);
        case 'const':
            return new ArrayValue(t.sort, v[0]);
        default:
            return assertExhaustive(t.op, 'operator');
    }
}
/**
 * Checks that every assertion evaluates to true; throws InternalError naming the first that
 * does not (a bug in an encoder or a backend, never to be printed as `sat`).
 */
export function checkModel(assertions, assignment) {
    const memo = new Map();
    for (const a of assertions) {
        if (evaluate(a, assignment, memo) !== true) {
            throw new InternalError(`model check failed: assertion #${a.id} is false under the model`);
        }
    }
}
//# sourceMappingURL=evaluate.js.map