import type { BackendSpec } from './backend.js';
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
export declare const presets: Readonly<Record<string, Preset>>;
/** Options of a preset backend (`createBackend('cadical', { binary: '/opt/bin/cadical' })`). */
export interface PresetOptions {
    /** Path of the solver program; default the preset's name looked up on PATH. */
    binary?: string;
    killGraceMs?: number;
    tmpDir?: string;
    /** Random seed (0: the solver's default). */
    seed?: number;
    /** Named configuration (`sat`, `unsat`; absent or `default`: the solver's default). */
    config?: string;
}
/** The registry entries of the presets, by name. */
export declare const presetBackends: Readonly<Record<string, BackendSpec<PresetOptions>>>;
/**
 * The options record that makes backend `name` search with `seed` and configuration `config`
 * (`default`, `sat` or `unsat`; a configuration the solver lacks is its default), on top of
 * `base` (e.g. the worker's `binary`). Only the built-in solver and the presets can be tuned.
 * @example tunedOptions('cadical', 'sat', 7) // { seed: 7, config: 'sat' }
 * @throws ContractError for another backend.
 */
export declare function tunedOptions(name: string, config: string, seed: number, base?: Record<string, unknown>): Record<string, unknown>;
export {};
