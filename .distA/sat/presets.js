/**
 * Presets of the external backend for the solvers people have, registered (by `registry.ts`)
 * as backends of their own: `kissat` and `cadical` (SAT-competition output on stdout, DRAT
 * proof as the second file argument) and `minisat` (MiniSat's result file). Each finds its
 * program on PATH unless given a `binary`.
 *
 * Presets also know how to vary their search — a seed and a named configuration (`sat`,
 * `unsat`) — which is all that a job of the distributed service may choose (`tunedOptions`).
 */
import { ContractError } from '../errors.js';
import { validateOptions } from '../options/validate.js';
import { createExternalBackend } from './external.js';
/** The preset solvers by backend name. */
export const presets = {
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
/**
 * Validates the options record of preset `name`.
 * @example parsePresetOptions('cadical', { binary: '/opt/bin/cadical', seed: 7 })
 * @throws ContractError naming the bad option.
 */
function parsePresetOptions(name, options) {
    const preset = presets[name];
    validateOptions(['preset'], options, `SAT backend '${name}'`);
    const { binary, config } = options;
    if (binary === '')
        throw new ContractError(`option 'binary' of SAT backend '${name}' must be a path`);
    if (config !== undefined && config !== 'default' && !Object.hasOwn(preset.configArgs, config))
        throw new ContractError(`SAT backend '${name}' has no configuration '${config}'`);
    return options;
}
/** The external backend's options for preset `name` with these options and proof file. */
function presetCommand(name, options, proof) {
    const preset = presets[name];
    const { binary, seed, config, killGraceMs, tmpDir } = options;
    const tuning = [...(seed ? preset.seedArgs(seed) : []), ...(config && config !== 'default' ? preset.configArgs[config] : [])];
    const args = [...tuning, ...(proof !== undefined ? preset.proofArgs : preset.args)];
    return {
        command: [binary ?? preset.binary, ...args],
        label: name,
        missingHint: preset.install,
        ...(killGraceMs !== undefined ? { killGraceMs } : {}),
        ...(tmpDir !== undefined ? { tmpDir } : {}),
        ...(proof !== undefined ? { proof } : {}),
    };
}
/** The registry entries of the presets, by name. */
export const presetBackends = Object.fromEntries(Object.entries(presets).map(([name, preset]) => [
    name,
    {
        parse: (options) => parsePresetOptions(name, options),
        noProofs: () => (preset.proofArgs ? undefined : `SAT backend '${name}' writes no proofs`),
        create: (options, proof) => createExternalBackend(presetCommand(name, options, proof)),
    },
]));
/**
 * The options record that makes backend `name` search with `seed` and configuration `config`
 * (`default`, `sat` or `unsat`; a configuration the solver lacks is its default), on top of
 * `base` (e.g. the worker's `binary`). Only the built-in solver and the presets can be tuned.
 * @example tunedOptions('cadical', 'sat', 7) // { seed: 7, config: 'sat' }
 * @throws ContractError for another backend.
 */
export function tunedOptions(name, config, seed, base = {}) {
    if (name === 'builtin') {
        // Search modes of cdcl/options.ts: 1 = stable only (finds models), 0 = focused only (refutes).
        const stable = config === 'sat' ? 1 : config === 'unsat' ? 0 : undefined;
        return { ...base, cdcl: { ...(seed ? { seed } : {}), ...(stable !== undefined ? { stable } : {}) } };
    }
    const preset = presets[name];
    if (!preset)
        throw new ContractError(`SAT backend '${name}' cannot be tuned (builtin, ${Object.keys(presets).join(', ')})`);
    return { ...base, ...(seed ? { seed } : {}), ...(Object.hasOwn(preset.configArgs, config) ? { config } : {}) };
}
//# sourceMappingURL=presets.js.map