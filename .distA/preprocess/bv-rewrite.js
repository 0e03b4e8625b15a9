import { complete, rewrite } from '../rewrite/rewrite.js';
/** The pass: word-level rewriting, when some term is a bit-vector. */
export const bvRewritePass = {
    name: 'bv-rewrite',
    run(p, ctx) {
        if (!ctx.contents.bitVec)
            return undefined;
        const rw = rewrite(p.assertions, p.assumptions, ctx.poll);
        return {
            assertions: rw.assertions,
            assumptions: rw.assumptions,
            lift(values) {
                const all = new Map(values);
                complete(rw, all);
                const out = new Map();
                for (const [id, v] of all)
                    out.set(rw.origin.get(id)?.id ?? id, v);
                return out;
            },
        };
    },
};
//# sourceMappingURL=bv-rewrite.js.map