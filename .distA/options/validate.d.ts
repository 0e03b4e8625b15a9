import { type Scope } from './table.js';
/**
 * Checks `bag` against the rows of `scopes`; `owner` names the bag's owner in messages (e.g.
 * `SAT backend 'cadical'`), none for the solver's own options.
 * @example validateOptions(['preset'], { seed: 7 }, "SAT backend 'kissat'") // passes
 * @example validateOptions(['cdcl'], { restart: 3 }, 'the CDCL solver') // throws: must be a number in [0, 2]
 * @throws ContractError for an unknown name or a value outside its row's type, range or choices.
 */
export declare function validateOptions(scopes: readonly Scope[], bag: Readonly<Record<string, unknown>>, owner?: string): void;
/**
 * The defaults of the rows of `scopes` that have one, as an option bag.
 * @example defaultsOf(['script']) // { timeout: 0 }
 */
export declare function defaultsOf(scopes: readonly Scope[]): Record<string, boolean | number | string>;
