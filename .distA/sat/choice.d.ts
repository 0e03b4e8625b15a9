import type { BackendSpec } from './backend.js';
import type { SatSession } from './session.js';
/** The user's choice of SAT backend, as the options table holds it. */
export interface BackendSelection {
    /** `builtin`, a preset name or another registered backend. */
    backend: string;
    /** Path of the preset's program (`--sat-binary`). */
    satBinary?: string;
    /** Command template of any other solver (`--sat-cmd`); implies the `external` backend. */
    satCmd?: string;
    /** URL of the Redis of the distributed service (`--backend service`). */
    redis?: string;
    /** How the service splits a problem: `portfolio` or `cubes`. */
    serviceMode?: string;
    /** Portfolio members or cubes per problem. */
    serviceJobs?: number;
    /** Seed of the search (0 or absent: the default); the built-in solver and the presets take it, other backends ignore it. */
    randomSeed?: number;
}
/** A validated choice: the registry entry and its typed options `O`. */
export interface BackendChoice<O = unknown> {
    /** The registry name. */
    readonly name: string;
    readonly spec: BackendSpec<O>;
    /** The options, as `spec.parse` returned them. */
    readonly options: O;
    /** Whether sessions opened from this choice may be asked for a DRAT proof. */
    readonly proofs: boolean;
}
/**
 * The registry name and options record for a selection.
 * @example selectBackend({ backend: 'builtin', satCmd: 'cadical -q {cnf}' })
 *   // { name: 'external', options: { command: 'cadical -q {cnf}' } }
 * @throws ContractError when the options contradict each other.
 */
export declare function selectBackend(sel: BackendSelection): {
    name: string;
    options: Record<string, unknown>;
};
/**
 * Resolves and validates a selection once; with `proofs`, the backend must be able to write
 * DRAT proofs.
 * @example resolveBackendChoice({ backend: 'cadical', satBinary: '/opt/bin/cadical' }, true).name // 'cadical'
 * @throws ContractError for contradictory options, an unknown backend, bad options (a command
 *   template without `{cnf}`, a bad Redis URL, ...) or a proof the backend cannot write.
 */
export declare function resolveBackendChoice(sel: BackendSelection, proofs?: boolean): BackendChoice;
/**
 * Opens a SAT session for a choice; with `proof` (a file; the choice must allow proofs), the
 * backend writes a DRAT proof of its search there.
 * @example const session = openSession(resolveBackendChoice({ backend: 'builtin' }));
 * @throws ContractError for a proof the choice was not validated for.
 */
export declare function openSession(choice: BackendChoice, proof?: string): SatSession;
/**
 * A live incremental session for a choice whose backend has one — the built-in CDCL core, in
 * this thread, kept across solves (cdcl/session.ts) — or undefined (external programs, the
 * service, and any choice resolved for proofs solve one-shot through `openSession`).
 * @example const live = openIncrementalSession(resolveBackendChoice({ backend: 'builtin' })); // a session
 */
export declare function openIncrementalSession(choice: BackendChoice): SatSession | undefined;
