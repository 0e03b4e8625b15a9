/**
 * Presets of the external backend for the solvers people have (docs/ARCHITECTURE.md), registered as
 * backends of their own: `kissat` and `cadical` (SAT-competition output on stdout, DRAT proof
 * as the second file argument) and `minisat` (MiniSat's result file). Each finds its program
 * on PATH unless given a `binary`. Also the one place that turns the user's choice —
 * `--backend`, `--sat-binary`, `--sat-cmd` — into a registry name and an options record.
 *
 * Importing this module registers the presets and `external` (and `builtin` is registered by
 * `builtin.ts`, `service` by `service.ts`).
 *
 * Presets also know how to vary their search — a seed and a named configuration (`sat`,
 * `unsat`) — which is all that a job of the distributed service may choose (`tunedOptions`).
 */
import { ContractError } from '../errors.js';
import { validateOptions } from '../options/validate.js';
import { backendNames, createBackend, registerBackend, type SatBackend } from './backend.js';
import { createExternalBackend, parseExternalOptions } from './external.js';

interface Preset {
  /** Program looked up on PATH. */
  binary: string;
  /** Arguments without a proof. */
  args: readonly string[];
  /** Arguments when a DRAT proof is wanted (ASCII DRAT); undefined if the solver writes none. */
  proofArgs?: readonly string[];
  /** Where to get the program, for "not found" reasons. */
  install: string;
  /** Arguments that set the random seed n > 0. */
  seedArgs: (n: number) => string[];
  /** Arguments of the named configurations (none: the default configuration only). */
  configArgs: Readonly<Record<string, readonly string[]>>;
}

/** The preset solvers by backend name. */
export const presets: Readonly<Record<string, Preset>> = {
  kissat: {
    binary: 'kissat',
    args: ['-q', '{cnf}'],
    proofArgs: ['-q', '--binary=false', '{cnf}', '{proof}'],
    install: 'build it from github.com/arminbiere/kissat, or give its path with --sat-binary',
    seedArgs: (n) => [`--seed=${n}`],
    configArgs: { sat: ['--sat'], unsat: ['--unsat'] },
  },
  cadical: {
    binary: 'cadical',
    args: ['-q', '{cnf}'],
    proofArgs: ['-q', '--binary=false', '{cnf}', '{proof}'],
    install: "Debian package 'cadical', or give its path with --sat-binary",
    seedArgs: (n) => [`--seed=${n}`],
    configArgs: { sat: ['--sat'], unsat: ['--unsat'] },
  },
  minisat: {
    binary: 'minisat',
    args: ['-verb=0', '{cnf}', '{result}'],
    install: "Debian package 'minisat', or give its path with --sat-binary",
    // MiniSat's seed only matters with some random decisions.
    seedArgs: (n) => [`-rnd-seed=${n}`, '-rnd-freq=0.01'],
    configArgs: {},
  },
};

/** Options of a preset backend (`createBackend('cadical', { binary: '/opt/bin/cadical' })`). */
export interface PresetOptions {
  /** Path of the solver program; default the preset's name looked up on PATH. */
  binary?: string;
  /** Keep the DRAT proof in this file (kissat, cadical). */
  proof?: string;
  killGraceMs?: number;
  tmpDir?: string;
  /** Random seed (0: the solver's default). */
  seed?: number;
  /** Named configuration (`sat`, `unsat`; absent or `default`: the solver's default). */
  config?: string;
}

for (const [name, preset] of Object.entries(presets)) {
  registerBackend(name, (options) => {
    validateOptions(['preset'], options, `SAT backend '${name}'`);
    const { binary, proof, seed, config, ...rest } = options as PresetOptions;
    if (binary !== undefined && (typeof binary !== 'string' || binary === '')) throw new ContractError(`option 'binary' of SAT backend '${name}' must be a path`);
    if (proof !== undefined && !preset.proofArgs) throw new ContractError(`SAT backend '${name}' writes no proofs`);
    if (config !== undefined && config !== 'default' && !Object.hasOwn(preset.configArgs, config)) throw new ContractError(`SAT backend '${name}' has no configuration '${config}'`);
    const tuning = [...(seed ? preset.seedArgs(seed) : []), ...(config && config !== 'default' ? preset.configArgs[config]! : [])];
    const args = [...tuning, ...(proof !== undefined ? preset.proofArgs! : preset.args)];
    return createExternalBackend(
      parseExternalOptions(
        { ...rest, command: [binary ?? preset.binary, ...args], label: name, missingHint: preset.install, ...(proof !== undefined ? { proof } : {}) },
        name,
      ),
    );
  });
}

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
  if (sel.satBinary !== undefined) {
    if (!Object.hasOwn(presets, sel.backend)) throw new ContractError(`--sat-binary applies to --backend ${Object.keys(presets).join('|')}, not ${sel.backend}`);
    return { name: sel.backend, options: { binary: sel.satBinary } };
  }
  return { name: sel.backend, options: {} };
}

/**
 * Creates the backend a selection names (the registry must hold it: `builtin` is registered by
 * importing `builtin.ts`). With `proof`, the backend writes a DRAT proof of its search to that
 * file: builtin, kissat, cadical and external commands with `{proof}` do; the others refuse.
 * @example createSelectedBackend({ backend: 'cadical', satBinary: '/opt/bin/cadical' })
 * @throws ContractError for contradictory options, an unknown backend, a bad command template or
 *   a proof the backend cannot write.
 */
export function createSelectedBackend(sel: BackendSelection, proof?: string): SatBackend {
  const { name, options } = selectBackend(sel);
  const noProofs = () => new ContractError(`SAT backend '${name}' writes no proofs`);
  let backend: SatBackend | undefined;
  try {
    backend = createBackend(name, proof === undefined ? options : { ...options, proof });
  } catch (e) {
    // A backend that does not know the option has no proofs to write.
    if (proof !== undefined && e instanceof ContractError && /unknown option 'proof'/.test(e.message)) throw noProofs();
    throw e;
  }
  if (!backend) throw new ContractError(`unknown SAT backend '${name}' (known: ${backendNames().join(', ')})`);
  if (proof !== undefined && !backend.capabilities.proofs) throw noProofs();
  return backend;
}

/**
 * The options record that makes backend `name` search with `seed` and configuration `config`
 * (`default`, `sat` or `unsat`; a configuration the solver lacks is its default), on top of
 * `base` (e.g. the worker's `binary`). Only the built-in solver and the presets can be tuned.
 * @example tunedOptions('cadical', 'sat', 7) // { seed: 7, config: 'sat' }
 * @throws ContractError for another backend.
 */
export function tunedOptions(name: string, config: string, seed: number, base: Record<string, unknown> = {}): Record<string, unknown> {
  if (name === 'builtin') {
    // Search modes of cdcl/options.ts: 1 = stable only (finds models), 0 = focused only (refutes).
    const stable = config === 'sat' ? 1 : config === 'unsat' ? 0 : undefined;
    return { ...base, cdcl: { ...(seed ? { seed } : {}), ...(stable !== undefined ? { stable } : {}) } };
  }
  const preset = presets[name];
  if (!preset) throw new ContractError(`SAT backend '${name}' cannot be tuned (builtin, ${Object.keys(presets).join(', ')})`);
  return { ...base, ...(seed ? { seed } : {}), ...(Object.hasOwn(preset.configArgs, config) ? { config } : {}) };
}
