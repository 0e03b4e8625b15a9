import { type ResourceRefuter } from '../resource/reason.js';
import type { Term } from '../terms/term.js';
import type { EngineOptions } from './options.js';
import { type CheckLimits, type CheckResult, type CheckStats } from './result.js';
export type { CheckLimits, CheckResult, CheckStats };
/**
 * Decides `assertions ∧ assumptions`.
 * @example const r = await check([store.mk('<', [x, y])], [], defaultOptions, {});
 */
export declare function check(assertions: readonly Term[], assumptions: readonly Term[], options: EngineOptions, limits: CheckLimits): Promise<CheckResult>;
/**
 * A refutation-only check (`CheckLimits.refuteOnly`) of the base formulas of `refuter` and
 * `extra`, detection done once per refuter (resource/reason.ts `ResourceRefuter`): the checks
 * of an optimisation that only look for a lower bound. `unsat` with resource reasoning's
 * certificate (to the sink unless quiet), else `unknown` with reason `not refuted` or the limit
 * reached. The assumptions, when the caller has any, are among the base formulas: a failed set
 * is all of them, as `failed` of check.
 * @example const r = refuteOnce(new ResourceRefuter(asserted, options), [bound], options, { index: 1 });
 */
export declare function refuteOnce(refuter: ResourceRefuter, extra: readonly Term[], options: EngineOptions, limits: CheckLimits, assumptions?: readonly Term[]): CheckResult;
