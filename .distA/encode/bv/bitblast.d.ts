/**
 * The bit-blaster: every bit-vector term becomes a word of gate literals (LSB first) and
 * every bit-vector predicate a single literal, through the gate interface only, so the
 * circuits are shared by structural hashing and constants fold as they are built.
 *
 * The encoder drives it bottom-up (children first): `blast(t)` for a term of sort
 * `(_ BitVec n)` once the words of its bit-vector arguments and the literals of its Boolean
 * arguments (an `ite` condition) exist; `predicate(t)` for a Boolean term over bit-vectors.
 * Declared bit-vector constants become fresh inputs, kept in `vars` for model decoding.
 *
 * Signed division is unsigned division of absolute values with sign fixes, after the
 * definitions of `bvsdiv`, `bvsrem`, `bvsmod` in SMT-LIB 2.6; one divider serves the
 * quotient and the remainder of the same operands.
 */
import type { Gates, Lit } from '../../cnf/gates.js';
import type { Term } from '../../terms/term.js';
import { type Word } from './arith.js';
export declare class BvBlaster {
    private readonly g;
    private readonly poll;
    /** Word of every blasted bit-vector term, by term id. */
    private readonly words;
    /** Divider outputs by the ids of (dividend, divisor, signedness), shared by div and rem. */
    private readonly dividers;
    /** The input bits of each declared bit-vector constant, by term id. */
    readonly vars: Map<number, Word>;
    /** `poll` is called now and then inside large circuits; it may throw LimitReached. */
    constructor(g: Gates, poll?: () => void);
    /** Whether `t` has been blasted. */
    has(t: Term): boolean;
    /** The word of a blasted term. */
    word(t: Term): Word;
    /**
     * Blasts the bit-vector term `t`. Pre: its bit-vector arguments are blasted, and `boolLit`
     * gives the literal of its Boolean argument (the condition of an `ite`).
     */
    blast(t: Term, boolLit: (t: Term) => Lit): void;
    /** The literal of a Boolean term over bit-vectors: `=`, `distinct`, or a comparison. */
    predicate(t: Term): Lit;
    private apply;
    /** One divider per operand pair; signed division divides the absolute values. */
    private divider;
}
