/**
 * Optimisation by repeated checks (docs/ARCHITECTURE.md "Optimisation"): the objectives of
 * `(minimize t)` / `(maximize t)` over Int and bit-vector terms, taken in lexicographic order as
 * Z3's νZ does by default (Bjørner, Phan, Fleckenstein: "νZ — An Optimizing SMT Solver",
 * TACAS 2015). Each objective is optimised by bound tightening in the manner of OptiMathSAT's
 * linear/binary search (Sebastiani, Trentin: "OptiMathSAT: A Tool for Optimization Modulo
 * Theories", CAV 2015): a model gives an upper bound (for a minimisation), an `unsat` below a
 * value gives a lower bound, and the search probes first the best lower bound known (a sat
 * answer there closes the gap at once; under a deadline this probe gets a quarter of the time
 * left, since near the optimum a check can take long either way), then steps down from the
 * best value by doubling steps while the answers are sat, and bisects once an `unsat` has
 * bracketed the optimum. The optimum of an objective is fixed (`t = opt`) before the next one
 * is optimised, so the last model is optimal for all of them.
 *
 * Two accelerations: with `hints.refute`, lower bounds first come from refutation-only checks
 * (resource reasoning without SAT), galloping down from the best value, then bisecting; and
 * every model of an Int objective is left-shifted (shift.ts) and the shifted model kept when it
 * satisfies the assertions and is better.
 *
 * Every check goes through the caller's `solve` (the engine's check, whose `sat` models are
 * evaluated against the assertions), so a reported value is the value of the objective in a
 * checked model, and a reported bound rests on an `unsat` of the engine.
 *
 * Unbounded Int objectives: after preprocessing, a problem eagersmt decides is difference logic
 * under Boolean structure. The optimum of `x − y + c` over one conjunction of difference atoms,
 * when finite, is a shortest-path distance, so its magnitude is at most the sum of the
 * magnitudes of the atoms' constants (plus one per atom for a negated atom, plus |c|).
 * `unboundedBeyond` over-approximates that sum from the numerals of the assertions; a model
 * beyond it lies in a conjunction whose objective is unbounded, so the objective is unbounded.
 */
import { UnsupportedError } from '../errors.js';
import { InternalError } from '../errors.js';
import { checkModel, evaluate } from '../model/evaluate.js';
import { postOrder } from '../terms/walk.js';
import { shifter } from './shift.js';
/** Cheap refutation probes per objective, at most. */
const REFUTE_PROBES = 64;
/** The share of the time left that the probe at the lower bound may use (under a deadline). */
const GAMBLE_SHARE = 0.25;
/**
 * Optimises `objectives` in lexicographic order over the models of the caller's assertions,
 * checking through `solve`. `assertions` are read only to bound Int objectives (see the file
 * header). With `hints.refute`, each objective's search first raises its lower bound by cheap
 * refutations (galloping down from the best value, then bisecting) before any SAT search, so
 * that the first full probe is at a bound that scheduling problems often attain.
 *
 * Pre: every objective is of sort Int or a bit-vector sort. Post: `status` is `sat` iff a
 * model is returned; an objective is `optimal` only when a model attains a value that an
 * `unsat` answer (or the sort's range) proves no model improves.
 * @example const r = await optimize(store, asserted, [{ term: x, sense: 'min' }], (extra) => check([...asserted, ...extra]));
 */
export async function optimize(store, assertions, objectives, solve, hints = {}) {
    let checks = 0;
    const run = async (extra, how = 'solve', share) => {
        checks++;
        return solve(extra, how, share);
    };
    const outcomes = objectives.map(() => ({ status: 'skipped' }));
    const guess = hints.initial?.();
    const first = guess !== undefined && holds(assertions, guess) ? { status: 'sat', model: guess } : await run([]);
    if (first.status !== 'sat' || !first.model)
        return { status: first.status, reason: first.reason, objectives: outcomes, checks };
    let model = first.model;
    const fixed = [];
    const beyond = unboundedBeyond(assertions, objectives);
    for (let i = 0; i < objectives.length; i++) {
        const obj = objectives[i];
        const sort = obj.term.sort;
        // The search minimises a score: the value for `min`, its negation for `max`.
        const sign = obj.sense === 'min' ? 1n : -1n;
        const valueOf = (m) => evaluate(obj.term, m);
        /** The term "score ≤ k". */
        const atMost = (k) => {
            const v = sign * k;
            if (sort.kind === 'BitVec')
                return store.mk(obj.sense === 'min' ? 'bvule' : 'bvuge', [obj.term, store.bv(v, sort.width)]);
            return store.mk(obj.sense === 'min' ? '<=' : '>=', [obj.term, store.int(v)]);
        };
        // Every model of an Int objective is first shifted (shift.ts: the same atom values, the
        // best solution of them for the objective), and the shifted model kept when it satisfies
        // the assertions and the optima fixed so far and improves the objective.
        const score = sort.kind !== 'Int' || obj.sense === 'min' ? obj.term : store.mk('-', [obj.term]);
        const shiftOf = sort.kind === 'Int' ? shifter([...assertions, ...fixed], score) : undefined;
        const improve = (m) => {
            const cand = shiftOf?.(m);
            if (!cand || !holds(assertions, cand) || !holds(fixed, cand))
                return m;
            return sign * valueOf(cand) < sign * valueOf(m) ? cand : m;
        };
        model = improve(model);
        let best = sign * valueOf(model);
        // lo: the score of every model is ≥ lo (undefined: no bound known yet, Int only).
        let lo;
        if (sort.kind === 'BitVec')
            lo = obj.sense === 'min' ? 0n : -((1n << BigInt(sort.width)) - 1n);
        const given = hints.lower?.[i];
        if (given !== undefined)
            lo = lo === undefined ? sign * given : bigMax(lo, sign * given);
        let stopped;
        // Whether probing "score ≤ lo" can pay: lo is a bound someone proved, not the sort's end
        // or the unbounded probe's magnitude.
        let probedLo = given === undefined;
        if (lo === undefined) {
            // One probe beyond every finite optimum: sat means unbounded (a refutation alone, when
            // it succeeds, is cheaper).
            const probe = [...fixed, atMost(-beyond - 1n)];
            const refuted = hints.refute ? (await run(probe, 'refute')).status === 'unsat' : false;
            const r = refuted ? { status: 'unsat' } : await run(probe);
            if (r.status === 'sat' && r.model) {
                model = r.model;
                outcomes[i] = { status: 'unbounded' };
                break;
            }
            if (r.status !== 'unsat')
                stopped = r.reason ?? 'incomplete';
            else
                lo = -beyond;
        }
        if (hints.refute && stopped === undefined) {
            // Raise lo by refutations alone: `top` is the least k known not refuted.
            let top = best;
            let step = 1n;
            let bracketed = false;
            for (let probes = 0; lo < top && probes < REFUTE_PROBES; probes++) {
                let k = bracketed ? lo + (top - 1n - lo) / 2n : top - step;
                if (k <= lo) {
                    k = lo;
                    bracketed = true;
                }
                const r = await run([...fixed, atMost(k)], 'refute');
                if (r.status === 'unsat') {
                    lo = k + 1n;
                    bracketed = true;
                    probedLo = false;
                }
                else if (r.status === 'sat' && r.model) {
                    const m = improve(r.model);
                    if (sign * valueOf(m) < best)
                        [model, best] = [m, sign * valueOf(m)];
                    top = bigMin(top, k);
                }
                else if (r.reason === 'not refuted') {
                    top = k;
                    step *= 2n;
                }
                else {
                    stopped = r.reason ?? 'incomplete';
                    break;
                }
            }
        }
        let step = 1n;
        let bracketed = false;
        while (stopped === undefined && lo < best) {
            let k;
            // The probe at the lower bound is a gamble (sat there closes the gap, but near the
            // optimum a check can take long either way): under a deadline it gets a share of the
            // time left, and running out of it only ends the gamble.
            const gamble = !probedLo;
            if (!probedLo) {
                k = lo;
                probedLo = true;
            }
            else if (bracketed) {
                k = lo + (best - 1n - lo) / 2n;
            }
            else {
                k = bigMax(lo, best - step);
                step *= 2n;
            }
            const r = await run([...fixed, atMost(k)], 'solve', gamble ? GAMBLE_SHARE : undefined);
            if (r.status === 'sat' && r.model) {
                model = improve(r.model);
                best = sign * valueOf(model);
            }
            else if (r.status === 'unsat') {
                lo = k + 1n;
                bracketed = true;
            }
            else if (!(gamble && r.reason === 'timeout')) {
                stopped = r.reason ?? 'incomplete';
            }
        }
        if (stopped !== undefined) {
            outcomes[i] = { status: 'bounds', value: sign * best, bound: lo === undefined ? undefined : sign * lo };
            return { status: 'sat', reason: stopped, model, objectives: outcomes, checks };
        }
        outcomes[i] = { status: 'optimal', value: sign * best, bound: sign * best };
        fixed.push(store.mk('=', [obj.term, sort.kind === 'BitVec' ? store.bv(sign * best, sort.width) : store.int(sign * best)]));
    }
    return { status: 'sat', model, objectives: outcomes, checks };
}
/** Whether every assertion is true under `model` (a model check that answers instead of throwing). */
function holds(assertions, model) {
    try {
        checkModel(assertions, model);
        return true;
    }
    catch (e) {
        if (e instanceof InternalError)
            return false;
        throw e;
    }
}
function bigMax(a, b) {
    return a > b ? a : b;
}
function bigMin(a, b) {
    return a < b ? a : b;
}
/**
 * A magnitude that no finite optimum of an Int objective exceeds (file header). Each term gets
 * a bound on the magnitude of the constant it can contribute to an atom — a numeral its value,
 * a product the product of its arguments' bounds (at least 1 each), anything else the sum of
 * its arguments' bounds — and the result is the sum of all of them plus the number of terms (a
 * negated atom adds 1), times the number of terms (a bound on the atoms of a path), plus one.
 * Linear in the size of the DAG. UnsupportedError for real arithmetic (scaled to integers by
 * preprocessing, so that its numerals do not bound the atoms' constants).
 */
export function unboundedBeyond(assertions, objectives) {
    const magnitude = new Map();
    let terms = 0n;
    let sum = 0n;
    postOrder([...assertions, ...objectives.map((o) => o.term)], (t) => magnitude.has(t.id), (t) => t.args, (t) => {
        if (t.sort.kind === 'Real')
            throw new UnsupportedError('optimisation over real arithmetic');
        let m;
        if (t.op === 'int')
            m = t.value < 0n ? -t.value : t.value;
        else if (t.op === '*')
            m = t.args.reduce((p, a) => p * bigMax(1n, magnitude.get(a.id)), 1n);
        else
            m = t.args.reduce((p, a) => p + magnitude.get(a.id), 0n);
        magnitude.set(t.id, m);
        terms++;
        sum += m;
    });
    return (sum + terms + 1n) * (terms + 1n) + 1n;
}
//# sourceMappingURL=optimize.js.map