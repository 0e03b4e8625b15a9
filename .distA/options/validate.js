/**
 * The one validation of option bags against the option table (table.ts): an option bag of
 * some scopes (the API's `EngineOptions`, a SAT backend's options, the CDCL solver's options)
 * may hold only names of those scopes' rows, each with a value of the row's type, within its
 * range or among its choices. Misuse is a ContractError naming the option, as CaDiCaL reports
 * a bad option of its API. `undefined` values are ignored (they mean "the default").
 */
import { ContractError } from '../errors.js';
import { rowsOf } from './table.js';
/**
 * Checks `bag` against the rows of `scopes`; `owner` names the bag's owner in messages (e.g.
 * `SAT backend 'cadical'`), none for the solver's own options.
 * @example validateOptions(['preset'], { seed: 7 }, "SAT backend 'kissat'") // passes
 * @example validateOptions(['cdcl'], { restart: 3 }, 'the CDCL solver') // throws: must be a number in [0, 2]
 * @throws ContractError for an unknown name or a value outside its row's type, range or choices.
 */
export function validateOptions(scopes, bag, owner) {
    const rows = rowsOf(scopes);
    const of = owner ? ` of ${owner}` : '';
    for (const [name, value] of Object.entries(bag)) {
        if (value === undefined)
            continue;
        const row = rows.find((r) => r.name === name);
        if (!row)
            throw new ContractError(`unknown option '${name}'${owner ? ` for ${owner}` : ''} (known: ${rows.map((r) => r.name).join(', ')})`);
        const why = mismatch(row, value);
        if (why)
            throw new ContractError(`option '${name}'${of} ${why}, got ${typeof value === 'string' ? `'${value}'` : String(value)}`);
    }
}
/** Why `value` does not fit `row`, or undefined when it does. */
function mismatch(row, value) {
    switch (row.type) {
        case 'bool':
            return typeof value === 'boolean' ? undefined : 'must be true or false';
        case 'int':
        case 'number': {
            const ok = typeof value === 'number' && (row.type === 'number' || Number.isInteger(value)) && value >= (row.min ?? -Infinity) && value <= (row.max ?? Infinity);
            const what = row.type === 'int' ? 'an integer' : 'a number';
            if (ok)
                return undefined;
            return row.min === 0 && (row.max ?? Infinity) === Infinity ? `must be a non-negative ${what.split(' ')[1]}` : `must be ${what} in [${row.min ?? '-inf'}, ${row.max ?? 'inf'}]`;
        }
        case 'string':
            return typeof value === 'string' ? undefined : 'must be a string';
        case 'choice':
            return row.choices.includes(String(value)) ? undefined : `is one of ${row.choices.join(', ')}`;
        case 'value':
            return undefined;
    }
}
/**
 * The defaults of the rows of `scopes` that have one, as an option bag.
 * @example defaultsOf(['script']) // { timeout: 0 }
 */
export function defaultsOf(scopes) {
    const out = {};
    for (const row of rowsOf(scopes))
        if (row.def !== undefined)
            out[row.name] = row.def;
    return out;
}
//# sourceMappingURL=validate.js.map