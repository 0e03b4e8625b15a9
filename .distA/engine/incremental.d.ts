import type { SatSession } from '../sat/session.js';
import type { Term } from '../terms/term.js';
import type { DisjunctiveTerms } from '../theory/idl/disjunctive.js';
import { type CheckLimits, type CheckResult } from './result.js';
import type { EngineOptions } from './options.js';
/** One frame of the stack as the session knows it. */
export interface Level {
    /** The activation literal (a DIMACS variable) guarding the frame's assertions. */
    act: number;
    /** The frame (by identity). */
    frame: readonly Term[];
    /** How many of its assertions are in the session. */
    added: number;
    /** The difference atoms under its assertions (lazy encoding: the ones `refine` checks). */
    atoms: number[];
    /** The terms walked to find `atoms`. */
    seen: Set<number>;
}
export declare class IncrementalChecker {
    private readonly options;
    private enc;
    private session;
    private live;
    /** Difference logic of the next encoder (lazy until the constants outgrow it). */
    private idl;
    /** Width of the next encoder (grows when the range outgrows one). */
    private width;
    /** Input that needs the from-scratch path was seen: every later check falls back. */
    private fallback;
    /** The resources found in the base frame, and which frame (of how many assertions) that was. */
    private baseResources;
    /** Encoders built so far (the first and every rebuild), for the statistics and tests. */
    rebuilds: number;
    /** @example const live = new IncrementalChecker(options); */
    constructor(options: EngineOptions);
    /**
     * Whether incremental checks may be used with `options` at all: not when switched off, when a
     * check writes CNF or certificates (`dumpCnf`, `proof`: those are of one problem), or when the
     * backend has no live session.
     * @example IncrementalChecker.applies(withDefaults({})) // true
     */
    static applies(options: EngineOptions): boolean;
    /** The frames (activation literals) currently in the session, base first. */
    get levels(): readonly Readonly<Level>[];
    /** The live session (undefined before the first check or after a fallback). */
    get sat(): SatSession | undefined;
    /**
     * Decides the assertions of `frames` with `assumptions`, or answers undefined when this check
     * must take the from-scratch path (check.ts).
     * @example const r = (await live.check(frames, [], {})) ?? (await check(frames.flat(), [], options, {}));
     */
    check(frames: readonly (readonly Term[])[], assumptions: readonly Term[], limits: CheckLimits, resources?: DisjunctiveTerms): Promise<CheckResult | undefined>;
    /**
     * The disjunctive resources the search reasons on (resource/reason.ts): `given` (found by the
     * caller in the base frame), else those found in the base frame (memoised while it is the same
     * frame with the same assertions); guarded by the base frame's activation literal, so that a
     * lemma they give holds only while the frame's pairs do. Undefined when switched off.
     */
    private resourcesFor;
    /** Releases the session; the next check starts a new one. */
    close(): void;
    /**
     * Brings the session up to `frames` and returns each assumption's DIMACS literal (true or
     * false when it folded to a constant).
     */
    private encode;
    /**
     * The clauses of `act → l`: a conjunction is split into its conjuncts, a disjunction of at most
     * MAX_CLAUSE literals becomes one clause.
     */
    private guard;
    private drop;
}
