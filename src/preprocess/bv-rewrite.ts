/**
 * The word-level pass for problems with bit-vector terms: the rewriter (rewrite/rewrite.ts)
 * copies the problem into a fresh term store, simplifying every application and substituting
 * equality definitions. The lift completes the constants that substitution eliminated (each
 * takes the value of its definition) and maps the copy's constants back to the original ones.
 */
import type { Value } from '../model/value.js';
import { complete, rewrite } from '../rewrite/rewrite.js';
import type { Pass } from './problem.js';

/** The pass: word-level rewriting, when some term is a bit-vector. */
export const bvRewritePass: Pass = {
  name: 'bv-rewrite',
  run(p, ctx) {
    if (!ctx.contents.bitVec) return undefined;
    const rw = rewrite(p.assertions, p.assumptions, ctx.poll);
    return {
      assertions: rw.assertions,
      assumptions: rw.assumptions,
      lift(values) {
        const all = new Map<number, Value>(values);
        complete(rw, all);
        const out = new Map<number, Value>();
        for (const [id, v] of all) out.set(rw.origin.get(id)?.id ?? id, v);
        return out;
      },
    };
  },
};
