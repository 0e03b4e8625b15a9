/**
 * Heads of lists that are not applications of a function to terms: binders (`let`, `forall`,
 * `exists`, `match`, `lambda`, `par`), the annotation `!`, and identifiers (`_`, `as`).
 */
export const OPAQUE_HEADS = new Set(['let', 'forall', 'exists', 'match', 'lambda', '!', '_', 'as', 'par']);
//# sourceMappingURL=sexpr.js.map