import { defaultsOf, validateOptions } from '../../options/validate.js';
const agree = true;
void agree;
/**
 * The default options overridden by `overrides`, validated against the table's `cdcl` rows.
 * @example const opts = makeOptions({ restart: 1 }); // Luby restarts
 * @throws ContractError for an unknown option or a value out of range.
 */
export function makeOptions(overrides = {}) {
    validateOptions(['cdcl'], overrides, 'the CDCL solver');
    const given = Object.entries(overrides).filter(([, v]) => v !== undefined);
    return { ...defaultsOf(['cdcl']), ...Object.fromEntries(given) };
}
//# sourceMappingURL=options.js.map