import { parseServiceOptions } from './options.js';
class ServiceBackend {
    opts;
    name = 'service';
    capabilities = { assumptions: true, proofs: false };
    constructor(opts) {
        this.opts = opts;
    }
    async solve(cnf, assumptions, limits) {
        if (limits.signal?.aborted)
            return { status: 'unknown', reason: 'canceled' };
        if (limits.timeoutMs !== undefined && limits.timeoutMs <= 0)
            return { status: 'unknown', reason: 'timeout' };
        const { solveOnService } = await import('./scheduler.js');
        return solveOnService(cnf, assumptions, limits, this.opts);
    }
}
/**
 * The `service` backend's registry entry (it writes no proofs).
 * @example registerBackend('service', serviceBackend);
 */
export const serviceBackend = {
    parse: parseServiceOptions,
    noProofs: () => "SAT backend 'service' writes no proofs",
    create: (options) => new ServiceBackend(options),
    // The workers verify every unsat before they answer or cache it (worker.ts); a worker that
    // trusts its solver marks the answer, and the scheduler reports such an unsat only when the
    // client trusts too.
    trusted: true,
};
//# sourceMappingURL=client.js.map