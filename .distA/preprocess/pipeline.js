import { Sort } from '../terms/sort.js';
import { forEachTerm } from '../terms/walk.js';
import { ackermannPass } from './ackermann.js';
import { arraysPass } from './arrays.js';
import { bvRewritePass } from './bv-rewrite.js';
import { positiveEqualityPass } from './positive-equality.js';
import { probePass } from './probe.js';
import { realsPass } from './reals.js';
import { ufSymmetryPass } from './uf-symmetry.js';
/** The passes, in the order they run. */
const PASSES = [arraysPass, ufSymmetryPass, positiveEqualityPass, ackermannPass, realsPass, bvRewritePass, probePass];
/**
 * The passes of a check: all of them, or without symmetry breaking when `symmetry` is false.
 * @example preprocess(problem, poll, passesFor(false))
 */
export function passesFor(symmetry) {
    return symmetry ? PASSES : PASSES.filter((p) => p !== ufSymmetryPass);
}
/**
 * Runs the passes on `problem`. `poll` is called now and then (it may throw LimitReached).
 * @example const { problem, lift } = preprocess({ assertions, assumptions: [] }, () => {});
 */
export function preprocess(problem, poll, passes = PASSES) {
    const applied = [];
    const lifts = [];
    const lift = (values) => {
        let out = values;
        for (let i = lifts.length - 1; i >= 0; i--)
            out = lifts[i](out);
        return out;
    };
    let contents;
    const ctx = {
        poll,
        applied,
        get contents() {
            return (contents ??= contentsOf(problem));
        },
    };
    for (const pass of passes) {
        const r = pass.run(problem, ctx);
        if (!r)
            continue;
        if ('model' in r)
            return { problem, applied, lift, model: lift(r.model) };
        applied.push(pass.name);
        lifts.push(r.lift);
        problem = { assertions: r.assertions, assumptions: r.assumptions };
        contents = undefined;
    }
    return { problem, applied, lift };
}
/** What `problem` contains, in one walk of its terms. */
function contentsOf(problem) {
    const c = { array: false, uninterpreted: false, real: false, bitVec: false };
    forEachTerm([...problem.assertions, ...problem.assumptions], (t) => {
        const kind = t.sort.kind;
        if (kind === 'Array')
            c.array = true;
        if (kind === 'Uninterpreted' || t.op === 'apply')
            c.uninterpreted = true;
        if (t.sort === Sort.Real)
            c.real = true;
        if (kind === 'BitVec')
            c.bitVec = true;
    });
    return c;
}
//# sourceMappingURL=pipeline.js.map