/**
 * One satisfiability check through the whole eager pipeline (DESIGN.md "Pipeline"):
 * encode → SAT backend → decode → model check. Every `sat` model is evaluated against the
 * original assertions and assumptions before it is returned; a model that fails is reported
 * as `unknown` with an internal-error reason, never as `sat`.
 */
import { closeSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Cnf } from '../cnf/cnf.js';
import { writeDimacsTo } from '../cnf/dimacs.js';
import type { Encoded, EncodeStats } from '../encode/encoder.js';
import { InternalError, LimitReached } from '../errors.js';
import { checkModel, type Value } from '../model/evaluate.js';
import { reasonAboutResources, type LearnStats, type ResourceStats } from '../resource/reason.js';
import '../sat/builtin.js';
import { createSelectedBackend } from '../sat/presets.js';
import '../sat/service.js';
import type { Term, TermStore } from '../terms/term.js';
import type { EngineOptions } from './options.js';
import { encodePrepared, prepare, sharedTable } from './to-cnf.js';

export interface CheckStats {
  encodeMs: number;
  solveMs: number;
  vars: number;
  clauses: number;
  encoding?: EncodeStats;
  sat?: Record<string, number>;
  resource?: ResourceStats;
  /** What resource reasoning taught the encoding, and the gates it cost there. */
  learned?: LearnStats & { gates: number };
}

export interface CheckResult {
  status: 'sat' | 'unsat' | 'unknown';
  /** For `sat`: values of the constants the problem mentions (others take their defaults). */
  model?: Map<number, Value>;
  /** For `unknown`: why. */
  reason?: string;
  stats: CheckStats;
}

export interface CheckLimits {
  /** Absolute deadline (ms since the epoch, as Date.now()). */
  deadline?: number;
  signal?: AbortSignal;
  /** 1-based index of this check in the script, for `--dump-cnf`. */
  index?: number;
  /** The store of the terms: resource reasoning builds what it learned there (nothing without it). */
  store?: TermStore;
}

/**
 * Decides `assertions ∧ assumptions`.
 * @example const r = await check([store.mk('<', [x, y])], [], defaultOptions, {});
 */
export async function check(
  assertions: readonly Term[],
  assumptions: readonly Term[],
  options: EngineOptions,
  limits: CheckLimits,
): Promise<CheckResult> {
  const stats: CheckStats = { encodeMs: 0, solveMs: 0, vars: 0, clauses: 0 };
  const t0 = performance.now();
  const poll = () => {
    if (limits.signal?.aborted) throw new LimitReached('canceled');
    if (limits.deadline !== undefined && Date.now() >= limits.deadline) throw new LimitReached('timeout');
  };
  let enc: Encoded;
  let opSymmetry = options.opSymmetry !== false;
  try {
    poll();
    // Preprocessing, and the difference atoms of its result (to-cnf.ts), which resource
    // reasoning shares when preprocessing left the assertions as they were.
    const prepared = prepare(assertions, assumptions, poll);
    let extra: Term[] = [];
    if (options.resources !== false) {
      // Resource reasoning (src/resource/): an unsat it finds comes with a certificate. Without
      // one, it may hand implied constraints to the encoding — but not with --proof: a SAT
      // refutation is checked by re-encoding the original problem (proof/check-refutation.ts).
      const what = options.learn ?? 'none';
      const learn =
        what !== 'none' && !options.proof && limits.store
          ? { store: limits.store, load: what === 'load' || what === 'all', bounds: what === 'bounds' || what === 'all' }
          : undefined;
      const res = reasonAboutResources([...assertions, ...assumptions], limits.index ?? 1, poll, learn, sharedTable(prepared));
      stats.resource = res.stats;
      if (res.certificate !== undefined) {
        if (options.proof) writeFileSync(perCheckFile(options.proof, limits.index), res.certificate);
        return { status: 'unsat', stats };
      }
      if (res.learned) {
        extra = res.learned.terms;
        stats.learned = { ...res.learned.stats, gates: 0 };
      }
    }
    // Operation symmetry is looked for where resource reasoning found operations (or did not
    // run): it was measured to pay on scheduling problems; elsewhere no gain was measured and
    // its search cost 10–20% of the encoding time.
    opSymmetry = opSymmetry && (stats.resource === undefined || stats.resource.operations > 0);
    // The model is checked below against `assertions` and `assumptions` only, never `extra`.
    enc = encodePrepared(prepared, { idlEncoding: options.idlEncoding, symmetry: options.symmetry, opSymmetry, poll }, extra);
    if (stats.learned) stats.learned.gates = enc.stats.extraGates;
  } catch (e) {
    if (e instanceof LimitReached) return { status: 'unknown', reason: e.reason, stats };
    throw e;
  } finally {
    stats.encodeMs = performance.now() - t0;
  }
  stats.vars = enc.cnf.numVars;
  stats.clauses = enc.cnf.numClauses;
  stats.encoding = enc.stats;
  if (options.dumpCnf) writeCnf(perCheckFile(options.dumpCnf, limits.index), enc.cnf, enc.assumptions);

  // With --proof, an unsat found by SAT is certified by the CNF (assumptions as unit clauses,
  // so that the proof ends in the empty clause) and the backend's DRAT proof of it.
  const cert = options.proof ? refutationFiles(perCheckFile(options.proof, limits.index)) : undefined;
  const backend = createSelectedBackend(options, cert?.drat);
  let cnf = enc.cnf;
  let assumed = enc.assumptions;
  const timeoutMs = limits.deadline !== undefined ? Math.max(0, limits.deadline - Date.now()) : undefined;
  if (timeoutMs === 0) return { status: 'unknown', reason: 'timeout', stats };
  if (cert) {
    writeCnf(cert.cnf, cnf, assumed);
    cnf = withUnits(cnf, assumed);
    assumed = new Int32Array(0);
  }
  const t1 = performance.now();
  const out = await backend.solve(cnf, assumed, { timeoutMs, signal: limits.signal });
  stats.solveMs = performance.now() - t1;
  stats.sat = out.stats;
  if (cert) {
    if (out.status === 'unsat') writeFileSync(cert.file, refutationCertificate(cert, limits.index ?? 1, { ...options, opSymmetry }));
    else for (const f of [cert.cnf, cert.drat]) rmSync(f, { force: true });
  }
  if (out.status !== 'sat') return { status: out.status, reason: out.reason, stats };
  if (!out.model) return { status: 'unknown', reason: 'backend error: sat without a model', stats };

  const model = enc.decode(out.model);
  try {
    checkModel(assertions, model);
    checkModel(assumptions, model);
  } catch (e) {
    if (e instanceof InternalError) return { status: 'unknown', reason: e.message, stats };
    throw e;
  }
  return { status: 'sat', model, stats };
}

/** Writes `cnf` in DIMACS, `assumptions` as unit clauses. */
function writeCnf(file: string, cnf: Cnf, assumptions: Int32Array): void {
  const fd = openSync(file, 'w');
  try {
    writeDimacsTo(fd, cnf, assumptions);
  } finally {
    closeSync(fd);
  }
}

/** A copy of `cnf` with a unit clause for each of `units`. */
function withUnits(cnf: Cnf, units: Int32Array): Cnf {
  if (units.length === 0) return cnf;
  const out = new Cnf();
  while (out.numVars < cnf.numVars) out.newVar();
  cnf.forEachClause((c) => out.addClause(c));
  for (const u of units) out.addClause([u]);
  return out;
}

/** The files of a SAT refutation certificate: the certificate, its CNF and its DRAT proof. */
interface RefutationFiles {
  file: string;
  cnf: string;
  drat: string;
}

function refutationFiles(file: string): RefutationFiles {
  return { file, cnf: `${file}.cnf`, drat: `${file}.drat` };
}

/**
 * The certificate of an unsat found by SAT (checked by src/proof/check-refutation.ts): which
 * check, the options the encoding depends on (as they were applied: operation symmetry may have
 * been skipped), and the CNF and DRAT files (relative to the certificate's folder). The encoding
 * itself is trusted.
 */
function refutationCertificate(files: RefutationFiles, index: number, options: EngineOptions): string {
  return (
    `; unsat by SAT: the CNF of check ${index} (encoding trusted) and a DRAT refutation of it\n` +
    `(refutation (check ${index}) (idl-encoding ${options.idlEncoding}) (symmetry ${options.symmetry !== false}) (op-symmetry ${options.opSymmetry !== false})\n` +
    `  (cnf ${JSON.stringify(basename(files.cnf))}) (drat ${JSON.stringify(basename(files.drat))}))\n`
  );
}

/** The file of the `index`-th check (1-based) for a per-check output: `base`, then `base.2`, `base.3`, ... */
function perCheckFile(base: string, index: number | undefined): string {
  return index !== undefined && index > 1 ? `${base}.${index}` : base;
}
