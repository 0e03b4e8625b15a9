import { InternalError, UnsupportedError, assertExhaustive } from '../../errors.js';
import { addWord, constWord, muxWord, mulWord, negWord, notWord, subWord, udivremWord } from './arith.js';
import { eqWord, sltWord, ultWord } from './compare.js';
import { OVERFLOW_OPS, overflowLit } from './overflow.js';
import { rotateLeft, shiftWord } from './shift.js';
/** The blaster polls the deadline every POLL_BITS + 1 bits of a wide word (a power of 2, minus 1). */
const POLL_BITS = 0xffff;
export class BvBlaster {
    g;
    poll;
    /** Word of every blasted bit-vector term, by term id. */
    words = new Map();
    /** Divider outputs by the ids of (dividend, divisor, signedness), shared by div and rem. */
    dividers = new Map();
    /** The input bits of each declared bit-vector constant, by term id. */
    vars = new Map();
    /** `poll` is called now and then inside large circuits; it may throw LimitReached. */
    constructor(g, poll = () => { }) {
        this.g = g;
        this.poll = poll;
    }
    /** Whether `t` has been blasted. */
    has(t) {
        return this.words.has(t.id);
    }
    /** The word of a blasted term. */
    word(t) {
        const w = this.words.get(t.id);
        if (!w)
            throw new InternalError(`bit-vector term #${t.id} used before it was blasted`);
        return w;
    }
    /**
     * Blasts the bit-vector term `t`. Pre: its bit-vector arguments are blasted, and `boolLit`
     * gives the literal of its Boolean argument (the condition of an `ite`).
     */
    blast(t, boolLit) {
        const w = t.sort.width;
        this.poll();
        let out;
        switch (t.op) {
            case 'var': {
                out = [];
                for (let i = 0; i < w; i++) {
                    if ((i & POLL_BITS) === POLL_BITS)
                        this.poll();
                    out.push(this.g.input());
                }
                this.vars.set(t.id, out);
                break;
            }
            case 'bv':
                out = constWord(t.value, w);
                break;
            case 'ite':
                out = muxWord(this.g, boolLit(t.args[0]), this.word(t.args[1]), this.word(t.args[2]));
                break;
            default:
                if (!isBvOp(t.op))
                    throw new UnsupportedError(`'${t.op}' of sort ${t.sort.name} is not supported`);
                out = this.apply(t.op, t);
        }
        if (out.length !== w)
            throw new InternalError(`blasting '${t.op}' gave ${out.length} bits for ${t.sort.name}`);
        this.words.set(t.id, out);
    }
    /** The literal of a Boolean term over bit-vectors: `=`, `distinct`, or a comparison. */
    predicate(t) {
        const g = this.g;
        const a = t.args.map((x) => this.word(x));
        const [x, y] = [a[0], a[1]];
        switch (t.op) {
            case '=':
                return eqWord(g, x, y);
            case 'distinct': {
                const diff = [];
                for (let i = 0; i < a.length; i++)
                    for (let j = i + 1; j < a.length; j++)
                        diff.push(eqWord(g, a[i], a[j]) ^ 1);
                return g.andN(diff);
            }
            case 'bvult':
                return ultWord(g, x, y);
            case 'bvugt':
                return ultWord(g, y, x);
            case 'bvule':
                return ultWord(g, y, x) ^ 1;
            case 'bvuge':
                return ultWord(g, x, y) ^ 1;
            case 'bvslt':
                return sltWord(g, x, y);
            case 'bvsgt':
                return sltWord(g, y, x);
            case 'bvsle':
                return sltWord(g, y, x) ^ 1;
            case 'bvsge':
                return sltWord(g, x, y) ^ 1;
            default:
                if (OVERFLOW_OPS.has(t.op))
                    return overflowLit(g, t.op, x, y, this.poll);
                throw new UnsupportedError(`'${t.op}' over bit-vectors is not supported`);
        }
    }
    apply(op, t) {
        const g = this.g;
        const a = t.args.map((x) => this.word(x));
        const [x, y] = [a[0], a[1]];
        const n = x.length;
        const ix = t.indices ?? [];
        switch (op) {
            case 'concat': {
                // (concat hi lo): the last argument holds the least significant bits.
                const out = [];
                for (let i = a.length - 1; i >= 0; i--)
                    out.push(...a[i]);
                return out;
            }
            case 'extract':
                return x.slice(ix[1], ix[0] + 1);
            case 'repeat': {
                const out = [];
                for (let i = 0; i < ix[0]; i++) {
                    if ((out.length & ~POLL_BITS) !== ((out.length + x.length) & ~POLL_BITS))
                        this.poll();
                    for (let j = 0; j < x.length; j++)
                        out.push(x[j]);
                }
                return out;
            }
            case 'zero_extend':
                return [...x, ...constWord(0n, ix[0])];
            case 'sign_extend':
                return [...x, ...new Array(ix[0]).fill(x[n - 1])];
            case 'rotate_left':
                return rotateLeft(x, ix[0]);
            case 'rotate_right':
                return rotateLeft(x, n - (ix[0] % n));
            case 'bvnot':
                return notWord(x);
            case 'bvand':
                return x.map((b, i) => g.and(b, y[i]));
            case 'bvor':
                return x.map((b, i) => g.or(b, y[i]));
            case 'bvxor':
                return x.map((b, i) => g.xor(b, y[i]));
            case 'bvnand':
                return x.map((b, i) => g.and(b, y[i]) ^ 1);
            case 'bvnor':
                return x.map((b, i) => g.or(b, y[i]) ^ 1);
            case 'bvxnor':
                return x.map((b, i) => g.iff(b, y[i]));
            case 'bvcomp':
                return [eqWord(g, x, y)];
            case 'bvneg':
                return negWord(g, x);
            case 'bvadd':
                return addWord(g, x, y);
            case 'bvsub':
                return subWord(g, x, y);
            case 'bvmul':
                return mulWord(g, x, y, this.poll);
            case 'bvudiv':
                return this.divider(t, x, y, false).q;
            case 'bvurem':
                return this.divider(t, x, y, false).r;
            case 'bvsdiv': {
                const q = this.divider(t, x, y, true).q;
                return muxWord(g, g.xor(x[n - 1], y[n - 1]), negWord(g, q), q);
            }
            case 'bvsrem': {
                const r = this.divider(t, x, y, true).r;
                return muxWord(g, x[n - 1], negWord(g, r), r);
            }
            case 'bvsmod': {
                // u = |s| urem |t|; 0 stays 0; equal signs give ±u, s < 0 ≤ t gives t − u, t < 0 ≤ s gives u + t.
                const u = this.divider(t, x, y, true).r;
                const [ms, mt] = [x[n - 1], y[n - 1]];
                const sameSign = muxWord(g, ms, negWord(g, u), u);
                const mixed = muxWord(g, ms, subWord(g, y, u), addWord(g, u, y));
                const zero = eqWord(g, u, constWord(0n, n));
                return muxWord(g, zero, u, muxWord(g, g.xor(ms, mt), mixed, sameSign));
            }
            case 'bvshl':
                return shiftWord(g, x, y, 'shl');
            case 'bvlshr':
                return shiftWord(g, x, y, 'lshr');
            case 'bvashr':
                return shiftWord(g, x, y, 'ashr');
            case 'bvult':
            case 'bvule':
            case 'bvugt':
            case 'bvuge':
            case 'bvslt':
            case 'bvsle':
            case 'bvsgt':
            case 'bvsge':
            case 'bvnego':
            case 'bvuaddo':
            case 'bvsaddo':
            case 'bvumulo':
            case 'bvsmulo':
            case 'bvusubo':
            case 'bvssubo':
            case 'bvsdivo':
                throw new InternalError(`predicate '${op}' blasted as a word`);
            case 'bvredor':
                return [g.orN(x)];
            case 'bvredand':
                return [g.andN(x)];
            default:
                return assertExhaustive(op, 'bit-vector operator');
        }
    }
    /** One divider per operand pair; signed division divides the absolute values. */
    divider(t, x, y, signed) {
        const key = `${t.args[0].id} ${t.args[1].id} ${signed ? 's' : 'u'}`;
        let d = this.dividers.get(key);
        if (!d) {
            const g = this.g;
            const n = x.length;
            const abs = (w) => muxWord(g, w[n - 1], negWord(g, w), w);
            d = signed ? udivremWord(g, abs(x), abs(y), this.poll) : udivremWord(g, x, y, this.poll);
            this.dividers.set(key, d);
        }
        return d;
    }
}
const BV_OPS = new Set([
    'concat', 'extract', 'repeat', 'zero_extend', 'sign_extend', 'rotate_left', 'rotate_right',
    'bvnot', 'bvand', 'bvor', 'bvxor', 'bvnand', 'bvnor', 'bvxnor', 'bvcomp', 'bvneg', 'bvadd',
    'bvsub', 'bvmul', 'bvudiv', 'bvurem', 'bvsdiv', 'bvsrem', 'bvsmod', 'bvshl', 'bvlshr', 'bvashr',
    'bvredor', 'bvredand',
]);
function isBvOp(op) {
    return BV_OPS.has(op);
}
//# sourceMappingURL=bitblast.js.map