/**
 * Whether `t` is a Boolean predicate over bit-vectors.
 * @example isBvPredicate(store.mk('bvult', [a, b])) // true
 */
export function isBvPredicate(t) {
    return t.sort.kind === 'Bool' && t.args.length > 0 && t.args[0].sort.kind === 'BitVec';
}
//# sourceMappingURL=bv.js.map