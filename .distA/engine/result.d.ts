import type { EncodeStats } from '../encode/encoder.js';
import type { Value } from '../model/evaluate.js';
import type { CheckLabel } from '../resource/certificate.js';
import type { LearnStats, ResourceStats } from '../resource/reason.js';
import type { TermStore } from '../terms/term.js';
import type { CheckSink } from './sink.js';
export interface CheckStats {
    encodeMs: number;
    solveMs: number;
    vars: number;
    clauses: number;
    encoding?: EncodeStats;
    sat?: Record<string, number>;
    resource?: ResourceStats;
    /** What resource reasoning taught the encoding, and the gates it cost there. */
    learned?: LearnStats & {
        gates: number;
    };
    /** Set when a from-scratch check solved difference logic lazily, in a live session (check.ts `lazyPays`). */
    lazyIdl?: boolean;
    /** Set when the check went through the live session (engine/incremental.ts): `vars` are the session's, `clauses` those added by this check. */
    incremental?: boolean;
}
export interface CheckResult {
    status: 'sat' | 'unsat' | 'unknown';
    /** For `sat`: values of the constants the problem mentions (others take their defaults). */
    model?: Map<number, Value>;
    /** For `unknown`: why. */
    reason?: string;
    /**
     * For `unsat`: indices into the check's assumptions of a subset that is unsat together with
     * the assertions — the SAT solver's failed assumptions, the one assumption that folded to
     * false, or all of them when the check cannot tell which (a resource refutation, a proof, a
     * preprocessing pass that changed the assumptions). Undefined for other answers.
     */
    failed?: number[];
    stats: CheckStats;
}
export interface CheckLimits {
    /** Absolute deadline (ms since the epoch, as Date.now()). */
    deadline?: number;
    signal?: AbortSignal;
    /** 1-based index of this check in the script, for the sink (`--dump-cnf`, `--proof`). */
    index?: number;
    /** The store of the terms: resource reasoning builds what it learned there (nothing without it). */
    store?: TermStore;
    /** Where the CNF and certificates go; without one, the sink the options ask for (`sinkFor`). */
    sink?: CheckSink;
    /** Nothing goes to a sink, whatever the options ask (the searching checks of an optimisation). */
    quiet?: boolean;
    /**
     * What a certificate names as this check (default: check `index`, nothing added): a check an
     * optimisation adds names the script's check and the assertions it added (resource/certificate.ts).
     */
    label?: CheckLabel;
    /**
     * Only try to refute the check by resource reasoning (no encoding, no SAT): `unsat` with
     * resource reasoning's certificate, else `unknown` (reason `not refuted`). Cheap lower bounds
     * for optimisation (engine/optimize.ts).
     */
    refuteOnly?: boolean;
}
/**
 * The poll of a check under `limits`: throws LimitReached (`canceled`, `timeout`, `memory
 * limit`) once the signal fired, the deadline passed or `overMemory` says so.
 * @example const poll = limitPoll(limits, memoryGuard(options.memory)); poll();
 */
export declare function limitPoll(limits: CheckLimits, overMemory: (() => boolean) | undefined): () => void;
