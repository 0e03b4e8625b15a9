import { ContractError } from '../errors.js';
let factory;
/**
 * Sets the factory `sinkFor` uses (`installFileSink` in src/proof/files.ts sets the file sink).
 * @example setSinkFactory((o) => (o.proof ? mySink : undefined));
 */
export function setSinkFactory(make) {
    factory = make;
}
/**
 * The sink for a run with `options`: undefined when neither `proof` nor `dumpCnf` is set.
 * @throws ContractError when they are set but no sink factory is loaded.
 * @example check(assertions, [], options, { index: 1, sink: sinkFor(options) })
 */
export function sinkFor(options) {
    if (!options.proof && !options.dumpCnf)
        return undefined;
    if (!factory)
        throw new ContractError("options 'proof' and 'dumpCnf' need the file sink of src/proof/files.ts (the package entry point loads it)");
    return factory(options);
}
//# sourceMappingURL=sink.js.map