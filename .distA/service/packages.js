import { BackendError } from '../errors.js';
/** The names of the optional packages, in the order the message names them. */
export const SERVICE_PACKAGES = ['bullmq', 'ioredis'];
/**
 * The bundled program's modules are compiled by its launcher (`cli/launcher.cjs`, for V8's code
 * cache), where `import()` is not available; the launcher lends its own under this symbol.
 */
const lentImport = globalThis[Symbol.for('eagersmt.import')];
const importPackage = lentImport ?? ((name) => import(name));
let loaded;
/**
 * The service's packages, imported once (with the default importer).
 * @throws BackendError naming the missing packages and `npm install bullmq ioredis`.
 * @example const { ioredis } = await servicePackages(); new ioredis.Redis(url);
 */
export function servicePackages(importer) {
    if (importer !== undefined)
        return loadPackages(importer);
    loaded ??= loadPackages(importPackage).catch((e) => {
        loaded = undefined; // an install made meanwhile is seen by the next call
        throw e;
    });
    return loaded;
}
async function loadPackages(importer) {
    const why = [];
    const found = await Promise.all(SERVICE_PACKAGES.map((name) => importer(name).catch((e) => {
        const err = e;
        // A package that is there but cannot load (a broken install) says why.
        if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(`'${name}'`))
            why.push(`${name}: ${err?.message ?? String(e)}`);
        return undefined;
    })));
    const missing = SERVICE_PACKAGES.filter((_, i) => found[i] === undefined);
    if (missing.length > 0) {
        const detail = why.length > 0 ? ` (${why.join('; ')})` : '';
        throw new BackendError(`service: the distributed service needs the optional package${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, not installed${detail}: run 'npm install ${SERVICE_PACKAGES.join(' ')}'`);
    }
    return { bullmq: found[0], ioredis: found[1] };
}
//# sourceMappingURL=packages.js.map