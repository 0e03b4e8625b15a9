/**
 * The one-shot SAT backend interface, and the spec by which a backend is registered: how its
 * options record is validated into typed options, whether it can write a DRAT proof, and how
 * it is created (see docs/ARCHITECTURE.md, "the SAT seam").
 *
 * A backend solves one whole CNF under assumptions within limits and returns an outcome. One-shot
 * calls cross worker and process boundaries (built-in worker thread, external binaries, the
 * distributed service) without shared state; above them, the one-shot session
 * (`oneshot-session.ts`) turns any backend into an incremental-shaped `SatSession` and checks
 * its models. Backends never throw for solver trouble: a crash, a time-out or garbage output is
 * `unknown` with a reason, never a wrong answer.
 */
import type { Cnf } from '../cnf/cnf.js';
export type SatStatus = 'sat' | 'unsat' | 'unknown';
export interface SatLimits {
    /** Wall-clock limit in milliseconds for this call; undefined means none. */
    timeoutMs?: number;
    /** Cancels the call; the outcome is then `unknown` with reason `canceled`. */
    signal?: AbortSignal;
    /**
     * True once the memory limit is passed (util/memory.ts): the outcome is then `unknown` with
     * reason `memory limit`. Sessions poll it with the deadline, or from a timer.
     */
    overMemory?: () => boolean;
}
export interface SatOutcome {
    status: SatStatus;
    /**
     * For `sat`: values indexed by variable (index 0 unused), 1 = true, 0 = false. Length is
     * numVars + 1. Not yet checked: the one-shot session checks it against the CNF.
     */
    model?: Uint8Array;
    /** For `sat` from a solver that printed a partial model: how many variables it left out (false). */
    unset?: number;
    /** For `unsat` under assumptions: the subset of assumption literals that was used. */
    failed?: Int32Array;
    /** For `unknown`: why (`timeout`, `canceled`, `memout`, `backend error: ...`). */
    reason?: string;
    /** Backend statistics for `--stats` (conflicts, decisions, propagations, ...). */
    stats?: Record<string, number>;
}
export interface SatCapabilities {
    assumptions: boolean;
    proofs: boolean;
}
export interface SatBackend {
    readonly name: string;
    readonly capabilities: SatCapabilities;
    /**
     * Solves `cnf` under `assumptions` (DIMACS literals that must hold).
     * Post: a `sat` outcome has a full model (length numVars+1), which the caller checks.
     */
    solve(cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome>;
}
/**
 * How a backend is registered: typed options `O`, validated once from an options record.
 * @example registerBackend('mine', { parse: () => ({}), noProofs: () => 'no proofs', create: () => mine });
 */
export interface BackendSpec<O = unknown> {
    /**
     * Validates an options record (without `proof`) into the typed options.
     * @throws ContractError naming the bad option.
     */
    parse(options: Readonly<Record<string, unknown>>): O;
    /** Why a backend with these options cannot write a DRAT proof; undefined if it can. */
    noProofs(options: O): string | undefined;
    /** A backend with validated options; with `proof`, it writes a DRAT proof of each solve there. */
    create(options: O, proof?: string): SatBackend;
    /**
     * The backend is the project's own code (the built-in solver): its `unsat` is reported without
     * a checked proof. Absent: untrusted, its `unsat` is verified (`verify.ts`).
     */
    readonly trusted?: boolean;
}
/** A plain factory (the older registration form): options unvalidated, no proofs. */
export type SatBackendFactory = (options: Record<string, unknown>) => SatBackend;
