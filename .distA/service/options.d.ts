import type { PayloadLimits } from './protocol.js';
export type ServiceMode = 'portfolio' | 'cubes';
/** Options of `solveOnService` (the `service` backend's options). */
export interface ServiceOptions {
    /** Redis URL. */
    url: string;
    mode?: ServiceMode;
    /** Portfolio members or cubes. Default 4. */
    jobs?: number;
    prefix?: string;
    limits?: PayloadLimits;
    /** Lifetime of the client's heartbeat, ms: jobs of a client silent this long expire. Default 15000. */
    aliveTtlMs?: number;
    /** Period of reconciliation with the queue, ms. Default 2000. */
    reconcileMs?: number;
    cacheTtlMs?: number;
    /** Lookahead budget for cubes, ms. Default 2000. */
    lookaheadMs?: number;
}
/**
 * Validates the `service` backend's options record.
 * @example parseServiceOptions({ url: 'redis://127.0.0.1:6379', mode: 'cubes', jobs: '8' }).jobs // 8
 * @throws ContractError naming the bad option.
 */
export declare function parseServiceOptions(options: Readonly<Record<string, unknown>>): ServiceOptions;
