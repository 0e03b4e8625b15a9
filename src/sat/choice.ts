/**
 * The user's choice of SAT backend — `--backend`, `--sat-binary`, `--sat-cmd`, `--redis`,
 * `--service-mode`, `--service-jobs`, and whether DRAT proofs are wanted — resolved and
 * validated once into a `BackendChoice` (a registry entry with its typed options), and the one
 * function that opens a SAT session for a choice. The library API validates the choice up front
 * (a ContractError before anything runs); the engine opens a session from it at each check.
 */
import { ContractError } from '../errors.js';
import type { BackendSpec } from './backend.js';
import { builtinBackend, type BuiltinOptions } from './builtin.js';
import { cdclSession } from './cdcl/session.js';
import { oneShotSession } from './oneshot-session.js';
import { presets } from './presets.js';
import { backendNames, backendSpec } from './registry.js';
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
export function selectBackend(sel: BackendSelection): { name: string; options: Record<string, unknown> } {
  if (sel.backend === 'service') {
    if (sel.redis === undefined) throw new ContractError('--backend service needs --redis <url> (redis://[user:password@]host:port, or rediss:// for TLS)');
    if (sel.satCmd !== undefined || sel.satBinary !== undefined) throw new ContractError('--sat-cmd and --sat-binary do not apply to --backend service: each worker has its own solver (eagersmt worker --backend ...)');
    const options: Record<string, unknown> = { url: sel.redis };
    if (sel.serviceMode !== undefined) options.mode = sel.serviceMode;
    if (sel.serviceJobs !== undefined) options.jobs = sel.serviceJobs;
    return { name: 'service', options };
  }
  if (sel.redis !== undefined || sel.serviceMode !== undefined || sel.serviceJobs !== undefined) {
    throw new ContractError('--redis, --service-mode and --service-jobs apply to --backend service only');
  }
  if (sel.satCmd !== undefined) {
    if (sel.backend !== 'builtin' && sel.backend !== 'external') {
      throw new ContractError(`--sat-cmd and --backend ${sel.backend} both name the SAT solver: give one of them`);
    }
    if (sel.satBinary !== undefined) throw new ContractError('--sat-binary does not apply to --sat-cmd: put the path into the command');
    return { name: 'external', options: { command: sel.satCmd } };
  }
  if (sel.backend === 'external') throw new ContractError("--backend external needs --sat-cmd '<command with {cnf}>'");
  const seed = sel.randomSeed ?? 0;
  if (sel.satBinary !== undefined) {
    if (!Object.hasOwn(presets, sel.backend)) throw new ContractError(`--sat-binary applies to --backend ${Object.keys(presets).join('|')}, not ${sel.backend}`);
    return { name: sel.backend, options: seed === 0 ? { binary: sel.satBinary } : { binary: sel.satBinary, seed } };
  }
  if (seed !== 0 && sel.backend === 'builtin') return { name: sel.backend, options: { cdcl: { seed } } };
  if (seed !== 0 && Object.hasOwn(presets, sel.backend)) return { name: sel.backend, options: { seed } };
  return { name: sel.backend, options: {} };
}

/**
 * Resolves and validates a selection once; with `proofs`, the backend must be able to write
 * DRAT proofs.
 * @example resolveBackendChoice({ backend: 'cadical', satBinary: '/opt/bin/cadical' }, true).name // 'cadical'
 * @throws ContractError for contradictory options, an unknown backend, bad options (a command
 *   template without `{cnf}`, a bad Redis URL, ...) or a proof the backend cannot write.
 */
export function resolveBackendChoice(sel: BackendSelection, proofs = false): BackendChoice {
  const { name, options } = selectBackend(sel);
  const spec = backendSpec(name);
  if (!spec) throw new ContractError(`unknown SAT backend '${name}' (known: ${backendNames().join(', ')})`);
  const typed = spec.parse(options);
  if (proofs) {
    const why = spec.noProofs(typed);
    if (why !== undefined) throw new ContractError(why);
  }
  return { name, spec, options: typed, proofs };
}

/**
 * Opens a SAT session for a choice; with `proof` (a file; the choice must allow proofs), the
 * backend writes a DRAT proof of its search there.
 * @example const session = openSession(resolveBackendChoice({ backend: 'builtin' }));
 * @throws ContractError for a proof the choice was not validated for.
 */
export function openSession(choice: BackendChoice, proof?: string): SatSession {
  if (proof !== undefined && !choice.proofs) throw new ContractError(`the SAT backend choice '${choice.name}' was not resolved for proofs`);
  return oneShotSession(choice.spec.create(choice.options, proof));
}

/**
 * A live incremental session for a choice whose backend has one — the built-in CDCL core, in
 * this thread, kept across solves (cdcl/session.ts) — or undefined (external programs, the
 * service, and any choice resolved for proofs solve one-shot through `openSession`).
 * With `oneShot` the session is for a single solve (plus the theory's lemmas): its CNF is
 * simplified first, as a one-shot backend's is.
 * @example const live = openIncrementalSession(resolveBackendChoice({ backend: 'builtin' })); // a session
 */
export function openIncrementalSession(choice: BackendChoice, oneShot = false): SatSession | undefined {
  if (choice.proofs || choice.spec !== builtinBackend) return undefined;
  // Variable elimination runs before the first search only, and every clause added later puts
  // the eliminated clauses back: in a session that keeps growing it is work thrown away (it took
  // a fifth of the time of 100 checks under assumptions). Off unless asked for, or one-shot.
  const cdcl = (choice.options as BuiltinOptions).cdcl;
  return cdclSession({ cdcl: oneShot ? cdcl : { elim: 0, ...cdcl } });
}
