/**
 * The sink of a check: what one satisfiability check produces besides its answer — the CNF
 * it encoded (`--dump-cnf`) and the certificate of an unsat (`--proof`) — handed out through
 * this interface, so that the engine does no file I/O. `src/proof/files.ts` implements it over
 * files; see docs/ARCHITECTURE.md ("Proofs") for the certificates and who checks them.
 *
 * A SAT backend in a worker or an external process writes its DRAT proof to a path, so for a
 * refutation the sink hands the engine that path, and is told afterwards whether the check was
 * unsat (then it completes the certificate) or not (then it drops what it wrote).
 *
 * The options `proof` and `dumpCnf` stay in the options table; a caller of `check` may pass a
 * sink, and one that passes none gets `sinkFor(options)`. The composition roots — the package
 * entry point and the CLI — install the file sink (`installFileSink` in src/proof/files.ts calls
 * `setSinkFactory`), because the callers of the engine (the script executor, the api Solver)
 * sit below src/proof/ and cannot import it.
 */
import type { Cnf } from '../cnf/cnf.js';
import type { IdlEncoding } from '../encode/encoder.js';
import type { CheckLabel } from '../resource/certificate.js';
import type { EngineOptions } from './options.js';
/** The options the encoding of a check depended on, as they were applied. */
export interface AppliedEncoding {
    idlEncoding: IdlEncoding;
    symmetry: boolean;
    /** False also when operation symmetry was skipped for a problem without operations. */
    opSymmetry: boolean;
}
/** Where one SAT refutation goes: the backend writes DRAT to `drat`; the engine reports the rest. */
export interface RefutationTarget {
    /** The file the SAT backend writes its DRAT proof to. */
    readonly drat: string;
    /**
     * The CNF the backend refutes: `cnf` with `units` (the assumptions) as unit clauses, so that
     * the proof ends in the empty clause. Called once, just before solving.
     */
    cnf(cnf: Cnf, units: Int32Array): void;
    /** The answer: when unsat the certificate is completed, otherwise what was written is dropped. */
    done(unsat: boolean): void;
}
/** What a check hands out besides its answer. Checks are numbered from 1 in their script. */
export interface CheckSink {
    /**
     * Whether each unsat is to be certified. Resource reasoning then teaches the encoding
     * nothing: a refutation is checked against the encoding of the original problem.
     */
    readonly certify: boolean;
    /** The certificate resource reasoning gave for the unsat of check `index` (only when `certify`). */
    certificate(index: number, text: string): void;
    /** The CNF of check `index` as encoded, its assumptions apart (called for every encoded check). */
    encoded(index: number, cnf: Cnf, assumptions: Int32Array): void;
    /**
     * Asked before check `index` is solved by SAT (only when `certify`): where its refutation goes.
     * `label` is what the certificate names as the check (its script check and added assertions).
     */
    refutation(index: number, applied: AppliedEncoding, label: CheckLabel): RefutationTarget;
}
/** Makes the sink of a run from its options; undefined when the options ask for nothing. */
export type SinkFactory = (options: EngineOptions) => CheckSink | undefined;
/**
 * Sets the factory `sinkFor` uses (`installFileSink` in src/proof/files.ts sets the file sink).
 * @example setSinkFactory((o) => (o.proof ? mySink : undefined));
 */
export declare function setSinkFactory(make: SinkFactory): void;
/**
 * The sink for a run with `options`: undefined when neither `proof` nor `dumpCnf` is set.
 * @throws ContractError when they are set but no sink factory is loaded.
 * @example check(assertions, [], options, { index: 1, sink: sinkFor(options) })
 */
export declare function sinkFor(options: EngineOptions): CheckSink | undefined;
