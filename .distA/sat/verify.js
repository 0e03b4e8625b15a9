/**
 * No `unsat` from an untrusted backend without a check (docs/ARCHITECTURE.md, "The SAT seam"
 * and "Proofs"). A `sat` answer is checked by the model check of the one-shot session; an
 * `unsat` answer cannot be checked without a certificate, so an external program's `unsat` is
 * reported only when verified: the backend writes a DRAT proof of the CNF it refuted (the
 * assumptions as unit clauses), and an injected `UnsatChecker` — the project's DRUP checker,
 * run in a worker thread within the time left — must accept it. A backend that writes no proof
 * (MiniSat, a `--sat-cmd` without `{proof}`) answers `unknown` with the reason
 * `unverified unsat from <backend>`, unless the user gave up the guarantee (`trust`,
 * `--trust-backend`).
 *
 * The checker is injected because `sat/` sits below `proof/`: the engine's backend wiring
 * (`engine/backend.ts`) and the service's workers receive it from the composition roots.
 * Backends that are the project's own code (`trusted` in their spec: the built-in CDCL solver)
 * are not wrapped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** What a verified unsat says in the statistics: 1 when its DRAT proof was checked. */
const VERIFIED_STAT = 'verifiedUnsat';
/**
 * The backend of `spec` with `options`, under `policy`: a trusted spec's backend as it is; an
 * untrusted one whose unsat answers are verified as the module comment says.
 * Post: an `unsat` outcome came from a trusted backend, a checked DRAT proof, or `policy.trust`.
 * @example const b = verifiedBackend(presetBackends.cadical!, {}, { checker }); await b.solve(cnf, new Int32Array(0), {});
 */
export function verifiedBackend(spec, options, policy) {
    if (spec.trusted)
        return spec.create(options, policy.proof);
    const provable = spec.noProofs(options) === undefined;
    // With trust, no proof is needed (one the user asked for is still written).
    if (policy.trust || !provable || !policy.checker)
        return new UnverifiedBackend(spec.create(options, provable ? policy.proof : undefined), policy.trust === true);
    return new CheckedBackend(spec, options, policy, policy.checker);
}
/** An untrusted backend that writes no checked proof: its unsat is `unknown` unless trusted. */
class UnverifiedBackend {
    inner;
    trust;
    name;
    capabilities;
    constructor(inner, trust) {
        this.inner = inner;
        this.trust = trust;
        this.name = inner.name;
        this.capabilities = inner.capabilities;
    }
    async solve(cnf, assumptions, limits) {
        const out = await this.inner.solve(cnf, assumptions, limits);
        if (out.status !== 'unsat' || this.trust)
            return out;
        return { status: 'unknown', reason: `unverified unsat from ${this.name}`, ...(out.stats ? { stats: out.stats } : {}) };
    }
}
/** An untrusted backend asked for a DRAT proof of every solve, checked before an unsat is reported. */
class CheckedBackend {
    spec;
    options;
    policy;
    checker;
    name;
    capabilities;
    constructor(spec, options, policy, checker) {
        this.spec = spec;
        this.options = options;
        this.policy = policy;
        this.checker = checker;
        const probe = spec.create(options, policy.proof ?? 'proof.drat');
        this.name = probe.name;
        this.capabilities = probe.capabilities;
    }
    async solve(cnf, assumptions, limits) {
        const t0 = performance.now();
        const dir = this.policy.proof === undefined ? mkdtempSync(join(this.policy.tmpDir ?? tmpdir(), 'eagersmt-drat-')) : undefined;
        try {
            const proof = this.policy.proof ?? join(dir, 'proof.drat');
            const out = await this.spec.create(this.options, proof).solve(cnf, assumptions, limits);
            if (out.status !== 'unsat')
                return out;
            const left = limits.timeoutMs === undefined ? undefined : limits.timeoutMs - (performance.now() - t0);
            const verdict = left !== undefined && left <= 0 ? { ok: false, reason: 'timeout' } : await this.checker(cnf, assumptions, proof, { timeoutMs: left, signal: limits.signal });
            if (verdict.ok)
                return { ...out, stats: { ...out.stats, [VERIFIED_STAT]: 1, checkMs: Math.round(performance.now() - t0) } };
            if (verdict.reason === 'timeout' || verdict.reason === 'canceled')
                return { status: 'unknown', reason: verdict.reason, ...(out.stats ? { stats: out.stats } : {}) };
            return { status: 'unknown', reason: `unverified unsat from ${this.name}: ${verdict.reason}`, ...(out.stats ? { stats: out.stats } : {}) };
        }
        finally {
            if (dir !== undefined)
                rmSync(dir, { recursive: true, force: true });
        }
    }
}
//# sourceMappingURL=verify.js.map