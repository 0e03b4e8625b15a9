import { rowsOf } from '../options/table.js';
import { defaultsOf, validateOptions } from '../options/validate.js';
/** The table's scopes that make up `EngineOptions`. */
export const ENGINE_SCOPES = ['backend', 'script', 'encode', 'resource', 'engine'];
const namesAgree = true;
const typesAgree = true;
void namesAgree;
void typesAgree;
/** The defaults: the rows of `EngineOptions`' scopes that have a default. */
export const defaultOptions = defaultsOf(ENGINE_SCOPES);
/** The flags of the `eagersmt` command, in the table's order. */
export const optionTable = rowsOf(ENGINE_SCOPES)
    .filter((r) => r.flag !== undefined)
    .map(({ name, flag, help, choices, type, def, min, max }) => ({ name: name, flag: flag, help, choices, type, def, min, max }));
/**
 * The defaults completed by the options given (an `undefined` entry keeps the default), for
 * the library: ContractError for a name that is not in the table or a value outside its
 * type, range or choices (backend names are checked by the backend registry, which
 * `registerBackend` extends).
 * @example withDefaults({ idlEncoding: 'order' }).backend // 'builtin'
 */
export function withDefaults(options) {
    validateOptions(ENGINE_SCOPES, options);
    const given = Object.entries(options).filter(([, v]) => v !== undefined);
    return { ...defaultOptions, ...Object.fromEntries(given) };
}
//# sourceMappingURL=options.js.map