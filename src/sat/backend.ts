/**
 * The SAT backend interface and the registry of backends by name (DESIGN.md §7).
 *
 * A backend solves one CNF under assumptions within limits and returns an outcome. It is
 * one-shot by design: the script interpreter re-encodes at every check, and one-shot calls
 * cross worker and process boundaries (built-in worker thread, external binaries, the
 * distributed service) without shared state. Backends never throw for solver trouble: a crash,
 * a time-out or garbage output is `unknown` with a reason, never a wrong answer.
 */
import type { Cnf } from '../cnf/cnf.js';

export type SatStatus = 'sat' | 'unsat' | 'unknown';

export interface SatLimits {
  /** Wall-clock limit in milliseconds for this call; undefined means none. */
  timeoutMs?: number;
  /** Cancels the call; the outcome is then `unknown` with reason `canceled`. */
  signal?: AbortSignal;
}

export interface SatOutcome {
  status: SatStatus;
  /**
   * For `sat`: values indexed by variable (index 0 unused), 1 = true, 0 = false.
   * Length is numVars + 1.
   */
  model?: Uint8Array;
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
   * Post: a `sat` outcome has a full model satisfying every clause and assumption.
   */
  solve(cnf: Cnf, assumptions: Int32Array, limits: SatLimits): Promise<SatOutcome>;
}

export type SatBackendFactory = (options: Record<string, unknown>) => SatBackend;

const registry = new Map<string, SatBackendFactory>();

/** Registers a backend under `name` (later registrations replace earlier ones). */
export function registerBackend(name: string, factory: SatBackendFactory): void {
  registry.set(name, factory);
}

/** Names of all registered backends. */
export function backendNames(): string[] {
  return [...registry.keys()];
}

/** Creates the backend registered as `name`, or returns undefined. */
export function createBackend(name: string, options: Record<string, unknown> = {}): SatBackend | undefined {
  const factory = registry.get(name);
  return factory ? factory(options) : undefined;
}
