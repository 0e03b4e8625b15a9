/**
 * Which Boolean terms belong to the bit-vector theory: the predicates over words (`=`,
 * `distinct`, `bvult`, `bvsle`, ...), whose arguments are bit-vectors. The difference-atom
 * collector (idl/atoms.ts) walks through them to the Boolean terms below; the bit-blaster
 * (encode/bv/bitblast.ts) encodes them.
 */
import type { Term } from '../terms/term.js';
/**
 * Whether `t` is a Boolean predicate over bit-vectors.
 * @example isBvPredicate(store.mk('bvult', [a, b])) // true
 */
export declare function isBvPredicate(t: Term): boolean;
