import type { BackendSpec, SatBackend, SatBackendFactory } from './backend.js';
/**
 * Registers a backend under `name` (later registrations replace earlier ones): a spec, or a
 * plain factory (whose options are passed through unvalidated, and which writes no proofs).
 * @example registerBackend('mine', (options) => new MyBackend(options));
 */
export declare function registerBackend<O>(name: string, backend: BackendSpec<O> | SatBackendFactory): void;
/** Names of all registered backends. @example backendNames().includes('builtin') // true */
export declare function backendNames(): string[];
/** The spec registered as `name`, or undefined. @example backendSpec('cadical')?.parse({}) */
export declare function backendSpec(name: string): BackendSpec | undefined;
/**
 * Creates the backend registered as `name`, or returns undefined; `options.proof` (a file) asks
 * for a DRAT proof.
 * @example createBackend('cadical', { binary: '/opt/bin/cadical' })
 * @throws ContractError for bad options, or a proof the backend cannot write.
 */
export declare function createBackend(name: string, options?: Record<string, unknown>): SatBackend | undefined;
