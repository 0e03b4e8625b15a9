/**
 * The registry of SAT backends by name. It starts with the SAT layer's own backends —
 * `builtin` (the CDCL solver in a worker thread), `external` (any DIMACS solver program) and
 * the presets `kissat`, `cadical`, `minisat` — registered explicitly below. Backends of higher
 * layers are registered by whoever sits above both: the distributed service's client
 * (`service/client.ts`) is registered by the engine, since `sat/` never imports `service/`.
 */
import { ContractError } from '../errors.js';
import { builtinBackend } from './builtin.js';
import { externalBackend } from './external.js';
import { presetBackends } from './presets.js';
const registry = new Map();
/**
 * Registers a backend under `name` (later registrations replace earlier ones): a spec, or a
 * plain factory (whose options are passed through unvalidated, and which writes no proofs).
 * @example registerBackend('mine', (options) => new MyBackend(options));
 */
export function registerBackend(name, backend) {
    const spec = typeof backend === 'function'
        ? { parse: (options) => options, noProofs: () => `SAT backend '${name}' writes no proofs`, create: (options) => backend(options) }
        : backend;
    registry.set(name, spec);
}
/** Registers the SAT layer's own backends (done once, when this module loads). */
function registerSatBackends() {
    registerBackend('builtin', builtinBackend);
    registerBackend('external', externalBackend);
    for (const [name, spec] of Object.entries(presetBackends))
        registerBackend(name, spec);
}
registerSatBackends();
/** Names of all registered backends. @example backendNames().includes('builtin') // true */
export function backendNames() {
    return [...registry.keys()];
}
/** The spec registered as `name`, or undefined. @example backendSpec('cadical')?.parse({}) */
export function backendSpec(name) {
    return registry.get(name);
}
/**
 * Creates the backend registered as `name`, or returns undefined; `options.proof` (a file) asks
 * for a DRAT proof.
 * @example createBackend('cadical', { binary: '/opt/bin/cadical' })
 * @throws ContractError for bad options, or a proof the backend cannot write.
 */
export function createBackend(name, options = {}) {
    const spec = registry.get(name);
    if (!spec)
        return undefined;
    const { proof, ...rest } = options;
    if (proof !== undefined && typeof proof !== 'string')
        throw new ContractError(`option 'proof' of SAT backend '${name}' must be a file name`);
    const typed = spec.parse(rest);
    if (proof !== undefined) {
        const why = spec.noProofs(typed);
        if (why !== undefined)
            throw new ContractError(why);
    }
    return spec.create(typed, proof);
}
//# sourceMappingURL=registry.js.map